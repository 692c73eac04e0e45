import EzhCore
import GRDB

/// Compares every journal value with the newest change-history row for it, both ways: a value
/// whose newest history row says something else (or that has none) was changed behind ezh's
/// back; a newest history row with a value whose table row is gone was deleted behind its back.
///
/// Each direction is one SQL statement per kind read through a cursor: SQLite walks the value
/// table and looks the newest history row up through `change_history_by_entity` (or walks that
/// index grouped by key and looks the value up by its primary key), so memory stays the same
/// whatever the school's size and only the disagreeing rows reach Swift.
public enum JournalValueCheck {
    public static func run(_ db: Database) throws -> ValueVerification {
        var count = 0
        var first: ValueMismatch?
        for kind in ValueKind.all {
            for sql in [kind.changedValues, kind.deletedValues] {
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    count += 1
                    if first == nil { first = try kind.mismatch(key: row["k"], stored: row["stored"], db) }
                }
            }
        }
        return ValueVerification(mismatches: count, first: first)
    }
}

/// One kind of journal value: its table, how its history key is spelled, which history fields
/// set it.
private struct ValueKind {
    let kind: ValueMismatch.Kind
    let entity: String
    /// The history fields that set the value: the plain one and its annotated forms
    /// («code (болезнь)», «value (retake, приказ 12)»).
    let field: String
    let annotatedField: Bool
    /// FROM clause and alias `v` of the value rows; `key` spells their history key from `v`.
    let table: String
    let key: String
    let value: String
    /// The value as history compares it: lesson texts are '' when empty, never null.
    let emptyIsNull: Bool
    /// A condition true when the value row for history key `k` exists.
    let exists: String

    static let all: [ValueKind] = [
        ValueKind(
            kind: .mark, entity: "mark", field: "value", annotatedField: true, table: "mark v",
            key: "'assignment=' || v.assignment_id || ';pupil=' || v.pupil_id", value: "v.value", emptyIsNull: false,
            exists: """
                EXISTS (SELECT 1 FROM mark m WHERE m.assignment_id = CAST(substr(k, 12, instr(k, ';') - 12) AS INTEGER)
                                               AND m.pupil_id = CAST(substr(k, instr(k, ';pupil=') + 7) AS INTEGER))
                """
        ),
        ValueKind(
            kind: .attendance, entity: "attendance", field: "code", annotatedField: true, table: "attendance v",
            key: "'lesson=' || v.lesson_id || ';pupil=' || v.pupil_id", value: "v.code", emptyIsNull: false,
            exists: """
                EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = CAST(substr(k, 8, instr(k, ';') - 8) AS INTEGER)
                                                     AND a.pupil_id = CAST(substr(k, instr(k, ';pupil=') + 7) AS INTEGER))
                """
        ),
        ValueKind(
            kind: .periodFinal, entity: "period_final", field: "value", annotatedField: true,
            table: "period_final v", key: "'pupil=' || v.pupil_id || ';subject=' || v.subject_id || ';period=' || v.period_id",
            value: "v.value", emptyIsNull: false,
            exists: """
                EXISTS (SELECT 1 FROM period_final f
                         WHERE f.pupil_id = CAST(substr(k, 7, instr(k, ';') - 7) AS INTEGER)
                           AND f.subject_id = CAST(substr(k, instr(k, ';subject=') + 9,
                                                          instr(k, ';period=') - instr(k, ';subject=') - 9) AS INTEGER)
                           AND f.kind = 'period'
                           AND f.period_id = CAST(substr(k, instr(k, ';period=') + 8) AS INTEGER))
                """
        ),
        lessonText(.topic, column: "topic"),
        lessonText(.homework, column: "homework"),
    ]

    static func lessonText(_ kind: ValueMismatch.Kind, column: String) -> ValueKind {
        ValueKind(
            kind: kind, entity: "lesson", field: column, annotatedField: false, table: "lesson v",
            key: "'lesson=' || v.id", value: "v.\(column)", emptyIsNull: true,
            exists: "EXISTS (SELECT 1 FROM lesson l WHERE l.id = CAST(substr(k, 8) AS INTEGER))"
        )
    }

    private var fieldCondition: String {
        annotatedField ? "(h.field = '\(field)' OR h.field GLOB '\(field) (*')" : "h.field = '\(field)'"
    }

    /// Value rows whose newest history row holds something else, or that have none. Period
    /// finals other than a period's (year, exam, final) are keyed by their own writers.
    var changedValues: String {
        let newest = """
            (SELECT h.new_value FROM change_history h
              WHERE h.entity = '\(entity)' AND h.entity_key = \(key) AND \(fieldCondition)
              ORDER BY h.id DESC LIMIT 1)
            """
        let only = kind == .periodFinal ? "v.kind = 'period'" : "1"
        let differs = emptyIsNull
            ? "\(value) <> '' AND \(value) IS NOT \(newest) OR \(value) = '' AND ifnull(\(newest), '') <> ''"
            : "\(value) IS NOT \(newest)"
        return "SELECT \(key) AS k, \(value) AS stored FROM \(table) WHERE \(only) AND (\(differs))"
    }

    /// Newest history rows that give the value one while its row is gone. Grouping follows the
    /// index on (entity, entity_key), and the bare `new_value` is the one of the row with max(id).
    var deletedValues: String {
        let hasValue = emptyIsNull ? "ifnull(v, '') <> ''" : "v IS NOT NULL"
        return """
            SELECT k, NULL AS stored FROM (
                SELECT h.entity_key AS k, h.new_value AS v, max(h.id) FROM change_history h
                 WHERE h.entity = '\(entity)' AND \(fieldCondition) GROUP BY h.entity_key)
             WHERE \(hasValue) AND NOT \(exists)
            """
    }

    /// The mismatch at history key `key`, told with names.
    func mismatch(key: String, stored: String?, _ db: Database) throws -> ValueMismatch {
        let newest = try Row.fetchOne(db, sql: """
            SELECT h.new_value FROM change_history h WHERE h.entity = ? AND h.entity_key = ? AND \(fieldCondition)
             ORDER BY h.id DESC LIMIT 1
            """, arguments: [entity, key])
        return ValueMismatch(
            kind: kind, place: try ValuePlace.words(kind, key: key, db), key: key, stored: stored,
            recorded: newest?["new_value"], hasHistory: newest != nil
        )
    }
}

/// A value's place in words: the pupil, class, subject and the lesson's day or the period.
private enum ValuePlace {
    static func words(_ kind: ValueMismatch.Kind, key: String, _ db: Database) throws -> String {
        let ids = Dictionary(key.split(separator: ";").compactMap { part -> (String, Int64)? in
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let id = Int64(pair[1]) else { return nil }
            return (String(pair[0]), id)
        }, uniquingKeysWith: { first, _ in first })
        var parts: [String] = []
        if let pupil = ids["pupil"], let name = try String.fetchOne(
            db, sql: "SELECT last_name || ' ' || first_name FROM pupil WHERE id = ?", arguments: [pupil]
        ) {
            parts.append(name)
        }
        let lesson: Int64? = if let assignment = ids["assignment"] {
            try Int64.fetchOne(db, sql: "SELECT lesson_id FROM assignment WHERE id = ?", arguments: [assignment])
        } else {
            ids["lesson"]
        }
        if let lesson, let row = try Row.fetchOne(db, sql: """
            SELECT c.grade || c.letter AS class, s.name AS subject, l.date, l.lesson_number
              FROM lesson l JOIN class c ON c.id = l.class_id JOIN subject s ON s.id = l.subject_id WHERE l.id = ?
            """, arguments: [lesson]) {
            let date = LocalDate(iso: row["date"])?.russian ?? (row["date"] as String)
            parts.append("\(row["class"] as String) \(row["subject"] as String), урок \(date) № \(row["lesson_number"] as Int)")
        }
        if kind == .periodFinal, let subject = ids["subject"], let period = ids["period"] {
            if let name = try String.fetchOne(db, sql: "SELECT name FROM subject WHERE id = ?", arguments: [subject]) {
                parts.append(name)
            }
            if let row = try Row.fetchOne(db, sql: "SELECT scheme, number FROM period WHERE id = ?", arguments: [period]) {
                let scheme = ["quarter": "четверть", "half": "полугодие", "trimester": "триместр"][row["scheme"] as String] ?? "период"
                parts.append("\(row["number"] as Int) \(scheme)")
            }
        }
        return parts.isEmpty ? key : parts.joined(separator: ", ")
    }
}

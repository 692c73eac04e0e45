import EzhCore
import GRDB

/// Display names for ids, for lists that show people, classes and subjects.
public enum NameQueries {
    public static func names(
        staff: StaffID?, classID: ClassID?, subjectID: SubjectID?, _ db: Database
    ) throws -> (staff: String?, className: String?, subject: String?) {
        let staffName = try staff.flatMap { try AccountQueries.staffName($0, db)?.withInitials }
        let className = try classID.flatMap {
            try Row.fetchOne(db, sql: "SELECT grade, letter FROM class WHERE id = ?", arguments: [$0.rawValue])
                .map { ClassName(grade: $0["grade"], letter: $0["letter"]).description }
        }
        let subject = try subjectID.flatMap {
            try String.fetchOne(db, sql: "SELECT name FROM subject WHERE id = ?", arguments: [$0.rawValue])
        }
        return (staffName, className, subject)
    }

    /// Every staff member, alphabetically, for pickers.
    public static func staff(_ db: Database) throws -> [(id: StaffID, name: PersonName)] {
        try Row.fetchAll(db, sql: "SELECT * FROM staff ORDER BY last_name, first_name").map {
            (StaffID($0["id"]), PersonName(last: $0["last_name"], first: $0["first_name"], patronymic: $0["patronymic"]))
        }
    }
}

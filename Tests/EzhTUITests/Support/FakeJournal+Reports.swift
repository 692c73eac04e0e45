import EzhCore
@testable import EzhService
import EzhTUI
import Foundation

/// The reports screen's side of the fake journal: the real catalogue filtered by role (as the
/// service does), 5А with its two subjects and quarters, and a made report of 40 rows that is
/// wider than the terminal, so the preview has to scroll both ways.
final class FakeReports: @unchecked Sendable {
    /// Every report asked for: "monthly-attendance class 5 month 2026-11".
    var requests: [String] = []
    /// When set, a report waits for it before it is made (the progress line and Esc).
    var gate: DispatchSemaphore?
    /// The next report is refused with this.
    var refusal: JournalError?
}

extension FakeJournal: ReportsBackend {
    func reportKinds(for session: Session) -> [ReportKind] {
        ReportKind.all.filter { !$0.audience.isDisjoint(with: session.roles) }
    }

    func reportChoices(_ session: Session) throws -> ReportChoices {
        let subjects = [Fixture.math, Fixture.physics].map { ReportChoices.SubjectChoice(id: $0.subjectID, name: $0.subjectName) }
        let classes = session.has(.classTeacher) || session.has(.deputy)
            ? [ReportChoices.ClassChoice(id: Fixture.math.classID, name: Fixture.math.className, subjects: subjects, periods: Fixture.periods)]
            : []
        return ReportChoices(classes: classes, ledClasses: session.has(.classTeacher) ? [Fixture.math.classID] : [], teachers: try staff(session))
    }

    func reportPupils(_ session: Session, classID: ClassID) throws -> [(id: PupilID, name: PersonName)] {
        Fixture.pupils.map { ($0.id, $0.name) }
    }

    func makeReport(_ kind: ReportKind, _ session: Session, _ request: ReportRequest) throws -> MadeReport {
        let state = reports
        state.gate?.wait()
        if let refusal = state.refusal { throw refusal }
        let asked = [request.classID.map { "class \($0.rawValue)" }, request.period.map { "period \($0)" },
                     request.month.map { "month \($0)" }, request.date.map { "date \($0.iso)" }].compactMap { $0 }
        state.requests.append(([kind.id] + asked).joined(separator: " "))
        return MadeReport(document: Self.reportDocument(title: kind.title.russian))
    }

    func recordExport(_ session: Session, what: String, rows: Int, path: String) {
        exports.append("\(what): \(rows) → \(path)")
    }

    func saveReport(_ session: Session, _ bytes: [UInt8], to path: String, what: String, rows: Int, replacing: Bool) throws -> String {
        let written = try ExportFiles(journalPath: journalPath).write(bytes: bytes, to: path, replacing: replacing)
        exports.append("\(what): \(rows)")
        return written
    }

    /// № and name, then 31 day columns and a total: 40 pupils, one footer row, a note.
    static func reportDocument(title: String) -> ReportDocument {
        let days = (1...31).map { ReportDocument.Cell.number($0) }
        let body = (1...40).map { row -> [ReportDocument.Cell] in
            [.number(row), .text("Ученик \(row)")] + (1...31).map { $0 == row % 31 + 1 ? .text("н") : .empty } + [.number(1)]
        }
        return ReportDocument(
            titleBlock: .init(school: "МБОУ «Школа № 1»", title: title, className: "5А", period: "ноябрь 2026",
                              printDate: LocalDate(year: 2026, month: 11, day: 27)),
            orientation: .landscape,
            columns: [.init(weight: 1), .init(weight: 6, alignment: .leading)] + Array(repeating: .init(weight: 1), count: 32),
            headerRows: [[.text("№"), .text("Ученик")] + days + [.text("Всего")]],
            bodyRows: body, footerRows: [[.empty, .text("Итого")] + Array(repeating: .empty, count: 31) + [.number(40)]],
            notes: ["н — пропуск урока"]
        )
    }
}

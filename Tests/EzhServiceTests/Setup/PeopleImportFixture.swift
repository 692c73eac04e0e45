import EzhCore
import EzhService
import Foundation

/// Lines of the people files as a sheet mapping would hand them over, placed in a named file.
struct PeopleFile {
    let name: String
    private(set) var row = 1

    init(_ name: String) {
        self.name = name
    }

    /// The next row's place (the header is row 1).
    mutating func next() -> SheetPlace {
        row += 1
        return SheetPlace(file: name, row: row)
    }
}

extension ImportReport {
    /// Every problem as the command line prints it, in Russian.
    var problemLines: [String] { problems.map { $0.text(in: .ru) } }
    var noticeLines: [String] { notices.map { $0.text(in: .ru) } }
}

extension TestSchool {
    /// Counts of the tables an import writes, to show that nothing was written (the access log
    /// aside: an accepted import logs itself even when it changes nothing).
    func peopleCounts() throws -> [Int] {
        try ["change_history", "staff", "account", "account_role", "class", "pupil", "class_membership", "parent",
             "parent_pupil", "subject", "staff_subject", "subgroup", "subgroup_membership"]
            .map { try count("SELECT count(*) FROM \($0)") }
    }

    /// Gives the fixture's pupils personal-file numbers 101-105 (the fixture predates them).
    func numberPupils() throws {
        try store.pool.write { try $0.execute(sql: "UPDATE pupil SET personal_file = CAST(100 + id AS TEXT)") }
    }
}

import EzhCore
import Foundation
import XCTest

/// Every case of `JournalError`, and every `BilingualText` written in the sources, reads in
/// English under `--lang en`.
final class BilingualRefusalTextTests: XCTestCase {
    /// One of each case, its words in English where the service gives them.
    private static let samples: [JournalError] = [
        .invalidCredentials,
        .notSignedIn,
        .accessDenied(BilingualText("управление учётными записями", "managing accounts")),
        .notYourLesson(teacher: "Сидоров П.А."),
        .noMarksInFirstGrade,
        .invalidMark("7"),
        .invalidAttendanceCode("Х"),
        .codeNotForSubjectTeacher(.ill),
        .lessonNotFound,
        .pupilNotOnPage,
        .notFound(BilingualText("период", "period")),
        .fakeClockOnRealSchool,
        .invalidInput(field: BilingualText("Причина", "Reason"), problem: BilingualText("укажите причину", "type the reason")),
        .storageFailure("disk I/O error"),
        .noSchool(path: "/srv/ezh/журнал.sqlite"),
        .cellChanged(CellChange(current: "5", who: "Петрова О.И.", at: "27.11.2026 10:52", terminal: "pts/2")),
        .cellChanged(CellChange(
            told: BilingualText("учитель", "teacher"), who: nil, at: nil, terminal: nil, field: CellChange.Field("Роли", "Roles")
        )),
        .journalBusy(seconds: 10),
        .textTooLong(.topic, length: 501),
        .substituteBusy(teacher: "Сидоров П.А.", lesson: LessonAtTime(
            lessonID: LessonID(1), page: JournalPage(classID: ClassID(1), className: ClassName(grade: 5, letter: "А"),
                                                     subjectID: SubjectID(1), subjectName: "Математика"),
            date: LocalDate(year: 2026, month: 11, day: 27), lessonNumber: 3,
            start: TimeOfDay(hour: 10, minute: 30), end: TimeOfDay(hour: 11, minute: 15)
        )),
        .lessonGivenBySubstitute(substitute: "Сидоров П.А."),
    ]

    /// The case's name. No default: a new case does not compile until it is named here, and the
    /// test then asks for a sample of it.
    private static func caseName(_ error: JournalError) -> String {
        switch error {
        case .invalidCredentials: "invalidCredentials"
        case .notSignedIn: "notSignedIn"
        case .accessDenied: "accessDenied"
        case .notYourLesson: "notYourLesson"
        case .noMarksInFirstGrade: "noMarksInFirstGrade"
        case .invalidMark: "invalidMark"
        case .invalidAttendanceCode: "invalidAttendanceCode"
        case .codeNotForSubjectTeacher: "codeNotForSubjectTeacher"
        case .lessonNotFound: "lessonNotFound"
        case .pupilNotOnPage: "pupilNotOnPage"
        case .notFound: "notFound"
        case .fakeClockOnRealSchool: "fakeClockOnRealSchool"
        case .invalidInput: "invalidInput"
        case .storageFailure: "storageFailure"
        case .noSchool: "noSchool"
        case .cellChanged: "cellChanged"
        case .journalBusy: "journalBusy"
        case .textTooLong: "textTooLong"
        case .substituteBusy: "substituteBusy"
        case .lessonGivenBySubstitute: "lessonGivenBySubstitute"
        }
    }

    private static let caseNames: Set<String> = [
        "invalidCredentials", "notSignedIn", "accessDenied", "notYourLesson", "noMarksInFirstGrade", "invalidMark",
        "invalidAttendanceCode", "codeNotForSubjectTeacher", "lessonNotFound", "pupilNotOnPage", "notFound",
        "fakeClockOnRealSchool", "invalidInput", "storageFailure", "noSchool", "cellChanged", "journalBusy", "textTooLong",
        "substituteBusy", "lessonGivenBySubstitute",
    ]

    func testEveryCaseOfJournalErrorReadsInEnglish() {
        XCTAssertEqual(Set(Self.samples.map(Self.caseName)), Self.caseNames, "a sample of every case")
        for error in Self.samples {
            assertEnglish(error, data: ["Сидоров П.А.", "Петрова О.И.", "/srv/ezh/журнал.sqlite", "5А · Математика"], "\(error)")
        }
    }

    /// The refusals a test cannot reach (a class that vanished under a class teacher, a command
    /// line without a terminal) are written the same way: every `BilingualText("…", "…")` in
    /// the sources has English for its English.
    func testEveryBilingualTextInTheSourcesHasEnglishForItsEnglish() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let literal = #""((?:[^"\\]|\\.)*)""#
        let pair = try NSRegularExpression(pattern: #"BilingualText\(\s*"# + literal + #",\s*"# + literal + #"\s*\)"#)
        var found = 0
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pair.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                found += 1
                let russian = String(text[Range(match.range(at: 1), in: text)!])
                let english = String(text[Range(match.range(at: 2), in: text)!])
                let words = english.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "", options: .regularExpression)
                XCTAssertFalse(
                    EnglishText.hasCyrillic(EnglishText.withoutData(words, data: [])), "\(file.lastPathComponent): “\(english)”"
                )
                XCTAssertNotEqual(russian, english, "\(file.lastPathComponent): “\(english)” is not translated")
            }
        }
        XCTAssertGreaterThan(found, 50, "the sources' refusal texts were found")
    }

    func testTheCheckFindsRussianOutsideQuotesAndData() {
        XCTAssertTrue(EnglishText.hasCyrillic(EnglishText.withoutData("Access denied: отчёты по школе.", data: [])))
        XCTAssertFalse(EnglishText.hasCyrillic(EnglishText.withoutData("Access denied: 5А · Математика.", data: ["5А · Математика"])))
        XCTAssertFalse(EnglishText.hasCyrillic(EnglishText.withoutData("“Х” is not an attendance code. Type Н or ОП.", data: [])))
        XCTAssertTrue(EnglishText.hasCyrillic(EnglishText.withoutData("Type Н or ОП, нет", data: [])))
    }
}

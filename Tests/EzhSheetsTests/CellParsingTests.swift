import EzhCore
import EzhSheets
import Foundation
import XCTest

final class SheetDateTests: XCTestCase {
    private let september5 = LocalDate(year: 2026, month: 9, day: 5)

    func testEveryWayASchoolWritesADay() {
        XCTAssertEqual(SheetDate.parse("05.09.2026"), september5)
        XCTAssertEqual(SheetDate.parse("5.9.2026"), september5)
        XCTAssertEqual(SheetDate.parse("2026-09-05"), september5)
        XCTAssertEqual(SheetDate.parse("46270"), september5, "an Excel serial number, as a date cell saved without format")
        XCTAssertEqual(SheetDate.parse(" 05.09.2026 "), september5)
        XCTAssertEqual(SheetDate.parse("46270.75"), september5, "the time of day is dropped")
    }

    func testExcelSerialsAroundTheFictitiousLeapDay() {
        XCTAssertEqual(SheetDate.parse("1"), LocalDate(year: 1900, month: 1, day: 1))
        XCTAssertEqual(SheetDate.parse("59"), LocalDate(year: 1900, month: 2, day: 28))
        XCTAssertEqual(SheetDate.parse("61"), LocalDate(year: 1900, month: 3, day: 1))
        XCTAssertEqual(SheetDate.parse("42070"), LocalDate(year: 2015, month: 3, day: 7))
    }

    func testWhatIsNotADay() {
        for text in ["", "31.02.2026", "05.13.2026", "05.09.26", "2026-9-5", "05/09/2026", "5 сентября", "0", "-3", "12345678", "05.09.2026г"] {
            XCTAssertNil(SheetDate.parse(text), text)
        }
    }
}

final class HeaderMatchingTests: XCTestCase {
    private let specs = [
        ColumnSpec(key: "lastName", russian: ["Фамилия"], english: ["Last name", "Surname"], required: true,
                   help: BilingualText("фамилия ученика", "the pupil's last name")),
        ColumnSpec(key: "patronymic", russian: ["Отчество"], english: ["Patronymic"], required: false,
                   help: BilingualText("если есть", "if any")),
        ColumnSpec(key: "className", russian: ["Класс"], english: ["Class"], required: true,
                   help: BilingualText("например, 5А", "e.g. 5А")),
    ]

    func testSpellingsOfOneHeaderNormalizeAlike() {
        for header in ["Фамилия", "фамилия *", "Фамилия (обязательно)", "  ФАМИЛИЯ*", "Фамилия\u{00A0}(фамилия ученика) *"] {
            XCTAssertEqual(HeaderName.normalize(header), "фамилия", header)
        }
        XCTAssertEqual(HeaderName.normalize("Отчёство"), "отчество")
        XCTAssertEqual(HeaderName.normalize("Дата   рождения"), "дата рождения")
    }

    func testResolvesRussianAndEnglishHeadersInAnyOrder() {
        let table = SheetTable(fileName: "p.csv", headers: ["Class", "Отчёство (если есть)", "Фамилия *"], rows: [])
        let (columns, problems) = HeaderMap.resolve(table, specs)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(columns.columns, ["className": 0, "patronymic": 1, "lastName": 2])
        let row = SheetRow(number: 2, cells: ["5А", "", "Иванова"])
        XCTAssertEqual(columns.value("lastName", in: row), "Иванова")
        XCTAssertEqual(columns.value("className", in: row), "5А")
        XCTAssertEqual(columns.header("lastName"), "Фамилия *")
        let problem = columns.problem("className", in: row, BilingualText("класса «5А» нет в школе.", "there is no class “5А”."))
        XCTAssertEqual(problem.text(in: .ru), "p.csv:2: Class: класса «5А» нет в школе.")
    }

    func testOptionalColumnMayBeAbsent() {
        let table = SheetTable(fileName: "p.csv", headers: ["Фамилия", "Класс"], rows: [])
        let (columns, problems) = HeaderMap.resolve(table, specs)
        XCTAssertEqual(problems, [])
        XCTAssertFalse(columns.has("patronymic"))
        XCTAssertEqual(columns.header("patronymic"), "Отчество", "an absent column is named by its spec's title")
        XCTAssertEqual(columns.value("patronymic", in: SheetRow(number: 2, cells: ["Иванова", "5А"])), "")
    }

    func testUnknownMissingAndDuplicateColumnsAreEachReportedAtRowOne() {
        let table = SheetTable(fileName: "pupils.csv", headers: ["Фамилия", "Возраст", "", "фамилия"], rows: [])
        let problems = HeaderMap.resolve(table, specs).problems
        XCTAssertEqual(problems.map { $0.text(in: .ru) }, [
            "pupils.csv:1: Возраст: неизвестный столбец (B). Переименуйте его в один из известных: Фамилия, Отчество, Класс, или удалите.",
            "pupils.csv:1: фамилия: столбец повторяется (A и D). Оставьте один из них.",
            "pupils.csv:1: Класс: нет обязательного столбца (например, 5А). Добавьте его в строку заголовков.",
        ])
        XCTAssertEqual(problems.last?.text(in: .en), "pupils.csv:1: Класс: the required column is missing (e.g. 5А). Add it to the header row.")
    }

    func testRunningNumberColumnIsPassedOver() {
        let table = SheetTable(fileName: "p.csv", headers: ["№ п/п", "Фамилия", "Класс"], rows: [])
        let (columns, problems) = HeaderMap.resolve(table, specs)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(columns.columns, ["lastName": 1, "className": 2])
    }

    func testProblemsPointAtAHeaderBelowBlankRows() {
        let table = SheetTable(fileName: "p.csv", headers: ["Фамилия"], headerRow: 3, rows: [])
        XCTAssertEqual(HeaderMap.resolve(table, specs).problems.map(\.row), [3])
    }

    func testColumnLetters() {
        XCTAssertEqual([0, 25, 26, 27, 701, 702].map(ColumnLetter.name), ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        XCTAssertEqual(ColumnLetter.index("AB"), 27)
        XCTAssertNil(ColumnLetter.index("A1"))
    }
}

final class ImportProblemTests: XCTestCase {
    func testTextLeavesOutWhatIsNotKnown() {
        let message = BilingualText("класс «5Я» не найден; проверьте имя класса.", "class “5Я” not found; check the class name.")
        XCTAssertEqual(ImportProblem(file: "pupils.csv", row: 7, column: "Класс", message: message).text(in: .ru),
                       "pupils.csv:7: Класс: класс «5Я» не найден; проверьте имя класса.")
        XCTAssertEqual(ImportProblem(file: "pupils.csv", row: 7, column: nil, message: message).text(in: .en),
                       "pupils.csv:7: class “5Я” not found; check the class name.")
        XCTAssertEqual(ImportProblem(file: "pupils.csv", row: nil, column: "Класс", message: message).text(in: .en),
                       "pupils.csv: Класс: class “5Я” not found; check the class name.")
        XCTAssertEqual(ImportProblem(file: "pupils.csv", row: nil, column: nil, message: message).text(in: .ru),
                       "pupils.csv: класс «5Я» не найден; проверьте имя класса.")
    }
}

final class SheetWriterTests: XCTestCase {
    func testTemplateIsUTF8WithMarkAndSemicolonsAndQuotesWhatNeedsIt() throws {
        let data = SheetWriter.template(
            headers: ["Фамилия", "Имя", "Примечание"],
            sample: [["Иванова", "Анна", "мать; \"Ольга\"\nтел."]]
        )
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = try XCTUnwrap(String(data: data.dropFirst(3), encoding: .utf8))
        XCTAssertEqual(text, "Фамилия;Имя;Примечание\r\nИванова;Анна;\"мать; \"\"Ольга\"\"\nтел.\"\r\n")
    }

    func testTemplateReadsBackAsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = [["Иванова", "Анна", "ул. Мира, 1; кв. 2"], ["Петров", "Пётр", "\"Ёлка\""]]
        let path = folder.appendingPathComponent("template.csv")
        try SheetWriter.template(headers: ["Фамилия", "Имя", "Адрес"], sample: sample).write(to: path)
        let table = try SheetReader.read(path: path.path)
        XCTAssertEqual(table.headers, ["Фамилия", "Имя", "Адрес"])
        XCTAssertEqual(table.rows.map(\.cells), sample)
    }
}

final class SheetValueTests: XCTestCase {
    func testNumbersWithEitherDecimalSeparator() {
        XCTAssertEqual(SheetNumber.parse("1,5"), 1.5)
        XCTAssertEqual(SheetNumber.parse("1.5"), 1.5)
        XCTAssertEqual(SheetNumber.parse(" 1 100 "), 1100)
        XCTAssertNil(SheetNumber.parse("полтора"))
        XCTAssertNil(SheetNumber.parse(""))
        XCTAssertEqual(SheetNumber.integer("5"), 5)
        XCTAssertEqual(SheetNumber.integer("5,0"), 5)
        XCTAssertNil(SheetNumber.integer("5,5"))
    }

    func testFlags() {
        for text in ["да", "Да", "YES", "1", "+", "x", "TRUE", "ИСТИНА"] { XCTAssertEqual(SheetFlag.parse(text), true, text) }
        for text in ["нет", "No", "0", "-", "FALSE", "ЛОЖЬ"] { XCTAssertEqual(SheetFlag.parse(text), false, text) }
        XCTAssertNil(SheetFlag.parse(""))
        XCTAssertNil(SheetFlag.parse("может быть"))
    }

    func testBellTimes() {
        let half8 = TimeOfDay(hour: 8, minute: 30)
        for text in ["8:30", "08:30", "8.30", "08:30:00", "0.3541666666666667"] {
            XCTAssertEqual(SheetTime.parse(text), half8, text)
        }
        for text in ["", "8", "8:3", "25:00", "8.3", "830", "1.5"] { XCTAssertNil(SheetTime.parse(text), text) }
    }
}

final class SheetWeekdayTests: XCTestCase {
    func testWeekdayNames() {
        XCTAssertEqual(SheetWeekday.parse("понедельник"), 1)
        XCTAssertEqual(SheetWeekday.parse("Пн"), 1)
        XCTAssertEqual(SheetWeekday.parse(" вт. "), 2)
        XCTAssertEqual(SheetWeekday.parse("Среда"), 3)
        XCTAssertEqual(SheetWeekday.parse("Friday"), 5)
        XCTAssertEqual(SheetWeekday.parse("сб"), 6)
        XCTAssertEqual(SheetWeekday.parse("7"), 7)
        XCTAssertNil(SheetWeekday.parse("8"))
        XCTAssertNil(SheetWeekday.parse("понедельники"))
        XCTAssertNil(SheetWeekday.parse(""))
    }
}

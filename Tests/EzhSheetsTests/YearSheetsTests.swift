import EzhCore
import EzhSheets
import Foundation
import XCTest

/// The year's files read into typed lines: each unreadable cell a problem at file:row: column,
/// the other rows still read; aSc Timetables' export as timetable rows.
final class YearSheetsTests: TemporaryFilesCase {
    func testUnreadableBellCellsAreProblemsAtTheirCells() throws {
        let table = try SheetReader.read(path: write("bells.csv", utf8: """
            Расписание;Смена;Урок;Начало;Окончание;Основное
            Основное;1;1;8.30;09:15;да
            Основное;1;2;9:25;10:70;
            Основное;;третий;10:30;11:15;
            """))
        let (lines, problems) = BellsSheet.lines(table)
        XCTAssertEqual(lines.map { "\($0.place.row) \($0.schedule) \($0.shift) \($0.number) \($0.startsAt)-\($0.endsAt) \($0.isDefault)" },
                       ["2 Основное 1 1 08:30-09:15 true"])
        XCTAssertEqual(problems.map { $0.text(in: .ru) }, [
            "bells.csv:3: Окончание: «10:70»: ожидается время, например 08:30",
            "bells.csv:4: Урок: «третий»: ожидается целое число",
        ])
    }

    func testCalendarRowsReadTheirKindGradesAndDays() throws {
        let table = try SheetReader.read(path: write("calendar.csv", utf8: """
            Вид;Номер;Начало;Окончание;Название;Параллели;Расписание звонков;Работает как
            учебный год;;01.09.2026;26.05.2027;2026/2027;;;
            Четверть;1;01.09.2026;23.10.2026;;1-4, 9;;
            каникулы;;2027-02-15;21.02.2027;Дополнительные каникулы;1;;
            рабочий день;;07.11.2026;;Перенос;;;пн
            сокращённый день;;29.12.2026;;;;;
            семестр;1;01.09.2026;23.10.2026;;;;
            полугодие;;01.09.2026;29.12.2026;;10-12;;
            """))
        let (lines, problems) = CalendarSheet.lines(table)
        XCTAssertEqual(lines.map(\.kind), [.schoolYear, .period(.quarters), .holiday, .workingDay(worksAs: 1)])
        XCTAssertEqual(lines[1].grades, [1, 2, 3, 4, 9])
        XCTAssertEqual(lines[2].span, DateSpan(LocalDate(year: 2027, month: 2, day: 15), LocalDate(year: 2027, month: 2, day: 21)))
        XCTAssertEqual(problems.map { $0.text(in: .ru) }, [
            "calendar.csv:6: Расписание звонков: не заполнено: расписание звонков сокращённого дня, например «Сокращённое»",
            "calendar.csv:7: Вид: «семестр»: ожидается учебный год, четверть, полугодие, триместр, каникулы, праздник, рабочий день, сокращённый день",
            "calendar.csv:8: Параллели: «10-12»: ожидается параллели, например 1-9 или 10,11",
            "calendar.csv:8: Номер: не заполнено: номер периода",
        ])
    }

    func testTimetableAndPlanRowsWithEnglishHeaders() throws {
        let timetable = TimetableSheet.lines(try SheetReader.read(path: write("timetable.csv", utf8: """
            class,weekday,lesson,subject,group,teacher,room,valid from
            5А,Tue,3,Английский язык,1 группа,Иванова А.П.,31,01.12.2026
            5А,воскр,1,Математика,,petrova,21,
            """)))
        XCTAssertEqual(timetable.lines.map { "\($0.weekday) \($0.number) \($0.subgroup ?? "-") \($0.teacher) \($0.validFrom?.iso ?? "-")" },
                       ["2 3 1 группа Иванова А.П. 2026-12-01"])
        XCTAssertEqual(timetable.problems.map { $0.text(in: .ru) }, [
            "timetable.csv:3: weekday: «воскр»: ожидается день недели: понедельник, Пн или 1",
        ])
        let plan = PlanSheet.lines(try SheetReader.read(path: write("ktp.csv", utf8: """
            Класс;Предмет;№;Тема;Часов
            5А;Математика;1;Натуральные числа;21
            5А;Математика;2;Дроби;
            """)))
        XCTAssertEqual(plan.problems, [])
        XCTAssertEqual(plan.lines.map { "\($0.position ?? 0) \($0.topic) \($0.hours)" }, ["1 Натуральные числа 21", "2 Дроби 1"])
    }

    func testAscExportBecomesOneRowPerClassAndNamesWhatCannotBeWeekly() throws {
        let timetable = try AscTimetableReader.read(path: fixture("asc-timetable.xml"))
        let (lines, problems) = AscTimetableLines.lines(timetable, validFrom: LocalDate(year: 2026, month: 9, day: 1))
        XCTAssertEqual(lines.map { "\($0.weekday).\($0.number) \($0.className)\($0.subgroup.map { " [\($0)]" } ?? "") \($0.subject) / \($0.teacher) / \($0.room)" }, [
            "1.1 5А Математика / Смирнова Мария Ивановна / Кабинет 12",
            "3.2 5А Математика / Смирнова Мария Ивановна / Кабинет 12",
            "1.1 5Б Русский язык / Кузнецов Олег Петрович / Кабинет 14",
            "2.3 5А [1 группа] Английский язык / Лебедева Е.А. / Кабинет 14",
            "2.3 5А [2 группа] Английский язык / Орлова Ирина Сергеевна / Кабинет 12",
            "4.3 5А [Мальчики] Технология / Кузнецов Олег Петрович / Мастерская",
            "4.3 5Б [Мальчики] Технология / Кузнецов Олег Петрович / Мастерская",
            "4.4 5А [Мальчики] Технология / Кузнецов Олег Петрович / Мастерская",
            "4.4 5Б [Мальчики] Технология / Кузнецов Олег Петрович / Мастерская",
        ])
        XCTAssertTrue(lines.allSatisfy { $0.validFrom == LocalDate(year: 2026, month: 9, day: 1) && $0.place.file == "asc-timetable.xml" })
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].text(in: .ru).contains("5Б Физическая культура: урок идёт не каждую неделю"), problems[0].text(in: .ru))
    }

    func testEveryYearTemplateReadsBackIntoItsSampleRows() throws {
        func check<Sheet: LineSheet>(_ sheet: Sheet.Type, _ name: String) throws {
            let (lines, problems) = Sheet.lines(try SheetReader.read(path: write(name, Sheet.template())))
            XCTAssertEqual(problems.map { $0.text(in: .ru) }, [], name)
            XCTAssertEqual(lines.count, Sheet.sample.count, name)
        }
        try check(BellsSheet.self, "bells.csv")
        try check(CalendarSheet.self, "calendar.csv")
        try check(CurriculumSheet.self, "curriculum.csv")
        try check(TimetableSheet.self, "timetable.csv")
        try check(PlanSheet.self, "ktp.csv")
    }
}

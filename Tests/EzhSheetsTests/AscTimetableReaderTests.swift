import EzhCore
import EzhSheets
import Foundation
import XCTest

final class AscTimetableReaderTests: TemporaryFilesCase {
    /// asc-timetable.xml: an "aSc Timetables 2012 XML" export of two fifth classes, saved in
    /// Windows-1251 as aSc saves Russian exports.
    func testSampleExportMapsToEntries() throws {
        let timetable = try AscTimetableReader.read(path: fixture("asc-timetable.xml"))
        XCTAssertEqual(timetable.fileName, "asc-timetable.xml")
        XCTAssertEqual(timetable.problems, [])
        XCTAssertEqual(timetable.periods.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(timetable.periods.first.map { [$0.start, $0.end] }, ["8:30", "9:15"])
        XCTAssertEqual(timetable.classes.map(\.name), ["5А", "5Б"])
        XCTAssertEqual(timetable.teachers.map(\.displayName), [
            "Смирнова Мария Ивановна", "Кузнецов Олег Петрович", "Лебедева Е.А.", "Орлова Ирина Сергеевна",
        ])
        XCTAssertEqual(timetable.rooms.map(\.short), ["12", "14", "М", "СЗ"])

        let slots = timetable.entries.map { entry in
            "\(entry.weekday).\(entry.lessonNumber) \(entry.classNames.joined(separator: "+"))"
                + (entry.groupName.map { " [\($0)]" } ?? "")
                + " \(entry.subjectName) / \(entry.teacherNames.joined(separator: ", ")) / \(entry.roomNames.joined(separator: ", "))"
        }
        XCTAssertEqual(slots, [
            "1.1 5А Математика / Смирнова Мария Ивановна / Кабинет 12",
            // days="*5" names the daysdef «Среда».
            "3.2 5А Математика / Смирнова Мария Ивановна / Кабинет 12",
            "1.1 5Б Русский язык / Кузнецов Олег Петрович / Кабинет 14",
            "2.3 5А [1 группа] Английский язык / Лебедева Е.А. / Кабинет 14",
            // The card's room, not the lesson's list of possible rooms.
            "2.3 5А [2 группа] Английский язык / Орлова Ирина Сергеевна / Кабинет 12",
            // A double lesson of boys from two classes: two slots.
            "4.3 5А+5Б [Мальчики] Технология / Кузнецов Олег Петрович / Мастерская",
            "4.4 5А+5Б [Мальчики] Технология / Кузнецов Олег Петрович / Мастерская",
            // Two teachers, no room, alternate weeks.
            "5.4 5Б Физическая культура / Кузнецов Олег Петрович, Орлова Ирина Сергеевна / ",
        ])
        XCTAssertEqual(timetable.entries[5].groups, [
            AscClassGroup(className: "5А", groupName: "Мальчики"), AscClassGroup(className: "5Б", groupName: "Мальчики"),
        ])
        XCTAssertEqual(timetable.entries.map(\.everyWeek), [true, true, true, true, true, true, true, false])
        XCTAssertEqual(timetable.entries.first?.lessonID, "*32")
        XCTAssertGreaterThan(timetable.entries.first?.line ?? 0, 60, "an entry points at its card's line")
    }

    func testUnmappableReferencesAreListedWithTheirLines() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <timetable ascttversion="2023.12.1" importtype="database">
           <subjects><subject id="S1" name="Математика" short="Мат"/></subjects>
           <teachers><teacher id="T1" name="Смирнова М.И." short="СМИ"/></teachers>
           <classrooms><classroom id="R1" name="12" short="12"/></classrooms>
           <classes><class id="C1" name="5А" short="5А"/></classes>
           <groups><group id="G1" name="Весь класс" classid="C1" entireclass="1"/></groups>
           <lessons>
              <lesson id="L1" classids="C1" subjectid="S1" teacherids="T1,T9" groupids="G1" periodspercard="1"/>
              <lesson id="L2" classids="" subjectid="S1" teacherids="T1" periodspercard="1"/>
              <lesson id="L3" classids="C1" subjectid="S7" teacherids="T1" periodspercard="1"/>
           </lessons>
           <cards>
              <card lessonid="L1" period="1" days="10000" weeks="1" classroomids="R1,R5"/>
              <card lessonid="L9" period="2" days="10000" weeks="1"/>
              <card lessonid="L1" period="" days="01000" weeks="1"/>
              <card lessonid="L1" period="3" days="00000" weeks="1"/>
              <card lessonid="L2" period="4" days="10000" weeks="1"/>
              <card lessonid="L3" period="5" days="10000" weeks="1"/>
           </cards>
        </timetable>
        """
        let timetable = try AscTimetableReader.read(path: write("tt.xml", utf8: xml))
        // The one mappable card still maps, without the unknown teacher and room.
        XCTAssertEqual(timetable.entries.count, 1)
        XCTAssertEqual(timetable.entries.first?.teacherNames, ["Смирнова М.И."])
        XCTAssertEqual(timetable.entries.first?.roomNames, ["12"])
        XCTAssertEqual(timetable.problems.map { $0.text(in: .ru) }, [
            "tt.xml:9: teacherids: учитель «T9» не найден в разделе teachers.",
            "tt.xml:14: classroomids: «R5» не найден в разделе classrooms.",
            "tt.xml:15: lessonid: карточка ссылается на урок «L9», которого нет в разделе lessons; выгрузите расписание из aSc заново.",
            "tt.xml:16: period: у карточки нет номера урока (period=«»); поставьте её в сетку в aSc и выгрузите заново.",
            "tt.xml:17: days: день карточки не понят («00000»); ожидается маска вида 10000 (понедельник).",
            "tt.xml:10: classids: урок «Математика» (L2) не назначен ни одному классу; назначьте класс в aSc или удалите урок.",
            "tt.xml:11: subjectid: у урока «L3» нет предмета или предмет «S7» не найден в разделе subjects; укажите предмет в aSc.",
        ])
    }

    func testOlderExportWithDaysListAndCardDay() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <timetable ascttversion="2008.1.1">
           <days><day name="Понедельник" short="Пн" day="0"/><day name="Вторник" short="Вт" day="1"/><day name="Среда" short="Ср" day="2"/></days>
           <subjects><subject id="S1" name="Математика"/></subjects>
           <classes><class id="C1" name="7Б"/></classes>
           <classrooms><classroom id="R1" name="Кабинет 7" short="7"/><classroom id="R2" name="Кабинет 8" short="8"/></classrooms>
           <lessons>
              <lesson id="L1" classids="C1" subjectid="S1" durationperiods="2" classroomids="R1,R2"/>
              <lesson id="L2" classids="C1" subjectid="S1" classroomids="R2"/>
           </lessons>
           <cards>
              <card lessonid="L1" period="2" day="2" classroomid="R1"/>
              <card lessonid="L2" period="5" day="0"/>
           </cards>
        </timetable>
        """
        let timetable = try AscTimetableReader.read(path: write("old.xml", utf8: xml))
        XCTAssertEqual(timetable.problems, [])
        XCTAssertEqual(timetable.entries.map { [$0.weekday, $0.lessonNumber] }, [[3, 2], [3, 3], [1, 5]])
        // The card's own room; a card with none takes its lesson's only room.
        XCTAssertEqual(timetable.entries.map(\.roomNames), [["Кабинет 7"], ["Кабинет 7"], ["Кабинет 8"]])
    }

    func testOtherXMLIsRefusedWithAClearMessage() throws {
        let path = try write("book.xml", utf8: "<?xml version=\"1.0\"?><workbook><sheet/></workbook>")
        XCTAssertThrowsError(try AscTimetableReader.read(path: path)) { error in
            XCTAssertEqual(error as? SheetError, .notAscTimetable(file: "book.xml"))
            XCTAssertTrue((error as? SheetError)?.message(in: .ru).contains("Экспорт → XML") == true)
        }
    }

    func testBrokenXMLNamesTheLine() throws {
        let path = try write("tt.xml", utf8: "<?xml version=\"1.0\"?>\n<timetable>\n<cards>\n<card lessonid=\"L1\" period=\"1\"\n</timetable>")
        XCTAssertThrowsError(try AscTimetableReader.read(path: path)) { error in
            guard case .malformedXML(let file, let line, _)? = error as? SheetError else {
                return XCTFail("expected malformed XML, got \(error)")
            }
            XCTAssertEqual(file, "tt.xml")
            XCTAssertGreaterThanOrEqual(line, 4)
        }
    }

    func testMissingAndEmptyFiles() throws {
        XCTAssertThrowsError(try AscTimetableReader.read(path: folder.appendingPathComponent("нет.xml").path)) { error in
            XCTAssertEqual(error as? SheetError, .missing(file: "нет.xml"))
        }
        XCTAssertThrowsError(try AscTimetableReader.read(path: write("empty.xml", Data()))) { error in
            XCTAssertEqual(error as? SheetError, .empty(file: "empty.xml"))
        }
    }
}

import EzhCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the XML that aSc Timetables («aSc Расписания») exports (File → Export → XML), in the
/// "aSc Timetables 2012 XML" layout that current versions write.
///
/// The format as read here follows a real export published in a public repository (aSc
/// 2021.6.2, a whole Ukrainian school: `periods`, `daysdefs`, `weeksdefs`, `termsdefs`,
/// `subjects`, `teachers`, `classrooms`, `grades`, `classes`, `groups`, `lessons`, `cards`), other
/// public parsers' test samples, and aSc's online help: ids are opaque tokens ("*12" or hex)
/// that change between exports, lists of ids are comma-separated, a card's `days` is a day mask
/// ("01000" = the second school day, Tuesday) or names a `daysdef`, `weeks` a week mask, a
/// lesson's `periodspercard` the length of each card (2 = a double lesson), a card's own
/// `classroomids` the room it was given (the lesson's lists the rooms it may use), and a group
/// with entireclass="1" is the whole class. Unknown elements and attributes are ignored. Older
/// exports are described (not confirmed from a real file) as having `<days>` with a card's
/// `day`, `durationperiods` and `classroomid`: those are read too.
public enum AscTimetableReader {
    public static func read(path: String) throws(SheetError) -> AscTimetable {
        let fileName = (path as NSString).lastPathComponent
        return try read(data: SheetFile.contents(path: path), fileName: fileName)
    }

    public static func read(data: Data, fileName: String) throws(SheetError) -> AscTimetable {
        let collector = AscElementCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        let parsed = parser.parse() && parser.parserError == nil && collector.firstError == nil
        guard collector.root == "timetable" else {
            guard collector.root == nil, !parsed else { throw .notAscTimetable(file: fileName) }
            throw malformed(fileName, collector: collector, parser: parser)
        }
        guard parsed else { throw malformed(fileName, collector: collector, parser: parser) }
        var mapping = AscTimetableMapping(fileName: fileName, collector: collector)
        return mapping.timetable()
    }

    private static func malformed(_ fileName: String, collector: AscElementCollector, parser: XMLParser) -> SheetError {
        let code = collector.firstError?.code ?? (parser.parserError as NSError?)?.code ?? 0
        return .malformedXML(file: fileName, line: collector.firstError?.line ?? parser.lineNumber, detail: "libxml2 error \(code)")
    }
}

/// Turns the collected elements into entries, noting each reference it cannot follow.
private struct AscTimetableMapping {
    let fileName: String
    let collector: AscElementCollector
    var problems: [ImportProblem] = []

    init(fileName: String, collector: AscElementCollector) {
        self.fileName = fileName
        self.collector = collector
    }

    mutating func timetable() -> AscTimetable {
        let periods = collector.all("period").compactMap { element -> AscPeriod? in
            guard let number = Int(element["period"]) ?? Int(element["name"]) else { return nil }
            return AscPeriod(number: number, name: element["name"], start: element["starttime"], end: element["endtime"], line: element.line)
        }
        let classes = items("class")
        let subjects = items("subject")
        let rooms = items("classroom")
        let teachers = collector.all("teacher").map {
            AscTeacher(id: $0["id"], name: $0["name"], short: $0["short"], firstName: $0["firstname"], lastName: $0["lastname"], line: $0.line)
        }
        let lookup = Lookup(
            classes: Dictionary(classes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            subjects: Dictionary(subjects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            rooms: Dictionary(rooms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            teachers: Dictionary(teachers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            groups: Dictionary(collector.all("group").map { ($0["id"], $0) }, uniquingKeysWith: { first, _ in first }),
            lessons: Dictionary(collector.all("lesson").map { ($0["id"], $0) }, uniquingKeysWith: { first, _ in first }),
            daysdefs: Dictionary(collector.all("daysdef").map { ($0["id"], $0["days"]) }, uniquingKeysWith: { first, _ in first })
        )
        var entries: [AscTimetableEntry] = []
        for card in collector.all("card") {
            entries += self.entries(card: card, lookup: lookup)
        }
        return AscTimetable(
            fileName: fileName, periods: periods, classes: classes, subjects: subjects, teachers: teachers,
            rooms: rooms, entries: entries, problems: problems
        )
    }

    private func items(_ name: String) -> [AscItem] {
        collector.all(name).map { AscItem(id: $0["id"], name: $0["name"], short: $0["short"], line: $0.line) }
    }

    private struct Lookup {
        let classes: [String: AscItem]
        let subjects: [String: AscItem]
        let rooms: [String: AscItem]
        let teachers: [String: AscTeacher]
        let groups: [String: AscElement]
        let lessons: [String: AscElement]
        let daysdefs: [String: String]
    }

    private mutating func problem(_ element: AscElement, _ attribute: String, _ russian: String, _ english: String) {
        problems.append(ImportProblem(file: fileName, row: element.line, column: attribute, message: BilingualText(russian, english)))
    }

    /// The entries one card places: one per day in its mask and per period it spans.
    private mutating func entries(card: AscElement, lookup: Lookup) -> [AscTimetableEntry] {
        let lessonID = card["lessonid"]
        guard let lesson = lookup.lessons[lessonID] else {
            problem(card, "lessonid", "карточка ссылается на урок «\(lessonID)», которого нет в разделе lessons; выгрузите расписание из aSc заново.",
                    "the card refers to lesson “\(lessonID)”, which is not in lessons; export the timetable from aSc again.")
            return []
        }
        guard let period = Int(card["period"]) else {
            problem(card, "period", "у карточки нет номера урока (period=«\(card["period"])»); поставьте её в сетку в aSc и выгрузите заново.",
                    "the card has no lesson number (period=“\(card["period"])”); place it in aSc's grid and export again.")
            return []
        }
        guard let weekdays = weekdays(card: card, lookup: lookup) else { return [] }
        guard let subject = lookup.subjects[lesson["subjectid"]] else {
            problem(lesson, "subjectid", "у урока «\(lesson["id"])» нет предмета или предмет «\(lesson["subjectid"])» не найден в разделе subjects; укажите предмет в aSc.",
                    "lesson “\(lesson["id"])” has no subject, or subject “\(lesson["subjectid"])” is not in subjects; set the subject in aSc.")
            return []
        }
        let classes = names(lesson, "classids", lookup.classes, section: "classes")
        guard !classes.isEmpty else {
            problem(lesson, "classids", "урок «\(subject.displayName)» (\(lesson["id"])) не назначен ни одному классу; назначьте класс в aSc или удалите урок.",
                    "lesson “\(subject.displayName)” (\(lesson["id"])) has no class; give it a class in aSc or delete it.")
            return []
        }
        let teachers = lesson.ids("teacherids").compactMap { id -> String? in
            guard let teacher = lookup.teachers[id] else {
                problem(lesson, "teacherids", "учитель «\(id)» не найден в разделе teachers.", "teacher “\(id)” is not in teachers.")
                return nil
            }
            return teacher.displayName
        }
        let rooms = cardRooms(card: card, lesson: lesson, lookup: lookup)
        let groups = lesson.ids("groupids").compactMap { id -> AscClassGroup? in
            guard let group = lookup.groups[id] else {
                problem(lesson, "groupids", "группа «\(id)» не найдена в разделе groups.", "group “\(id)” is not in groups.")
                return nil
            }
            guard group["entireclass"] != "1" else { return nil }
            return AscClassGroup(className: lookup.classes[group["classid"]]?.displayName ?? "", groupName: group["name"])
        }
        let length = lessonLength(lesson)
        var entries: [AscTimetableEntry] = []
        for weekday in weekdays {
            for lessonNumber in period..<(period + length) {
                entries.append(AscTimetableEntry(
                    classNames: classes.map(\.displayName), groups: groups, subjectName: subject.displayName,
                    teacherNames: teachers, roomNames: rooms.map(\.displayName), weekday: weekday,
                    lessonNumber: lessonNumber, weeks: card["weeks"], lessonID: lessonID, line: card.line
                ))
            }
        }
        return entries
    }

    /// The rooms a card was given: its own `classroomids` (older exports: `classroomid`), or,
    /// when the card names none, the lesson's room if the lesson has only one. A lesson's list of
    /// several rooms is where it may go, not where it is.
    private mutating func cardRooms(card: AscElement, lesson: AscElement, lookup: Lookup) -> [AscItem] {
        if card.has("classroomids") { return names(card, "classroomids", lookup.rooms, section: "classrooms") }
        if card.has("classroomid") { return names(card, "classroomid", lookup.rooms, section: "classrooms") }
        guard lesson.ids("classroomids").count == 1 else { return [] }
        return names(lesson, "classroomids", lookup.rooms, section: "classrooms")
    }

    /// The items a list attribute names, with a problem for each id not in its section.
    private mutating func names(_ element: AscElement, _ attribute: String, _ items: [String: AscItem], section: String) -> [AscItem] {
        element.ids(attribute).compactMap { id in
            guard let item = items[id] else {
                problem(element, attribute, "«\(id)» не найден в разделе \(section).", "“\(id)” is not in \(section).")
                return nil
            }
            return item
        }
    }

    /// How many periods each card of the lesson spans: `periodspercard` ("2" for a double
    /// lesson; older exports say `durationperiods`).
    private func lessonLength(_ lesson: AscElement) -> Int {
        let text = lesson.has("periodspercard") ? lesson["periodspercard"] : lesson["durationperiods"]
        guard let value = Double(text), value >= 1 else { return 1 }
        return Int(value)
    }

    /// The card's weekdays (1 = Monday). aSc numbers school days from the week's first, which in
    /// a Russian school is Monday, so the mask's first place is Monday.
    private mutating func weekdays(card: AscElement, lookup: Lookup) -> [Int]? {
        var mask = card["days"]
        if !mask.isEmpty, !Self.isMask(mask), let defined = lookup.daysdefs[mask] { mask = defined }
        if !mask.isEmpty, Self.isMask(mask) {
            var weekdays: [Int] = []
            for part in mask.split(separator: ",") {
                for (index, bit) in part.enumerated() where bit == "1" && !weekdays.contains(index + 1) {
                    weekdays.append(index + 1)
                }
            }
            if !weekdays.isEmpty, weekdays.allSatisfy({ $0 <= 7 }) { return weekdays.sorted() }
        } else if mask.isEmpty, let day = Int(card["day"]) {
            return [weekday(olderDay: day)]
        }
        problem(card, card.has("days") ? "days" : "day",
                "день карточки не понят («\(card.has("days") ? card["days"] : card["day"])»); ожидается маска вида 10000 (понедельник).",
                "the card's day is not understood (“\(card.has("days") ? card["days"] : card["day"])”); a mask such as 10000 (Monday) is expected.")
        return nil
    }

    /// A card's `day` in older exports: the value of one of the `<days>` elements' `day`
    /// (whose order is the week's), or a number counted from 0 when there are none.
    private func weekday(olderDay day: Int) -> Int {
        let days = collector.all("day")
        if let index = days.firstIndex(where: { Int($0["day"]) == day }) { return index + 1 }
        let fromOne = (collector.rootAttributes["options"] ?? "").contains("daynumbering1")
        return fromOne ? day : day + 1
    }

    private static func isMask(_ text: String) -> Bool {
        text.allSatisfy { $0 == "0" || $0 == "1" || $0 == "," }
    }
}

import EzhCore
import EzhSheets
import Foundation

/// One file of the demo school, as a school's secretary would keep it: a kind and its table,
/// with the Russian headers `ezh import template` writes.
public struct DemoSchoolFile: Sendable {
    public let kind: ImportKind
    public let table: SheetTable

    /// The file as `ezh import` reads it: UTF-8 with BOM, `;`-separated, as the templates are.
    public var csv: Data {
        SheetWriter.template(headers: table.headers, sample: table.rows.map(\.cells))
    }

    /// A table of `sheet`'s columns, each row given by column key (a missing key is an empty cell).
    init<Sheet: LineSheet>(_ kind: ImportKind, _ sheet: Sheet.Type, rows: [[String: String]]) {
        self.kind = kind
        let keys = Sheet.columns.map(\.key)
        table = SheetTable(
            fileName: "\(kind.rawValue).csv", headers: Sheet.columns.map(\.title),
            rows: rows.enumerated().map { index, row in SheetRow(number: index + 2, cells: keys.map { row[$0] ?? "" }) }
        )
    }
}

/// The demo school's files, made from the generator's school: bells, calendar, staff, classes,
/// pupils (those on the lists on the year's first day), their parents, the curriculum, the
/// timetable and the КТП, in import order. Staff and class teachers are named by login, pupils
/// by personal-file number.
enum DemoSchoolFiles {
    static func make(_ school: GeneratedDemoSchool) -> [DemoSchoolFile] {
        [bells(), calendar(school.frame), staff(school), classes(school), pupils(school), parents(school),
         curriculum(school.classes), timetable(school), plans(school)]
    }

    static let bellSchedule = "Основное"

    private static func bells() -> DemoSchoolFile {
        DemoSchoolFile(.bells, BellsSheet.self, rows: SchoolFrame.bellTimes.enumerated().map { index, times in
            ["schedule": bellSchedule, "shift": "1", "number": String(index + 1), "start": times.start.text,
             "end": times.end.text, "default": "да"]
        })
    }

    private static func calendar(_ frame: SchoolFrame) -> DemoSchoolFile {
        var rows: [[String: String]] = [[
            "kind": "учебный год", "start": frame.calendar.year.first.russian, "end": frame.calendar.year.last.russian,
            "name": frame.yearName,
        ]]
        for period in frame.periods {
            let (kind, grades) = period.scheme == .quarters ? ("четверть", "1-9") : ("полугодие", "10-11")
            rows.append(["kind": kind, "number": String(period.number), "start": period.span.first.russian,
                         "end": period.span.last.russian, "grades": grades])
        }
        for off in frame.daysOff {
            rows.append(["kind": "каникулы", "start": off.span.first.russian, "end": off.span.last.russian, "name": off.name])
        }
        return DemoSchoolFile(.calendar, CalendarSheet.self, rows: rows)
    }

    private static let roleNames: [Role: String] = [
        .teacher: "учитель", .deputy: "завуч", .director: "директор", .administrator: "администратор",
    ]

    private static func staff(_ school: GeneratedDemoSchool) -> DemoSchoolFile {
        var subjects: [StaffID: Set<Int>] = [:]
        for teaching in school.plan.teachings { subjects[teaching.teacher, default: []].insert(Int(teaching.subject.rawValue) - 1) }
        return DemoSchoolFile(.staff, StaffSheet.self, rows: school.plan.staff.enumerated().map { index, member in
            let roles = school.accounts.roles[index].sorted().compactMap { roleNames[$0] }
            let taught = (subjects[member.id] ?? []).sorted().map { SubjectCatalog.subjects[$0].name }
            return name(member.name).merging([
                "position": member.position, "login": school.accounts.logins[index], "roles": roles.joined(separator: ", "),
                "subjects": taught.joined(separator: ", "),
            ]) { $1 }
        })
    }

    private static func classes(_ school: GeneratedDemoSchool) -> DemoSchoolFile {
        DemoSchoolFile(.classes, ClassesSheet.self, rows: school.classes.enumerated().map { index, name in
            let teacher = Int(school.plan.classTeachers[index].rawValue) - 1
            return ["class": name.description, "teacher": school.accounts.logins[teacher], "room": school.plan.rooms[teacher], "shift": "1"]
        })
    }

    private static func pupils(_ school: GeneratedDemoSchool) -> DemoSchoolFile {
        var rows: [[String: String]] = []
        for (classIndex, className) in school.classes.enumerated() {
            let split = SubjectCatalog.subjects.filter { $0.splitIntoGroups && $0.hours(grade: className.grade) > 0 }
            for stay in school.roster.stays[classIndex] where stay.from == school.frame.calendar.year.first {
                let pupil = school.roster.pupils[stay.pupilIndex]
                let groups = split.map { "\($0.name): \(SubjectCatalog.groupNames[stay.group])" }
                rows.append(name(pupil.name).merging([
                    "born": pupil.birthDate?.russian ?? "", "sex": pupil.gender == .female ? "ж" : "м",
                    "file": school.personalFile(stay.pupilIndex), "class": className.description,
                    "subgroups": groups.joined(separator: "; "),
                ]) { $1 })
            }
        }
        return DemoSchoolFile(.pupils, PupilsSheet.self, rows: rows)
    }

    /// Every parent of a pupil on the lists on the year's first day, with those children.
    private static func parents(_ school: GeneratedDemoSchool) -> DemoSchoolFile {
        let listed = Set(school.roster.stays.flatMap { $0 }.filter { $0.from == school.frame.calendar.year.first }.map(\.pupilIndex))
        var children: [Int: [Int]] = [:]
        var relation: [Int: String] = [:]
        for link in school.roster.parentLinks {
            let pupil = Int(link.pupil.rawValue) - 1
            guard listed.contains(pupil) else { continue }
            children[Int(link.parent.rawValue) - 1, default: []].append(pupil)
            relation[Int(link.parent.rawValue) - 1] = link.relation
        }
        return DemoSchoolFile(.parents, ParentsSheet.self, rows: school.roster.parents.indices.compactMap { index in
            guard let own = children[index] else { return nil }
            let parent = school.roster.parents[index]
            return name(parent.name).merging([
                "phone": parent.phone ?? "", "relation": relation[index] ?? "",
                "children": own.map(school.personalFile).joined(separator: ", "),
            ]) { $1 }
        })
    }

    private static func curriculum(_ classes: [ClassName]) -> DemoSchoolFile {
        DemoSchoolFile(.curriculum, CurriculumSheet.self, rows: classes.flatMap { name in
            SubjectCatalog.subjects.compactMap { spec -> [String: String]? in
                let weekly = spec.hours(grade: name.grade)
                guard weekly > 0 else { return nil }
                return [
                    "class": name.description, "subject": spec.name, "hoursPerWeek": String(weekly),
                    "split": spec.splitIntoGroups ? "да" : "нет",
                    "hoursPerYear": String(weekly * SubjectCatalog.weeks(grade: name.grade)), "shortName": spec.shortName,
                ]
            }
        })
    }

    private static func timetable(_ school: GeneratedDemoSchool) -> DemoSchoolFile {
        DemoSchoolFile(.timetable, TimetableSheet.self, rows: school.timetable.slots.map { slot in
            let teaching = school.plan.teachings[slot.teaching]
            return page(teaching, school).merging([
                "weekday": weekdays[slot.weekday - 1], "number": String(slot.number),
                "teacher": school.accounts.logins[Int(teaching.teacher.rawValue) - 1], "room": slot.room,
            ]) { $1 }
        })
    }

    private static let weekdays = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота"]

    /// Every teaching's КТП: the topics its lessons walk through, the curriculum's hours shared
    /// out among them (the first topics take the odd hours).
    private static func plans(_ school: GeneratedDemoSchool) -> DemoSchoolFile {
        DemoSchoolFile(.ktp, PlanSheet.self, rows: school.plan.teachings.flatMap { teaching in
            let grade = school.classes[Int(teaching.classID.rawValue) - 1].grade
            let spec = SubjectCatalog.subjects[Int(teaching.subject.rawValue) - 1]
            let topics = LessonTopics.topics(subject: spec.name, grade: grade)
            let hours = spec.hours(grade: grade) * SubjectCatalog.weeks(grade: grade)
            return topics.enumerated().map { index, topic in
                page(teaching, school).merging([
                    "position": String(index + 1), "topic": topic,
                    "hours": String(hours / topics.count + (index < hours % topics.count ? 1 : 0)),
                ]) { $1 }
            }
        })
    }

    /// The class, subject and subgroup columns of a teaching.
    private static func page(_ teaching: DemoRows.Teaching, _ school: GeneratedDemoSchool) -> [String: String] {
        let classIndex = Int(teaching.classID.rawValue) - 1
        var cells = ["class": school.classes[classIndex].description, "subject": SubjectCatalog.subjects[Int(teaching.subject.rawValue) - 1].name]
        if let subgroup = teaching.subgroup, let group = school.roster.subgroupIDs[classIndex].firstIndex(of: subgroup) {
            cells["subgroup"] = SubjectCatalog.groupNames[group]
        }
        return cells
    }

    private static func name(_ name: PersonName) -> [String: String] {
        ["last": name.last, "first": name.first, "patronymic": name.patronymic]
    }
}

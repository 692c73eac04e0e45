import EzhCore
internal import EzhStore

/// The deputy's lists of the school year: classes (class teacher, room, shift), subjects (name,
/// short name) and each class's curriculum (hours a week, subgroups), each change with its
/// history row and access-log entry.
extension JournalService {
    /// School weeks a year's hours a week are counted over: 33 in the first grade, 34 above.
    static func schoolWeeks(grade: Int) -> Int { grade == 1 ? 33 : 34 }

    public func schoolYearClasses(_ session: Session) throws -> [SchoolClassSummary] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db) else { return [] }
            return try SchoolYearQueries.classes(year: year.id, db).map {
                SchoolClassSummary(id: $0.id, name: $0.name, classTeacherID: $0.classTeacherID, classTeacher: $0.classTeacher,
                                   room: $0.room, shift: $0.shift)
            }
        }
    }

    /// Sets a class's class teacher, room or shift. A new shift gives the class's lessons from
    /// tomorrow on that shift's bell times (refused when the bells have no time for one of them);
    /// today's lessons keep theirs, as they may have been given already.
    public func updateClass(_ session: Session, classID: ClassID, _ change: ClassChange) throws {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db),
                  let row = try SchoolYearQueries.classes(year: year.id, db).first(where: { $0.id == classID })
            else { throw JournalError.notFound(BilingualText("класс", "class")) }
            let scope = ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
            func record(_ field: String, _ old: String?, _ new: String?) throws {
                guard old != new else { return }
                try ChangeLog.record(stamp.change(entity: "class", key: "class=\(classID)", field: field, from: old, to: new, scope: scope), in: db)
            }
            switch change {
            case .classTeacher(let teacher):
                if let teacher, try AccountQueries.staffName(teacher, db) == nil {
                    throw JournalError.notFound(BilingualText("учитель", "teacher"))
                }
                try SchoolYearQueries.setClassTeacher(classID, teacher, db)
                try record("class_teacher", row.classTeacherID.map { String($0.rawValue) }, teacher.map { String($0.rawValue) })
            case .room(let room):
                let room = room.trimmingCharacters(in: .whitespaces)
                try SchoolYearQueries.setRoom(classID, room, db)
                try record("room", row.room, room)
            case .shift(let shift):
                guard (1...3).contains(shift) else {
                    throw JournalError.invalidInput(field: BilingualText("Смена", "Shift"), problem: BilingualText("1, 2 или 3.", "1, 2 or 3."))
                }
                guard shift != row.shift else { return }
                try SchoolYearQueries.setShift(classID, shift, db)
                try record("shift", String(row.shift), String(shift))
                let bells = try TimetableLessonQueries.bells(db)
                let calendar = try TimetableLessonQueries.calendar(year: year.id, span: year.span, weekDays: school.weekDays, db)
                let days = Dictionary(calendar.schoolDays.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
                for lesson in try TimetableLessonQueries.lessons(of: classID, from: today().adding(days: 1), db) {
                    let schedule = days[lesson.date].map(bells.scheduleName(for:))
                    guard let times = bells.times(schedule: schedule, shift: shift, number: lesson.number) else {
                        throw TimetableRefusals.noBell(date: lesson.date, number: lesson.number)
                    }
                    guard times.startsAt != lesson.startsAt || times.endsAt != lesson.endsAt else { continue }
                    try TimetableLessonQueries.updateLesson(
                        lesson.id, startsAt: times.startsAt, endsAt: times.endsAt, room: lesson.room, teacher: lesson.teacherID, db)
                    try ChangeLog.record(stamp.change(
                        entity: "lesson", key: "lesson=\(lesson.id)", field: "times",
                        from: "\(lesson.startsAt.text)-\(lesson.endsAt.text)", to: "\(times.startsAt.text)-\(times.endsAt.text)",
                        scope: ChangeScope(classID: classID, subjectID: lesson.subjectID, lessonDate: lesson.date)
                    ), in: db)
                }
            }
        }
    }

    public func schoolSubjects(_ session: Session) throws -> [SubjectSummary] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            return try SchoolYearQueries.subjects(db).map { SubjectSummary(id: $0.id, name: $0.name, shortName: $0.shortName) }
        }
    }

    /// Adds a subject (`id` nil) or renames one; names are unique whatever their case.
    @discardableResult
    public func saveSubject(_ session: Session, id: SubjectID?, name: String, shortName: String) throws -> SubjectID {
        let name = name.trimmingCharacters(in: .whitespaces)
        let shortName = shortName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !shortName.isEmpty, shortName.count <= 8 else {
            throw JournalError.invalidInput(field: BilingualText("Предмет", "Subject"), problem: BilingualText(
                "нужны название и краткое название (до 8 знаков, как в расписании: «Мат»).",
                "a name and a short name are needed (up to 8 characters, as the timetable shows it: “Мат”)."))
        }
        return try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            if try SchoolYearQueries.subject(named: name, except: id, db) != nil {
                throw JournalError.invalidInput(field: BilingualText("Предмет", "Subject"), problem: BilingualText(
                    "предмет «\(name)» уже есть; выберите его или дайте другое название.",
                    "the subject “\(name)” exists already; choose it or give another name."))
            }
            guard let id else {
                let made = try SchoolYearQueries.insertSubject(name: name, shortName: shortName, db)
                try ChangeLog.record(stamp.change(entity: "subject", key: "subject=\(made)", field: "name", from: nil, to: "\(name) (\(shortName))"), in: db)
                return made
            }
            guard let old = try TimetableQueries.subject(id, db) else { throw JournalError.notFound(BilingualText("предмет", "subject")) }
            try SchoolYearQueries.updateSubject(id, name: name, shortName: shortName, db)
            if old.name != name {
                try ChangeLog.record(stamp.change(entity: "subject", key: "subject=\(id)", field: "name", from: old.name, to: name), in: db)
            }
            if old.shortName != shortName {
                try ChangeLog.record(stamp.change(entity: "subject", key: "subject=\(id)", field: "short_name", from: old.shortName, to: shortName), in: db)
            }
            return id
        }
    }

    public func curriculum(_ session: Session, classID: ClassID) throws -> [ClassCurriculumLine] {
        try read { db in
            try require(.manageSchoolYear, try viewer(for: session, db))
            return try SchoolYearQueries.curriculum(of: classID, db).map {
                ClassCurriculumLine(subjectID: $0.subjectID, subject: $0.subject, hoursPerWeek: $0.hoursPerWeek,
                               hoursPerYear: $0.hoursPerYear, split: $0.split)
            }
        }
    }

    /// Sets a subject's hours a week in a class's curriculum (its hours a year follow: 34 school
    /// weeks, 33 in the first grade) and whether the class splits for it («1 группа», «2 группа»
    /// are made when missing). Zero hours takes the line out, refused while the class has the
    /// subject's journal page.
    public func setCurriculum(_ session: Session, classID: ClassID, subjectID: SubjectID, hoursPerWeek: Double, split: Bool) throws {
        let field = BilingualText("Часов в неделю", "Hours a week")
        guard hoursPerWeek >= 0, hoursPerWeek <= 12, (hoursPerWeek * 2).rounded() == hoursPerWeek * 2 else {
            throw JournalError.invalidInput(field: field, problem: BilingualText(
                "от 0 до 12, целое или с половиной (0,5).", "from 0 to 12, whole or a half (0.5)."))
        }
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            guard let year = try TimetableQueries.year(around: today(), db),
                  let row = try SchoolYearQueries.classes(year: year.id, db).first(where: { $0.id == classID })
            else { throw JournalError.notFound(BilingualText("класс", "class")) }
            let old = try SchoolYearQueries.curriculum(of: classID, db).first { $0.subjectID == subjectID }
            let key = "class=\(classID);subject=\(subjectID)"
            let scope = ChangeScope(classID: classID, subjectID: subjectID, lessonDate: nil)
            func record(_ field: String, _ from: String?, _ to: String?) throws {
                guard from != to else { return }
                try ChangeLog.record(stamp.change(entity: "curriculum", key: key, field: field, from: from, to: to, scope: scope), in: db)
            }
            if hoursPerWeek == 0 {
                guard let old else { return }
                guard try !SchoolYearQueries.isTaught(classID: classID, subjectID: subjectID, db) else {
                    throw JournalError.invalidInput(field: field, problem: BilingualText(
                        "у класса есть журнал этого предмета; сначала уберите его уроки из расписания.",
                        "the class has this subject's journal; take its lessons out of the timetable first."))
                }
                try SchoolYearQueries.deleteCurriculum(classID: classID, subjectID: subjectID, db)
                try record("hours_per_week", old.hoursPerWeek.map(Self.hours), nil)
                return
            }
            let perYear = max(1, Int((hoursPerWeek * Double(Self.schoolWeeks(grade: row.name.grade))).rounded()))
            try SchoolYearQueries.setCurriculum(
                classID: classID, subjectID: subjectID, hoursPerWeek: hoursPerWeek, hoursPerYear: perYear, split: split, db)
            try record("hours_per_week", old?.hoursPerWeek.map(Self.hours), Self.hours(hoursPerWeek))
            try record("hours_per_year", old.map { String($0.hoursPerYear) }, String(perYear))
            try record("split", old.map { $0.split ? "1" : "0" } ?? "0", split ? "1" : "0")
            if split {
                for name in try SchoolYearQueries.ensureSubgroups(classID: classID, subjectID: subjectID, names: ["1 группа", "2 группа"], db) {
                    try ChangeLog.record(stamp.change(entity: "subgroup", key: "class=\(classID);subject=\(subjectID)", field: "name",
                                                      from: nil, to: name, scope: scope), in: db)
                }
            }
        }
    }

    /// «2», «0,5», «1,5»: hours as a Russian school writes them.
    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

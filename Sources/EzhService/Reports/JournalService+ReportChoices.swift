import EzhCore
internal import EzhStore

/// What the «Отчёты» screen offers in its pickers: only what the person may report on. The
/// report's own service method still checks access; these lists only keep the choices honest.
public struct ReportChoices: Sendable {
    public struct ClassChoice: Sendable, Hashable {
        public let id: ClassID
        public let name: ClassName
        /// The subjects of the class the person may open, by name.
        public let subjects: [SubjectChoice]
        /// The class's periods in its scheme («1 четверть» …).
        public let periods: [Period]

        public init(id: ClassID, name: ClassName, subjects: [SubjectChoice], periods: [Period]) {
            self.id = id
            self.name = name
            self.subjects = subjects
            self.periods = periods
        }
    }

    public struct SubjectChoice: Sendable, Hashable {
        public let id: SubjectID
        public let name: String

        public init(id: SubjectID, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The current year's classes the person may open a page of (a teacher their teachings' classes,
    /// a class teacher theirs too, the administration every class), in the school's order.
    public let classes: [ClassChoice]
    /// The classes the person leads as class teacher: a class teacher's report offers only these.
    public let ledClasses: Set<ClassID>
    /// Whose reports may be asked for: everyone who teaches for the administration, else oneself.
    public let teachers: [(id: StaffID, name: PersonName)]

    public init(classes: [ClassChoice], ledClasses: Set<ClassID>, teachers: [(id: StaffID, name: PersonName)]) {
        self.classes = classes
        self.ledClasses = ledClasses
        self.teachers = teachers
    }

    /// The classes offered for a report of `audience` to someone with `roles`: a report they see
    /// as class teacher only (the monthly attendance, the parent letters) is about their own class.
    public func classes(forAudience audience: Set<Role>, roles: Set<Role>) -> [ClassChoice] {
        guard audience.intersection(roles) == [.classTeacher] else { return classes }
        return classes.filter { ledClasses.contains($0.id) }
    }
}

extension JournalService {
    /// The classes, subjects, periods and teachers the session's person may report on, in one read.
    public func reportChoices(_ session: Session) throws -> ReportChoices {
        let today = today()
        return try read { db in
            let viewer = try viewer(for: session, db)
            var pages = try viewer.staffID.map { try PageQueries.pages(taughtBy: $0, db) } ?? []
            if SchoolAction.readOwnClass.isAllowed(for: viewer.roles) {
                for classID in viewer.ledClasses.sorted() { pages += try PageQueries.pages(ofClass: classID, db) }
            }
            if viewer.readsWholeSchool { pages = try PageQueries.allPages(db) }
            let current = try classes(ofYear: nil, today, db)
            var order: [ClassID] = []
            var names: [ClassID: ClassName] = [:]
            var subjects: [ClassID: [ReportChoices.SubjectChoice]] = [:]
            for page in pages where current?.contains(page.classID) ?? true {
                if names[page.classID] == nil {
                    order.append(page.classID)
                    names[page.classID] = page.className
                }
                let subject = ReportChoices.SubjectChoice(id: page.subjectID, name: page.subjectName)
                if !(subjects[page.classID] ?? []).contains(subject) { subjects[page.classID, default: []].append(subject) }
            }
            let classes = try order.sorted { names[$0]! < names[$1]! }.map { id in
                ReportChoices.ClassChoice(id: id, name: names[id]!, subjects: subjects[id] ?? [],
                                          periods: try SchoolQueries.periods(ofClass: id, db))
            }
            let everyone = try NameQueries.staff(db)
            let teachers = viewer.readsWholeSchool ? everyone : everyone.filter { $0.id == viewer.staffID }
            let led = SchoolAction.readOwnClass.isAllowed(for: viewer.roles) ? viewer.ledClasses : []
            return ReportChoices(classes: classes, ledClasses: led, teachers: teachers)
        }
    }

    /// The pupils of a class the person may report on (its list as the class's page shows it),
    /// alphabetically, for a report about one pupil.
    public func reportPupils(_ session: Session, classID: ClassID) throws -> [(id: PupilID, name: PersonName)] {
        try read { db in
            let viewer = try viewer(for: session, db)
            let mayOpen = try PageQueries.pages(ofClass: classID, db).contains { JournalAccess.canOpen($0, viewer: viewer) }
            guard mayOpen || viewer.readsWholeSchool else {
                throw JournalError.accessDenied(BilingualText("ученики чужого класса", "another class's pupils"))
            }
            let rows = try MovementQueries.roster(ofClass: classID, db).map { (id: $0.row.pupilID, name: $0.name) }
            var seen = Set<PupilID>()
            return PersonName.sortedAlphabetically(rows.filter { seen.insert($0.id).inserted }, by: \.name)
        }
    }

    /// Saves a report's bytes (PDF, XLSX, CSV) where the person asked (`ExportFiles`: 0600, never
    /// over the journal) and records the export in the access log; returns the full path.
    public func saveReport(
        _ session: Session, _ bytes: [UInt8], to path: String, what: String, rows: Int, replacing: Bool
    ) throws -> String {
        let written = try exportFiles.write(bytes: bytes, to: path, replacing: replacing)
        recordExport(session, what: what, rows: rows, path: written)
        return written
    }
}

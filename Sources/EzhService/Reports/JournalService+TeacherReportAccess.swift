import EzhCore
internal import EzhStore

extension JournalService {
    /// The pages of a class's subject a teacher's report may cover for this viewer: all of them
    /// for the administration and the class's class teacher, the teacher's own groups otherwise.
    /// Anyone else is refused here, by the service, not only by a hidden menu.
    func teacherReportPages(
        _ viewer: Viewer, classID: ClassID, subjectID: SubjectID, report: BilingualText, _ db: StoreTransaction
    ) throws -> [JournalPage] {
        let pages = try TeacherReportQueries.pages(ofClass: classID, subject: subjectID, db)
        let wholeClass = viewer.readsWholeSchool
            || (SchoolAction.readOwnClass.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(classID))
        let allowed = wholeClass ? pages : pages.filter(viewer.taughtPages.contains)
        if allowed.isEmpty, !wholeClass { throw JournalError.accessDenied(report) }
        guard !allowed.isEmpty else {
            throw JournalError.notFound(BilingualText("этот предмет в расписании класса", "this subject in the class's timetable"))
        }
        return allowed
    }

    /// The class's period with this number in its scheme (1 for the first quarter or half-year).
    func reportPeriod(ofClass classID: ClassID, number: Int, _ db: StoreTransaction) throws -> Period {
        guard let period = try SchoolQueries.periods(ofClass: classID, db).first(where: { $0.number == number }) else {
            throw JournalError.notFound(.period)
        }
        return period
    }

    /// «5А», or «5А (1 группа)» when the report covers one group of the class only.
    func reportClassName(_ pages: [JournalPage]) -> String {
        guard let first = pages.first else { return "" }
        if pages.count == 1, let group = first.subgroupName { return "\(first.className) (\(group))" }
        return first.className.description
    }

    /// The teachers of the pages, «Петрова О.И.»: one per group when groups have different teachers.
    func reportTeachers(_ pages: [JournalPage], _ db: StoreTransaction) throws -> [String] {
        var names: [String] = []
        for page in pages {
            if let name = try TeacherReportQueries.teacher(of: page, db)?.withInitials, !names.contains(name) { names.append(name) }
        }
        return names
    }
}

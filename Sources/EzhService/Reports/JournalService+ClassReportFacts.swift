import EzhCore
internal import EzhStore

/// What every report of a class for a period starts from: the access check (the class's own class
/// teacher, or the school's administration), the class, the period by its number in the class's
/// scheme, the school's name, the class teacher's name for the signature and the print date.
struct ClassReportFacts {
    let classID: ClassID
    let className: ClassName
    let periods: [Period]
    let period: Period
    let school: String
    let classTeacher: String
    let printDate: LocalDate

    var periodName: String { period.name(in: .ru) }
    var scope: ChangeScope { ChangeScope(classID: classID, subjectID: nil, lessonDate: nil) }
}

extension JournalService {
    /// Inside the caller's read: refuses anyone but the class's class teacher and the
    /// administration (`what` names the report in the refusal), and a period the class lacks.
    func classReportFacts(
        _ session: Session, classID: ClassID, period number: Int, what: BilingualText, needsMarks: Bool, _ db: StoreTransaction
    ) throws -> ClassReportFacts {
        let viewer = try viewer(for: session, db)
        guard viewer.readsWholeSchool || (SchoolAction.readOwnClass.isAllowed(for: viewer.roles) && viewer.ledClasses.contains(classID)) else {
            throw JournalError.accessDenied(what)
        }
        guard let className = try AbsenceQueries.className(classID, db) else { throw JournalError.notFound(BilingualText("класс", "class")) }
        if needsMarks, !className.hasMarks {
            throw JournalError.invalidInput(
                field: BilingualText("класс", "class"),
                problem: BilingualText("в \(className.grade) классе отметок не ставят; выберите класс со 2-го", "grade \(className.grade) gets no marks; choose a class from grade 2")
            )
        }
        let periods = try SchoolQueries.periods(ofClass: classID, db)
        guard let period = periods.first(where: { $0.number == number }) else {
            throw JournalError.invalidInput(
                field: .period,
                problem: BilingualText(
                    "у \(className) нет периода \(number); их \(periods.count)", "\(className) has no period \(number); it has \(periods.count)"
                )
            )
        }
        return ClassReportFacts(
            classID: classID, className: className, periods: periods, period: period,
            school: try SchoolQueries.school(db)?.name ?? "",
            classTeacher: try AttendanceReportQueries.classTeacherName(classID, db)?.withInitials ?? "",
            printDate: timeZone.localDate(of: now())
        )
    }
}

import EzhCore
import EzhService

/// The start screen's ways into the validation layer's screens: the class teacher's weekly
/// absences, permissions (a teacher sees their own, the deputy grants), substitutions, the
/// deputy's overview of every teacher and the lesson plans. The command catalogue says which
/// roles have each (`Application.dispatch` refuses the others, the key bar leaves them out).
enum RoleEntries {
    static let actions: [Action] = [
        .absenceReview, .permissions, .substitutions, .timetable, .schoolYear, .teachersDue, .lessonPlans, .fillingOverview,
        .declareSubstitution, .ktp, .planOverview, .notices, .announcements, .classEvents, .reports,
    ]

    /// Opens the screen of one of `actions`.
    static func open(_ action: Action, home: TeacherHome?, app: Application) {
        switch action {
        case .absenceReview: app.push(AbsenceReviewScreen())
        case .permissions: app.push(PermissionsScreen(home: home))
        case .substitutions: app.push(SubstitutionsScreen(day: app.backend.today()))
        case .teachersDue: app.push(DueTableScreen())
        case .lessonPlans: app.push(TextOverlayScreen(title: app.strings.lessonPlansTitle, read: lessonPlans))
        case .timetable: app.push(TimetableScreen(day: app.backend.today()))
        case .schoolYear: app.push(ClassesScreen())
        case .ktp: KtpEntry.choosePage(home: home, app: app)
        case .planOverview: app.push(PlanOverviewScreen())
        case .fillingOverview: app.push(ClassWeekScreen())
        case .notices: app.push(NoticesScreen())
        case .announcements: app.push(AnnouncementsScreen())
        case .classEvents: app.push(ClassEventsScreen())
        case .reports: app.push(ReportsScreen())
        default: break
        }
    }

    /// Rule 8 for every page the person may open (a teacher their own, the deputy the school's):
    /// mismatches first, each saying what to add or remove.
    private static func lessonPlans(app: Application) throws -> [HelpText.Line] {
        guard let session = app.session else { throw JournalError.notSignedIn }
        let checks = try app.backend.lessonPlanCheck(session)
        let strings = app.strings
        let mismatches = checks.compactMap { LessonPlanCheck.message($0.verdict, page: $0.page.title, language: strings.language) }
        let matches = checks.filter { $0.verdict == .matches }.map { strings.lessonPlanMatches($0.page.title) }
        return (mismatches + matches).map { HelpText.Line(text: $0, isTitle: false) }
    }
}

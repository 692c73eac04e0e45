import EzhService

/// The part of `JournalService` the interface uses: the shell's needs and each feature's own
/// narrow protocol (in its folder, `Features/<Name>/<Name>Backend.swift`). Screens talk to these
/// protocols so that tests drive every screen with a small in-memory journal instead of a
/// database; a new feature adds its protocol here.
public protocol JournalBackend: ShellBackend, SchoolDirectoryBackend, LoginBackend, HomeBackend, GridBackend, LessonCardBackend,
    AbsenceReviewBackend, PermissionsBackend, SubstitutionsBackend, AccountsBackend, DiaryBackend, AccessLogBackend,
    TimetableBackend, SchoolYearBackend, MovementBackend, PupilCardBackend, SchoolSettingsBackend, AssignmentsBackend,
    ExemptionsBackend, KtpBackend, ClassWeekBackend, FinalsBackend, BackupsBackend, MessagesBackend, NoticesBackend, ReportsBackend {}

extension JournalService: JournalBackend {}

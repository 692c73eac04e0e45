/// A named command a key can be bound to. Keys map to actions and screens handle actions, so a
/// keymap file can move any command to any key without touching the screens.
public enum Action: String, CaseIterable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case moveLeft = "move-left"
    case moveRight = "move-right"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case firstColumn = "first-column"
    case lastColumn = "last-column"
    case today
    case editCell = "edit-cell"
    case clearCell = "clear-cell"
    case undo
    case nextGrid = "next-grid"
    case prevGrid = "prev-grid"
    case choosePeriod = "choose-period"
    case chooseClass = "choose-class"
    case chooseSubject = "choose-subject"
    case cellHistory = "cell-history"
    case open
    case confirm
    case cancel
    case back
    case nextField = "next-field"
    case prevField = "prev-field"
    case commandLine = "command-line"
    case help
    case lock
    case quit

    // Validation layer
    case lessonCard = "lesson-card"
    case allPresent = "all-present"
    case absenceReview = "absence-review"
    case permissions
    case substitutions
    case declareSubstitution = "declare-substitution"
    case teachersDue = "teachers-due"
    case lessonPlans = "lesson-plans"
    case setIll = "set-ill"
    case setExcused = "set-excused"
    case setUnexcused = "set-unexcused"
    case setExempt = "set-exempt"
    case setAbsent = "set-absent"
    case editNote = "edit-note"
    case removeAbsence = "remove-absence"
    case earlier
    case later
    case grantPermission = "grant-permission"
    case revokePermission = "revoke-permission"
    // Accounts, diary, access log
    case changePassword = "change-password"
    case openAccounts = "accounts"
    case openClassCredentials = "class-credentials"
    case openAccessLog = "access-log"
    case openAccessReport = "access-report"
    case choosePupil = "choose-pupil"
    case prevWeek = "prev-week"
    case nextWeek = "next-week"
    case nextSection = "next-section"
    case prevSection = "prev-section"
    case newAccount = "new-account"
    case resetPassword = "reset-password"
    case editRoles = "edit-roles"
    case disableAccount = "disable-account"
    case classSlips = "class-slips"
    case search
    case filter
    case exportCSV = "export-csv"
    case verifyLog = "verify-log"
    case usageStatistics = "usage-statistics"
    case toggle
    // School year
    case timetable
    case chooseTeacher = "choose-teacher"
    case chooseRoom = "choose-room"
    case chooseDate = "choose-date"
    case oneOffChange = "one-off"
    case schoolYear = "school-year"
    case openCurriculum = "curriculum"
    case openSubjects = "subjects"
    case newItem = "new-item"
    case openCalendar = "holidays"
    case removeItem = "remove-item"
    case openBells = "bells"
    case openSubgroups = "subgroups"
    case openPeriods = "periods"
    // Pupil movement, school years
    case pupils
    case movement
    case chooseYear = "choose-year"
    // A pupil's data and parents
    case pupilCard = "pupil-card"
    case editPupil = "edit-pupil"
    case addParent = "add-parent"
    case editParent = "edit-parent"
    case linkParent = "link-parent"
    case unlinkParent = "unlink-parent"
    case editStaff = "edit-staff"
    case schoolSettings = "school-settings"
    // Assignments and work types in the marks grid; exemptions
    case workType = "work-type"
    case addAssignment = "add-assignment"
    case assignmentTopic = "assignment-topic"
    case removeAssignment = "remove-assignment"
    case exemptions
    // Lesson plans (КТП)
    case ktp
    case moveItemUp = "move-item-up"
    case moveItemDown = "move-item-down"
    case importFile = "import-file"
    case copyPlan = "copy-plan"
    case planProgress = "plan-progress"
    case planOverview = "plan-overview"
    case acceptPlanTopic = "accept-plan-topic"
    case fillingOverview = "filling-overview"
    case sortColumn = "sort-column"
    case acceptSuggestion = "accept-suggestion"
    case acceptAllSuggestions = "accept-all-suggestions"
    case correctFinal = "correct-final"
    case closePeriod = "close-period"
    case finalsDue = "finals-due"
    // Backups
    case backups
    // Messages
    case messages
    case newMessage = "new-message"
    case reply
    case correctMessage = "correct-message"
    // Notices, announcements, class events
    case notices
    case sendNotice = "send-notice"
    case dismissNotice = "dismiss-notice"
    case announcements
    case classEvents = "class-events"
    // Writing a text of several paragraphs
    case submitText = "submit-text"
    // Reports
    case reports
    case savePDF = "save-pdf"
    case saveXLSX = "save-xlsx"
    case printReport = "print"
}

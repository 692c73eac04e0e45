/// Text that shows a screen is the one the keys should have opened, and no other (a refusal
/// leaves the previous screen up): the benchmarks check for it before they measure.
enum ScreenText {
    static let loginScreen = "Вход в электронный"
    /// The title bar of a staff member's start screen (the login screen names the program).
    static func staffHome(school: String) -> String { "ezh · " + school }
    static let marksGrid = "[Оценки]"
    static let attendanceGrid = "[Посещаемость]"
    static let accessReport = "Отчёт о доступе"
    static let accessLog = "Журнал доступа"
    static let teachersDue = "Сводка по учителям"
    static let diary = "Дневник"
    /// A filter applied (a refused one keeps its form open and the old filter).
    static func filter(_ className: String) -> String { "Фильтр: " + className }
}

/// The longest free text the journal keeps in each field, in characters (Unicode scalars, so a
/// pile of combining marks counts for what it is). The service refuses a longer text naming the
/// field and the limit; the interface's fields stop taking characters at the same limit.
/// docs/rules.md lists them.
public struct TextLimit: Sendable, Hashable {
    public let russianName: String
    public let englishName: String
    public let maximum: Int

    public init(_ russianName: String, _ englishName: String, maximum: Int) {
        self.russianName = russianName
        self.englishName = englishName
        self.maximum = maximum
    }

    public static let topic = TextLimit("Тема урока", "Lesson topic", maximum: 500)
    public static let homework = TextLimit("Домашнее задание", "Homework", maximum: 2000)
    public static let lessonPlanTopic = TextLimit("Тема в КТП", "Lesson plan topic", maximum: 500)
    public static let absenceNote = TextLimit("Примечание к пропуску", "Absence note", maximum: 200)
    public static let reason = TextLimit("Причина", "Reason", maximum: 500)
    public static let orderNumber = TextLimit("Номер приказа", "Order number", maximum: 50)
    public static let login = TextLimit("Логин", "Login", maximum: 64)
    public static let password = TextLimit("Пароль", "Password", maximum: 128)
    public static let keymapName = TextLimit("Раскладка клавиш", "Keymap", maximum: 64)
    /// A typed path of a file to save, a search or filter: not stored, but no field is endless.
    public static let line = TextLimit("Строка", "Line", maximum: 1024)

    /// Lessons in a year's plan (КТП): far more than any subject's hours.
    public static let lessonPlanItems = 1000

    public func name(in language: Language) -> String { language == .ru ? russianName : englishName }

    /// The same limit for one numbered row: «Тема в КТП, строка 3».
    public func row(_ number: Int) -> TextLimit {
        TextLimit("\(russianName), строка \(number)", "\(englishName), row \(number)", maximum: maximum)
    }

    public static func length(of text: String) -> Int { text.unicodeScalars.count }

    public func allows(_ text: String) -> Bool { Self.length(of: text) <= maximum }

    /// Throws `textTooLong` for a longer text.
    public func check(_ text: String) throws(JournalError) {
        guard allows(text) else { throw .textTooLong(self, length: Self.length(of: text)) }
    }
}

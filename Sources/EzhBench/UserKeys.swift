import EzhTUI

/// The keys a person presses for each measured action, with the default keymap. The same lists
/// drive the interface in this process and the real `ezh` in a pseudo-terminal.
enum UserKeys {
    static let password = "demo"

    static func text(_ text: String) -> [Key] { text.map(Key.character) }

    /// On the login screen: login, Tab, password, Enter.
    static func signIn(_ login: String) -> [Key] { text(login) + [.tab] + text(password) + [.enter] }

    /// The first line of a teacher's start screen is today's first lesson: Enter opens its grid.
    static let openTodaysGrid: [Key] = [.enter]
    static let attendanceTab: [Key] = [.tab]
    static let accessReport: [Key] = [.function(3)]
    static let accessLog: [Key] = [.function(5)]
    static let teachersDue: [Key] = [.function(9)]
    /// Opens the filter over a list and applies what it holds again.
    static let reapplyFilter: [Key] = [.function(2), .enter]
    static let quit: [Key] = [.function(10)]
    static let lock: [Key] = [.function(12)]

    /// The report's filter fields are class, login, from, to; the dates open filled in (this
    /// week), so each is emptied before it is typed.
    static func filterReport(className: String, from: String, to: String) -> [Key] {
        [.function(2)] + text(className) + [.tab, .tab] + clearDate + text(from) + [.tab] + clearDate + text(to) + [.enter]
    }

    /// The report's filter with a login typed, the dates as they open (this week).
    static func filterReport(login: String) -> [Key] {
        [.function(2), .tab] + text(login) + [.enter]
    }

    /// The report's filter with the dates typed, no class or login.
    static func filterReport(from: String, to: String) -> [Key] {
        [.function(2), .tab, .tab] + clearDate + text(from) + [.tab] + clearDate + text(to) + [.enter]
    }

    /// Backspaces enough for a typed date («dd.mm.yyyy»).
    private static let clearDate = [Key](repeating: .backspace, count: 10)

    /// The access log's filter fields are login, role, action, class, from, to, text.
    static func filterLog(className: String) -> [Key] {
        [.function(2), .tab, .tab, .tab] + text(className) + [.enter]
    }

    /// The bytes an xterm sends for `keys` (keypad mode, as ncurses sets it).
    static func bytes(_ keys: [Key]) -> String {
        keys.map { key in
            switch key {
            case .character(let character): String(character)
            case .enter: "\r"
            case .tab: "\t"
            case .backTab: "\u{1B}[Z"
            case .escape: "\u{1B}"
            case .backspace: "\u{7F}"
            case .delete: "\u{1B}[3~"
            case .insert: "\u{1B}[2~"
            case .up: "\u{1B}OA"
            case .down: "\u{1B}OB"
            case .right: "\u{1B}OC"
            case .left: "\u{1B}OD"
            case .home: "\u{1B}OH"
            case .end: "\u{1B}OF"
            case .pageUp: "\u{1B}[5~"
            case .pageDown: "\u{1B}[6~"
            case .function(let number) where (1...4).contains(number):
                "\u{1B}O" + String(UnicodeScalar(UInt8(ascii: "P") + UInt8(number - 1)))
            case .function(let number):
                "\u{1B}[\([5: 15, 6: 17, 7: 18, 8: 19, 9: 20, 10: 21, 11: 23, 12: 24][number] ?? 0)~"
            case .control(let letter):
                String(UnicodeScalar((letter.asciiValue ?? 96) - 96))
            case .resize, .mouse: ""
            }
        }.joined()
    }
}

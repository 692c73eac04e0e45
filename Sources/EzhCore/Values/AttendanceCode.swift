/// Attendance codes of the Russian class journal, per pupil per lesson.
public enum AttendanceCode: String, CaseIterable, Hashable, Sendable {
    /// Absent, reason not yet known (set by the subject teacher on the day).
    case absent = "Н"
    /// Late.
    case late = "ОП"
    /// Absent through illness.
    case ill = "Б"
    /// Absent for a valid reason.
    case excused = "УП"
    /// Absent without a valid reason.
    case unexcused = "НП"
    /// Exempt from attending.
    case exempt = "ОСВ"

    /// The codes a subject teacher sets in the attendance grid; the others belong to the class
    /// teacher's weekly correction.
    public static let subjectTeacherCodes: [AttendanceCode] = [.absent, .late]

    /// Whether the pupil missed the lesson (a late pupil did attend).
    public var isAbsence: Bool { self != .late }

    /// The code a key typed in an attendance cell stands for. «н» and the Latin key in the same
    /// place of the keyboard (Y) both mean Н, so the layout never matters; «о»/J (ОП) likewise.
    public static func fromTypedKey(_ character: Character) -> AttendanceCode? {
        switch character {
        case "н", "Н", "y", "Y": .absent
        case "о", "О", "j", "J": .late
        default: nil
        }
    }
}

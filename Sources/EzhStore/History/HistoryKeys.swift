import EzhCore

/// How a change_history row names what changed. The service and the demo importer both write
/// history through these, so a cell's history is found by one key whoever wrote it.
public enum HistoryKeys {
    /// A mark cell: entity "mark", field "value", values "1"…"5" or ".".
    public static let markEntity = "mark"
    public static let markField = "value"
    /// An attendance cell: entity "attendance", field "code", values "Н", "ОП", "Б"…
    public static let attendanceEntity = "attendance"
    public static let attendanceField = "code"

    /// "assignment=12;pupil=40".
    public static func mark(assignment: AssignmentID, pupil: PupilID) -> String {
        "assignment=\(assignment.rawValue);pupil=\(pupil.rawValue)"
    }

    /// "lesson=7;pupil=40".
    public static func attendance(lesson: LessonID, pupil: PupilID) -> String {
        "lesson=\(lesson.rawValue);pupil=\(pupil.rawValue)"
    }
}

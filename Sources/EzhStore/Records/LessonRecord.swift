import EzhCore
import GRDB

/// A concrete lesson with what the rules and grids need of it.
public struct LessonRecord: Sendable, Hashable {
    public let id: LessonID
    public let classID: ClassID
    public let subjectID: SubjectID
    public let subgroupID: SubgroupID?
    public let date: LocalDate
    public let lessonNumber: Int
    public let start: TimeOfDay
    public let end: TimeOfDay
    public let room: String
    public let scheduledTeacherID: StaffID
    public let actualTeacherID: StaffID?
    public let topic: String

    /// Who gives the lesson: the substitute when one is recorded, else the scheduled teacher.
    public var teacherID: StaffID { actualTeacherID ?? scheduledTeacherID }

    /// Who may enter this lesson: the teacher who gives it. The scheduled teacher of a
    /// substituted lesson only reads it (rule 6).
    public var teachers: Set<StaffID> { [teacherID] }
}

extension LessonRecord: FetchableRecord {
    public init(row: Row) {
        id = LessonID(row["id"])
        classID = ClassID(row["class_id"])
        subjectID = SubjectID(row["subject_id"])
        subgroupID = (row["subgroup_id"] as Int64?).map(SubgroupID.init)
        date = LocalDate(iso: row["date"])!
        lessonNumber = row["lesson_number"]
        start = TimeOfDay(text: row["starts_at"])!
        end = TimeOfDay(text: row["ends_at"])!
        room = row["room"]
        scheduledTeacherID = StaffID(row["scheduled_teacher_id"])
        actualTeacherID = (row["actual_teacher_id"] as Int64?).map(StaffID.init)
        topic = row["topic"]
    }
}

extension LessonRecord {
    /// Where a change to this lesson happened, for the history and the access log.
    public var scope: ChangeScope { ChangeScope(classID: classID, subjectID: subjectID, lessonDate: date) }
}

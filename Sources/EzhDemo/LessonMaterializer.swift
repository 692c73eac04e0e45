import EzhCore
import EzhStore

/// The timetable template as rows, and the year's concrete lessons made from it and the
/// calendar: every school day, every class, every lesson number, one lesson per teaching (two
/// for a split subject). Lessons come out in date order, so ids grow with time.
struct LessonMaterializer {
    private(set) var slots: [SchoolDataset.TimetableSlot] = []
    private(set) var lessons: [SchoolDataset.Lesson] = []
    /// Per lesson: the index of its day in `calendar.schoolDays`.
    private(set) var lessonDays: [Int] = []
    /// Per lesson: how many lessons of its teaching came before it this year.
    private(set) var ordinals: [Int] = []
    /// Per teaching index: its lessons in the year.
    private(set) var lessonsPerTeaching: [Int]

    /// - Parameter template: per class, per weekday (0 = Monday), week indices in lesson-number order.
    init(template: [[[Int]]], plan: StaffPlan, calendar: DemoCalendar) {
        lessonsPerTeaching = Array(repeating: 0, count: plan.teachings.count)
        let teacherIndex = { (teaching: Int) in Int(plan.teachings[teaching].teacher.rawValue) - 1 }

        for (classIndex, days) in template.enumerated() {
            for (day, lessonsOfDay) in days.enumerated() {
                for (position, weekIndex) in lessonsOfDay.enumerated() {
                    for teaching in plan.weeklyLessons[classIndex][weekIndex].teachingIndices {
                        slots.append(SchoolDataset.TimetableSlot(
                            id: Int64(slots.count + 1), teaching: plan.teachings[teaching].id, weekday: day + 1,
                            lessonNumber: position + 1, room: plan.rooms[teacherIndex(teaching)]
                        ))
                    }
                }
            }
        }

        for (dayIndex, date) in calendar.schoolDays.enumerated() {
            let weekday = date.weekday - 1
            for (classIndex, days) in template.enumerated() {
                for (position, weekIndex) in days[weekday].enumerated() {
                    let bell = SchoolFrame.bellTimes[position]
                    for teaching in plan.weeklyLessons[classIndex][weekIndex].teachingIndices {
                        let row = plan.teachings[teaching]
                        lessons.append(SchoolDataset.Lesson(
                            id: LessonID(Int64(lessons.count + 1)), teaching: row.id, classID: row.classID,
                            subject: row.subject, subgroup: row.subgroup, date: date, number: position + 1,
                            startsAt: bell.start, endsAt: bell.end, room: plan.rooms[teacherIndex(teaching)],
                            scheduledTeacher: row.teacher, actualTeacher: nil, topic: "", homework: ""
                        ))
                        lessonDays.append(dayIndex)
                        ordinals.append(lessonsPerTeaching[teaching])
                        lessonsPerTeaching[teaching] += 1
                    }
                }
            }
        }
    }
}

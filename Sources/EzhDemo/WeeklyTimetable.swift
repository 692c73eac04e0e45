import EzhCore

/// The timetable template as the timetable file's rows: every class, weekday and lesson number,
/// one row per teaching (two for a split subject, one per subgroup), in the teacher's room.
struct WeeklyTimetable {
    struct Slot {
        /// Index into the plan's teachings.
        let teaching: Int
        /// ISO weekday, 1 = Monday.
        let weekday: Int
        let number: Int
        let room: String
    }

    private(set) var slots: [Slot] = []

    /// - Parameter template: per class, per weekday (0 = Monday), week indices in lesson-number order.
    init(template: [[[Int]]], plan: StaffPlan) {
        for (classIndex, days) in template.enumerated() {
            for (day, lessonsOfDay) in days.enumerated() {
                for (position, weekIndex) in lessonsOfDay.enumerated() {
                    for teaching in plan.weeklyLessons[classIndex][weekIndex].teachingIndices {
                        let teacher = Int(plan.teachings[teaching].teacher.rawValue) - 1
                        slots.append(Slot(teaching: teaching, weekday: day + 1, number: position + 1, room: plan.rooms[teacher]))
                    }
                }
            }
        }
    }
}

import EzhStore

/// Row counts and a digest of every row of a dataset, to show two generations are the same.
enum DemoFingerprint {
    static func rowCounts(_ data: SchoolDataset) -> [String: Int] {
        [
            "setting": data.settings.count, "period": data.periods.count, "day_off": data.daysOff.count, "bell": data.bells.count,
            "subject": data.subjects.count, "work_type": data.workTypes.count, "staff": data.staff.count,
            "pupil": data.pupils.count, "parent": data.parents.count, "parent_pupil": data.parentLinks.count,
            "class": data.classes.count, "class_membership": data.classMemberships.count,
            "subgroup": data.subgroups.count, "subgroup_membership": data.subgroupMemberships.count,
            "curriculum": data.curriculum.count, "teaching": data.teachings.count,
            "timetable_slot": data.timetableSlots.count, "lesson_plan_item": data.lessonPlan.count, "lesson": data.lessons.count,
            "assignment": data.assignments.count, "mark": data.marks.count, "attendance": data.attendance.count,
            "period_final": data.periodFinals.count, "account": data.accounts.count,
            "account_role": data.accountRoles.count,
        ]
    }

    /// FNV-1a over the text of every row, table by table: stable from run to run, unlike `hashValue`.
    static func digest(_ data: SchoolDataset) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix<Row>(_ rows: [Row]) {
            for row in rows {
                for byte in String(describing: row).utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        mix([data.school]); mix(data.settings); mix([data.year]); mix(data.periods); mix(data.daysOff); mix(data.bells)
        mix(data.subjects); mix(data.workTypes); mix(data.staff); mix(data.pupils); mix(data.parents)
        mix(data.parentLinks); mix(data.classes); mix(data.classMemberships); mix(data.subgroups)
        mix(data.subgroupMemberships); mix(data.curriculum); mix(data.teachings); mix(data.timetableSlots); mix(data.lessonPlan)
        mix(data.lessons); mix(data.assignments); mix(data.marks); mix(data.attendance); mix(data.periodFinals)
        mix(data.accounts); mix(data.accountRoles)
        return hash
    }
}

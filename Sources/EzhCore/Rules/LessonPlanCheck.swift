/// Rule 8: the hours of a teacher's lesson plan (КТП) equal the curriculum's hours for that
/// subject in that class.
public enum LessonPlanCheck {
    public enum Verdict: Hashable, Sendable {
        case matches
        case mismatch(planned: Int, curriculum: Int)
    }

    public static func check(plannedHours: Int, curriculumHours: Int) -> Verdict {
        plannedHours == curriculumHours ? .matches : .mismatch(planned: plannedHours, curriculum: curriculumHours)
    }

    public static func message(_ verdict: Verdict, page: String, language: Language) -> String? {
        guard case .mismatch(let planned, let curriculum) = verdict else { return nil }
        let rule = JournalRule.lessonPlanHours.label(in: language)
        let difference = planned - curriculum
        switch language {
        case .ru:
            let fix = difference > 0 ? "уберите \(difference) ч." : "добавьте \(-difference) ч."
            return "\(rule): \(page) — в КТП \(planned) ч., в учебном плане \(curriculum) ч.; \(fix)"
        case .en:
            let fix = difference > 0 ? "remove \(difference) h" : "add \(-difference) h"
            return "\(rule): \(page) — the plan has \(planned) h, the curriculum \(curriculum) h; \(fix)"
        }
    }
}

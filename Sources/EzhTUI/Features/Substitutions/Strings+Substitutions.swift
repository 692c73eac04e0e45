import EzhCore
import EzhService
import Foundation

/// The texts of the deputy's substitutions.
extension Strings {
    func substitutionsTitle(_ day: LocalDate) -> String { ruEn("Замены на \(day.russian)", "Substitutions on \(day.russian)") }
    var noLessonsThatDay: String { ruEn("В этот день уроков нет", "No lessons that day") }
    func substituteFor(_ lesson: String) -> String { ruEn("Кто ведёт: \(lesson)", "Who teaches: \(lesson)") }
    func asScheduled(_ teacher: String) -> String { ruEn("по расписанию: \(teacher)", "as scheduled: \(teacher)") }
    func substitutionRecorded(_ teacher: String) -> String { ruEn("Замена: урок ведёт \(teacher)", "Substitution: \(teacher) teaches") }

    func substitutionRemoved(_ teacher: String) -> String {
        ruEn("Замена снята: урок ведёт \(teacher)", "Substitution removed: \(teacher) teaches")
    }

    var substitutionMark: String { ruEn("замена", "substitute") }
}

/// The texts of substitutions as the two teachers are told, a teacher's declaration and the
/// deputy's decision on it.
extension Strings {
    /// «вт 01.12, 3-й урок», «Tue 01.12, lesson 3».
    func substitutionWhen(_ lesson: LessonSummary) -> String {
        let day = "\(WeekdayName.short(lesson.date.weekday, in: language)) \(lesson.date.dayMonth)"
        return ruEn("\(day), \(lesson.lessonNumber)-й урок", "\(day), lesson \(lesson.lessonNumber)")
    }

    var substitutionsHeading: String { ruEn("Замены", "Substitutions") }
    private func waitingForDeputy(_ notice: SubstitutionNotice) -> String {
        notice.isDeclared ? ruEn(" (ждёт подтверждения)", " (awaiting the deputy)") : ""
    }

    /// A line of the start screen: «Вы замещаете: 7Б · Алгебра, вт 01.12, 3-й урок (по расписанию Петрова О.И.)»
    /// or «Ваш урок 7Б · Алгебра, вт 01.12, 3-й урок ведёт Сидоров П.А.» (under the heading «Замены»).
    func homeNotice(_ notice: SubstitutionNotice) -> String {
        let lesson = notice.lesson
        switch notice.side {
        case .youSubstitute:
            return ruEn("Вы замещаете: \(lesson.page.title), \(substitutionWhen(lesson)) (по расписанию \(notice.otherTeacher))",
                        "You substitute: \(lesson.page.title), \(substitutionWhen(lesson)) (scheduled: \(notice.otherTeacher))")
                + waitingForDeputy(notice)
        case .givenBySubstitute:
            return ruEn("Ваш урок \(lesson.page.title), \(substitutionWhen(lesson)) ведёт \(notice.otherTeacher)",
                        "Your lesson \(lesson.page.title), \(substitutionWhen(lesson)) is given by \(notice.otherTeacher)")
                + waitingForDeputy(notice)
        }
    }

    /// The lesson card's line and the grid's note on a substituted lesson.
    func cardNotice(_ notice: SubstitutionNotice) -> String {
        switch notice.side {
        case .youSubstitute:
            ruEn("Замена: урок ведёте вы, по расписанию — \(notice.otherTeacher)", "Substitution: you give it; scheduled: \(notice.otherTeacher)")
                + waitingForDeputy(notice)
        case .givenBySubstitute:
            ruEn("Замена: урок ведёт \(notice.otherTeacher)", "Substitution: \(notice.otherTeacher) gives it") + waitingForDeputy(notice)
        }
    }

    func gridNotice(_ notice: SubstitutionNotice) -> String {
        switch notice.side {
        case .youSubstitute: ruEn("замена за \(notice.otherTeacher)", "substituting for \(notice.otherTeacher)")
        case .givenBySubstitute: ruEn("ведёт \(notice.otherTeacher) (замена)", "given by \(notice.otherTeacher) (substitute)")
        }
    }

    var declaredNoticeHint: String {
        ruEn("Замена заявлена учителем и ждёт подтверждения завуча — Enter откроет журнал",
             "Declared by the teacher, awaiting the deputy's confirmation — Enter opens the journal")
    }

    // MARK: A teacher's declaration

    func declareTitle(_ day: LocalDate) -> String { ruEn("Замена: чужой урок, \(day.russian)", "Substitution: another's lesson, \(day.russian)") }
    var nothingToSubstitute: String { ruEn("Сегодня нет чужих уроков без замены", "No other teacher's lessons without a substitute today") }
    var declareConfirmTitle: String { ruEn("Заявить замену", "Declare a substitution") }
    func nowMark(_ text: String) -> String { ruEn("\(text)  ← идёт сейчас", "\(text)  ← now") }

    func declareQuestion(_ lesson: SchoolLesson) -> String {
        let summary = lesson.summary
        let when = "\(summary.lessonNumber)-й урок \(summary.start.text)–\(summary.end.text)"
        return ruEn(
            "Вы ведёте урок \(summary.page.title) (\(when)) вместо учителя по расписанию — \(lesson.scheduledTeacher)? "
                + "Замена будет записана сейчас (правило 6) и передана заместителю директора на подтверждение; "
                + "урок вносите вы, а учитель по расписанию его только читает.",
            "Do you give \(summary.page.title) (lesson \(summary.lessonNumber) \(summary.start.text)–\(summary.end.text)) instead of "
                + "its scheduled teacher, \(lesson.scheduledTeacher)? The substitution is recorded now (rule 6) and goes to the deputy "
                + "for confirmation; you enter the lesson, its scheduled teacher only reads it."
        )
    }

    func substitutionDeclared(_ title: String) -> String {
        ruEn("Замена заявлена: \(title) — урок ваш, ждёт подтверждения завуча", "Substitution declared: \(title) — the lesson is yours until the deputy decides")
    }

    // MARK: The deputy's decision

    func declaredMark(_ status: SubstitutionStatus) -> String {
        switch status.state {
        case .declared: ruEn("заявка", "declared")
        case .rejected: ruEn("отклонена: \(status.teacher)", "rejected: \(status.teacher)")
        case .confirmed: substitutionMark
        }
    }

    func pendingDeclarations(_ lessons: [SchoolLesson]) -> String {
        let list = lessons.prefix(3).map { "\($0.summary.date.dayMonth) \(lessonHeader($0.summary.lessonNumber)) \($0.summary.page.title)" }
            .joined(separator: ", ") + (lessons.count > 3 ? ", …" : "")
        return ruEn("Ждут подтверждения: \(lessons.count) — \(list)", "Awaiting confirmation: \(lessons.count) — \(list)")
    }

    func confirmDeclared(_ teacher: String) -> String { ruEn("Подтвердить замену: ведёт \(teacher)", "Confirm: \(teacher) gives it") }
    func rejectDeclared(_ teacher: String) -> String {
        ruEn("Отклонить замену (\(teacher) больше не вносит урок)", "Reject (\(teacher) no longer enters the lesson)")
    }
    func substitutionConfirmed(_ teacher: String) -> String { ruEn("Замена подтверждена: урок ведёт \(teacher)", "Substitution confirmed: \(teacher) gives it") }
    func substitutionRejected(_ teacher: String) -> String {
        ruEn("Замена отклонена: урок снова ведёт \(teacher)", "Substitution rejected: \(teacher) gives the lesson again")
    }
}

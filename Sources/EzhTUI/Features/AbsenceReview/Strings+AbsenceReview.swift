import EzhCore
import EzhService
import Foundation

/// The texts of the class teacher's weekly absence review.
extension Strings {
    func absencesTitle(_ className: ClassName, week: DateSpan) -> String {
        ruEn("Пропуски \(className) · неделя \(week.first.dayMonth)–\(week.last.russian)",
             "Absences \(className) · week \(week.first.dayMonth)–\(week.last.russian)")
    }

    func uncorrected(_ count: Int) -> String { ruEn("осталось Н: \(count)", "Н left: \(count)") }
    var noAbsences: String { ruEn("За эту неделю пропусков нет", "No absences this week") }
    var notAClassTeacher: String { ruEn("Вы не классный руководитель ни одного класса", "You lead no class") }

    /// «27.11  ур.3  Математика              Н    болел»: date, lesson, subject, code, note.
    func absenceLine(_ entry: AbsenceEntry) -> String {
        let lesson = TextFitting.fit(lessonHeader(entry.lessonNumber), width: 5)
        let subject = TextFitting.fit(entry.subjectName, width: 22)
        let code = TextFitting.fit(entry.code.rawValue, width: 3)
        let note = entry.note.isEmpty ? "" : "  " + entry.note
        return "\(entry.date.dayMonth)  \(lesson) \(subject)  \(code)\(note)"
    }

    func codeSet(_ code: AttendanceCode, pupil: String) -> String {
        ruEn("\(pupil): теперь \(code.rawValue)", "\(pupil): now \(code.rawValue)")
    }

    func otherWeekHint(_ earlier: String, _ later: String) -> String {
        ruEn("\(earlier), \(later) — другая неделя", "\(earlier), \(later): another week")
    }

    /// «Ёлкина Юлия · 25.11 урок 3 · Математика · Н»: the selected absence in the status line.
    func describeAbsence(_ entry: AbsenceEntry) -> String {
        [entry.pupil.name.lastAndFirst, lessonAt(entry.date, number: entry.lessonNumber), entry.subjectName, entry.code.rawValue]
            .joined(separator: " · ")
    }

    var noteTitle: String { ruEn("Примечание к пропуску", "Note on the absence") }

    var removeReasonTitle: String {
        ruEn("Снять пропуск, внесённый по ошибке: причина", "Remove an absence entered in error: reason")
    }

    func absenceRemoved(_ pupil: String) -> String { ruEn("\(pupil): пропуск снят", "\(pupil): absence removed") }
    var noteSaved: String { ruEn("Примечание сохранено", "Note saved") }
}

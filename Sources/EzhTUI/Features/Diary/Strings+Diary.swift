import EzhCore
import EzhService
import Foundation

/// The texts of the diary of parents and pupils.
extension Strings {
    public var diary: String { ruEn("Дневник", "Diary") }
    public func diaryTitle(name: String, className: String) -> String { ruEn("Дневник · \(name), \(className)", "Diary · \(name), \(className)") }
    public var choosePupil: String { ruEn("Ученик", "Pupil") }
    public func choosePupilFirst(key: String) -> String { ruEn("Выберите ученика (\(key))", "Choose the pupil (\(key))") }

    public var noDiaryPupils: String {
        ruEn("Нет учеников, чей дневник вам доступен. Обратитесь к классному руководителю.",
             "No pupil's diary is open to you. Ask the class teacher.")
    }

    public func moreBelow(key: String) -> String { ruEn("Дальше — ниже: \(key)", "More below: \(key)") }
    public func otherWeekHint(_ keys: String) -> String { ruEn("\(keys) — другая неделя", "\(keys): another week") }

    func diarySectionName(_ section: DiaryText.Section) -> String {
        switch section {
        case .marks: ruEn("Отметки", "Marks")
        case .week: ruEn("Неделя", "Week")
        case .absences: ruEn("Пропуски", "Absences")
        case .board: diaryBoardSection
        }
    }

    public var marksHeader: String { ruEn("Отметки (вид работы×вес)", "Marks (work type×weight)") }
    public var noMarksInPeriod: String { ruEn("В этом периоде отметок нет", "No marks in this period") }

    public var marksLegend: String {
        ruEn("В скобках — вид работы и вес отметки (×2); без множителя вес 1. Ср. — средний балл, Ср.в — средневзвешенный (Σ отметка·вес / Σ вес), Итог — отметка за период.",
             "In brackets: the work type and the mark's weight (×2); no multiplier means weight 1. Avg is the plain average, WAvg the weighted one, Fin the period's final.")
    }

    public func weekTitle(_ week: DateSpan) -> String {
        ruEn("Неделя \(week.first.russian) – \(week.last.russian)", "Week \(week.first.russian) – \(week.last.russian)")
    }

    public func weekdayAndDate(_ day: LocalDate) -> String {
        let ru = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let index = max(0, min(6, day.weekday - 1))
        return "\(language == .ru ? ru[index] : en[index]), \(day.russian)"
    }

    public var diaryNoLessons: String { ruEn("уроков нет", "no lessons") }
    public var topicPrefix: String { ruEn("Тема: ", "Topic: ") }
    public var homeworkPrefix: String { ruEn("ДЗ: ", "Homework: ") }

    public var attendanceLegend: String {
        ruEn("Н — отсутствовал, ОП — опоздал, Б — болел, УП — уважительная причина, НП — неуважительная, ОСВ — освобождён",
             "Н absent, ОП late, Б ill, УП valid reason, НП no valid reason, ОСВ exempt")
    }

    public func absenceTotals(missed: Int, ill: Int, late: Int) -> String {
        ruEn("Пропущено уроков за период: \(missed), из них по болезни: \(ill); опозданий: \(late)",
             "Lessons missed in the period: \(missed), through illness: \(ill); late: \(late)")
    }

    public var diaryNoAbsences: String { ruEn("Пропусков нет", "No absences") }
    public func lessonNumberShort(_ number: Int) -> String { ruEn("ур. \(number)", "L\(number)") }

    public func attendanceMeaning(_ code: AttendanceCode) -> String {
        switch code {
        case .absent: ruEn("отсутствовал, причина не указана", "absent, reason not yet known")
        case .late: ruEn("опоздал", "late")
        case .ill: ruEn("по болезни", "ill")
        case .excused: ruEn("по уважительной причине", "valid reason")
        case .unexcused: ruEn("без уважительной причины", "no valid reason")
        case .exempt: ruEn("освобождён", "exempt")
        }
    }
}

import EzhCore
import EzhService
import Foundation

/// The texts of the finals columns, the correction form and closing a period.
extension Strings {
    /// The second header line of a finals column.
    var finalsHeader: String { ruEn("итог", "final") }
    /// The third header line of a closed finals column: the lock, in a word.
    var closedMark: String { ruEn("закр", "clsd") }

    var finalsReadOnly: String {
        ruEn("Итоговые отметки ставит учитель этого предмета; здесь их можно только смотреть.",
             "Final marks are given by the subject's teacher; here they are read only.")
    }

    var notOnFinals: String {
        ruEn("Встаньте на столбец итоговых отметок (после уроков, клавиша End и вправо).",
             "Move to a finals column (after the lessons: End, then right).")
    }

    var notAFinalKey: String {
        ruEn("Итоговая: 1–5, «=» — предложенная; н/а, зач, незач, осв — Enter и выбор.",
             "A final: 1–5, «=» for the suggestion; н/а, зач, незач, осв — Enter and choose.")
    }

    var noSuggestion: String {
        ruEn("Для этой отметки журнал ничего не предлагает: введите её сами.", "The journal suggests nothing here: type the mark.")
    }

    var nothingToAccept: String { ruEn("В столбце нет предложенных отметок без решения.", "No suggestions left in this column.") }

    func acceptAllQuestion(_ count: Int, column: String) -> String {
        ruEn("Поставить предложенные отметки (\(column)) ученикам без отметки: \(count)? Enter — да, Esc — нет.",
             "Give the suggested marks (\(column)) to the \(count) pupils without one? Enter — yes, Esc — no.")
    }

    func acceptedAll(_ count: Int) -> String { ruEn("Поставлено отметок: \(count)", "Marks given: \(count)") }

    var farFromSuggestionTitle: String { ruEn("Далеко от предложенной", "Far from the suggestion") }

    func farFromSuggestion(_ value: String, suggested: String, pupil: String) -> String {
        ruEn("\(pupil): отметка \(value) отличается от предложенной \(suggested) больше чем на балл. Поставить \(value)? Enter — да, Esc — нет.",
             "\(pupil): \(value) differs from the suggested \(suggested) by more than one. Give \(value)? Enter — yes, Esc — no.")
    }

    func suggestedItem(_ value: String) -> String { ruEn("\(value)  — предложено", "\(value)  — suggested") }
    func suggestedNote(_ value: String) -> String { ruEn("предложено \(value)", "suggested \(value)") }

    func finalsDue(_ day: LocalDate) -> String { ruEn("до \(day.russian) (приказ)", "by \(day.russian) (order)") }
    func finalsDuePassed(_ day: LocalDate) -> String { ruEn("срок истёк \(day.russian)", "due \(day.russian), passed") }
    var noFinalsDue: String { ruEn("дата приказа не задана", "no order date set") }

    func closedTerms(_ day: LocalDate, canCorrect: Bool) -> String {
        canCorrect
            ? ruEn("закрыт \(day.dayMonth): исправить — Ctrl+R", "closed \(day.dayMonth): correct — Ctrl+R")
            : ruEn("закрыт \(day.dayMonth): исправляет завуч по приказу", "closed \(day.dayMonth): the deputy corrects under an order")
    }

    var correctOnlyClosed: String {
        ruEn("Период открыт: итоговую отметку меняет учитель, запись об исправлении не нужна.",
             "The period is open: the teacher changes the final, no correction record is needed.")
    }

    var onlyDeputyCorrects: String {
        ruEn("Правило 5: итоговую отметку закрытого периода исправляет только завуч — по приказу (пересдача, апелляция).",
             "Rule 5: only the deputy corrects a closed period's final — under an order (retake, appeal).")
    }

    var nothingToCorrect: String {
        ruEn("У ученика нет итоговой отметки за этот период: исправлять нечего.", "The pupil has no final here: nothing to correct.")
    }

    func correctionTitle(_ pupil: String, column: String, old: String) -> String {
        ruEn("Исправление: \(pupil), \(column), было \(old)", "Correction: \(pupil), \(column), was \(old)")
    }

    var newFinalLabel: String { ruEn("Новая отметка", "New mark") }
    var finalValuesNote: String { ruEn("1–5, н/а, зач, незач, осв", "1–5, н/а, зач, незач, осв") }
    var correctionKindLabel: String { ruEn("Вид", "Kind") }
    var correctionKindNote: String { ruEn("пересдача или апелляция", "retake or appeal") }
    var orderNumberLabel: String { ruEn("Номер приказа", "Order number") }
    var orderDateLabel: String { ruEn("Дата приказа", "Order date") }

    func notACorrectionKind(_ text: String) -> String {
        ruEn("«\(text)»: укажите «пересдача» или «апелляция».", "“\(text)”: type “retake” or “appeal”.")
    }

    func corrected(old: String, new: String) -> String {
        ruEn("Исправлено по приказу: \(old) → \(new); запись в истории клетки (F6).", "Corrected under the order: \(old) → \(new); see the cell's history (F6).")
    }

    var correctionsTitle: String { ruEn("Исправления по приказам", "Corrections under orders") }
}

import EzhCore
import EzhService
import Foundation

/// The texts of the lesson card.
extension Strings {
    func lessonCardTitle(_ page: String) -> String { ruEn("Урок: \(page)", "Lesson: \(page)") }

    func lessonCardWhen(_ date: LocalDate, number: Int, start: TimeOfDay, end: TimeOfDay, room: String) -> String {
        let place = self.room(room)
        let when = ruEn("\(date.russian), урок \(number), \(start.text)–\(end.text)",
                        "\(date.russian), lesson \(number), \(start.text)–\(end.text)")
        return place.isEmpty ? when : "\(when), \(place)"
    }

    var topicLabel: String { ruEn("Тема урока", "Lesson topic") }
    var homeworkLabel: String { ruEn("Домашнее задание", "Homework") }
    var attendanceLabel: String { ruEn("Посещаемость", "Attendance") }
    var attendanceTaken: String { ruEn("отмечена", "taken") }
    var attendanceNotTaken: String { ruEn("не отмечена", "not taken") }

    func cardHint(save: String, allPresent: String, close: String) -> String {
        ruEn("\(save) — сохранить   \(allPresent) — все присутствуют   \(close) — закрыть",
             "\(save) saves   \(allPresent) all present   \(close) closes")
    }

    func savedFields(_ names: [String]) -> String {
        ruEn("Сохранено: ", "Saved: ") + names.joined(separator: ", ")
    }

    var nothingChanged: String { ruEn("Изменений нет", "Nothing changed") }

    var allPresentDone: String {
        ruEn("Посещаемость отмечена: все, кроме отмеченных в журнале, присутствуют", "Attendance taken: everyone not marked absent was there")
    }

    var unsavedChanges: String {
        ruEn("Есть несохранённые изменения: Enter — сохранить, Esc ещё раз — закрыть без сохранения",
             "Unsaved changes: Enter saves them, Esc again closes without saving")
    }

    var cardReadOnly: String { ruEn("Этот урок можно только смотреть.", "This lesson is read only.") }

    public func fieldChangedOnCard(_ change: CellChange, save key: String) -> String {
        let field = change.field?.text(in: language) ?? ""
        let source = change.source(in: language).map { " (\($0))" } ?? ""
        return language == .ru
            ? "«\(field)» изменили\(source); ничего не записано. \(key) запишет ваш текст поверх."
            : "“\(field)” was changed\(source); nothing was written. \(key) writes yours over it."
    }

    public func nowInJournal(_ text: String) -> String {
        language == .ru
            ? (text.isEmpty ? "сейчас в журнале пусто" : "сейчас в журнале: «\(text)»")
            : (text.isEmpty ? "the journal now holds nothing" : "now in the journal: “\(text)”")
    }
}

import EzhCore

/// The texts of a grid shared with other terminals: waiting for another terminal's lock, an
/// undo that met someone else's later entry, pupils outside the class on a lesson's day, and
/// keys that are not applied while the window is too small to show what they would change.
extension Strings {
    private func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    public var waitingForOtherTerminal: String { pick("ждём другой терминал…", "waiting for another terminal…") }

    public func undoRefused(_ change: CellChange) -> String {
        pick("Отменить нельзя: после вас клетку изменили: \(change.summary(in: .ru)).",
             "Cannot undo: the cell was changed after you: \(change.summary(in: .en)).")
    }

    /// In the status line, where a cell's deadline would be.
    public var notInClassThatDay: String { pick("нет в классе в этот день", "not in the class that day") }

    public func notInClassOnDay(_ day: LocalDate) -> String {
        pick("Ученика нет в классе на \(day.dayMonth): в этот урок ему ничего не ставится.",
             "The pupil is not in the class on \(day.dayMonth): nothing is entered for them in this lesson.")
    }

    public var keysWaitForLargerWindow: String {
        pick("Пока окно мало, нажатые клавиши ничего не меняют.", "While the window is this small, keys change nothing.")
    }
}

/// The lesson card after another terminal saved the same field: the refusal, short enough for
/// the status lines, and what the journal holds now, under the field that keeps what was typed.
extension Strings {
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

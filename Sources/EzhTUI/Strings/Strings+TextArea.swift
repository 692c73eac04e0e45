import EzhCore

/// Texts of the box for writing a text of several paragraphs (`TextAreaScreen`).
extension Strings {
    public var newLineHint: String { ruEn("новая строка", "new line") }
    public var otherFieldHint: String { ruEn("тема / текст", "subject / text") }
    public var sendTextLabel: String { ruEn("отправить", "send") }
    public var saveTextLabel: String { ruEn("сохранить", "save") }
    public var discardTextQuestion: String {
        ruEn("Закрыть без сохранения? Набранный текст пропадёт.", "Close without saving? What you typed will be lost.")
    }
}

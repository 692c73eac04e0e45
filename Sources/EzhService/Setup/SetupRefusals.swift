import EzhCore

/// The words the refusals of pupil movement and the year rollover share.
extension BilingualText {
    static let classWord = BilingualText("класс", "class")
    static let date = BilingualText("Дата", "Date")
    static let pupilField = BilingualText("Ученик", "Pupil")
    static let year = BilingualText("учебный год", "school year")
}

extension JournalError {
    /// A write to a closed year: it stays in the file as it was closed, for reading only.
    static func yearClosed(_ name: String) -> JournalError {
        .invalidInput(field: BilingualText("Учебный год \(name)", "School year \(name)"), problem: BilingualText(
            "закрыт и доступен только для просмотра; записи вносятся в текущем учебном году",
            "is closed and can only be viewed; entries are made in the current school year"
        ))
    }
}

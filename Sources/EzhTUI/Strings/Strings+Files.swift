import EzhCore

/// Texts of saving a file the user asked for.
extension Strings {
    public var replaceFileTitle: String { ruEn("Файл уже есть", "The file exists") }
    public func confirmReplaceFile(_ path: String) -> String {
        ruEn("Файл «\(path)» уже есть. Заменить его? Прежнее содержимое пропадёт. Esc — вернуться и указать другое имя.",
             "“\(path)” already exists. Replace it? Its present content will be lost. Esc goes back to type another name.")
    }
}

import EzhCore

/// Why a dataset was not imported.
public enum DatasetImportError: UserFacingError, Equatable {
    /// Demo and seed data go only into an empty database, never over a school's own data.
    case schoolAlreadyExists

    public func message(in language: Language) -> String {
        switch language {
        case .ru: "В базе уже есть школа; данные загружаются только в пустую базу. Укажите новый файл."
        case .en: "The database already holds a school; data is imported only into an empty database. Choose a new file."
        }
    }
}

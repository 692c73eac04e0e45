import EzhCore

/// The texts of the pupil's card and its forms.
extension Strings {
    public func pupilCardTitle(_ name: String, _ className: String) -> String {
        ruEn("Ученик · \(name) · \(className)", "Pupil · \(name) · \(className)")
    }
    public var pupilFormTitle: String { ruEn("Данные ученика", "Pupil's data") }
    public var newParentTitle: String { ruEn("Новый родитель", "New parent") }
    public var parentFormTitle: String { ruEn("Родитель", "Parent") }
    public var linkParentTitle: String { ruEn("Родитель брата или сестры", "A brother's or sister's parent") }
    public var linkParentBody: [String] {
        [ruEn("Родители какого ученика? Номер его личного дела:", "Whose parents? The pupil's personal-file number:")]
    }
    public var chooseParentTitle: String { ruEn("Кого связать с учеником", "Whom to link to the pupil") }
    public var unlinkParentTitle: String { ruEn("Отвязать родителя", "Unlink the parent") }
    public func unlinkParentQuestion(_ parent: String, _ pupil: String) -> String {
        ruEn("Убрать связь «\(parent)» с учеником \(pupil)? Родитель и его связи с другими детьми останутся.",
             "Unlink \(parent) from \(pupil)? The parent and their other children stay.")
    }

    public var phoneLabel: String { ruEn("Телефон", "Phone") }
    public var emailLabel: String { ruEn("Эл. почта", "E-mail") }
    public var relationLabel: String { ruEn("Кем приходится", "Relation") }
    public var dateNote: String { ruEn("дд.мм.гггг", "dd.mm.yyyy") }
    public var relationNote: String { ruEn("мать, отец…", "mother…") }
    public func sexText(_ sex: PupilSex) -> String {
        switch sex {
        case .male: ruEn("м", "m")
        case .female: ruEn("ж", "f")
        }
    }

    public var parentsHeader: String { ruEn("Родители (законные представители)", "Parents (legal guardians)") }
    public var noParents: String { ruEn("Родители не указаны", "No parents recorded") }
    public var notDateInput: String { ruEn("Дата рождения: введите дату как 01.09.2015", "Date of birth: type the date as 01.09.2015") }
    public var notSexInput: String { ruEn("Пол: введите «м» или «ж»", "Sex: type “m” or “f”") }
    public var noSiblingParents: String {
        ruEn("У этого ученика нет родителей в журнале", "That pupil has no parents in the journal")
    }
    public var pupilSaved: String { ruEn("Данные ученика сохранены", "The pupil's data is saved") }
    public var parentSaved: String { ruEn("Родитель сохранён", "The parent is saved") }
    public var parentLinked: String { ruEn("Родитель связан с учеником", "The parent is linked to the pupil") }
    public var parentUnlinked: String { ruEn("Связь с родителем убрана", "The parent is unlinked") }
}

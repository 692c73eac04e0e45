import EzhCore

/// The words the service's refusals share, in both languages; `JournalError` builds the
/// sentence around them.
extension BilingualText {
    static let period = BilingualText("период", "period")
    static let pupil = BilingualText("ученик", "pupil")
    static let otherPupilsDiary = BilingualText("дневник другого ученика", "another pupil's diary")
    static let accountManagement = BilingualText("управление учётными записями", "managing accounts")
    static let reason = BilingualText(TextLimit.reason)
    static let login = BilingualText("логин", "login")
    static let emptyLogin = BilingualText("пустой логин", "the login is empty")
    static let password = BilingualText("пароль", "password")
    static let finalMark = BilingualText("Итоговая отметка", "Final mark")

    /// What `action` allows, as a refusal names it.
    static func action(_ action: SchoolAction) -> BilingualText { BilingualText(action.name(in:)) }

    static func account(_ login: String) -> BilingualText {
        BilingualText("учётная запись «\(login)»", "account “\(login)”")
    }

    /// A final mark that is none of `FinalMarkValue.all`.
    static func notAFinal(_ value: String) -> BilingualText {
        BilingualText(
            "«\(value)»: допустимо 1–5, н/а, зач, незач, осв",
            "“\(value)”: the values are 1–5, «н/а», «зач», «незач», «осв»"
        )
    }
}

import EzhCore
import Foundation

/// The school's password rules: long enough, and not the login itself.
public enum PasswordPolicy {
    public static let minimumLength = 8

    public static func check(_ password: String, login: String) throws(JournalError) {
        let trimmedLogin = login.trimmingCharacters(in: .whitespaces)
        guard !trimmedLogin.isEmpty else {
            throw .invalidInput(field: .login, problem: .emptyLogin)
        }
        guard password.count >= minimumLength else {
            throw .invalidInput(field: .password, problem: BilingualText(
                "не короче \(minimumLength) символов", "at least \(minimumLength) characters"
            ))
        }
        try TextLimit.password.check(password)
        guard password.lowercased() != trimmedLogin.lowercased() else {
            throw .invalidInput(field: .password, problem: BilingualText("не должен совпадать с логином", "must not be the login"))
        }
    }
}

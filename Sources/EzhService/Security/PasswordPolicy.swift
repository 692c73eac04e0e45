import EzhCore
import Foundation

/// The school's password rules: long enough, and not the login itself.
public enum PasswordPolicy {
    public static let minimumLength = 8

    public static func check(_ password: String, login: String) throws(JournalError) {
        let trimmedLogin = login.trimmingCharacters(in: .whitespaces)
        guard !trimmedLogin.isEmpty else {
            throw .invalidInput(field: "логин", problem: "пустой логин")
        }
        guard password.count >= minimumLength else {
            throw .invalidInput(field: "пароль", problem: "не короче \(minimumLength) символов")
        }
        try TextLimit.password.check(password)
        guard password.lowercased() != trimmedLogin.lowercased() else {
            throw .invalidInput(field: "пароль", problem: "не должен совпадать с логином")
        }
    }
}

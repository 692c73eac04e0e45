import EzhCore
@testable import EzhTUI
import XCTest

/// `ezh --lang en` chooses the language for the run: it holds after a sign-in whose account is
/// stored as Russian; without the flag each account's own language applies.
final class LanguageChoiceTests: XCTestCase {
    private func signIn(_ app: Application) -> String {
        Key.typing("teacher").forEach(app.handle)
        app.handle(.enter)
        Key.typing("demo").forEach(app.handle)
        app.handle(.enter)
        return app.render(size: TerminalSize(rows: 24, columns: 80)).text()
    }

    private func makeApp(language: Language, chosen: Bool) -> Application {
        Application(
            backend: FakeJournal(), keymaps: KeymapLoader(directories: [keymapFolder], userFile: nil),
            language: language, languageIsChosen: chosen
        )
    }

    func testAChosenLanguageWinsOverTheAccountsStoredLanguage() {
        let app = makeApp(language: .en, chosen: true)
        XCTAssertTrue(app.render(size: TerminalSize(rows: 24, columns: 80)).text().contains("Sign in to the class journal"))
        let home = signIn(app)
        XCTAssertTrue(home.contains("Journals"), home)
        XCTAssertFalse(home.contains("Журналы"), home)
    }

    func testWithoutAChoiceTheAccountsLanguageApplies() {
        let home = signIn(makeApp(language: .en, chosen: false))
        XCTAssertTrue(home.contains("Журналы"), home)
    }
}

import EzhCore
import EzhService
import EzhStore
import XCTest

/// Two terminals on one journal file, each with its own store and service as two ezh processes
/// have, the same teacher signed in at both: `here` on the test school's service, `there` on
/// `other`, which opened the file again from terminal pts/2.
class TwoTerminalsCase: XCTestCase {
    var school: TestSchool!
    /// The second terminal: the same file opened again, as another process would.
    var other: JournalService!
    var here: Session!
    var there: Session!

    override func setUpWithError() throws {
        school = try TestSchool()
        let store = try JournalStore(path: school.store.path)
        other = try JournalService(store: store, clock: school.clock, terminal: TerminalInfo(tty: "pts/2"))
        here = try school.signIn("teacher")
        there = try other.signIn(login: "teacher", password: "secret-teacher")
    }

    override func tearDown() {
        school.remove()
    }
}

import EzhCore
import EzhService
import EzhStore
import Foundation

/// Creates a journal file at `path` and fills it with a demo school of `size` as of `now`.
/// Refuses a path that exists; when the import fails (a full disk), no file is left behind.
public func createDemoSchool(at path: String, now: Date, size: DemoSize = .standard) throws -> JournalStore {
    try JournalStore.create(at: path) { store in
        try DemoSchoolBuilder(DemoSchoolGenerator(size: size, now: now).generate()).build(in: store)
    }
}

/// Builds the demo school the way a real school is set up: created as `ezh init` creates one,
/// its files imported by the administrator in import order through the same sheets and service
/// calls as `ezh import`, its lessons made from the timetable, and the parent's and pupil's
/// accounts issued. The setup happens on the morning of the year's first day (a school adopts
/// ezh before lessons begin); then the demo-only steps: every account gets the demo password,
/// the year so far, which no school imports, is written in bulk with its history, and the class
/// teacher writes to the demo parent.
struct DemoSchoolBuilder {
    let school: GeneratedDemoSchool

    init(_ school: GeneratedDemoSchool) { self.school = school }

    static let terminal = TerminalInfo(tty: "demo")

    func build(in store: JournalStore) throws {
        let zone = SchoolTimeZone(identifier: SchoolFrame.timeZoneIdentifier)!
        let morning = zone.instant(school.yearStart, TimeOfDay(hour: 7, minute: 0))
        let clock = ManualClock(min(morning, school.generator.now))
        // A strong password nobody knows: the demo's own comes with the accounts' settling below.
        try JournalService.createSchool(
            in: store, name: SchoolFrame.schoolName, timeZone: SchoolFrame.timeZoneIdentifier, administrator: "admin",
            password: UUID().uuidString, clock: clock, isDemo: true
        )
        let service = try JournalService(store: store, clock: clock, terminal: Self.terminal)
        try settleAccounts(service)
        let admin = try service.signIn(login: "admin", password: DemoSchoolGenerator.demoPassword)
        for file in school.files {
            _ = try DemoImports.run(file, service, admin)
        }
        let lessons = try service.generateLessons(admin, from: school.yearStart)
        if let refusal = lessons.refusal ?? lessons.missingBells.first { throw DemoSetupError.lessonsRefused(refusal) }

        let setUp = try store.pool.read(SetUpSchoolQueries.read)
        let ids = try DemoIDs(school, setUp)
        guard let family = school.demoFamily(ids) else { throw DemoSetupError.notImported("the demo pupil and parent") }
        _ = try service.createFamilyAccount(admin, holder: .parent(family.parent), login: "parent")
        _ = try service.createFamilyAccount(admin, holder: .pupil(family.pupil), login: "pupil")
        service.signOut(admin)
        try settleAccounts(service)
        try importJournalHistory(school.history(in: setUp, ids: ids), into: store, terminal: Self.terminal.label)
        clock.set(max(clock.now(), school.generator.now))
        try DemoClassTeacherMessage.send(service, to: family)
    }

    private func settleAccounts(_ service: JournalService) throws {
        try service.settleDemoAccounts(
            password: DemoSchoolGenerator.demoPassword,
            hints: DemoSchoolGenerator.demoAccounts.map { DemoAccountHint(login: $0.login, description: $0.description) }
        )
    }
}

import EzhCore
import EzhService
import EzhTUI
import Foundation

/// The school's settings: the name, the week and one rule; a change is recorded in
/// `people.changes` as "setting KEY VALUE"; a week of 7 days is refused as the service would.
extension FakeJournal: SchoolSettingsBackend {
    func schoolSettings(_ session: Session) throws -> [SchoolSetting] {
        [SchoolSetting(key: JournalService.SchoolSettingKey.name, value: schoolName),
         SchoolSetting(key: JournalService.SchoolSettingKey.weekDays, value: people.weekDays),
         SchoolSetting(key: "rules.day_entry_deadline", value: "21:00")]
    }

    func changeSchoolSetting(_ session: Session, key: String, value: String) throws {
        if key == JournalService.SchoolSettingKey.weekDays {
            guard value == "5" || value == "6" else {
                throw JournalError.invalidInput(field: .verbatim("Дней в неделе"), problem: .verbatim("5 (пятидневка) или 6 (шестидневка)"))
            }
            people.weekDays = value
        }
        people.changes.append("setting \(key) \(value)")
    }
}

import EzhStore
import Foundation

/// Opens (creating if need be) a journal file at `path` and fills it with the standard demo
/// school as of `now`. Refuses a file that already holds a school.
public func createDemoSchool(at path: String, now: Date) throws -> JournalStore {
    let store = try JournalStore(path: path)
    try importDataset(DemoSchoolGenerator(now: now).generate(), into: store)
    return store
}

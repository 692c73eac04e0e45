import EzhStore
import Foundation

/// Opens (creating if need be) a journal file at `path` and fills it with a demo school of
/// `size` as of `now`. Refuses a file that already holds a school.
public func createDemoSchool(at path: String, now: Date, size: DemoSize = .standard) throws -> JournalStore {
    let store = try JournalStore(path: path)
    try importDataset(DemoSchoolGenerator(size: size, now: now).generate(), into: store)
    return store
}

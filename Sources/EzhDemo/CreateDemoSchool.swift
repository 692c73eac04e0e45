import EzhStore
import Foundation

/// Creates a journal file at `path` and fills it with a demo school of `size` as of `now`.
/// Refuses a path that exists; when the import fails (a full disk), no file is left behind.
public func createDemoSchool(at path: String, now: Date, size: DemoSize = .standard) throws -> JournalStore {
    try JournalStore.create(at: path) { store in
        try importDataset(DemoSchoolGenerator(size: size, now: now).generate(), into: store)
    }
}

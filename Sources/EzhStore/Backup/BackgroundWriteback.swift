import Dispatch
import Foundation

/// Puts a file being written on disk in the background, a stretch at a time, so the disk works
/// while the copy and its digest do: the final `fsync` then has only the last stretch left,
/// where it used to wait for the whole 800 MB copy after the last byte was written.
///
/// At most one `fdatasync` runs at a time, on a thread of its own; a request made while one is
/// running is folded into the next. Errors are left to the final `fsync`, which reports them.
final class BackgroundWriteback: @unchecked Sendable {
    /// How much is written between two requests.
    static let stretch = 64 << 20

    private let fd: Int32
    private let queue = DispatchQueue(label: "ezh backup writeback")
    private let group = DispatchGroup()
    // Read and written on `queue` only.
    private var pending = false

    init(fd: Int32) {
        self.fd = fd
    }

    /// Starts putting what was written so far on disk, unless that is already under way.
    func request() {
        queue.async(group: group) { [self] in
            guard !pending else { return }
            pending = true
            DispatchQueue.global(qos: .utility).async(group: group) { [self] in
                _ = fdatasync(fd)
                queue.async(group: group) { [self] in pending = false }
            }
        }
    }

    /// Waits for the running request; call before the file is closed.
    func wait() {
        group.wait()
    }
}

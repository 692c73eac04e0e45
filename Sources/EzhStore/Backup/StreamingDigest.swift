import CSodium
import Dispatch
import EzhCore
import Foundation

/// BLAKE2b-256 of a byte stream, computed on a thread of its own while the caller goes on
/// producing the stream: the copy of the journal and its digest each take about a second on
/// the large school, and side by side on two cores they take the time of the longer one.
///
/// The caller fills the buffers in turn (`nextBuffer`, then `submit`); a buffer comes back only
/// after the digest has read it, so memory holds `slots` buffers whatever the file's size.
final class StreamingDigest: @unchecked Sendable {
    static let bufferSize = 4 << 20
    private static let slots = 4
    private static let initialized: Bool = sodium_init() >= 0

    // Written by the producer before it signals `filled`, read by the hashing thread after it
    // waits on it: the semaphores order every access.
    private let buffers: [UnsafeMutableRawPointer]
    private let lengths: UnsafeMutablePointer<Int>
    private let free = DispatchSemaphore(value: StreamingDigest.slots)
    private let filled = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let stateMemory: UnsafeMutableRawPointer
    private var produced = 0
    private var ended = false

    init() {
        precondition(Self.initialized, "libsodium failed to initialise")
        buffers = (0..<Self.slots).map { _ in UnsafeMutableRawPointer.allocate(byteCount: Self.bufferSize, alignment: 4096) }
        lengths = UnsafeMutablePointer<Int>.allocate(capacity: Self.slots)
        lengths.initialize(repeating: 0, count: Self.slots)
        // The state's C type is aligned beyond what Swift imports: raw memory of its size.
        stateMemory = UnsafeMutableRawPointer.allocate(byteCount: crypto_generichash_statebytes(), alignment: 64)
        crypto_generichash_init(OpaquePointer(stateMemory), nil, 0, 32)
        let thread = Thread { [self] in hashUntilEnd() }
        thread.name = "ezh backup digest"
        thread.start()
    }

    deinit {
        buffers.forEach { $0.deallocate() }
        lengths.deallocate()
        stateMemory.deallocate()
    }

    /// The next buffer to fill (`bufferSize` bytes); waits while the digest is behind.
    func nextBuffer() -> UnsafeMutableRawPointer {
        free.wait()
        return buffers[produced % Self.slots]
    }

    /// Hands the buffer `nextBuffer` gave over to the digest, `length` bytes of it.
    func submit(length: Int) {
        lengths[produced % Self.slots] = length
        produced += 1
        filled.signal()
    }

    /// Waits for the digest of everything submitted: BLAKE2b-256, hex. Call once; also call it
    /// (and drop the result) when the stream is abandoned, so the thread ends.
    func finish() -> String {
        if !ended {
            ended = true
            _ = nextBuffer()
            submit(length: -1)
            finished.wait()
        }
        var digest = [UInt8](repeating: 0, count: 32)
        crypto_generichash_final(OpaquePointer(stateMemory), &digest, 32)
        return AccessLog.hex(digest)
    }

    private func hashUntilEnd() {
        var consumed = 0
        while true {
            filled.wait()
            let slot = consumed % Self.slots
            let length = lengths[slot]
            if length >= 0 {
                crypto_generichash_update(OpaquePointer(stateMemory), buffers[slot].assumingMemoryBound(to: UInt8.self), UInt64(length))
            }
            consumed += 1
            // Every buffer goes back, the end's too: libdispatch refuses to free a semaphore
            // left below its starting value.
            free.signal()
            if length < 0 { break }
        }
        finished.signal()
    }
}

extension StreamingDigest {
    /// The size and BLAKE2b-256 of a file's bytes; nil when it cannot be read.
    static func ofFile(_ path: String) -> (bytes: Int64, blake2b: String)? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let digest = StreamingDigest()
        var total: Int64 = 0
        while true {
            let buffer = digest.nextBuffer()
            let count = read(fd, buffer, bufferSize)
            guard count > 0 else {
                digest.submit(length: 0)
                let hex = digest.finish()
                return count == 0 ? (total, hex) : nil
            }
            total += Int64(count)
            digest.submit(length: count)
        }
    }
}

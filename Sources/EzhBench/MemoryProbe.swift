import Foundation

/// The process's peak resident memory so far (Linux reports ru_maxrss in kilobytes).
public enum MemoryProbe {
    public static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

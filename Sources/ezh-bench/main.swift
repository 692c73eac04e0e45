import EzhBench
import Foundation

// ezh-bench DATABASE [ITERATIONS]: runs every benchmark on a school made beforehand by
// `ezh init --demo --size large --now "2027-05-25 16:00"`, prints each figure with its baseline,
// ratio and budget, and exits 1 when a budget is missed.
let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: ezh-bench DATABASE [ITERATIONS]\n".utf8))
    exit(64)
}
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 200
do {
    let results = try BenchmarkSuite(databasePath: path, iterations: iterations).run {
        let peak = String(format: "%.1f", MemoryProbe.peakMegabytes())
        FileHandle.standardError.write(Data("… \($0) (peak memory so far \(peak) MB)\n".utf8))
    }
    results.forEach { print($0.line) }
    let missed = results.filter { !$0.holds }
    print(missed.isEmpty ? "All budgets hold." : "Budgets missed: \(missed.map(\.name).joined(separator: ", "))")
    exit(missed.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("ezh-bench: \(error)\n".utf8))
    exit(1)
}

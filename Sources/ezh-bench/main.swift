import EzhBench
import EzhTUI
import Foundation

// ezh-bench DATABASE [SAMPLES] [--only entry|reads|processes|footprint|reports|backup|import]: runs every benchmark
// (or one group of them) on a school made beforehand by
// `ezh init --demo --size large --now "2027-05-25 16:00"`, with the `ezh` built beside this
// program, prints each figure with its baseline, ratios and budget, and exits 1 when a budget
// is missed. SAMPLES (default 1000) is the count of the fast actions; the others run fewer.
//
// ezh-bench --child MODE DATABASE [ARGUMENTS]: one measurement that must come first in a
// process (a cold grid); prints microseconds. The benchmark runs itself this way.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("ezh-bench: \(message)\n".utf8))
    exit(code)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--child" {
    guard arguments.count >= 3, let mode = FirstInProcess(rawValue: arguments[1]) else {
        fail("usage: ezh-bench --child \(FirstInProcess.allCases.map(\.rawValue).joined(separator: "|")) DATABASE ...", code: 64)
    }
    do {
        let took = try mode.measure(databasePath: arguments[2], page: Array(arguments.dropFirst(3)))
        print(took.components.seconds * 1_000_000 + took.components.attoseconds / 1_000_000_000_000)
        exit(0)
    } catch {
        fail("\(error)")
    }
}

let usage = "usage: ezh-bench DATABASE [SAMPLES] [--only \(BenchmarkGroup.allCases.map(\.rawValue).joined(separator: "|"))]"
var positional = arguments
var groups = Set(BenchmarkGroup.allCases)
if let flag = positional.firstIndex(of: "--only") {
    guard flag + 1 < positional.count, let group = BenchmarkGroup(rawValue: positional[flag + 1]) else { fail(usage, code: 64) }
    groups = [group]
    positional.removeSubrange(flag...(flag + 1))
}
guard let path = positional.first else { fail(usage, code: 64) }
let samples = positional.dropFirst().first.flatMap(Int.init) ?? 1000
do {
    let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let scratch = (path as NSString).deletingLastPathComponent + "/scratch-\(getpid())"
    let tools = try BenchmarkTools.built(
        in: (executable as NSString).deletingLastPathComponent, packageRoot: FileManager.default.currentDirectoryPath,
        scratch: scratch
    )
    let suite = BenchmarkSuite(
        databasePath: path, counts: .standard(fast: samples), tools: tools,
        keymaps: KeymapLoader(directories: [tools.keymapDirectory], userFile: nil), groups: groups
    )
    let started = ContinuousClock.now
    let run = Result {
        try suite.run { step in
            let elapsed = Int((ContinuousClock.now - started).components.seconds)
            FileHandle.standardError.write(Data("… \(step) (\(elapsed) s)\n".utf8))
        }
    }
    try? FileManager.default.removeItem(atPath: scratch)
    let results = try run.get()
    results.forEach { print($0.line) }
    let missed = results.filter { !$0.holds }
    print(missed.isEmpty ? "All budgets hold." : "Budgets missed (\(missed.count)): \(missed.map(\.name).joined(separator: "; "))")
    exit(missed.isEmpty ? 0 : 1)
} catch {
    fail("\(error)")
}

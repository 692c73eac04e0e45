import EzhCore
import Foundation

/// A number as schools type it: "1,5" (the Russian decimal comma, as CSV from Russian Excel
/// has it) or "1.5" (as an .xlsx cell reads), with spaces around or inside ("1 100").
public enum SheetNumber {
    public static func parse(_ text: String) -> Double? {
        let compact = text.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
        guard !compact.isEmpty, compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return Double(compact)
    }

    /// A whole number: "5", "5.0" and "5,0" are 5; "5.5" is not whole.
    public static func integer(_ text: String) -> Int? {
        guard let value = parse(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}

/// A yes-or-no cell: «да»/«нет», "yes"/"no", "1"/"0", "+"/"-", Excel's TRUE/FALSE (and
/// Russian Excel's ИСТИНА/ЛОЖЬ), or a mark such as "x" or "✓" for yes. Empty is nil: the
/// importer decides what a blank means.
public enum SheetFlag {
    private static let yes: Set<String> = ["да", "д", "yes", "y", "true", "истина", "1", "+", "x", "х", "✓", "v"]
    private static let no: Set<String> = ["нет", "н", "no", "n", "false", "ложь", "0", "-", "—"]

    public static func parse(_ text: String) -> Bool? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if yes.contains(value) { return true }
        if no.contains(value) { return false }
        return nil
    }
}

/// A time of day in a bell schedule: "8:30", "08:30", "8.30" (how Russian timetables often
/// write it), "08:30:00", or an Excel time fraction ("0.3541666") from a sheet saved without
/// formats.
public enum SheetTime {
    public static func parse(_ text: String) -> TimeOfDay? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3, parts[2].count == 2, parts[2].allSatisfy(\.isNumber) {
            return TimeOfDay(text: parts[0] + ":" + parts[1])
        }
        if parts.count == 2 { return twoDigitMinutes(String(parts[1])) ? TimeOfDay(text: text) : nil }
        let dotted = text.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 2, dotted[0] != "0", twoDigitMinutes(String(dotted[1])), dotted[0].count <= 2 {
            return TimeOfDay(text: dotted[0] + ":" + dotted[1])
        }
        if let fraction = Double(text), fraction >= 0, fraction < 1, text.hasPrefix("0") {
            return TimeOfDay(text: ExcelNumberFormat.clock(fraction))
        }
        return nil
    }

    private static func twoDigitMinutes(_ text: String) -> Bool {
        text.count == 2 && text.allSatisfy(\.isNumber)
    }
}

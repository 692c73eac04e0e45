import CNcursesw
import Glibc

/// Cyrillic input and output work only under a UTF-8 locale: elsewhere `get_wch` cannot decode
/// what the keyboard sends and `wcwidth` calls every Cyrillic letter unprintable.
enum UTF8Locale {
    struct NotUTF8: Error, CustomStringConvertible {
        let codeset: String
        var description: String {
            "The terminal's locale uses \(codeset), not UTF-8, so Cyrillic cannot be typed or shown. " +
                "Set LANG=C.UTF-8 (or ru_RU.UTF-8) and start ezh again."
        }
    }

    /// Takes the user's character locale (only LC_CTYPE, so numbers never get a decimal comma),
    /// falling back to C.UTF-8 when it is not UTF-8.
    static func activate() throws {
        setlocale(LC_CTYPE, "")
        if isUTF8 { return }
        let original = codeset
        setlocale(LC_CTYPE, "C.UTF-8")
        guard isUTF8 else { throw NotUTF8(codeset: original) }
    }

    private static var codeset: String { ezh_codeset().map { String(cString: $0) } ?? "unknown" }

    private static var isUTF8: Bool {
        let name = codeset.uppercased().replacingOccurrences(of: "-", with: "")
        return name == "UTF8"
    }
}

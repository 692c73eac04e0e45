import EzhCore

/// The grade levels a calendar row is for: «1-9», «10, 11», «1–4; 9»; empty or «все» is every grade.
public enum SheetGrades {
    /// `.some(nil)`: every grade; nil: the text is not a list of grades 1-11.
    public static func parse(_ text: String) -> Set<Int>?? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.isEmpty || value == "все" || value == "all" { return .some(nil) }
        var grades = Set<Int>()
        for part in value.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let bounds = part.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                  low <= high, (1...11).contains(low), (1...11).contains(high)
            else { return nil }
            grades.formUnion(low...high)
        }
        return grades.isEmpty ? nil : .some(grades)
    }
}

extension SheetCellReader {
    /// A cell that must be filled in and read by `parse`: a problem when it is empty or unreadable.
    func requiredParsed<T>(_ key: String, expected: BilingualText, _ parse: (String) -> T?) -> T? {
        guard required(key, expected) != nil else { return nil }
        return parsed(key, expected: expected, parse)
    }
}

enum Expected {
    static let date = BilingualText("дату, например 01.09.2026", "a date such as 01.09.2026")
    static let time = BilingualText("время, например 08:30", "a time such as 08:30")
    static let whole = BilingualText("целое число", "a whole number")
    static let number = BilingualText("число, например 2 или 0,5", "a number such as 2 or 0.5")
    static let flag = BilingualText("«да» или «нет»", "«да» or «нет» (yes or no)")
    static let weekday = BilingualText("день недели: понедельник, Пн или 1", "a weekday: «понедельник», «Пн» or 1")
    static let grades = BilingualText("параллели, например 1-9 или 10,11", "grades such as 1-9 or 10,11")
}

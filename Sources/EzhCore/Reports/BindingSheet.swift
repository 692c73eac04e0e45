/// The last sheet of a bound archive document (заверительный лист): «Пронумеровано, прошнуровано
/// и скреплено печатью 12 (двенадцать) листов», the director's signature line and «М.П.». The
/// count is the bound document's real number of sheets, this one included, so it is known only
/// once the document is laid out on pages: the service makes the sheet with a blank for it, and
/// the PDF renderer, printing it as the last section, writes the count in (`counted`).
public enum BindingSheet {
    public static let title = "Заверительный лист"
    /// The statement before its sheets are counted (what the screen and spreadsheets show).
    public static let uncountedStatement = "Пронумеровано, прошнуровано и скреплено печатью ____ листов"

    public static func isBindingSheet(_ document: ReportDocument) -> Bool { document.titleBlock.title == title }

    /// The sheet with its count of sheets written in.
    public static func counted(_ document: ReportDocument, sheets: Int) -> ReportDocument {
        var counted = document
        counted.bodyRows = document.bodyRows.map { row in
            row.first?.text == uncountedStatement ? [.text(statement(sheets: sheets))] : row
        }
        return counted
    }

    /// «Пронумеровано, прошнуровано и скреплено печатью 12 (двенадцать) листов».
    public static func statement(sheets: Int) -> String {
        "Пронумеровано, прошнуровано и скреплено печатью \(sheets) (\(RussianNumber.words(sheets))) \(RussianNumber.sheetsWord(sheets))"
    }

    public static func document(
        sheets: Int? = nil, bound: String, school: String, className: String, period: String, director: String, printDate: LocalDate
    ) -> ReportDocument {
        ReportDocument(
            titleBlock: .init(school: school, title: title, className: className, period: period, printDate: printDate),
            orientation: .portrait,
            columns: [.init(weight: 1, alignment: .leading)],
            headerRows: [],
            bodyRows: [[.text("Документ: \(bound), \(className), \(period)")], [.text(sheets.map(statement(sheets:)) ?? uncountedStatement)]],
            signatures: [.init(role: "Директор", name: director)],
            hasSeal: true
        )
    }
}

/// Numbers written out in Russian, as a certification writes a count in words.
public enum RussianNumber {
    private static let ones = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
    private static let teens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
                                "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
    private static let tens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
    private static let hundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]

    /// 0…9999 in the masculine gender (лист): «двадцать один», «сто двенадцать».
    public static func words(_ number: Int) -> String {
        guard number > 0 else { return ones[0] }
        guard number < 1000 else {
            let thousands = number / 1000
            let thousandWord = thousands == 1 ? "одна тысяча" : thousands == 2 ? "две тысячи"
                : "\(words(thousands)) " + (thousands < 5 ? "тысячи" : "тысяч")
            return number % 1000 == 0 ? thousandWord : "\(thousandWord) \(words(number % 1000))"
        }
        var parts: [String] = []
        if number >= 100 { parts.append(hundreds[number / 100]) }
        let rest = number % 100
        if rest >= 20 {
            parts.append(tens[rest / 10])
            if rest % 10 > 0 { parts.append(ones[rest % 10]) }
        } else if rest >= 10 {
            parts.append(teens[rest - 10])
        } else if rest > 0 {
            parts.append(ones[rest])
        }
        return parts.joined(separator: " ")
    }

    /// «лист», «листа», «листов» as the number asks.
    public static func sheetsWord(_ number: Int) -> String {
        let lastTwo = number % 100, last = number % 10
        if (11...14).contains(lastTwo) { return "листов" }
        switch last {
        case 1: return "лист"
        case 2, 3, 4: return "листа"
        default: return "листов"
        }
    }
}

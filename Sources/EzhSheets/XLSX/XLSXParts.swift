/// The parts of an .xlsx package (ECMA-376, SpreadsheetML) that a table needs, as XMLCoder
/// decodes them. XMLCoder reads attributes and child elements alike by name; everything else
/// in a part (formatting, views, merged cells) is left undecoded.

/// _rels/.rels and xl/_rels/workbook.xml.rels: which part plays which role.
struct XLSXRelationships: Decodable {
    struct Relationship: Decodable {
        let Id: String
        let `Type`: String
        let Target: String
    }

    let Relationship: [Relationship]?
}

/// xl/workbook.xml: the sheets in the order the workbook shows them.
struct XLSXWorkbook: Decodable {
    struct Sheets: Decodable {
        let sheet: [Sheet]?
    }

    struct Sheet: Decodable {
        let name: String?
        let relationshipID: String?

        enum CodingKeys: String, CodingKey {
            case name
            case relationshipID = "r:id"
        }
    }

    let sheets: Sheets?
}

/// A `<t>` element: text that may carry xml:space="preserve".
struct XLSXText: Decodable {
    let value: String

    enum CodingKeys: String, CodingKey {
        case value = ""
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
    }
}

/// A shared or inline string: plain (`<t>`) or rich text, whose runs (`<r><t>`) join into one
/// text. Phonetic hints (`<rPh>`) are not part of the text and are not read.
struct XLSXString: Decodable {
    struct Run: Decodable {
        let t: XLSXText?
    }

    let t: XLSXText?
    let r: [Run]?

    var text: String {
        (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined()
    }
}

/// xl/sharedStrings.xml.
struct XLSXSharedStrings: Decodable {
    let si: [XLSXString]?
}

/// xl/styles.xml: the number format of each cell style, which tells a date from a number.
struct XLSXStyles: Decodable {
    struct NumberFormats: Decodable {
        let numFmt: [NumberFormat]?
    }

    struct NumberFormat: Decodable {
        let numFmtId: Int
        let formatCode: String
    }

    struct CellFormats: Decodable {
        let xf: [CellFormat]?
    }

    struct CellFormat: Decodable {
        let numFmtId: Int?
    }

    let numFmts: NumberFormats?
    let cellXfs: CellFormats?
}

/// A worksheet part: its rows of cells. Empty cells may be absent, so each cell's place comes
/// from its reference ("C7"), and each row's number from its `r` attribute.
struct XLSXWorksheet: Decodable {
    struct SheetData: Decodable {
        let row: [Row]?
    }

    struct Row: Decodable {
        let r: Int?
        let c: [Cell]?
    }

    struct Cell: Decodable {
        /// The reference, "C7".
        let r: String?
        /// The type: s (shared string), inlineStr, str (formula text), b, e, n (the default).
        let t: String?
        /// The style's index in styles.xml's cellXfs.
        let s: Int?
        let v: String?
        let `is`: XLSXString?
    }

    let sheetData: SheetData?
}

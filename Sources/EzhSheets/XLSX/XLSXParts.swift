/// The small parts of an .xlsx package (ECMA-376, SpreadsheetML) that a table needs, as XMLCoder
/// decodes them. XMLCoder reads attributes and child elements alike by name; everything else
/// in a part (fonts, fills, views) is left undecoded. The worksheet and its shared strings are
/// streamed instead (XLSXStreamingParts.swift).

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

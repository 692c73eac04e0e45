import Foundation
import ZIPFoundation

/// Builds an .xlsx package from its parts' text with ZIPFoundation, so a test states exactly the
/// XML it reads, as Excel (not openpyxl) writes it: shared strings, skipped cells, sheet order.
struct XLSXBuilder {
    var parts: [String: String]

    init(parts: [String: String]) {
        self.parts = parts
    }

    /// A workbook whose sheets are listed in `order` (names of parts under xl/worksheets/).
    init(sheets: [(name: String, part: String, xml: String)], sharedStrings: [String]? = nil, styles: String? = nil) {
        var parts: [String: String] = [
            "[Content_Types].xml": #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
            "_rels/.rels": #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ]
        var sheetList = ""
        var relationships = ""
        for (index, sheet) in sheets.enumerated() {
            let id = "rId\(10 + index)"
            sheetList += #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="\#(id)"/>"#
            // Listed in reverse, so only the sheet's own r:id finds its part.
            relationships = #"<Relationship Id="\#(id)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/\#(sheet.part)"/>"# + relationships
            parts["xl/worksheets/" + sheet.part] = sheet.xml
        }
        parts["xl/workbook.xml"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetList)</sheets></workbook>"#
        parts["xl/_rels/workbook.xml.rels"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships)</Relationships>"#
        if let sharedStrings {
            parts["xl/sharedStrings.xml"] = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(sharedStrings.count)" uniqueCount="\#(sharedStrings.count)">\#(sharedStrings.joined())</sst>"#
        }
        if let styles { parts["xl/styles.xml"] = styles }
        self.parts = parts
    }

    static func worksheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D9"/><sheetData>\#(rows)</sheetData><mergeCells count="0"/></worksheet>"#
    }

    func write(to url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url.path
    }
}

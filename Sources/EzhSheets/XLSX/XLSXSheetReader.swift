import EzhCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XMLCoder
import ZIPFoundation

/// An .xlsx workbook's first sheet (in the workbook's own order) as a `SheetTable`: the ZIP
/// package is opened with ZIPFoundation, its small XML parts (relationships, workbook, styles)
/// decoded with XMLCoder and the sheet and its shared strings streamed with XMLParser.
enum XLSXSheetReader {
    static func table(path: String, fileName: String) throws(SheetError) -> SheetTable {
        let package = try XLSXPackage(path: path, fileName: fileName)
        let sheetPath = try package.firstSheetPath()
        let sharedStrings = try package.sharedStrings()
        let formats = try package.cellFormats()
        let worksheet = try package.stream(sheetPath, into: XLSXWorksheetStream())

        var rows: [(number: Int, cells: [String])] = []
        for row in worksheet.rows {
            // A row without `r` follows the one before it.
            let number = row.number ?? ((rows.last?.number ?? 0) + 1)
            var cells: [String] = []
            for cell in row.cells {
                let column = cell.reference.flatMap(CellReference.column(of:)) ?? cells.count
                let text = cellText(cell, sharedStrings: sharedStrings, formats: formats)
                if column >= cells.count { cells.append(contentsOf: repeatElement("", count: column - cells.count + 1)) }
                cells[column] = text
            }
            rows.append((number, cells))
        }
        return try SheetTable(fileName: fileName, numberedRows: rows)
    }

    /// The text Excel shows for a cell (without its formatting, such as thousands separators).
    static func cellText(_ cell: XLSXCell, sharedStrings: [String], formats: [ExcelNumberFormat]) -> String {
        switch cell.type {
        case "s":
            guard let index = cell.value.flatMap({ Int($0) }), sharedStrings.indices.contains(index) else { return "" }
            return sharedStrings[index]
        case "inlineStr":
            return cell.inlineText ?? cell.value ?? ""
        case "b":
            return cell.value == "1" ? "TRUE" : "FALSE"
        case "d":
            // An ISO 8601 date (strict Open XML): shown as Excel shows a date.
            let value = cell.value ?? ""
            return LocalDate(iso: String(value.prefix(10)))?.russian ?? value
        case "str", "e":
            return cell.value ?? ""
        default:
            guard let raw = cell.value, !raw.isEmpty else { return "" }
            let format = cell.style.flatMap { formats.indices.contains($0) ? formats[$0] : nil } ?? .number
            return format.text(raw)
        }
    }
}

/// The cell reference "C7": its column letters.
enum CellReference {
    static func column(of reference: String) -> Int? {
        ColumnLetter.index(reference.prefix { $0.isLetter }.uppercased()[...])
    }
}

/// An opened .xlsx package: its parts found through the package's relationships.
struct XLSXPackage {
    let archive: Archive
    let fileName: String

    init(path: String, fileName: String) throws(SheetError) {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notXLSX(file: fileName)
        }
        self.fileName = fileName
    }

    /// The first sheet's part, found as Excel finds it: the package's main document (the
    /// workbook), its first `<sheet>`, and that sheet's relationship target.
    func firstSheetPath() throws(SheetError) -> String {
        let rootRelationships: XLSXRelationships = try decode("_rels/.rels")
        let workbookPath = rootRelationships.Relationship?
            .first { $0.Type.hasSuffix("/officeDocument") }
            .map { Self.resolve($0.Target, from: "") } ?? "xl/workbook.xml"
        let workbook: XLSXWorkbook = try decode(workbookPath)
        let folder = (workbookPath as NSString).deletingLastPathComponent
        let relationshipsPath = folder + "/_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        let relationships = (try decode(relationshipsPath) as XLSXRelationships).Relationship ?? []
        let worksheets = relationships.filter { $0.Type.hasSuffix("/worksheet") }
        guard let first = workbook.sheets?.sheet?.first else {
            throw .damagedXLSX(file: fileName, detail: "no sheets")
        }
        guard let target = worksheets.first(where: { $0.Id == first.relationshipID }) ?? worksheets.first else {
            throw .damagedXLSX(file: fileName, detail: "no worksheet part")
        }
        return Self.resolve(target.Target, from: folder)
    }

    /// Every shared string's text, by index; none when the workbook has no such part.
    func sharedStrings() throws(SheetError) -> [String] {
        guard archive[Self.sharedStringsPath] != nil else { return [] }
        return try stream(Self.sharedStringsPath, into: XLSXSharedStringsStream()).strings
    }

    /// The kind of value each cell style shows, by style index.
    func cellFormats() throws(SheetError) -> [ExcelNumberFormat] {
        guard archive[Self.stylesPath] != nil else { return [] }
        let styles: XLSXStyles = try decode(Self.stylesPath)
        var custom: [Int: ExcelNumberFormat] = [:]
        for format in styles.numFmts?.numFmt ?? [] {
            custom[format.numFmtId] = ExcelNumberFormat(code: format.formatCode)
        }
        return (styles.cellXfs?.xf ?? []).map { cellFormat in
            let id = cellFormat.numFmtId ?? 0
            return custom[id] ?? ExcelNumberFormat(builtIn: id)
        }
    }

    func decode<Part: Decodable>(_ path: String) throws(SheetError) -> Part {
        let data = try contents(path)
        do {
            return try XMLDecoder().decode(Part.self, from: data)
        } catch {
            throw .damagedXLSX(file: fileName, detail: "\(path): \(error)")
        }
    }

    /// Runs a part through XMLParser with `delegate` collecting what it needs.
    func stream<Delegate: XMLParserDelegate>(_ path: String, into delegate: Delegate) throws(SheetError) -> Delegate {
        let parser = XMLParser(data: try contents(path))
        parser.delegate = delegate
        // Linux's XMLParser may return true from parse() after an error: parserError tells.
        guard parser.parse(), parser.parserError == nil else {
            throw .damagedXLSX(file: fileName, detail: "\(path): XML error at line \(parser.lineNumber)")
        }
        return delegate
    }

    private func contents(_ path: String) throws(SheetError) -> Data {
        guard let entry = archive[path] else { throw .damagedXLSX(file: fileName, detail: "no \(path)") }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw .damagedXLSX(file: fileName, detail: "\(path): \(error)")
        }
        return data
    }

    static let sharedStringsPath = "xl/sharedStrings.xml"
    static let stylesPath = "xl/styles.xml"

    /// A relationship's target as a path in the package: absolute ("/xl/…") or relative to the
    /// folder of the part that names it.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }
}

import Foundation

/// Reads a school's spreadsheet into a `SheetTable`, choosing the format by the file's
/// extension: .csv and .txt as delimited text, .xlsx as an Excel workbook (its first sheet).
public enum SheetReader {
    public static func read(path: String) throws(SheetError) -> SheetTable {
        let fileName = (path as NSString).lastPathComponent
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        switch fileExtension {
        case "csv", "txt":
            let data = try SheetFile.contents(path: path)
            // A workbook saved under a .csv name is still read as the workbook it is.
            if data.starts(with: zipSignature) { return try XLSXSheetReader.table(path: path, fileName: fileName) }
            return try CSVSheetReader.table(data: data, fileName: fileName)
        case "xlsx", "xlsm":
            _ = try SheetFile.contents(path: path)
            return try XLSXSheetReader.table(path: path, fileName: fileName)
        case "xls":
            throw .legacyExcel(file: fileName)
        default:
            throw .unsupportedFormat(file: fileName, fileExtension: fileExtension.isEmpty ? "—" : "." + fileExtension)
        }
    }

    /// "PK\u{3}\u{4}": the first bytes of a ZIP archive, which an .xlsx file is.
    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
}

/// A file's bytes, with the file system's refusals turned into `SheetError`s.
enum SheetFile {
    static func contents(path: String) throws(SheetError) -> Data {
        let fileName = (path as NSString).lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(file: fileName)
        }
        guard !isDirectory.boolValue else { throw .directory(file: fileName) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: fileName, detail: (error as NSError).localizedDescription)
        }
        guard !data.isEmpty else { throw .empty(file: fileName) }
        return data
    }
}

import Foundation

/// Reads a school's spreadsheet into a `SheetTable`, choosing the format by the file's
/// extension: .csv and .txt as delimited text, .xlsx as an Excel workbook (its first sheet).
public enum SheetReader {
    public static func read(path: String) throws(SheetError) -> SheetTable {
        let fileName = (path as NSString).lastPathComponent
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        switch fileExtension {
        case "csv", "txt":
            return try CSVSheetReader.table(data: SheetFile.contents(path: path), fileName: fileName)
        case "xlsx", "xlsm":
            _ = try SheetFile.contents(path: path)
            return try XLSXSheetReader.table(path: path, fileName: fileName)
        case "xls":
            throw .legacyExcel(file: fileName)
        default:
            throw .unsupportedFormat(file: fileName, fileExtension: fileExtension.isEmpty ? "—" : "." + fileExtension)
        }
    }
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
            throw .unreadable(file: fileName, detail: String(describing: (error as NSError).localizedDescription))
        }
        guard !data.isEmpty else { throw .empty(file: fileName) }
        return data
    }
}

import EzhCore
@testable import EzhSheets
import Foundation
import XCTest

final class SheetErrorTests: TemporaryFilesCase {
    private func error(reading path: String) -> SheetError? {
        do {
            _ = try SheetReader.read(path: path)
            return nil
        } catch {
            return error
        }
    }

    func testMissingFileNamesItAndSaysWhatToCheck() {
        let failure = error(reading: folder.appendingPathComponent("ученики.csv").path)
        XCTAssertEqual(failure, .missing(file: "ученики.csv"))
        XCTAssertEqual(failure?.message(in: .ru), "Файла ученики.csv нет. Проверьте имя и папку файла.")
        XCTAssertEqual(failure?.message(in: .en), "There is no file ученики.csv. Check the file's name and folder.")
    }

    func testEmptyFile() throws {
        XCTAssertEqual(error(reading: try write("pupils.csv", Data())), .empty(file: "pupils.csv"))
        XCTAssertEqual(error(reading: try write("blank.csv", utf8: "\r\n;;\r\n  \r\n")), .empty(file: "blank.csv"))
        XCTAssertEqual(error(reading: try write("pupils.xlsx", Data())), .empty(file: "pupils.xlsx"))
        XCTAssertTrue(SheetError.empty(file: "pupils.csv").message(in: .ru).contains("ezh import template"))
    }

    func testXLSXThatIsNotAZipArchive() throws {
        // The usual case: a CSV file renamed to .xlsx.
        let failure = error(reading: try write("pupils.xlsx", utf8: "Фамилия;Класс\nИванова;5А\n"))
        XCTAssertEqual(failure, .notXLSX(file: "pupils.xlsx"))
        XCTAssertTrue(failure?.message(in: .ru).contains("не книга Excel") == true)
        XCTAssertTrue(failure?.message(in: .en).contains("name it .csv") == true)
    }

    func testZipWithoutWorkbookIsDamaged() throws {
        let path = try XLSXBuilder(parts: ["hello.txt": "not a workbook"]).write(to: folder.appendingPathComponent("book.xlsx"))
        guard case .damagedXLSX(let file, _)? = error(reading: path) else {
            return XCTFail("expected a damaged workbook, got \(String(describing: error(reading: path)))")
        }
        XCTAssertEqual(file, "book.xlsx")
    }

    func testOldExcelAndOtherFormatsAreNamed() throws {
        XCTAssertEqual(error(reading: try write("pupils.xls", Data([0xD0, 0xCF, 0x11, 0xE0]))), .legacyExcel(file: "pupils.xls"))
        XCTAssertTrue(SheetError.legacyExcel(file: "pupils.xls").message(in: .ru).contains("сохраните как .xlsx или CSV"))
        XCTAssertEqual(error(reading: try write("pupils.ods", Data([1]))), .unsupportedFormat(file: "pupils.ods", fileExtension: ".ods"))
    }

    func testFolderIsNotAFile() throws {
        let path = folder.appendingPathComponent("data.csv").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertEqual(error(reading: path), .directory(file: "data.csv"))
    }

    func testMessagesNameTheFileNotItsFolder() {
        let failure = error(reading: folder.appendingPathComponent("нет.csv").path)
        XCTAssertFalse(failure?.message(in: .ru).contains(folder.path) ?? true, "messages name the file, not the full path")
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The two parts of an .xlsx that grow with the data, the worksheet and its shared strings,
/// read with Foundation's streaming XMLParser. XMLCoder, which reads the small parts, builds a
/// tree of the whole document first: on a sheet of 2,000 pupils × 10 columns it took 3.4 s in
/// a release build against 0.12 s for XMLParser, which a school would feel on every import.

/// A worksheet's cells as the sheet has them: type, style, reference, value, inline text.
struct XLSXCell {
    var reference: String?
    var type: String?
    var style: Int?
    var value: String?
    var inlineText: String?
}

struct XLSXRow {
    var number: Int?
    var cells: [XLSXCell]
}

/// Collects `<row>`s and their `<c>`s from a worksheet part.
final class XLSXWorksheetStream: NSObject, XMLParserDelegate {
    private(set) var rows: [XLSXRow] = []
    private var row: XLSXRow?
    private var cell: XLSXCell?
    private var text = RichTextCollector()
    private var readingValue = false
    private var value = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "row":
            row = XLSXRow(number: attributes["r"].flatMap { Int($0) }, cells: [])
        case "c":
            cell = XLSXCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"].flatMap { Int($0) })
        case "v":
            readingValue = true
            value = ""
        case "is":
            text = RichTextCollector()
            text.begin()
        default:
            text.start(elementName)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if readingValue { value += string }
        text.characters(string)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "v":
            readingValue = false
            cell?.value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "is":
            cell?.inlineText = text.finish()
        case "c":
            if let cell { row?.cells.append(cell) }
            cell = nil
        case "row":
            if let row { rows.append(row) }
            row = nil
        default:
            text.end(elementName)
        }
    }
}

/// Collects each `<si>`'s text from the shared strings part.
final class XLSXSharedStringsStream: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var text = RichTextCollector()

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        if elementName == "si" {
            text = RichTextCollector()
            text.begin()
        } else {
            text.start(elementName)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text.characters(string)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "si" {
            strings.append(text.finish())
        } else {
            text.end(elementName)
        }
    }
}

/// The text of a string item (`<si>` or `<is>`): its `<t>` elements, plain or in rich-text runs,
/// joined with their own spaces; phonetic hints (`<rPh>`) are not part of it.
struct RichTextCollector {
    private var active = false
    private var inText = false
    private var phoneticDepth = 0
    private var collected = ""

    mutating func begin() {
        active = true
        collected = ""
    }

    mutating func start(_ element: String) {
        guard active else { return }
        if element == "rPh" { phoneticDepth += 1 }
        if element == "t", phoneticDepth == 0 { inText = true }
    }

    mutating func characters(_ string: String) {
        if active, inText { collected += string }
    }

    mutating func end(_ element: String) {
        guard active else { return }
        if element == "rPh" { phoneticDepth -= 1 }
        if element == "t" { inText = false }
    }

    mutating func finish() -> String {
        active = false
        return collected
    }
}

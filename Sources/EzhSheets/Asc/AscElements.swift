import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an aSc export: its attributes and its line in the file.
struct AscElement {
    let attributes: [String: String]
    let line: Int

    subscript(_ name: String) -> String {
        attributes[name]?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    func has(_ name: String) -> Bool { attributes[name] != nil }

    /// A comma-separated list of ids ("*1,*2"); empty for "".
    func ids(_ name: String) -> [String] {
        self[name].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The elements of an aSc export by name, read with Foundation's XMLParser (libxml2), which
/// also reads the Windows-1251 that aSc declares in Russian exports. XMLParser rather than
/// XMLCoder because the export is a flat list of attribute-only elements and messages need each
/// element's line, which only a streaming parser reports.
final class AscElementCollector: NSObject, XMLParserDelegate {
    /// The collections of an export and the element each holds.
    static let collections: [String: String] = [
        "days": "day", "periods": "period", "daysdefs": "daysdef", "weeksdefs": "weeksdef",
        "classes": "class", "groups": "group", "subjects": "subject", "teachers": "teacher",
        "classrooms": "classroom", "lessons": "lesson", "cards": "card",
    ]

    private(set) var root: String?
    private(set) var rootAttributes: [String: String] = [:]
    private(set) var elements: [String: [AscElement]] = [:]
    /// The first parse error and its line: Linux's XMLParser reports errors here and in
    /// `parserError`, yet may still return true from `parse()`.
    private(set) var firstError: (line: Int, code: Int)?
    private var path: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if root == nil {
            root = elementName
            rootAttributes = attributeDict
            if elementName != "timetable" { parser.abortParsing() }
        } else if path.count == 2, Self.collections[path[1]] == elementName {
            elements[elementName, default: []].append(AscElement(attributes: attributeDict, line: parser.lineNumber))
        }
        path.append(elementName)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = path.popLast()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil { firstError = (parser.lineNumber, (parseError as NSError).code) }
    }

    func all(_ name: String) -> [AscElement] { elements[name] ?? [] }
}

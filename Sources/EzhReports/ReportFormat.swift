import EzhCore

/// The formats a report is saved in, and the bytes of each.
public enum ReportFormat: String, CaseIterable, Sendable {
    case pdf, csv, xlsx, text

    public var fileExtension: String { self == .text ? "txt" : rawValue }

    public func render(_ document: ReportDocument) throws(ReportRenderError) -> [UInt8] {
        switch self {
        case .pdf: try PDFRenderer().render(document)
        case .csv: Array(CSVRenderer.render(document).utf8)
        case .xlsx: try XLSXRenderer.render(document)
        case .text: Array(TextRenderer.render(document).utf8)
        }
    }

    /// A made report: PDF prints its printed form (letters to cut, sections); the other formats
    /// hold its document, the same rows the screen previews.
    public func render(_ made: MadeReport) throws(ReportRenderError) -> [UInt8] {
        self == .pdf ? try PDFRenderer().render(made) : try render(made.document)
    }
}

/// A renderer's library failed (a full disk under the temporary folder, a missing font library).
public struct ReportRenderError: Error, Sendable, CustomStringConvertible {
    public let format: String
    public let reason: String

    public var description: String { "не удалось построить \(format): \(reason)" }
}

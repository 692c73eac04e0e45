/// A report as made by the service: the document the screen previews and CSV and XLSX hold, and
/// how it is printed, which for some forms is not one table.
public struct MadeReport: Hashable, Sendable {
    public enum PrintedForm: Hashable, Sendable {
        /// The document itself, paginated.
        case table
        /// Short documents several to a portrait sheet with cut lines (parent letters).
        case cutSheets([ReportDocument], perSheet: Int)
        /// Documents each starting on a new page, numbered through (a journal page by page, a
        /// сводная ведомость followed by its binding sheet).
        case sections([ReportDocument])
    }

    public var document: ReportDocument
    public var printed: PrintedForm

    public init(document: ReportDocument, printed: PrintedForm = .table) {
        self.document = document
        self.printed = printed
    }
}

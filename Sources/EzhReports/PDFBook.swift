import CPangoCairo
import EzhCore

/// Documents printed one after another in one PDF, each from a new page in its own orientation,
/// with the pages numbered through («стр. N из M» counts them all): the class journal page by
/// page, the сводная ведомость followed by its binding sheet.
extension PDFRenderer {
    public func renderBook(_ documents: [ReportDocument]) throws(ReportRenderError) -> [UInt8] {
        guard let first = documents.first else { throw ReportRenderError(format: "PDF", reason: "нет ни одного документа") }
        return try draw(first) { canvas, _, _ in
            let laid = documents.map { document in
                let (width, height) = Self.pageSize(document.orientation)
                let page = PageLayout(document: document, width: width, height: height, canvas: canvas)
                return (page, page.paginate(), width, height)
            }
            let total = laid.map(\.1.count).reduce(0, +)
            var number = 0
            for (page, pages, width, height) in laid {
                for rows in pages {
                    number += 1
                    cairo_pdf_surface_set_size(cairo_get_target(canvas.context), width, height)
                    page.drawPage(rows: rows, number: number, of: total)
                    cairo_show_page(canvas.context)
                }
            }
        }
    }

    /// How many pages the documents take, laid out as `renderBook` lays them.
    public func pageCount(_ documents: [ReportDocument]) throws(ReportRenderError) -> Int {
        guard let first = documents.first else { return 0 }
        var count = 0
        _ = try draw(first) { canvas, _, _ in
            count = documents.map { document in
                let (width, height) = Self.pageSize(document.orientation)
                return PageLayout(document: document, width: width, height: height, canvas: canvas).paginate().count
            }.reduce(0, +)
        }
        return count
    }

    /// A document to be bound, then its binding sheet certifying the real number of sheets
    /// (the document's pages and the binding sheet itself).
    public func renderBound(_ documents: [ReportDocument], binding: (Int) -> ReportDocument) throws(ReportRenderError) -> [UInt8] {
        let sheet = binding(1)
        let sheets = try pageCount(documents) + pageCount([sheet])
        return try renderBook(documents + [binding(sheets)])
    }

    static func pageSize(_ orientation: ReportDocument.Orientation) -> (Double, Double) {
        orientation == .portrait ? (a4.width, a4.height) : (a4.height, a4.width)
    }
}

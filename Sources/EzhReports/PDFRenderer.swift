import CPangoCairo
import EzhCore
import Foundation

/// A print-ready A4 PDF drawn with cairo and pango in DejaVu Sans (Cyrillic, embedded as a subset
/// with ToUnicode maps, so text can be copied out). Each page carries the school, the report's
/// title, class, period and print date at the top and «стр. N из M» at the bottom; the header
/// rows repeat on every page; notes, signature lines and «М.П.» follow the table.
public struct PDFRenderer {
    static let a4 = (width: 595.276, height: 841.89)
    static let margin = 28.0
    static let cellPadding = 2.0
    static let font = "DejaVu Sans"

    public init() {}

    public func render(_ document: ReportDocument) throws(ReportRenderError) -> [UInt8] {
        try draw(document) { canvas, width, height in
            let page = PageLayout(document: document, width: width, height: height, canvas: canvas)
            let pages = page.paginate()
            for (index, rows) in pages.enumerated() {
                page.drawPage(rows: rows, number: index + 1, of: pages.count)
                cairo_show_page(canvas.context)
            }
        }
    }

    /// Short documents several to a portrait A4 sheet, one above the other with a dashed cut line
    /// between (parent letters for the paper diary). A document too long for its share is cut
    /// at its share's foot; the caller keeps them short.
    public func renderSheets(_ documents: [ReportDocument], perSheet: Int) throws(ReportRenderError) -> [UInt8] {
        guard let first = documents.first else { throw ReportRenderError(format: "PDF", reason: "нет ни одного документа") }
        var portrait = first
        portrait.orientation = .portrait
        return try draw(portrait) { canvas, width, height in
            let share = height / Double(max(perSheet, 1))
            for (index, document) in documents.enumerated() {
                let slot = index % perSheet
                var letter = PageLayout(document: document, width: width, height: share, canvas: canvas)
                letter.originY = share * Double(slot)
                letter.isNumbered = false
                letter.drawPage(rows: letter.paginate().flatMap { $0 }, number: 1, of: 1)
                if slot > 0 { canvas.cutLine(y: letter.originY, width: width) }
                if slot == perSheet - 1 || index == documents.count - 1 { cairo_show_page(canvas.context) }
            }
        }
    }

    /// Documents each starting on a new page in its own orientation, with the pages numbered
    /// through («стр. N из M» over the whole file): a journal page by page, a сводная ведомость
    /// followed by its binding sheet.
    public func renderSections(_ documents: [ReportDocument]) throws(ReportRenderError) -> [UInt8] {
        guard let first = documents.first else { throw ReportRenderError(format: "PDF", reason: "нет ни одного документа") }
        return try draw(first) { canvas, _, _ in
            let sections = documents.map { document in
                let size = Self.size(document.orientation)
                let layout = PageLayout(document: document, width: size.width, height: size.height, canvas: canvas)
                return (layout: layout, pages: layout.paginate())
            }
            let count = sections.map(\.pages.count).reduce(0, +)
            var number = 0
            for section in sections {
                for rows in section.pages {
                    number += 1
                    cairo_pdf_surface_set_size(cairo_get_target(canvas.context), section.layout.width, section.layout.height)
                    section.layout.drawPage(rows: rows, number: number, of: count)
                    cairo_show_page(canvas.context)
                }
            }
        }
    }

    /// The PDF of a made report in its printed form.
    public func render(_ made: MadeReport) throws(ReportRenderError) -> [UInt8] {
        switch made.printed {
        case .table: try render(made.document)
        case .cutSheets(let documents, let perSheet): try renderSheets(documents, perSheet: perSheet)
        case .sections(let documents): try renderSections(documents)
        }
    }

    static func size(_ orientation: ReportDocument.Orientation) -> (width: Double, height: Double) {
        orientation == .portrait ? (a4.width, a4.height) : (a4.height, a4.width)
    }

    private func draw(
        _ document: ReportDocument, pages: (Canvas, Double, Double) -> Void
    ) throws(ReportRenderError) -> [UInt8] {
        let (width, height) = Self.size(document.orientation)
        let sink = ByteSink()
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        // A fixed creation date (the print date) makes the same report the same bytes.
        let date = document.titleBlock.printDate
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "\(date.iso)T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.titleBlock.title)
        let context = cairo_create(surface)!
        let canvas = Canvas(context: context)
        defer { canvas.close() }
        pages(canvas, width, height)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ReportRenderError(format: "PDF", reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }
}

private final class ByteSink {
    var bytes: [UInt8] = []
}

/// Text measured and drawn with one pango layout on the document's cairo context.
final class Canvas {
    let context: OpaquePointer
    private let layout: OpaquePointer

    init(context: OpaquePointer) {
        self.context = context
        layout = pango_cairo_create_layout(context)
        // Pango assumes a 96 dpi screen; a PDF's unit is the point, so 72 keeps «7 pt» at 7 points.
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
    }

    func close() { g_object_unref(UnsafeMutableRawPointer(layout)) }

    private func prepare(_ text: String, size: Double, bold: Bool, width: Double, alignment: ReportDocument.Column.Alignment) {
        let description = pango_font_description_from_string("\(PDFRenderer.font)\(bold ? " Bold" : "") \(size)")
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, alignment == .leading ? PANGO_ALIGN_LEFT : alignment == .center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT)
        pango_layout_set_text(layout, text, -1)
    }

    /// The height `text` takes wrapped into `width` points.
    func height(_ text: String, size: Double, bold: Bool = false, width: Double) -> Double {
        prepare(text, size: size, bold: bold, width: width, alignment: .leading)
        var inkWidth: Int32 = 0
        var inkHeight: Int32 = 0
        pango_layout_get_size(layout, &inkWidth, &inkHeight)
        return Double(inkHeight) / Double(PANGO_SCALE)
    }

    @discardableResult
    func draw(
        _ text: String, x: Double, y: Double, width: Double, size: Double, bold: Bool = false,
        alignment: ReportDocument.Column.Alignment = .leading
    ) -> Double {
        prepare(text, size: size, bold: bold, width: width, alignment: alignment)
        cairo_move_to(context, x, y)
        pango_cairo_show_layout(context, layout)
        var inkWidth: Int32 = 0
        var inkHeight: Int32 = 0
        pango_layout_get_size(layout, &inkWidth, &inkHeight)
        return Double(inkHeight) / Double(PANGO_SCALE)
    }

    func rectangle(x: Double, y: Double, width: Double, height: Double, fill: Double? = nil) {
        cairo_rectangle(context, x, y, width, height)
        if let fill {
            cairo_set_source_rgb(context, fill, fill, fill)
            cairo_fill_preserve(context)
            cairo_set_source_rgb(context, 0, 0, 0)
        }
        cairo_set_line_width(context, 0.4)
        cairo_stroke(context)
    }

    /// «✂ - - -» across the sheet where a letter is cut off.
    func cutLine(y: Double, width: Double) {
        var dashes = [4.0, 3.0]
        cairo_set_dash(context, &dashes, 2, 0)
        line(from: (8, y), to: (width - 8, y))
        cairo_set_dash(context, nil, 0, 0)
    }

    func line(from: (Double, Double), to: (Double, Double)) {
        cairo_move_to(context, from.0, from.1)
        cairo_line_to(context, to.0, to.1)
        cairo_set_line_width(context, 0.5)
        cairo_stroke(context)
    }
}

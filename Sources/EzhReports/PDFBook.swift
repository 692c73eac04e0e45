import EzhCore

/// The binding sheet of a bound document certifies the real number of its sheets, known only
/// once every section is laid out on pages.
extension PDFRenderer {
    /// How many pages the documents take as sections (each from a new page).
    public func pageCount(_ documents: [ReportDocument]) throws(ReportRenderError) -> Int {
        guard let first = documents.first else { return 0 }
        var count = 0
        _ = try draw(first) { canvas, _, _ in
            count = documents.map { document in
                let size = Self.size(document.orientation)
                return PageLayout(document: document, width: size.width, height: size.height, canvas: canvas).paginate().count
            }.reduce(0, +)
        }
        return count
    }

    /// The sections with any binding sheet among them given the count of all their pages, its
    /// own included (the sheet's text takes the same page whatever the number).
    func countingSheets(_ documents: [ReportDocument]) throws(ReportRenderError) -> [ReportDocument] {
        guard documents.contains(where: BindingSheet.isBindingSheet) else { return documents }
        let sheets = try pageCount(documents)
        return documents.map { BindingSheet.isBindingSheet($0) ? BindingSheet.counted($0, sheets: sheets) : $0 }
    }
}

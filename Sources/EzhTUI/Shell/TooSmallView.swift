/// Shown instead of the interface while the window is below 80×24: drawing the journal in less
/// room would cut names and marks in misleading ways.
enum TooSmallView {
    static func draw(into buffer: inout ScreenBuffer, size: TerminalSize, strings: Strings) {
        let width = max(1, buffer.columns - 2)
        let lines = TextFitting.wrap(strings.terminalTooSmall, width: width) + TextFitting.wrap(strings.currentSize(size), width: width)
            + TextFitting.wrap(strings.keysWaitForLargerWindow, width: width)
        let top = max(0, (buffer.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (buffer.columns - line.displayWidth) / 2)
            buffer.put(line, row: top + offset, column: column, style: .bold)
        }
        buffer.cursor = nil
    }
}

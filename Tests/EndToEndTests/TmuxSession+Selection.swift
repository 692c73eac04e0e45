import Foundation

/// Choosing in a list or a picker the way a person does: Up and Down until the selection marker
/// («▸») is on the wanted line.
extension TmuxSession {
    /// Moves the selection («▸»; in a picker, the one inside its box) to the line holding `text`
    /// (in a picker, inside its box: the list under it may hold the same words).
    func selectLine(containing text: String, in screen: [String]) throws {
        let inPicker = screen.contains { $0.contains("│▸") }
        try selectLine(in: screen) { $0.contains(text) && (!inPicker || $0.contains("│")) }
    }

    /// Moves the selection to the first line on which `isTarget` holds, with Up or Down one step
    /// at a time, each step waiting for the marker to move.
    func selectLine(in first: [String], where isTarget: (String) -> Bool) throws {
        var screen = first
        for _ in 0..<80 {
            guard let selected = Self.selectedRow(screen) else {
                throw Timeout(waitingFor: "a selected line", lastScreen: screen.joined(separator: "\n"))
            }
            if isTarget(screen[selected]) { return }
            let target = screen.indices.first { isTarget(screen[$0]) }
            try press(target.map { $0 < selected ? "Up" : "Down" } ?? "Down")
            // A long list scrolls under a selection that stays on its row: its text changes then.
            let before = screen[selected]
            screen = try wait(for: "the selection to move") { now in
                Self.selectedRow(now).map { $0 != selected || now[$0] != before } ?? false
            }
        }
        throw Timeout(waitingFor: "the line to select", lastScreen: screen.joined(separator: "\n"))
    }

    /// The row of the selected item: inside a picker's box when one is open, else any.
    private static func selectedRow(_ screen: [String]) -> Int? {
        screen.lastIndex { $0.contains("│▸") } ?? screen.lastIndex { $0.contains("▸") }
    }
}

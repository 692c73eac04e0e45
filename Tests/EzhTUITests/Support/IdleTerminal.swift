import EzhTUI
import Foundation

/// A terminal whose script can also wait: at `.idle` no key comes before the run loop's timeout
/// (the time really passes), so the idle lock fires as it does at a real terminal.
final class IdleTerminal: TerminalDevice {
    enum Step {
        case key(Key)
        case idle
    }

    var size = TerminalSize(rows: 24, columns: 80)
    private var script: [Step]
    private(set) var frames: [ScreenBuffer] = []

    init(_ script: [Step]) { self.script = script }

    func nextEvent(timeout: Duration?) throws -> Key? {
        guard !script.isEmpty else {
            if timeout == .zero { return nil }
            throw ScriptedTerminal.ScriptEnded()
        }
        switch script.first! {
        case .key(let key):
            script.removeFirst()
            return key
        case .idle:
            // Queued keys are asked for with no wait: there are none while idle.
            guard let timeout, timeout > .zero else { return nil }
            script.removeFirst()
            Thread.sleep(forTimeInterval: Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
            return nil
        }
    }

    func present(_ buffer: ScreenBuffer) { frames.append(buffer) }
}

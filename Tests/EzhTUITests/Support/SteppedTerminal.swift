import EzhTUI

/// A terminal whose script says what is queued when: a batch of keys arrives at once (the run
/// loop handles them all before drawing, as with fast typing), a pause lets the run loop wait
/// with nothing typed (it refreshes while idle), and an action changes the world between steps
/// (another terminal writes, the window shrinks). When the script is over, waiting ends the run.
final class SteppedTerminal: TerminalDevice {
    enum Step {
        case keys([Key])
        case pause
        case run(() -> Void)
    }

    var size = TerminalSize(rows: 24, columns: 80)
    private var steps: [Step]
    private(set) var frames: [ScreenBuffer] = []
    /// The keys the run loop took from the terminal, handled or dropped.
    private(set) var keysRead = 0

    init(_ steps: [Step]) { self.steps = steps }

    func nextEvent(timeout: Duration?) throws -> Key? {
        while let step = steps.first {
            switch step {
            case .run(let action):
                steps.removeFirst()
                action()
            case .keys(var batch):
                guard !batch.isEmpty else {
                    steps.removeFirst()
                    // The batch is over: nothing more is queued until the run loop waits again.
                    if timeout == .zero { return nil }
                    continue
                }
                let key = batch.removeFirst()
                steps[0] = .keys(batch)
                keysRead += 1
                return key
            case .pause:
                if timeout == .zero { return nil }
                steps.removeFirst()
                return nil
            }
        }
        if timeout == .zero { return nil }
        throw ScriptedTerminal.ScriptEnded()
    }

    func present(_ buffer: ScreenBuffer) { frames.append(buffer) }
}

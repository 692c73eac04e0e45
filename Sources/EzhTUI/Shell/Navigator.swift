/// The stack of screens and the one way a screen lives on it: made (no reads), pushed and then
/// loaded once, drawn and given keys while on top, resumed when the screens above it close,
/// refreshed while the terminal is idle, dismissed with everything above it.
final class Navigator {
    private var stack: [Screen] = []

    /// The screen that gets the keys.
    var top: Screen? { stack.last }

    /// What a frame shows: the topmost full screen and the overlays above it.
    var visible: ArraySlice<Screen> {
        guard !stack.isEmpty else { return [] }
        return stack[(stack.lastIndex(where: { !$0.isOverlay }) ?? 0)...]
    }

    /// Puts `screen` on top and lets it read what it shows.
    func push(_ screen: Screen, app: Application) {
        stack.append(screen)
        screen.load(app: app)
    }

    /// Replaces the whole stack with one screen, loaded.
    func reset(to screen: Screen, app: Application) {
        stack = [screen]
        screen.load(app: app)
    }

    /// Removes `screen` and everything above it; the screen now on top resumes. The first screen
    /// stays: only `reset` replaces it.
    func dismiss(_ screen: Screen, app: Application) {
        guard let index = stack.lastIndex(where: { $0 === screen }), index > 0 else { return }
        stack.removeSubrange(index...)
        stack.last?.resume(app: app)
    }
}

/// Which key does what, per context. Built from keymap files; looked up on every key press.
public struct Keymap: Sendable, Equatable {
    /// The name the keymap was loaded under: "default", "vim".
    public var name: String
    private var bindings: [KeyContext: [Key: Action]] = [:]
    /// When each key was bound, so keys list in the order the file gives them: the first key
    /// written for an action is the one the key bar shows.
    private var bindingOrder: [KeyContext: [Key: Int]] = [:]
    /// The reverse of `bindings`, kept on every change: the key bar and help ask it each frame.
    private var keysOfAction: [KeyContext: [Action: [Key]]] = [:]

    public init(name: String) {
        self.name = name
    }

    public mutating func bind(_ key: Key, to action: Action, in context: KeyContext) {
        bindings[context, default: [:]][key] = action
        if bindingOrder[context]?[key] == nil {
            bindingOrder[context, default: [:]][key] = bindingOrder[context]?.count ?? 0
        }
        reindex(context)
    }

    public mutating func unbind(_ key: Key, in context: KeyContext) {
        bindings[context]?[key] = nil
        reindex(context)
    }

    private mutating func reindex(_ context: KeyContext) {
        let order = bindingOrder[context] ?? [:]
        keysOfAction[context] = Dictionary(grouping: (bindings[context] ?? [:]).keys) { bindings[context]![$0]! }
            .mapValues { keys in keys.sorted { order[$0] ?? .max < order[$1] ?? .max } }
    }

    /// The action bound to exactly this key in the context, then in `global`.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        bindings[context]?[key] ?? (context == .global ? nil : bindings[.global]?[key])
    }

    /// Lookup for command keys: the key as typed, then, for a Cyrillic letter, the key at the
    /// same place of the QWERTY keyboard, so hotkeys work whatever layout is active.
    public func commandAction(for key: Key, in context: KeyContext) -> Action? {
        if let action = action(for: key, in: context) { return action }
        return RussianLayout.qwertyKey(for: key).flatMap { action(for: $0, in: context) }
    }

    /// The keys bound to an action in one context only (not counting `global`), in the order
    /// they were first bound.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        keysOfAction[context]?[action] ?? []
    }

    /// The keys that trigger an action on a screen of this context, its own bindings first.
    /// A global key that the context rebinds to something else is left out.
    public func effectiveKeys(for action: Action, in context: KeyContext) -> [Key] {
        guard context != .global else { return keys(for: action, in: .global) }
        let own = keys(for: action, in: context)
        let inherited = keys(for: action, in: .global).filter { bindings[context]?[$0] == nil }
        return own + inherited
    }

    /// Every action bound in one context, in the command catalogue's order.
    public func boundActions(in context: KeyContext) -> [Action] {
        let bound = Set((bindings[context] ?? [:]).values)
        return Commands.all.map(\.action).filter(bound.contains)
    }
}

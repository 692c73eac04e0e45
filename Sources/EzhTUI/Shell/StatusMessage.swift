/// A line of feedback in the status line: what was done, or why it was refused.
struct StatusMessage: Equatable {
    enum Kind { case info, error }

    let text: String
    let kind: Kind

    static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
    static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }
}

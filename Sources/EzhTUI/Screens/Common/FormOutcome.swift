/// What a form's submit did: refused (the form stays open, the refusal in the status line), or
/// done (the form closes, then `next` runs: opening a slip over the screen below, say).
enum FormOutcome {
    case stay(StatusMessage)
    case close(next: (Application) -> Void)

    static var close: FormOutcome { .close { _ in } }

    /// Applies the outcome for `form`: in this order, so what `next` opens is not closed with it.
    func apply(to form: Screen, app: Application) {
        switch self {
        case .stay(let refusal): app.status = refusal
        case .close(let next):
            app.dismiss(form)
            next(app)
        }
    }
}

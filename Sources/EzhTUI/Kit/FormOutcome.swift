/// What a form's submit did: refused (the form stays open, the refusal in the status line), done
/// (the form closes, then `next` runs: opening a slip over the screen below, say), or a question
/// first (a yes runs `then` and applies its outcome to the form; a no leaves the form as it was).
enum FormOutcome {
    case stay(StatusMessage)
    case close(next: (Application) -> Void)
    case ask(title: String, question: String, then: (Application) -> FormOutcome)

    static var close: FormOutcome { .close { _ in } }

    /// Applies the outcome for `form`: in this order, so what `next` opens is not closed with it.
    func apply(to form: Screen, app: Application) {
        switch self {
        case .stay(let refusal): app.status = refusal
        case .close(let next):
            app.dismiss(form)
            next(app)
        case .ask(let title, let question, let then):
            app.push(ConfirmScreen(title: title, question: question) { app in then(app).apply(to: form, app: app) })
        }
    }
}

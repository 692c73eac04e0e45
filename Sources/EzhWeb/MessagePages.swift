import EzhCore
import EzhService
import Foundation
import HTTPTypes
import Hummingbird

/// The family's messages: their threads with the school's staff (unread counts), a thread read
/// and answered, a new thread to the class teacher or a subject teacher of their child's class.
/// The service decides who may read and write what; a thread that is not theirs is "not found".
extension WebApp {
    func addMessageRoutes(_ router: Router<WebContext>) {
        router.get("/messages") { request, context in
            try await self.withFamily(request, context) { visitor in try await self.threadsPage(visitor) }
        }
        router.get("/messages/new") { request, context in
            try await self.withFamily(request, context) { visitor in try await self.composePage(visitor, problem: nil) }
        }
        router.post("/messages/new") { request, context in
            try await self.withFamily(request, context) { visitor in try await self.startThread(request, context, visitor) }
        }
        router.get("/messages/:thread") { request, context in
            try await self.withThread(request, context) { visitor, thread in try await self.threadPage(visitor, thread, problem: nil) }
        }
        router.post("/messages/:thread") { request, context in
            try await self.withThread(request, context) { visitor, thread in try await self.reply(request, context, visitor, thread) }
        }
    }

    private func withThread(
        _ request: Request, _ context: WebContext, _ body: (SignedIn, MessageThreadID) async throws -> Response
    ) async throws -> Response {
        try await withFamily(request, context) { visitor in
            guard let number = context.parameters.get("thread").flatMap(Int64.init) else {
                throw JournalError.notFound(BilingualText("переписка", "message thread"))
            }
            return try await body(visitor, MessageThreadID(number))
        }
    }

    private func threadsPage(_ visitor: SignedIn) async throws -> Response {
        let threads = try await Blocking.run { try visitor.service.messageThreads(visitor.session) }
        let text = visitor.text
        var body = "<p><a href=\"/messages/new\">\(HTML.escape(text.newMessage))</a></p>"
        if threads.isEmpty { body += "<p>\(HTML.escape(text.noThreads))</p>" }
        body += "<ul class=\"plain\">"
        for thread in threads {
            let with = thread.others.map { HTML.escape($0.name.withInitials) }.joined(separator: ", ")
            let about = thread.pupilName.map { " · " + HTML.escape($0.lastAndFirst) } ?? ""
            let unread = thread.unreadCount > 0
                ? " <span class=\"badge\" title=\"\(HTML.escape(text.unreadInThread(thread.unreadCount)))\">\(thread.unreadCount)</span>" : ""
            // The time on a line of its own: on a phone the names wrap, and a «·» left hanging at
            // a line's end reads as a stray mark.
            body += """
                <li><a class="thread card" href="/messages/\(thread.id.rawValue)"><b>\(HTML.escape(thread.subject))</b>\(unread)<br>\
                <small>\(with)\(about)</small><br>\
                <small class="legend">\(HTML.escape(visitor.service.timeZone.russianDateTime(thread.lastMessageAt)))</small></a></li>
                """
        }
        body += "</ul>"
        return WebResponses.page(
            text, title: text.messages, school: journal.schoolName, signedIn: visitor,
            nav: try await accountNav(visitor, current: .messages), body: body
        )
    }

    private func threadPage(_ visitor: SignedIn, _ id: MessageThreadID, problem: String?, typed: String = "") async throws -> Response {
        let thread = try await Blocking.run { try visitor.service.openMessageThread(visitor.session, id) }
        let text = visitor.text
        let zone = visitor.service.timeZone
        var body = ""
        if let pupil = thread.pupilName { body += "<p class=\"legend\">\(HTML.escape(text.aboutPupil(pupil.lastAndFirst)))</p>" }
        for message in thread.messages {
            let own = message.author.account == visitor.session.accountID
            let read = own && !message.currentReceipts.isEmpty
                ? "<small class=\"legend\"> · \(HTML.escape(text.readBy(message.currentReceipts.map { $0.reader.name.withInitials })))</small>" : ""
            let corrected = message.isCorrected ? " <small class=\"legend\">\(HTML.escape(text.corrected))</small>" : ""
            let notice = message.kind == .notice ? " <small class=\"legend\">\(HTML.escape(text.notice))</small>" : ""
            body += """
                <article class="message card\(own ? " own" : "")"><div class="from"><b>\(HTML.escape(message.author.name.withInitials))</b> \
                <small>\(HTML.escape(zone.russianDateTime(message.sentAt)))</small>\(notice)\(corrected)\(read)</div>\
                <div class="body">\(HTML.escape(message.body))</div></article>
                """
        }
        body += """
            \(problem.map { WebResponses.message($0) } ?? "")
            <form method="post" action="/messages/\(id.rawValue)" class="stack reply">\(visitor.formTokenField)
            <label>\(HTML.escape(text.yourReply))<textarea name="text" maxlength="\(TextLimit.messageBody.maximum)" required>\(HTML.escape(typed))</textarea></label>
            <button type="submit">\(HTML.escape(text.send))</button></form>
            """
        return WebResponses.page(
            text, title: thread.subject, school: journal.schoolName, signedIn: visitor,
            nav: try await accountNav(visitor, current: .messages), body: body, status: problem == nil ? .ok : .badRequest
        )
    }

    private func reply(_ request: Request, _ context: WebContext, _ visitor: SignedIn, _ id: MessageThreadID) async throws -> Response {
        let form = try await Self.form(request, context)
        guard formIsGenuine(form, visitor) else { return formExpired(visitor.text, visitor) }
        let typed = form["text"] ?? ""
        do {
            _ = try await Blocking.run { try visitor.service.replyToMessageThread(visitor.session, id, body: typed) }
        } catch JournalError.invalidInput(let field, let problem) {
            let message = JournalError.invalidInput(field: field, problem: problem).message(in: visitor.session.language)
            return try await threadPage(visitor, id, problem: message, typed: typed)
        }
        return WebResponses.redirect("/messages/\(id.rawValue)")
    }

    private func composePage(_ visitor: SignedIn, problem: String?, form: FormFields? = nil) async throws -> Response {
        let book = try await Blocking.run { try visitor.service.messageAddressBook(visitor.session) }
        let text = visitor.text
        var options = ""
        for contact in book.staff {
            let value = "\(contact.staff.rawValue)-\(contact.pupil.rawValue)"
            let role = contact.isClassTeacher ? text.classTeacher : contact.subjects.joined(separator: ", ")
            let selected = form?["to"] == value ? " selected" : ""
            options += "<option value=\"\(value)\"\(selected)>\(HTML.escape(contact.name.withInitials)) — \(HTML.escape(role))"
                + (book.staff.contains { $0.pupil != contact.pupil } ? " (\(HTML.escape(contact.pupilName.first)))" : "") + "</option>"
        }
        let body = book.staff.isEmpty ? "<p>\(HTML.escape(text.nobodyToWrite))</p>" : """
            \(problem.map { WebResponses.message($0) } ?? "")
            <form method="post" action="/messages/new" class="stack">\(visitor.formTokenField)
            <label>\(HTML.escape(text.to))<select name="to" required>\(options)</select></label>
            <label>\(HTML.escape(text.subject))<input name="subject" maxlength="\(TextLimit.messageSubject.maximum)" value="\(HTML.escape(form?["subject"] ?? ""))" required></label>
            <label>\(HTML.escape(text.messageText))<textarea name="text" maxlength="\(TextLimit.messageBody.maximum)" required>\(HTML.escape(form?["text"] ?? ""))</textarea></label>
            <button type="submit">\(HTML.escape(text.send))</button></form>
            """
        return WebResponses.page(
            text, title: text.newMessage, school: journal.schoolName, signedIn: visitor,
            nav: try await accountNav(visitor, current: .messages), body: body, status: problem == nil ? .ok : .badRequest
        )
    }

    private func startThread(_ request: Request, _ context: WebContext, _ visitor: SignedIn) async throws -> Response {
        let form = try await Self.form(request, context)
        guard formIsGenuine(form, visitor) else { return formExpired(visitor.text, visitor) }
        let parts = (form["to"] ?? "").split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 2 else { return try await composePage(visitor, problem: visitor.text.chooseAddressee, form: form) }
        let addressee = MessageAddressee.staff(StaffID(parts[0]), pupil: PupilID(parts[1]))
        let subject = form["subject"] ?? "", typed = form["text"] ?? ""
        let delivery: MessageDelivery
        do {
            delivery = try await Blocking.run {
                try visitor.service.startMessageThread(visitor.session, to: addressee, subject: subject, body: typed)
            }
        } catch JournalError.invalidInput(let field, let problem) {
            let message = JournalError.invalidInput(field: field, problem: problem).message(in: visitor.session.language)
            return try await composePage(visitor, problem: message, form: form)
        }
        return WebResponses.redirect(delivery.threads.first.map { "/messages/\($0.rawValue)" } ?? "/messages")
    }
}

/// The messages pages' own words, beside WebText's.
private extension WebText {
    /// The unread badge's tooltip: «Новых сообщений: 2».
    func unreadInThread(_ count: Int) -> String {
        language == .ru ? "Новых сообщений: \(count)" : "Unread messages: \(count)"
    }
}

import EzhCore
import EzhService
import Foundation

/// The texts of the messages screens: the thread list, a thread, the compose steps.
extension Strings {
    public var messagesTitle: String { ruEn("Сообщения", "Messages") }
    public var noThreads: String { ruEn("Переписки пока нет. Написать — F2.", "No messages yet. Write one with F2.") }

    /// «2 новых сообщения» on a home screen; the key that opens them after.
    public func unreadMessages(_ count: Int, key: String) -> String {
        let words = language == .ru
            ? "\(count) \(Self.russianWord(count, "новое сообщение", "новых сообщения", "новых сообщений"))"
            : "\(count) unread message\(count == 1 ? "" : "s")"
        return "✉ " + words + (key.isEmpty ? "" : " — \(key)")
    }

    /// A thread's line: «● 2  27.11 14:05  Иванова Анна, 5А · Контрольная · Иванов С.П.»
    public func threadLine(_ thread: MessageThreadSummary, zone: SchoolTimeZone) -> String {
        let mark = thread.unreadCount > 0 ? "●\(thread.unreadCount)" : "  "
        let when = Self.shortTime(thread.lastMessageAt, zone: zone)
        var about: [String] = []
        if let pupil = thread.pupilName { about.append(pupil.lastAndFirst + (thread.className.map { ", \($0)" } ?? "")) }
        if thread.kind == .staff { about.append(ruEn("сотрудники", "staff")) }
        let others = thread.others.map(\.name.withInitials).joined(separator: ", ")
        return TextFitting.fit(mark, width: 3) + " " + when + "  " + (about + [thread.subject, others]).filter { !$0.isEmpty }.joined(separator: " · ")
    }

    public var threadListHeader: String { ruEn("Нов Когда        Ученик · тема · с кем", "New When         Pupil · subject · with") }

    /// The thread's heading: «Контрольная · Иванова Анна, 5А».
    public func threadTitle(_ thread: MessageThread) -> String {
        var parts = [thread.subject]
        if let pupil = thread.pupilName { parts.append(pupil.lastAndFirst + (thread.className.map { ", \($0)" } ?? "")) }
        return parts.joined(separator: " · ")
    }

    public func threadMembers(_ members: [MessageMember]) -> String {
        ruEn("Участники: ", "Members: ") + members.map { "\($0.name.withInitials) (\(memberRole($0.role)))" }.joined(separator: ", ")
    }

    public func memberRole(_ role: MessageMember.Role) -> String {
        switch role {
        case .staff: ruEn("сотрудник", "staff")
        case .parent: ruEn("родитель", "parent")
        case .pupil: ruEn("ученик", "pupil")
        }
    }

    /// «Петрова О.И. · 27.11.2026 12:00 · уведомление»
    public func messageHeading(_ message: MessageEntry, zone: SchoolTimeZone) -> String {
        var parts = [message.author.name.withInitials, zone.russianDateTime(message.sentAt)]
        if message.kind == .notice { parts.append(ruEn("уведомление", "notice")) }
        return parts.joined(separator: " · ")
    }

    public func correctedAt(_ version: MessageVersion, zone: SchoolTimeZone) -> String {
        ruEn("исправлено \(zone.russianDateTime(version.writtenAt)); прежний текст:", "corrected \(zone.russianDateTime(version.writtenAt)); earlier text:")
    }

    /// «Прочитано: Иванов С.П. 27.11 12:10» or «Не прочитано: Иванова М.О.»
    public func receiptsLine(read: [MessageReceipt], unread: [MessageMember], zone: SchoolTimeZone) -> String {
        var parts: [String] = []
        if !read.isEmpty {
            parts.append(ruEn("Прочитано: ", "Read: ") + read.map { "\($0.reader.name.withInitials) \(Self.shortTime($0.readAt, zone: zone))" }
                .joined(separator: ", "))
        }
        if !unread.isEmpty {
            parts.append(ruEn("Не прочитано: ", "Not read: ") + unread.map(\.name.withInitials).joined(separator: ", "))
        }
        return parts.joined(separator: " · ")
    }

    public var composeTitle: String { ruEn("Новое сообщение", "New message") }
    public var replyTitle: String { ruEn("Ответ", "Reply") }
    public var correctTitle: String { ruEn("Исправить сообщение", "Correct the message") }
    public var messageSubjectLabel: String { ruEn("Тема", "Subject") }
    public var messageBodyLabel: String { ruEn("Текст", "Text") }
    public var chooseRecipientKind: String { ruEn("Кому написать", "Write to") }
    public var toOneParent: String { ruEn("Одному родителю ученика", "One parent of a pupil") }
    public var toFamily: String { ruEn("Родителям ученика (обоим)", "A pupil's parents (both)") }
    public var toClassFamilies: String { ruEn("Всем родителям класса (каждой семье отдельно)", "All parents of a class (each family apart)") }
    public var toDeputy: String { ruEn("Завучу", "The deputy") }
    public var chooseMessageClass: String { ruEn("Класс", "Class") }
    public var chooseMessagePupil: String { ruEn("Ученик", "Pupil") }
    public var chooseMessageParent: String { ruEn("Родитель", "Parent") }
    public var chooseStaff: String { ruEn("Кому (учителя класса)", "To (the class's teachers)") }
    public var nobodyToWrite: String { ruEn("Вам некому писать: нет классов и учителей, которым вы можете написать.",
                                            "There is nobody you can write to.") }
    public var messageNoAccount: String { ruEn("нет учётной записи", "no account") }

    /// «Петрова О.И. — классный руководитель, Математика (Иванова Анна, 5А)»
    public func staffContactLine(_ contact: MessageStaffContact) -> String {
        var roles: [String] = []
        if contact.isClassTeacher { roles.append(ruEn("классный руководитель", "class teacher")) }
        roles += contact.subjects
        return "\(contact.name.withInitials) — \(roles.joined(separator: ", ")) (\(contact.pupilName.lastAndFirst), \(contact.className))"
    }

    public func parentLine(_ parent: MessageFamily.Parent) -> String {
        let relation = parent.relation.isEmpty ? "" : " (\(parent.relation))"
        return parent.name.withInitials + relation + (parent.hasAccount ? "" : " — " + messageNoAccount)
    }

    public func messageSent(_ delivery: MessageDelivery) -> String {
        var text = delivery.threads.count > 1
            ? ruEn("Отправлено семьям: \(delivery.threads.count)", "Sent to \(delivery.threads.count) families")
            : ruEn("Сообщение отправлено", "Message sent")
        let unreachable = delivery.unreachable
        if unreachable.count > 3 {
            text += ruEn("; не отправлено: у родителей \(unreachable.count) учеников нет учётной записи (Реквизиты доступа)",
                         "; not sent: the parents of \(unreachable.count) pupils have no account (Credentials)")
        } else if !unreachable.isEmpty {
            text += ruEn("; нет учётной записи у родителей: ", "; parents without an account: ")
                + unreachable.map(\.withInitials).joined(separator: ", ")
        }
        return text
    }

    public var replySent: String { ruEn("Ответ отправлен", "Reply sent") }
    public var messageCorrected: String { ruEn("Сообщение исправлено: прежний текст сохранён", "Message corrected: the earlier text is kept") }
    public var noOwnMessageToCorrect: String { ruEn("Исправить можно только своё сообщение: в этой переписке его нет.",
                                               "Only your own message can be corrected: there is none in this thread.") }

    /// «1 новое сообщение», «3 новых сообщения», «11 новых сообщений».
    private static func russianWord(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let (lastTwo, last) = (count % 100, count % 10)
        return (11...14).contains(lastTwo) ? many : last == 1 ? one : (2...4).contains(last) ? few : many
    }

    static func shortTime(_ instant: Date, zone: SchoolTimeZone) -> String {
        "\(zone.localDate(of: instant).dayMonth) \(zone.timeOfDay(of: instant).text)"
    }
}

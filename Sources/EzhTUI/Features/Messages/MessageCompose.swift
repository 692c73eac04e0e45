import EzhCore
import EzhService

/// The steps of a new message, each a small list over the screen: whom (a parent, both parents,
/// a class's families or the deputy for staff; a teacher of the child's class for a parent or a
/// pupil), then the class, the pupil and the parent as needed, then subject and text.
enum MessageCompose {
    static func start(app: Application, sent: @escaping () -> Void) {
        guard let session = app.session else { return }
        let book: MessageAddressBook
        do {
            book = try app.backend.messageAddressBook(session)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        let strings = app.strings
        if !book.staff.isEmpty {
            app.push(PickerScreen(title: strings.chooseStaff, items: book.staff.map(strings.staffContactLine)) { index, app in
                let contact = book.staff[index]
                write(to: .staff(contact.staff, pupil: contact.pupil), app: app, sent: sent)
            })
            return
        }
        enum Kind { case parent, family, classFamilies, deputy }
        var kinds: [(Kind, String)] = []
        if !book.classes.isEmpty {
            kinds += [(.parent, strings.toOneParent), (.family, strings.toFamily), (.classFamilies, strings.toClassFamilies)]
        }
        if book.writesToDeputy { kinds.append((.deputy, strings.toDeputy)) }
        guard !kinds.isEmpty else {
            app.status = .error(strings.nobodyToWrite)
            return
        }
        app.push(PickerScreen(title: strings.chooseRecipientKind, items: kinds.map(\.1)) { index, app in
            switch kinds[index].0 {
            case .deputy: write(to: .deputy, app: app, sent: sent)
            case .classFamilies: chooseClass(book, app: app) { classID, app in write(to: .classFamilies(classID), app: app, sent: sent) }
            case .family:
                chooseClass(book, app: app) { classID, app in
                    choosePupil(classID, app: app) { family, app in write(to: .family(family.pupil), app: app, sent: sent) }
                }
            case .parent:
                chooseClass(book, app: app) { classID, app in
                    choosePupil(classID, app: app) { family, app in
                        app.push(PickerScreen(title: strings.chooseMessageParent, items: family.parents.map(strings.parentLine)) { index, app in
                            write(to: .parent(family.parents[index].id, pupil: family.pupil), app: app, sent: sent)
                        })
                    }
                }
            }
        })
    }

    /// The class, asked only when the person writes to more than one.
    private static func chooseClass(_ book: MessageAddressBook, app: Application, then: @escaping (ClassID, Application) -> Void) {
        if book.classes.count == 1 { return then(book.classes[0].id, app) }
        app.push(PickerScreen(title: app.strings.chooseMessageClass, items: book.classes.map(\.name.description)) { index, app in
            then(book.classes[index].id, app)
        })
    }

    private static func choosePupil(_ classID: ClassID, app: Application, then: @escaping (MessageFamily, Application) -> Void) {
        guard let session = app.session else { return }
        let families: [MessageFamily]
        do {
            families = try app.backend.messageFamilies(session, classID: classID)
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        let strings = app.strings
        let items = families.map { family in
            family.pupilName.lastAndFirst + (family.parents.contains { $0.hasAccount } ? "" : " — " + strings.messageNoAccount)
        }
        app.push(PickerScreen(title: strings.chooseMessagePupil, items: items) { index, app in then(families[index], app) })
    }

    /// Subject and text; sending closes the form and says what was sent.
    private static func write(to addressee: MessageAddressee, app: Application, sent: @escaping () -> Void) {
        guard let session = app.session else { return }
        let strings = app.strings
        let subject = TextAreaScreen.Subject(label: strings.messageSubjectLabel, value: "", limit: .messageSubject)
        app.push(TextAreaScreen(title: strings.composeTitle, subject: subject, textLabel: strings.messageBodyLabel,
                                limit: .messageBody, confirmLabel: strings.sendTextLabel) { subject, body, app in
            let delivery: MessageDelivery
            do {
                delivery = try app.backend.startMessageThread(session, to: addressee, subject: subject, body: body)
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            sent()
            return .close { $0.status = .info(strings.messageSent(delivery)) }
        })
    }
}

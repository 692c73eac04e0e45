import EzhCore
import EzhService

/// The deputy's or administrator's announcements: those shown now and those ended in the last
/// month, each with its last day and audience. A new one is written on a form (title, text,
/// roles, grades, classes, last day); Enter changes the selected one's title, text and last day;
/// Delete takes it down after a question.
final class AnnouncementsScreen: Screen {
    private var announcements: [Announcement] = []
    private var classes: [(id: ClassID, name: ClassName)] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    var context: KeyContext { .announcements }

    func load(app: Application) {
        guard let session = app.session else { return app.dismiss(self) }
        do {
            classes = try app.backend.announcementClasses(session)
            announcements = try app.backend.postedAnnouncements(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = announcements.count
    }

    private func reload(app: Application) {
        guard let session = app.session else { return }
        do {
            announcements = try app.backend.postedAnnouncements(session)
        } catch {
            app.status = .error(app.message(for: error))
        }
        list.count = announcements.count
    }

    private var selected: Announcement? { announcements.indices.contains(list.selected) ? announcements[list.selected] : nil }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.announcementsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        let today = app.backend.today()
        let names = Dictionary(uniqueKeysWithValues: classes.map { ($0.id, $0.name) })
        if announcements.isEmpty { buffer.put(strings.noAnnouncements, row: 2, column: 1) }
        let listHeight = max(3, min(announcements.count, (buffer.rows - 6) / 2))
        rowIndexes = list.draw(into: &buffer, row: 2, height: listHeight, text: { index in
            strings.announcementLine(self.announcements[index], today: today, classes: names)
        }, style: { index in self.announcements[index].lastDay < today ? CellStyle(dim: true) : .plain })
        if let announcement = selected {
            let top = 2 + listHeight + 1
            buffer.put(String(repeating: "─", count: buffer.columns - 2), row: top, column: 1, style: CellStyle(dim: true))
            let lines = [announcement.title] + TextFitting.wrap(announcement.body, width: buffer.columns - 4)
                + [announcement.author.withInitials + " · " + announcement.postedOn.russian]
            for (offset, line) in lines.prefix(max(0, buffer.rows - 3 - top - 1)).enumerated() {
                buffer.put(line, row: top + 1 + offset, column: 2, style: offset == 0 ? .bold : .plain, maxWidth: buffer.columns - 4)
            }
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.newItem, .open, .removeItem, .back, .help], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        switch action {
        case .newItem: post(app: app)
        case .open: edit(app: app)
        case .removeItem: remove(app: app)
        default: return false
        }
        return true
    }

    private func post(app: Application) {
        let strings = app.strings
        let lines = [
            FieldsFormScreen.Line(strings.announcementTitleLabel, "", limit: .announcementTitle),
            FieldsFormScreen.Line(strings.announcementBodyLabel, "", limit: .announcementBody),
            FieldsFormScreen.Line(strings.audienceRolesLabel, "", note: strings.audienceRolesNote),
            FieldsFormScreen.Line(strings.audienceGradesLabel, "", note: strings.audienceGradesNote),
            FieldsFormScreen.Line(strings.audienceClassesLabel, "", note: strings.audienceClassesNote),
            FieldsFormScreen.Line(strings.lastDayLabel, app.backend.today().adding(days: 7).russian, note: strings.dateNote),
        ]
        app.push(FieldsFormScreen(title: strings.newAnnouncementTitle, lines: lines) { [weak self] values, app in
            guard let self, let session = app.session else { return .close }
            let audience: AnnouncementAudience
            switch AnnouncementAudienceInput.parse(roles: values[2], grades: values[3], classes: values[4], known: self.classes, strings: app.strings) {
            case .success(let parsed): audience = parsed
            case .failure(let refusal): return .stay(.error(refusal.text))
            }
            guard let lastDay = DateInput.date(values[5]) else { return .stay(.error(app.strings.badDate(app.strings.lastDayLabel, values[5]))) }
            do {
                _ = try app.backend.postAnnouncement(session, AnnouncementDraft(title: values[0], body: values[1], audience: audience, lastDay: lastDay))
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                self.reload(app: app)
                self.list.select(0)
                app.status = .info(app.strings.announcementPosted(values[0]))
            }
        })
    }

    private func edit(app: Application) {
        guard let announcement = selected else { return }
        let strings = app.strings
        let lines = [
            FieldsFormScreen.Line(strings.announcementTitleLabel, announcement.title, limit: .announcementTitle),
            FieldsFormScreen.Line(strings.announcementBodyLabel, announcement.body, limit: .announcementBody),
            FieldsFormScreen.Line(strings.lastDayLabel, announcement.lastDay.russian, note: strings.dateNote),
        ]
        app.push(FieldsFormScreen(title: strings.editAnnouncementTitle, lines: lines) { [weak self] values, app in
            guard let session = app.session else { return .close }
            guard let lastDay = DateInput.date(values[2]) else { return .stay(.error(app.strings.badDate(app.strings.lastDayLabel, values[2]))) }
            do {
                try app.backend.editAnnouncement(session, id: announcement.id, AnnouncementDraft(
                    title: values[0], body: values[1], audience: announcement.audience, lastDay: lastDay))
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                self?.reload(app: app)
                app.status = .info(app.strings.announcementChanged)
            }
        })
    }

    private func remove(app: Application) {
        guard let announcement = selected else { return }
        app.push(ConfirmScreen(title: app.strings.removeTitle, question: app.strings.removeAnnouncementQuestion(announcement.title)) { [weak self] app in
            guard let session = app.session else { return }
            do {
                try app.backend.removeAnnouncement(session, id: announcement.id)
                app.status = .info(app.strings.announcementRemoved(announcement.title))
            } catch {
                app.status = .error(app.message(for: error))
            }
            self?.reload(app: app)
        })
    }
}

/// The audience fields of the announcement form as typed: roles by their Russian or English
/// names, grades as numbers, classes as «5А» (either case), each separated by commas.
enum AnnouncementAudienceInput {
    struct Refusal: Error {
        let text: String
    }

    static func parse(
        roles: String, grades: String, classes: String, known: [(id: ClassID, name: ClassName)], strings: Strings
    ) -> Result<AnnouncementAudience, Refusal> {
        func items(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var roleSet: Set<Role> = []
        for name in items(roles) {
            guard let role = Role.allCases.first(where: { role in
                [role.rawValue, role.name(in: .ru), role.name(in: .en)].contains { $0.lowercased() == name.lowercased() }
                    || Self.pluralRu[role]?.contains(name.lowercased()) == true
            }) else { return .failure(Refusal(text: strings.unknownRole(name))) }
            roleSet.insert(role)
        }
        var gradeSet: Set<Int> = []
        for text in items(grades) {
            guard let grade = Int(text), (1...11).contains(grade) else { return .failure(Refusal(text: strings.badGrades(grades))) }
            gradeSet.insert(grade)
        }
        var classSet: Set<ClassID> = []
        for text in items(classes) {
            let typed = text.replacingOccurrences(of: " ", with: "").uppercased()
            guard let found = known.first(where: { $0.name.description.uppercased() == typed }) else {
                return .failure(Refusal(text: strings.unknownClass(text)))
            }
            classSet.insert(found.id)
        }
        return .success(AnnouncementAudience(roles: roleSet, grades: gradeSet, classes: classSet))
    }

    /// How a deputy writes a role on the form: «родители», «учителя».
    private static let pluralRu: [Role: Set<String>] = [
        .parent: ["родители"], .pupil: ["ученики"], .teacher: ["учителя"], .classTeacher: ["классные руководители", "классный руководитель"],
        .deputy: ["завучи"], .director: ["директор"], .administrator: ["администраторы"],
    ]
}

import EzhCore
import EzhService

/// The administrator's settings of the school: its name, its week and the journal's rules, one
/// a line with its value (a rule's also with its default); the selected rule's meaning is shown
/// under the list. The open key edits the selected one on a form, and the service checks and
/// records it (history and access log, old and new value).
final class SchoolSettingsScreen: Screen {
    private var settings: [SchoolSetting] = []
    private var list = SelectableList()
    private var rowIndexes: [Int: Int] = [:]

    var context: KeyContext { .settings }

    func load(app: Application) {
        guard let session = app.session else { return }
        do {
            settings = try app.backend.schoolSettings(session)
        } catch {
            return refuse(.error(app.message(for: error)), app: app)
        }
        list.count = settings.count
    }

    func draw(into buffer: inout ScreenBuffer, app: Application) {
        let strings = app.strings
        Chrome.drawTitleBar(&buffer, left: strings.settingsTitle, right: app.userAndClock(nameStyle: .initials))
        buffer.cursor = nil
        buffer.put(strings.settingsNote, row: 1, column: 1, style: CellStyle(dim: true), maxWidth: buffer.columns - 2)
        let nameWidth = 34
        // Under the list: the selected rule's meaning, on as many rows as it needs (up to three).
        let meaning = settings.indices.contains(list.selected) ? strings.settingMeaning(settings[list.selected].key) : nil
        let meaningLines = meaning.map { TextFitting.wrap($0, width: buffer.columns - 2).prefix(3) } ?? []
        let listHeight = max(1, buffer.rows - 6 - meaningLines.count)
        rowIndexes = list.draw(into: &buffer, row: 3, height: listHeight, text: { index in
            let setting = self.settings[index]
            let name = TextFitting.fit(strings.settingName(setting.key), width: nameWidth) + " "
            // A rule's value is short and its default follows it; the school's name is shown whole.
            guard RuleSettingCatalog.info(setting.key) != nil else { return name + setting.value }
            return name + TextFitting.fit(setting.value, width: 14) + " " + strings.settingDefault(setting.key, value: setting.value)
        }, style: { index in RuleSettingCatalog.info(self.settings[index].key).map { setting in
            setting.defaultValue == self.settings[index].value ? .plain : CellStyle(bold: true)
        } ?? .plain })
        for (offset, line) in meaningLines.enumerated() {
            buffer.put(line, row: 4 + listHeight + offset, column: 1, style: CellStyle(dim: true), maxWidth: buffer.columns - 2)
        }
        Chrome.drawStatus(&buffer, message: app.status, fallback: list.position(strings: strings))
        Chrome.drawKeyBar(&buffer, actions: [.open, .back, .help], context: context, app: app)
    }

    func handle(_ key: Key, app: Application) {
        handleListKey(key, rowAt: rowIndexes, select: { list.select($0) }, app: app)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if performListAction(action, list: &list, app: app) { return true }
        guard action == .open, settings.indices.contains(list.selected) else { return false }
        let setting = settings[list.selected]
        let strings = app.strings
        let body = [strings.settingMeaning(setting.key), strings.settingHint(setting.key)].compactMap { $0 }
        app.push(FormPromptScreen(title: strings.settingName(setting.key), body: body,
                                  label: strings.settingName(setting.key) + ":", initial: setting.value) { [weak self] value, app in
            guard let session = app.session else { return .close }
            do {
                try app.backend.changeSchoolSetting(session, key: setting.key, value: value)
                return .close { app in
                    self?.load(app: app)
                    let now = self?.settings.first { $0.key == setting.key }?.value ?? value
                    app.status = now == setting.value ? nil : .info(app.strings.settingChanged(setting.key, from: setting.value, to: now))
                }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
        return true
    }
}

import EzhCore
import EzhService

/// The administrator's settings of the school: its name, its week and the journal's rules, one
/// a line with its value; the open key edits the selected one on a form, and the service checks
/// and records it.
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
        let nameWidth = 36
        rowIndexes = list.draw(into: &buffer, row: 3, height: buffer.rows - 5, text: { index in
            let setting = self.settings[index]
            return TextFitting.fit(strings.settingName(setting.key), width: nameWidth) + " " + setting.value
        }, style: { _ in .plain })
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
        app.push(FormPromptScreen(title: strings.settingName(setting.key), body: [strings.settingHint(setting.key)],
                                  label: strings.settingName(setting.key) + ":", initial: setting.value) { [weak self] value, app in
            guard let session = app.session else { return .close }
            do {
                try app.backend.changeSchoolSetting(session, key: setting.key, value: value)
                return .close { app in
                    self?.load(app: app)
                    app.status = .info(app.strings.settingChanged(setting.key))
                }
            } catch {
                return .stay(.error(app.message(for: error)))
            }
        })
        return true
    }
}

import EzhCore
import EzhService

/// The choice of school year on the start screen: the current year by default; a closed year's
/// pages open for viewing (the service refuses any entry in them).
extension HomeScreen {
    func chooseYear(app: Application) {
        let years: [SchoolYear]
        let current: SchoolYear?
        do {
            years = try app.backend.schoolYears().reversed()
            current = try app.backend.currentYear()
        } catch {
            app.status = .error(app.message(for: error))
            return
        }
        guard years.count > 1 else {
            app.status = .info(years.first.map { app.strings.yearItem($0, isCurrent: true) } ?? "")
            return
        }
        let shown = viewedYear?.id ?? current?.id
        let items = years.map { app.strings.yearItem($0, isCurrent: $0.id == current?.id) }
        app.push(PickerScreen(title: app.strings.chooseYearTitle, items: items,
                              selected: years.firstIndex { $0.id == shown } ?? 0) { [weak self] index, app in
            guard let self else { return }
            viewedYear = years[index].id == current?.id ? nil : years[index]
            load(app: app)
        })
    }
}

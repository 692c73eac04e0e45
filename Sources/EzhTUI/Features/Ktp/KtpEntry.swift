import EzhCore
import EzhService

/// The ways into the lesson plan editor: the grid's page, or a page chosen on the start screen
/// (a teacher's own pages, the deputy's every page).
enum KtpEntry {
    static func choosePage(home: TeacherHome?, app: Application) {
        let pages = home?.pages ?? []
        guard !pages.isEmpty else { return app.status = .info(app.strings.noJournals) }
        if pages.count == 1 { return app.push(KtpScreen(page: pages[0])) }
        app.push(PickerScreen(title: app.strings.ktpChoosePage, items: pages.map(\.title)) { index, app in
            app.push(KtpScreen(page: pages[index]))
        })
    }
}

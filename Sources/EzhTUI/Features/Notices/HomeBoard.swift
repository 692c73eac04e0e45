import EzhCore
import EzhService

/// What the home screens show of the school's board: the announcements shown today to the person
/// and their classes' events from today to the month's end.
struct HomeBoard {
    let announcements: [Announcement]
    let events: [ClassEvent]

    var isEmpty: Bool { announcements.isEmpty && events.isEmpty }

    /// The board of the signed-in person. A board that cannot be read shows nothing rather than
    /// keep the journal from opening.
    static func read(app: Application) -> HomeBoard {
        guard let session = app.session else { return HomeBoard(announcements: [], events: []) }
        return HomeBoard(announcements: (try? app.backend.currentAnnouncements(session)) ?? [],
                         events: (try? app.backend.upcomingClassEvents(session)) ?? [])
    }

    /// The board's lines: a title over each part, at most `limit` lines of each, «…» for more.
    func lines(strings: Strings, limit: Int = .max) -> [(text: String, isTitle: Bool)] {
        var lines: [(text: String, isTitle: Bool)] = []
        func part(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append((title, true))
            lines += items.prefix(limit).map { ("  " + $0, false) }
            if items.count > limit { lines.append(("  … " + strings.boardMore(items.count - limit), false)) }
        }
        part(strings.boardAnnouncements, announcements.map(strings.boardAnnouncement))
        part(strings.boardEvents, events.map(strings.boardEvent))
        return lines
    }
}

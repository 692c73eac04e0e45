import EzhCore
import EzhService

/// The access-log filter as a person types it: a login, a role, an action, a class name such as
/// «5А», dates «ДД.ММ.ГГГГ» in the school's zone, and a text to search for.
struct LogFilterInput: Equatable {
    var login = ""
    var role: Role?
    var action: AuditAction?
    var className = ""
    var from = ""
    var to = ""
    var text = ""

    var isEmpty: Bool { self == LogFilterInput() }

    /// From this week's Monday on: what the access log and the access report open with, so
    /// that a year's log is never read to show a screenful.
    static func thisWeek(_ today: LocalDate) -> LogFilterInput {
        var input = LogFilterInput()
        input.from = SchoolWeek.containing(today).first.russian
        return input
    }

    /// The stored filter: dates become the school day's bounds as stored instants, the class
    /// name its id. A typo is refused with the field's name, not ignored.
    func filter(backend: JournalBackend, limit: Int?) throws -> AccessLogFilter {
        var filter = AccessLogFilter(limit: limit)
        filter.login = login.isEmpty ? nil : login.trimmingCharacters(in: .whitespaces)
        filter.role = role?.rawValue
        filter.action = action?.rawValue
        filter.text = text.isEmpty ? nil : text
        if !className.isEmpty {
            guard let id = try backend.classID(named: className.trimmingCharacters(in: .whitespaces)) else {
                throw JournalError.invalidInput(
                    field: BilingualText("Класс", "Class"), problem: BilingualText("«\(className)» не найден", "“\(className)” not found")
                )
            }
            filter.classID = id
        }
        let midnight = TimeOfDay(minutes: 0)
        if let first = try Self.date(from, field: BilingualText("С", "From")) {
            filter.since = InstantFormat.string(backend.timeZone.instant(first, midnight))
        }
        if let last = try Self.date(to, field: BilingualText("По", "To")) {
            filter.until = InstantFormat.string(backend.timeZone.instant(last.adding(days: 1), midnight))
        }
        return filter
    }

    /// The dates typed, when both are; for the usage statistics' span.
    var span: DateSpan? {
        guard let first = try? Self.date(from, field: .verbatim("")), let last = try? Self.date(to, field: .verbatim("")) else { return nil }
        return DateSpan(first, last)
    }

    /// «27.11.2026» (or «2026-11-27») as a day; nil for an empty field.
    static func date(_ text: String, field: BilingualText) throws -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let iso = LocalDate(iso: trimmed), iso.isWithinTypedYears { return iso }
        let parts = trimmed.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), LocalDate.typedYears.contains(parts[2]),
              (1...LocalDate.daysIn(month: parts[1], year: parts[2])).contains(parts[0])
        else {
            throw JournalError.invalidInput(field: field, problem: BilingualText(
                "«\(trimmed)» — введите дату как ДД.ММ.ГГГГ, год 2000–2100", "“\(trimmed)”: type the date as DD.MM.YYYY, year 2000–2100"
            ))
        }
        return LocalDate(year: parts[2], month: parts[1], day: parts[0])
    }

    /// «пользователь teacher · действие изменение · 5А · 23.11.2026–27.11.2026 · «дроби»».
    func summary(strings: Strings) -> String {
        var parts: [String] = []
        if !login.isEmpty { parts.append(strings.userFilter(login)) }
        if let role { parts.append(strings.roleName(role)) }
        if let action { parts.append(action.name(in: strings.language)) }
        if !className.isEmpty { parts.append(className) }
        if !from.isEmpty || !to.isEmpty { parts.append("\(from)–\(to)") }
        if !text.isEmpty { parts.append("«\(text)»") }
        return parts.joined(separator: " · ")
    }
}

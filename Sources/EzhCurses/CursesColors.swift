import CNcursesw
import EzhTUI

/// Colour pairs for the colour roles. Only foregrounds are set: the reverse attribute the
/// styles already carry turns them into bars, and the terminal's own background stays.
/// With `NO_COLOR` set or a terminal without colours there are no pairs at all.
struct CursesColors {
    private var pairs: [ColorRole: Int16] = [:]

    static func start(environment: [String: String]) -> CursesColors {
        var colors = CursesColors()
        guard environment["NO_COLOR"].map(\.isEmpty) ?? true, has_colors(), start_color() == OK else { return colors }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let foregrounds: [(ColorRole, Int32)] = [
            (.header, COLOR_BLUE), (.title, COLOR_CYAN), (.selection, COLOR_CYAN),
            (.error, COLOR_RED), (.keyBar, COLOR_CYAN), (.today, COLOR_YELLOW),
        ]
        for (index, (role, foreground)) in foregrounds.enumerated() {
            let pair = Int16(index + 1)
            if init_pair(pair, Int16(foreground), background) == OK { colors.pairs[role] = pair }
        }
        return colors
    }

    func pair(for role: ColorRole?) -> Int16 {
        role.flatMap { pairs[$0] } ?? 0
    }
}

import EzhCore
import EzhService

/// Usage of the journal as lines: sign-ins per role for each week, then the share of parents and
/// of pupils who signed in during the span.
enum UsageStatisticsText {
    static func lines(_ statistics: UsageStatistics, strings: Strings) -> [HelpText.Line] {
        var lines = [HelpText.Line(text: strings.signInsPerWeek, isTitle: true)]
        if statistics.weeks.isEmpty { lines.append(HelpText.Line(text: "  " + strings.noSignIns, isTitle: false)) }
        for week in statistics.weeks {
            let counts = Role.allCases.compactMap { role in
                week.signInsByRole[role.rawValue].map { "\(strings.roleName(role)) \($0)" }
            }
            lines.append(HelpText.Line(text: "  " + strings.weekFrom(week.monday) + counts.joined(separator: ", "), isTitle: false))
        }
        lines.append(HelpText.Line(text: "", isTitle: false))
        lines.append(HelpText.Line(text: strings.familiesUsage, isTitle: true))
        lines.append(HelpText.Line(text: "  " + strings.share(strings.parentsWord, statistics.parentsActive, of: statistics.parents,
                                                              statistics.parentShare), isTitle: false))
        lines.append(HelpText.Line(text: "  " + strings.share(strings.pupilsWord, statistics.pupilsActive, of: statistics.pupils,
                                                              statistics.pupilShare), isTitle: false))
        return lines
    }
}

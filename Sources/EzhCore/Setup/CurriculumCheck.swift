import Foundation

/// One line of the curriculum (учебный план): a class learns a subject so many hours a week,
/// as a whole class or in subgroups.
public struct CurriculumLine: Hashable, Sendable {
    public let classID: ClassID
    public let subjectID: SubjectID
    /// The class's and subject's names for messages (no subgroup).
    public let names: TeachingNames
    /// Hours a week; a half (0,5) cannot be met by a weekly timetable and is always reported.
    public let hoursPerWeek: Double
    /// Taught in subgroups: each subgroup must get `hoursPerWeek`.
    public let splitIntoSubgroups: Bool

    public init(classID: ClassID, subjectID: SubjectID, names: TeachingNames, hoursPerWeek: Double, splitIntoSubgroups: Bool = false) {
        self.classID = classID
        self.subjectID = subjectID
        self.names = names
        self.hoursPerWeek = hoursPerWeek
        self.splitIntoSubgroups = splitIntoSubgroups
    }
}

/// Where the timetable and the curriculum disagree; `text` says what and what to do.
public enum CurriculumProblem: Hashable, Sendable {
    /// A class's (or one subgroup's) weekly lessons of a subject differ from the curriculum.
    case hoursDiffer(TeachingNames, timetable: Int, curriculum: Double)
    /// The timetable teaches a subject the class's curriculum does not have.
    case notInCurriculum(TeachingNames, timetable: Int)
    /// The curriculum splits the subject into subgroups; the timetable teaches it to the whole class.
    case notSplit(TeachingNames)
    /// The timetable teaches the subject in subgroups; the curriculum does not split it.
    case splitNotInCurriculum(TeachingNames)

    /// «5», «0,5» (Russian) or "0.5" (English).
    static func hours(_ value: Double, comma: Bool) -> String {
        if value == value.rounded() { return String(Int(value)) }
        let text = String((value * 100).rounded() / 100)
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    public var text: BilingualText {
        switch self {
        case .hoursDiffer(let names, let timetable, let curriculum):
            BilingualText(
                "\(names.text): в расписании \(timetable) ч в неделю, по учебному плану \(Self.hours(curriculum, comma: true))",
                "\(names.text): \(timetable) h a week in the timetable, \(Self.hours(curriculum, comma: false)) in the curriculum")
        case .notInCurriculum(let names, let timetable):
            BilingualText(
                "\(names.text): в расписании \(timetable) ч в неделю, а в учебном плане класса такого предмета нет; добавьте его в план или уберите из расписания",
                "\(names.text): \(timetable) h a week in the timetable, but the class's curriculum has no such subject; add it to the curriculum or remove it from the timetable")
        case .notSplit(let names):
            BilingualText(
                "\(names.text): по учебному плану предмет делится на подгруппы, а в расписании идёт всем классом; укажите подгруппы",
                "\(names.text): the curriculum splits the subject into subgroups, but the timetable teaches the whole class; give the subgroups")
        case .splitNotInCurriculum(let names):
            BilingualText(
                "\(names.text): в расписании есть подгруппы, а по учебному плану предмет не делится; отметьте деление в плане или ведите урок всем классом",
                "\(names.text): the timetable has subgroups, but the curriculum does not split the subject; mark the split in the curriculum or teach the whole class")
        }
    }
}

/// Checks the timetable in force on a day against the curriculum.
public enum CurriculumCheck {
    /// Problems ordered by class and subject name. A subgroup's week counts its own lessons and
    /// the whole class's lessons of the subject; a class with no lessons of a curriculum subject
    /// has 0 hours.
    public static func problems<S>(curriculum: [CurriculumLine], entries: [TimetableEntry<S>], on day: LocalDate) -> [CurriculumProblem] {
        var weeks: [PageKey: SubjectWeek] = [:]
        for entry in TimetableVersions.inForce(entries, on: day) {
            let page = PageKey(classID: entry.key.classID, subjectID: entry.key.subjectID)
            var week = weeks[page] ?? SubjectWeek(names: TeachingNames(className: entry.names.className, subject: entry.names.subject))
            if let subgroup = entry.key.subgroup {
                week.subgroups[subgroup, default: 0] += 1
            } else {
                week.wholeClass += 1
            }
            weeks[page] = week
        }
        var found: [(order: TeachingNames, problem: CurriculumProblem)] = []
        var planned = Set<PageKey>()
        for line in curriculum {
            let page = PageKey(classID: line.classID, subjectID: line.subjectID)
            guard planned.insert(page).inserted else { continue }
            let week = weeks[page] ?? SubjectWeek(names: line.names)
            for problem in compare(week, with: line) { found.append((line.names, problem)) }
        }
        for (page, week) in weeks where !planned.contains(page) {
            found.append((week.names, .notInCurriculum(week.names, timetable: week.wholeClass + (week.subgroups.values.max() ?? 0))))
        }
        // The index keeps a line's own problems in the order `compare` gives them.
        return found.enumerated().sorted {
            ($0.element.order.className, $0.element.order.subject, $0.offset) < ($1.element.order.className, $1.element.order.subject, $1.offset)
        }.map(\.element.problem)
    }

    private static func compare(_ week: SubjectWeek, with line: CurriculumLine) -> [CurriculumProblem] {
        var found: [CurriculumProblem] = []
        if week.subgroups.isEmpty {
            if line.splitIntoSubgroups, week.wholeClass > 0 { found.append(.notSplit(line.names)) }
            if !matches(week.wholeClass, line.hoursPerWeek) {
                found.append(.hoursDiffer(line.names, timetable: week.wholeClass, curriculum: line.hoursPerWeek))
            }
            return found
        }
        if !line.splitIntoSubgroups { found.append(.splitNotInCurriculum(line.names)) }
        for (subgroup, own) in week.subgroups.sorted(by: { $0.key < $1.key }) where !matches(week.wholeClass + own, line.hoursPerWeek) {
            let names = TeachingNames(className: line.names.className, subject: line.names.subject, subgroup: subgroup)
            found.append(.hoursDiffer(names, timetable: week.wholeClass + own, curriculum: line.hoursPerWeek))
        }
        return found
    }

    private static func matches(_ lessons: Int, _ hours: Double) -> Bool { abs(Double(lessons) - hours) < 0.01 }

    private struct PageKey: Hashable {
        let classID: ClassID
        let subjectID: SubjectID
    }

    private struct SubjectWeek {
        let names: TeachingNames
        var wholeClass = 0
        var subgroups: [String: Int] = [:]
    }
}

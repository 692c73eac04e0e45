/// Places every class's weekly lessons on five days and lesson numbers: days of even length
/// (4-7 lessons), a subject at most once a day unless it has more hours than days, no gaps, and
/// no teacher in two places at once (a split subject needs both its teachers free).
///
/// Classes with the shortest days go first, since their lessons can only take the early
/// numbers. A class that cannot be placed is retried with other day lengths; if that keeps
/// failing, a few classes sharing its teachers are taken off again and placed after it. Everything is drawn from the seeded stream,
/// so the result is the same on every run.
struct TimetableBuilder {
    static let days = 5
    static let maxLessonsPerDay = 7

    private let weeks: [[WeeklyLesson]]
    private let staffCount: Int
    private var random: SeededRandom
    private var busy: [Bool]

    init(weeks: [[WeeklyLesson]], staffCount: Int, seed: UInt64) {
        self.weeks = weeks
        self.staffCount = staffCount
        random = SeededRandom(seed: seed, stream: "timetable")
        busy = []
    }

    /// Per class index, per weekday (0 = Monday), indices into the class's week in lesson-number order.
    mutating func build() -> [[[Int]]] {
        busy = Array(repeating: false, count: staffCount * TimetableBuilder.days * TimetableBuilder.maxLessonsPerDay)
        var placed: [[[Int]]?] = Array(repeating: nil, count: weeks.count)
        var queue = weeks.indices.sorted { (weeks[$0].count, $0) < (weeks[$1].count, $1) }
        var repairs = 0
        while !queue.isEmpty {
            let classIndex = queue.removeFirst()
            if let grid = place(weeks[classIndex]) {
                placed[classIndex] = grid
                continue
            }
            // Stuck: take a few classes sharing a teacher with this one off the timetable, place
            // this one first, then put them back.
            repairs += 1
            precondition(repairs < 5_000, "the demo timetable could not be built; the teacher loads are too tight")
            let teachers = Set(weeks[classIndex].flatMap(\.teacherIndices))
            var neighbours = placed.indices.filter { other in
                placed[other] != nil && weeks[other].contains { !teachers.isDisjoint(with: $0.teacherIndices) }
            }
            random.shuffle(&neighbours)
            let evicted = Array(neighbours.prefix(3))
            for other in evicted {
                mark(placed[other]!, of: weeks[other], busy: false)
                placed[other] = nil
            }
            queue = [classIndex] + evicted + queue
        }
        return placed.map { $0! }
    }

    private mutating func mark(_ grid: [[Int]], of week: [WeeklyLesson], busy value: Bool) {
        for (day, row) in grid.enumerated() {
            for (position, index) in row.enumerated() {
                for teacher in week[index].teacherIndices { busy[cell(teacher: teacher, day: day, position: position)] = value }
            }
        }
    }

    private func cell(teacher: Int, day: Int, position: Int) -> Int {
        (teacher * TimetableBuilder.days + day) * TimetableBuilder.maxLessonsPerDay + position
    }

    /// One subject of a class's week: its lessons are interchangeable.
    private struct SubjectLessons {
        let lessons: [Int]
        let teachers: [Int]
        /// At most this many a day: one, or two for a subject with more hours than days.
        let perDay: Int
    }

    private mutating func place(_ week: [WeeklyLesson]) -> [[Int]]? {
        var subjects: [SubjectLessons] = []
        for (index, lesson) in week.enumerated() {
            if let last = subjects.last, week[last.lessons[0]].subjectIndex == lesson.subjectIndex {
                subjects[subjects.count - 1] = SubjectLessons(lessons: last.lessons + [index], teachers: last.teachers, perDay: 0)
            } else {
                subjects.append(SubjectLessons(lessons: [index], teachers: lesson.teacherIndices, perDay: 0))
            }
        }
        let days = TimetableBuilder.days
        subjects = subjects.map {
            SubjectLessons(lessons: $0.lessons, teachers: $0.teachers, perDay: ($0.lessons.count + days - 1) / days)
        }
        for _ in 0..<8 {
            var lengths = Array(repeating: week.count / days, count: days)
            var longerDays = Array(0..<days)
            random.shuffle(&longerDays)
            for day in longerDays.prefix(week.count % days) { lengths[day] += 1 }
            guard lengths.allSatisfy({ $0 <= TimetableBuilder.maxLessonsPerDay }) else { return nil }
            let teachersFree = subjects.map { subject in
                (0..<(days * TimetableBuilder.maxLessonsPerDay)).map { place in
                    subject.teachers.allSatisfy {
                        !busy[cell(teacher: $0, day: place / TimetableBuilder.maxLessonsPerDay,
                                   position: place % TimetableBuilder.maxLessonsPerDay)]
                    }
                }
            }
            var search = WeekSearch(subjects: subjects, lengths: lengths, teachersFree: teachersFree)
            guard search.run(random: &random) else { continue }
            var used = Array(repeating: 0, count: subjects.count)
            let grid = search.grid.map { row in
                row.map { subject in
                    defer { used[subject] += 1 }
                    return subjects[subject].lessons[used[subject]]
                }
            }
            mark(grid, of: week, busy: true)
            return grid
        }
        return nil
    }

    /// Fills a class's week, day lengths given, by depth-first search: always the subject with
    /// the fewest free places left for its remaining lessons first, places tried in random
    /// order, and a bound on the work so a hopeless start is given up quickly.
    private struct WeekSearch {
        private static let stepLimit = 800
        let subjects: [SubjectLessons]
        let lengths: [Int]
        /// Per subject, per day × 7 + lesson number: whether all its teachers are free then.
        let teachersFree: [[Bool]]
        /// Per day, per lesson number: the subject index there (-1 while empty).
        private(set) var grid: [[Int]]
        private var remaining: [Int]
        private var perDay: [[Int]]
        private var steps = 0

        init(subjects: [SubjectLessons], lengths: [Int], teachersFree: [[Bool]]) {
            self.subjects = subjects
            self.lengths = lengths
            self.teachersFree = teachersFree
            grid = lengths.map { Array(repeating: -1, count: $0) }
            remaining = subjects.map(\.lessons.count)
            perDay = subjects.map { _ in Array(repeating: 0, count: lengths.count) }
        }

        mutating func run(random: inout SeededRandom) -> Bool {
            steps += 1
            guard steps < WeekSearch.stepLimit else { return false }
            var best = -1
            var bestSlack = Int.max
            for subject in subjects.indices where remaining[subject] > 0 {
                let slack = freePlaceCount(for: subject) - remaining[subject]
                if slack < 0 { return false }
                if slack < bestSlack {
                    best = subject
                    bestSlack = slack
                }
            }
            guard best >= 0 else { return true }
            var places = freePlaces(for: best)
            random.shuffle(&places)
            for (day, position) in places {
                grid[day][position] = best
                remaining[best] -= 1
                perDay[best][day] += 1
                if run(random: &random) { return true }
                grid[day][position] = -1
                remaining[best] += 1
                perDay[best][day] -= 1
                if steps >= WeekSearch.stepLimit { return false }
            }
            return false
        }

        private func isFree(_ subject: Int, day: Int, position: Int) -> Bool {
            grid[day][position] < 0 && teachersFree[subject][day * TimetableBuilder.maxLessonsPerDay + position]
        }

        private func freePlaceCount(for subject: Int) -> Int {
            var count = 0
            for day in lengths.indices where perDay[subject][day] < subjects[subject].perDay {
                for position in 0..<lengths[day] where isFree(subject, day: day, position: position) { count += 1 }
            }
            return count
        }

        private func freePlaces(for subject: Int) -> [(Int, Int)] {
            var places: [(Int, Int)] = []
            for day in lengths.indices where perDay[subject][day] < subjects[subject].perDay {
                for position in 0..<lengths[day] where isFree(subject, day: day, position: position) {
                    places.append((day, position))
                }
            }
            return places
        }
    }
}

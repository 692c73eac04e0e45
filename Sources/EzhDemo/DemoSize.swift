/// How big a demo school to make.
public struct DemoSize: Sendable, Hashable {
    /// Number of parallel classes (А, Б, В…) in grades 1…11, in order.
    public let classesPerGrade: [Int]
    /// Pupils a class starts the year with.
    public let pupilsPerClass: ClosedRange<Int>
    /// Extra pupils marked in each ordinary lesson beyond a real teacher's habit: 0 for a school
    /// a person explores; more for a benchmark that needs about a million marks in a year.
    public let extraMarksPerLesson: Int

    public init(classesPerGrade: [Int], pupilsPerClass: ClosedRange<Int>, extraMarksPerLesson: Int = 0) {
        precondition(classesPerGrade.count == 11, "one entry per grade 1…11")
        precondition(classesPerGrade.allSatisfy { (1...5).contains($0) }, "letters А…Д only")
        // The demo accounts need 5А and 5Б.
        precondition(classesPerGrade[4] >= 2, "grade 5 needs at least two classes")
        self.classesPerGrade = classesPerGrade
        self.pupilsPerClass = pupilsPerClass
        self.extraMarksPerLesson = extraMarksPerLesson
    }

    /// 26 classes of 20-28 pupils: about 620 pupils, the demo a person explores.
    public static let standard = DemoSize(
        classesPerGrade: [3, 3, 2, 3, 2, 3, 2, 2, 2, 2, 2], pupilsPerClass: 20...28
    )

    /// 44 classes of 25 pupils (1,100 at the start of the year), marked densely (about a
    /// million marks over a whole year): for benchmarks.
    public static let large = DemoSize(
        classesPerGrade: [5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3], pupilsPerClass: 25...25, extraMarksPerLesson: 24
    )
}

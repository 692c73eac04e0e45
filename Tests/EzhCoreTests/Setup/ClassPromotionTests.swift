import EzhCore
import XCTest

final class ClassPromotionTests: XCTestCase {
    private func schoolClass(_ id: Int64, _ grade: Int, _ letter: String, _ scheme: PeriodScheme) -> PromotionClass {
        PromotionClass(id: ClassID(id), name: ClassName(grade: grade, letter: letter), scheme: scheme)
    }

    func testClassesMoveUpAGradeAndTheEleventhLeaves() {
        let classes = [
            schoolClass(1, 5, "А", .quarters), schoolClass(2, 9, "Б", .quarters),
            schoolClass(3, 10, "А", .halfYears), schoolClass(4, 11, "А", .halfYears),
        ]
        XCTAssertEqual(ClassPromotion.promote(classes).map(\.outcome), [
            .promoted(ClassName(grade: 6, letter: "А"), .quarters),
            .promoted(ClassName(grade: 10, letter: "Б"), .halfYears),
            .promoted(ClassName(grade: 11, letter: "А"), .halfYears),
            .leaves,
        ])
    }

    func testTheNinthGradeLeavesWhereTheSchoolSaysSo() {
        let outcomes = ClassPromotion.promote([schoolClass(1, 9, "А", .quarters), schoolClass(2, 8, "А", .quarters)], ninthGradeLeaves: true)
        XCTAssertEqual(outcomes.map(\.outcome), [.leaves, .promoted(ClassName(grade: 9, letter: "А"), .quarters)])
    }

    func testAGradeTheSchoolDoesNotHaveYetKeepsTheClassesOwnScheme() {
        let outcomes = ClassPromotion.promote([schoolClass(1, 4, "А", .trimesters)])
        XCTAssertEqual(outcomes.first?.outcome, .promoted(ClassName(grade: 5, letter: "А"), .trimesters))
    }

    func testAGradesSchemeIsTheOneMostOfItsClassesFollow() {
        let schemes = ClassPromotion.schemesByGrade([
            schoolClass(1, 10, "А", .halfYears), schoolClass(2, 10, "Б", .quarters), schoolClass(3, 10, "В", .halfYears),
        ])
        XCTAssertEqual(schemes, [10: .halfYears])
    }

    func testTheSchoolsSchemesPerGradeWin() {
        let outcomes = ClassPromotion.promote([schoolClass(1, 9, "А", .quarters)], schemes: [9: .quarters, 10: .trimesters])
        XCTAssertEqual(outcomes.first?.outcome, .promoted(ClassName(grade: 10, letter: "А"), .trimesters))
    }

    func testTheNextYearsNameIsWrittenLikeThisOnes() {
        XCTAssertEqual(AcademicYearName.next(after: "2026/2027"), "2027/2028")
        XCTAssertEqual(AcademicYearName.next(after: "2026-2027 уч. год"), "2027-2028 уч. год")
        XCTAssertEqual(AcademicYearName.next(after: "2029/2030"), "2030/2031")
        XCTAssertNil(AcademicYearName.next(after: "2026/2028"))
        XCTAssertNil(AcademicYearName.next(after: "2026/27"))
        XCTAssertNil(AcademicYearName.next(after: "Текущий год"))
    }
}

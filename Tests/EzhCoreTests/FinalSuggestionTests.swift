import EzhCore
import XCTest

/// The suggested final: the weighted average (Σ mark·weight / Σ weight) and the school's
/// thresholds, exactly at and just below each; the year from the period finals; a final far
/// from the suggestion.
final class FinalSuggestionTests: XCTestCase {
    private let standard = [2.5, 3.5, 4.5]
    private let inPupilsFavour = [2.6, 3.6, 4.6]

    private func marks(_ pairs: [(Int, Double)]) -> MarkAverages {
        MarkAverages(pairs.map { (.grade($0.0), $0.1) })
    }

    func testAControlWorkWeighsTwiceAndLiftsTheMarkAtTheBoundary() {
        // 5 for a контрольная (weight 2), 4 and 4 for classwork: weighted 18/4 = 4.5, plain 4.33.
        let averages = marks([(5, 2), (4, 1), (4, 1)])
        XCTAssertEqual(averages.weighted, 4.5)
        XCTAssertEqual(FinalMarkSuggestion.suggest(averages, useWeighted: true, thresholds: standard), "5")
        XCTAssertEqual(FinalMarkSuggestion.suggest(averages, useWeighted: false, thresholds: standard), "4")
        XCTAssertEqual(FinalMarkSuggestion.suggest(averages, useWeighted: true, thresholds: inPupilsFavour), "4",
                       "4.5 is below 4.6")
    }

    func testEachThresholdIsReachedExactlyAndMissedJustBelow() {
        XCTAssertEqual(FinalMarkSuggestion.rounded(3.5, thresholds: standard), "4")
        XCTAssertEqual(FinalMarkSuggestion.rounded(3.49, thresholds: standard), "3")
        XCTAssertEqual(FinalMarkSuggestion.rounded(2.5, thresholds: standard), "3")
        XCTAssertEqual(FinalMarkSuggestion.rounded(2.49, thresholds: standard), "2")
        XCTAssertEqual(FinalMarkSuggestion.rounded(4.6, thresholds: inPupilsFavour), "5")
        XCTAssertEqual(FinalMarkSuggestion.rounded(4.59, thresholds: inPupilsFavour), "4")
        // 4.4999999999999991 is how binary arithmetic may carry a 4.5 worked out on paper.
        XCTAssertEqual(FinalMarkSuggestion.rounded(4.5.nextDown, thresholds: standard), "5")
    }

    func testWeightedMarksLandingOnTheBoundaryInBinaryStillReachIt() {
        // On paper (2·0.1 + 2·0.1 + 4·0.6) / 0.8 = 3.5; in binary it comes out 3.4999999999999996.
        let averages = marks([(2, 0.1), (2, 0.1), (4, 0.6)])
        XCTAssertLessThan(averages.weighted!, 3.5)
        XCTAssertEqual(FinalMarkSuggestion.suggest(averages, useWeighted: true, thresholds: standard), "4")
    }

    func testTooFewMarksSuggestNotAssessed() {
        XCTAssertEqual(FinalMarkSuggestion.suggest(marks([(5, 2), (5, 2)]), useWeighted: true, thresholds: standard), "н/а")
    }

    func testTheYearComesFromThePeriodFinalsOnceAllAreGiven() {
        XCTAssertNil(FinalMarkSuggestion.fromFinals(["4", "5"], expected: 4, thresholds: standard))
        XCTAssertEqual(FinalMarkSuggestion.fromFinals(["4", "5", "4", "5"], expected: 4, thresholds: standard), "5")
        XCTAssertEqual(FinalMarkSuggestion.fromFinals(["3", "4", "3", "4"], expected: 4, thresholds: inPupilsFavour), "3")
        XCTAssertEqual(FinalMarkSuggestion.fromFinals(["зач", "зач"], expected: 2, thresholds: standard), "зач")
        XCTAssertEqual(FinalMarkSuggestion.fromFinals(["н/а", "н/а"], expected: 2, thresholds: standard), "н/а")
    }

    func testOnlyAFinalMoreThanOneAwayIsFar() {
        XCTAssertFalse(FinalMarkSuggestion.isFar("3", from: "4"))
        XCTAssertFalse(FinalMarkSuggestion.isFar("5", from: "4"))
        XCTAssertTrue(FinalMarkSuggestion.isFar("2", from: "4"))
        XCTAssertTrue(FinalMarkSuggestion.isFar("5", from: "3"))
        XCTAssertFalse(FinalMarkSuggestion.isFar("н/а", from: "4"), "a word is not a distance")
        XCTAssertFalse(FinalMarkSuggestion.isFar("2", from: nil))
    }

    func testExamAndFinalColumnsOnlyInTheExamGrades() {
        XCTAssertEqual(FinalKind.yearEnd(forGrade: 5), [.year])
        XCTAssertEqual(FinalKind.yearEnd(forGrade: 9), [.year, .exam, .final])
        XCTAssertEqual(FinalKind.yearEnd(forGrade: 11), [.year, .exam, .final])
        XCTAssertEqual(FinalKind.yearEnd(forGrade: 1), [])
    }
}

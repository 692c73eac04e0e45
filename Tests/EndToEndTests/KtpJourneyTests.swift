import Foundation
import XCTest

/// A teacher's КТП on the real binary: from the grid into the editor, a file refused with its
/// rows' problems, the corrected file imported, and the lesson card taking the topic planned for
/// today with one key.
final class KtpJourneyTests: EndToEndCase {
    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testATeacherImportsTheirPlanAndTheLessonCardOffersTodaysTopic() throws {
        // The demo's 5А mathematics has 170 hours a year.
        let bad = try write("ktp.csv", "Тема;Часы\nНатуральные числа;169\n")
        let tmux = try TmuxSession.demo(database: database, home: folder.path)
        try tmux.signInAndOpenDemoMath(timeout: 120)
        try tmux.press("C-k")
        try tmux.wait(forText: "КТП: 5А · Математика")
        try tmux.press("F3")
        try tmux.wait(forText: "КТП из файла")
        try tmux.type(bad)
        try tmux.press("Enter")
        let refused = try tmux.wait(forText: "Файл не загружен")
        XCTAssertTrue(refused.contains { $0.contains("ktp.csv:1: Часы: неизвестный столбец (B).") }, refused.joined(separator: "\n"))
        try tmux.press("Escape")

        _ = try write("ktp.csv", "№;Тема;Часов;Дата\n1;Натуральные числа;169;\n2;Сложение дробей;1;27.11.2026\n")
        try tmux.press("F3")
        try tmux.wait(forText: "КТП из файла")
        try tmux.press("Enter")
        try tmux.wait(forText: "КТП загружен из файла: 2 строки")
        try tmux.wait(forText: "Итого 170 ч. = учебный план ✓")
        try tmux.press("Escape")
        try tmux.wait(forText: "Оценки")

        try tmux.press("F7")
        try tmux.wait(forText: "По КТП (тема 2): Сложение дробей — F6 взять")
        try tmux.press("F6")
        try tmux.press("Enter")
        try tmux.wait(forText: "Сохранено: Тема урока")
        try tmux.press("F10")
        try tmux.waitForExit()
    }
}

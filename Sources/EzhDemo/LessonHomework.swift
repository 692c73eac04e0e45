/// Homework texts that move through the textbook as the year goes on: the `progress` of a
/// lesson (0 at the first lesson of the year, 1 at the last) picks the paragraph, page or task.
enum LessonHomework {
    static func text(kind: SubjectKind, grade: Int, progress: Double, random: inout SeededRandom) -> String {
        // First graders get no homework (СанПиН).
        guard grade > 1 else { return "" }
        let paragraph = 1 + Int(progress * 32)
        let page = 4 + Int(progress * 190)
        let task = 1 + Int(progress * 560) + random.int(in: 0...4)
        switch kind {
        case .russian:
            return random.chance(0.7) ? "Упр. \(task)" : "Упр. \(task), выучить правило на с. \(page)"
        case .reading, .literature:
            return random.chance(0.2)
                ? "Выучить стихотворение наизусть"
                : "Прочитать с. \(page)–\(page + 8), ответить на вопросы"
        case .mathematics:
            return "№ \(task), \(task + 2), \(task + 5)"
        case .english:
            return random.chance(0.6) ? "Упр. \(1 + task % 9), с. \(page) (письменно)" : "Выучить слова, с. \(page)"
        case .geography:
            return random.chance(0.3) ? "§ \(paragraph), задание в контурной карте" : "§ \(paragraph), вопросы 1–4"
        case .physics:
            return "§ \(paragraph), упр. \(1 + paragraph / 2) (1, 2)"
        case .world, .history, .social, .science, .safety:
            return "§ \(paragraph), вопросы 1–3"
        case .informatics:
            return "§ \(paragraph), задания \(1 + task % 7)–\(3 + task % 7) в тетради"
        case .arts, .labour:
            return random.chance(0.3) ? "Подготовить материалы к практической работе" : ""
        case .sport:
            return ""
        }
    }
}

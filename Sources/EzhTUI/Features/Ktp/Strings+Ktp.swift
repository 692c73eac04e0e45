import EzhCore
import EzhService

/// The texts of the lesson plan (КТП) editor, its import and copy, the lesson card's planned
/// topic and «given vs planned».
extension Strings {
    func ktpTitle(_ plan: TeachingPlan) -> String {
        ruEn("КТП: \(plan.page.title) — \(plan.teacher.withInitials)", "Lesson plan: \(plan.page.title) — \(plan.teacher.withInitials)")
    }

    var ktpChoosePage: String { ruEn("КТП какого журнала?", "Which journal's plan?") }

    var ktpColumns: (number: String, topic: String, hours: String, date: String) {
        (ruEn("№", "No"), ruEn("Тема", "Topic"), ruEn("Часов", "Hours"), ruEn("Дата", "Date"))
    }

    var ktpEmpty: String {
        ruEn("КТП пуст: F2 — добавить тему, F3 — загрузить из файла, F4 — скопировать",
             "The plan is empty: F2 adds a topic, F3 imports a file, F4 copies a plan")
    }

    /// «Итого 168 ч.; по учебному плану 170 ч. — добавьте 2 ч. (правило 8)»: rule 8's verdict.
    func ktpTotals(_ plan: TeachingPlan) -> String {
        guard plan.curriculumHours != nil else {
            let total = plan.rows.totalHours
            return ruEn("Итого \(total) ч.; в учебном плане нет часов этого предмета", "Total \(total) h; the curriculum has no hours for it")
        }
        switch plan.verdict {
        case .matches:
            return ruEn("Итого \(plan.rows.totalHours) ч. = учебный план ✓", "Total \(plan.rows.totalHours) h = the curriculum ✓")
        case .mismatch(let planned, let curriculum):
            let difference = planned - curriculum
            let fix = difference > 0 ? ruEn("уберите \(difference) ч.", "remove \(difference) h") : ruEn("добавьте \(-difference) ч.", "add \(-difference) h")
            return ruEn("Итого \(planned) ч.; по учебному плану \(curriculum) ч. — \(fix) (правило 8)",
                        "Total \(planned) h; the curriculum has \(curriculum) h — \(fix) (rule 8)")
        }
    }

    var ktpReadOnly: String { ruEn("Этот КТП только для просмотра", "This plan is read-only") }
    var ktpSaved: String { ruEn("КТП сохранён", "The plan is saved") }
    func ktpNotHours(_ text: String) -> String {
        ruEn("«\(text)» — не число часов; введите целое число больше нуля", "“\(text)” is not a number of hours; type a whole number above zero")
    }
    func ktpNotDate(_ text: String) -> String {
        ruEn("«\(text)» — не дата; введите ДД.ММ.ГГГГ или оставьте пусто", "“\(text)” is not a date; type DD.MM.YYYY or leave it empty")
    }
    var ktpEditHint: String { ruEn("Enter — сохранить, Esc — отменить", "Enter saves, Esc cancels") }
    /// «1 строка», «3 строки», «11 строк».
    private func russianCount(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let (lastTwo, last) = (count % 100, count % 10)
        let word = (11...14).contains(lastTwo) ? many : last == 1 ? one : (2...4).contains(last) ? few : many
        return "\(count) \(word)"
    }

    private func rowCount(_ count: Int) -> String {
        ruEn(russianCount(count, "строка", "строки", "строк"), count == 1 ? "1 row" : "\(count) rows")
    }

    func ktpRemoveQuestion(_ number: Int, _ topic: String) -> String {
        ruEn("Убрать тему \(number) «\(topic)» из КТП?", "Remove topic \(number) “\(topic)” from the plan?")
    }
    var ktpRemoveTitle: String { ruEn("Убрать тему", "Remove the topic") }

    // Import
    var ktpImportTitle: String { ruEn("КТП из файла", "Plan from a file") }
    var ktpImportBody: [String] {
        [ruEn("Файл CSV или XLSX со столбцами «№», «Тема», «Часов», «Дата» (как для ezh import ktp);",
              "A CSV or XLSX file with the columns «№», «Тема», «Часов», «Дата» (as for ezh import ktp);"),
         ruEn("«Класс» и «Предмет» можно не указывать. Строки файла заменят КТП.",
              "«Класс» and «Предмет» may be left out. The file's rows replace the plan.")]
    }
    var ktpImportLabel: String { ruEn("Файл", "File") }
    var ktpNoPath: String { ruEn("Укажите путь к файлу CSV или XLSX", "Type the path of a CSV or XLSX file") }
    func ktpImported(_ report: ImportReport) -> String {
        let rows = report.added + report.changed + report.unchanged
        return report.added + report.changed == 0
            ? ruEn("КТП из файла совпадает с сохранённым (\(rowCount(rows)))", "The file's plan equals the stored one (\(rowCount(rows)))")
            : ruEn("КТП загружен из файла: \(rowCount(rows))", "The plan is imported: \(rowCount(rows))")
    }
    func ktpImportProblemsTitle(_ count: Int) -> String {
        ruEn("Файл не загружен: \(russianCount(count, "ошибка", "ошибки", "ошибок")) (ничего не записано)",
             "The file is not imported: \(count) problem\(count == 1 ? "" : "s") (nothing written)")
    }

    // Copy
    var ktpCopyTitle: String { ruEn("Скопировать КТП из…", "Copy the plan from…") }
    var ktpNoCopySources: String {
        ruEn("Нет КТП того же предмета и параллели: ни в прошлом году, ни у коллег", "No plan of the same subject and grade, last year or a colleague's")
    }
    func ktpCopySource(_ source: PlanCopySource) -> String {
        let when = source.isLastYear ? ruEn("прошлый год \(source.yearName)", "last year \(source.yearName)") : ruEn("этот год", "this year")
        let size = ruEn(russianCount(source.topics, "тема", "темы", "тем") + ", \(source.hours) ч.", "\(source.topics) topics, \(source.hours) h")
        return "\(source.page.title), \(source.teacher.withInitials) — \(when), \(size)"
    }
    var ktpReplaceTitle: String { ruEn("Заменить КТП", "Replace the plan") }
    func ktpReplaceQuestion(_ rows: Int, with source: PlanCopySource) -> String {
        ruEn("В КТП уже \(rowCount(rows)). Заменить их копией КТП \(source.page.title) (\(source.teacher.withInitials))?",
             "The plan has \(rows) rows. Replace them with a copy of \(source.page.title) (\(source.teacher.withInitials))?")
    }
    var ktpCopied: String { ruEn("КТП скопирован; даты по плану не копируются", "The plan is copied; planned dates are not copied") }

    // The lesson card
    func plannedTopicLine(_ planned: PlannedTopic, key: String) -> String {
        ruEn("По КТП (тема \(planned.number)): \(planned.topic) — \(key) взять", "Plan (topic \(planned.number)): \(planned.topic) — \(key) takes it")
    }

    // Given vs planned
    func progressTitle(_ page: JournalPage, _ day: LocalDate) -> String {
        ruEn("Дано по КТП: \(page.title) на конец \(day.russian)", "Given vs planned: \(page.title) at the end of \(day.russian)")
    }

    /// «По плану к сегодняшнему дню 24 ч., дано 22 — отставание 2 ч.»
    func progressSummary(planned: Int, given: Int, total: Int) -> String {
        let difference = given - planned
        let verdict = difference == 0 ? ruEn("по плану", "on plan")
            : difference < 0 ? ruEn("отставание \(-difference) ч.", "behind by \(-difference) h")
            : ruEn("опережение \(difference) ч.", "ahead by \(difference) h")
        return ruEn("По плану к этой дате \(planned) ч. из \(total), дано \(given) — \(verdict)",
                    "Planned by this date \(planned) h of \(total), given \(given) — \(verdict)")
    }

    /// «✓ 1. Натуральные числа — 13 ч. с 01.09 → дано 13 ч.: 01.09–17.09» and the topics written
    /// at those lessons when they differ from the plan's; «!» a row due and not yet given whole.
    func progressRow(_ row: PlanProgress.Row, day: LocalDate) -> String {
        let due = row.dueDate.map { ruEn(" с \($0.dayMonth)", " from \($0.dayMonth)") } ?? ""
        let mark = row.isDone ? "✓" : (row.dueDate.map { $0 <= day } ?? false) ? "!" : " "
        let planned = "\(mark) \(row.number). \(row.row.topic) — \(row.row.hours) \(ruEn("ч.", "h"))\(due)"
        guard let first = row.given.first, let last = row.given.last else { return planned + ruEn(" → не дано", " → not given") }
        let dates = first.date == last.date ? first.date.dayMonth : "\(first.date.dayMonth)–\(last.date.dayMonth)"
        var others: [String] = []
        for lesson in row.given where lesson.topic != row.row.topic && !others.contains(lesson.topic) { others.append(lesson.topic) }
        let topics = others.isEmpty ? "" : " «" + others.joined(separator: "», «") + "»"
        return planned + ruEn(" → дано \(row.given.count) ч.: \(dates)", " → given \(row.given.count) h: \(dates)") + topics
    }

    var progressNoPlan: String { ruEn("КТП не введён", "No plan entered") }

    // The deputy's table
    func overviewTitle(_ day: LocalDate) -> String {
        ruEn("Выполнение КТП на конец \(day.russian)", "Lesson plans given vs planned at the end of \(day.russian)")
    }
    var overviewHeader: (teacher: String, page: String, planned: String, given: String, difference: String) {
        (ruEn("Учитель", "Teacher"), ruEn("Класс, предмет", "Class, subject"), ruEn("План", "Plan"), ruEn("Дано", "Given"), ruEn("Разница", "Diff."))
    }
    var overviewNoPlan: String { ruEn("нет КТП", "no plan") }
    var overviewEmpty: String { ruEn("В этом году нет уроков", "No lessons this year") }
}

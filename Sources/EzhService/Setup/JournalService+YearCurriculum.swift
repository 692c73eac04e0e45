import EzhCore
internal import EzhStore

extension JournalService {
    /// Imports the curriculum (учебный план): for each class and subject its hours a week, hours
    /// a year (given, or the weeks of the year times the hours a week) and whether it splits into
    /// subgroups. A subject the school does not have yet is created (with a notice); a split
    /// subject gets the subgroups «1 группа» and «2 группа» when the class has none for it. Lines
    /// of a class the file names but leaves out of it stay, with a notice.
    public func importCurriculum(
        _ lines: [CurriculumHoursLine], file: String, dryRun: Bool = false, readProblems: [ImportProblem] = [], session: Session
    ) throws -> ImportReport {
        try runYearImport(
            .curriculum, file: file, dryRun: dryRun, readProblems: readProblems, session, authorize: requiring(.manageSchoolYear)
        ) { db, stamp, report in
            typealias Column = CurriculumHoursLine.Column
            guard let year = try SetupYearQueries.current(on: today(), db) else {
                report.problems.append(ImportProblem(file: file, row: nil, column: nil, message: .noSchoolYear))
                return
            }
            let classes = ClassBook(try SetupLookups.classes(year: year.id, db))
            var subjects = SubjectBook(try SetupLookups.subjects(db))
            var resolved: [(line: CurriculumHoursLine, schoolClass: SetupClassRow, subject: String, hoursPerYear: Int)] = []
            var seen: [String: SheetPlace] = [:]
            for line in lines {
                let subject = line.subject.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                var rowProblems: [ImportProblem] = []
                let schoolClass = classes.find(line.className)
                if schoolClass == nil { rowProblems.append(ImportProblem(line.place, Column.className, ClassBook.unknown(line.className))) }
                if subject.isEmpty {
                    rowProblems.append(ImportProblem(line.place, Column.subject, BilingualText(
                        "не указан предмет; напишите его название", "no subject given; write its name")))
                }
                if !(line.hoursPerWeek > 0 && line.hoursPerWeek <= 40) {
                    rowProblems.append(ImportProblem(line.place, Column.hoursPerWeek, BilingualText(
                        "часов в неделю должно быть больше 0 и не больше 40", "hours a week must be more than 0 and at most 40")))
                }
                if let hours = line.hoursPerYear, !(1...1400).contains(hours) {
                    rowProblems.append(ImportProblem(line.place, Column.hoursPerYear, BilingualText(
                        "часов в год должно быть от 1 до 1400", "hours a year must be 1 to 1400")))
                }
                if let schoolClass, !subject.isEmpty {
                    let key = "\(schoolClass.id)|\(SetupName.key(subject))"
                    if let first = seen[key] {
                        rowProblems.append(ImportProblem(line.place, Column.subject, BilingualText(
                            "\(schoolClass.name) \(subject) уже есть в строке \(first.row); оставьте одну строку",
                            "\(schoolClass.name) \(subject) is already in row \(first.row); keep one row")))
                    }
                    seen[key] = seen[key] ?? line.place
                }
                report.problems += rowProblems
                guard rowProblems.isEmpty, let schoolClass else { continue }
                let weeks = schoolClass.name.grade == 1 ? 33 : 34
                resolved.append((line, schoolClass, subject, line.hoursPerYear ?? Int((line.hoursPerWeek * Double(weeks)).rounded())))
            }
            guard report.problems.isEmpty else { return }

            var stored = Dictionary(try CurriculumWrites.lines(year: year.id, db).map { ("\($0.classID)|\($0.subjectID)", $0) },
                                    uniquingKeysWith: { first, _ in first })
            var subgroups = Set(try SetupLookups.subgroups(year: year.id, db).map { "\($0.classID)|\($0.subjectID)" })
            for item in resolved {
                let subjectID: SubjectID
                if let known = subjects.find(item.subject) {
                    subjectID = known.id
                } else {
                    let short = item.line.subjectShortName?.trimmingCharacters(in: .whitespaces).nonEmpty ?? Self.shortName(of: item.subject)
                    subjectID = try SetupLookups.insertSubject(name: item.subject, shortName: short, db)
                    subjects.add(subjectID, item.subject)
                    try ChangeLog.record(stamp.change(entity: "subject", key: "id=\(subjectID)", field: "name", from: nil, to: item.subject), in: db)
                    report.notices.append(ImportProblem(item.line.place, Column.subject, BilingualText(
                        "предмета «\(item.subject)» не было; он добавлен", "there was no subject “\(item.subject)”; it is added")))
                }
                let new = StoredCurriculum(
                    classID: item.schoolClass.id, subjectID: subjectID, hoursPerYear: item.hoursPerYear,
                    hoursPerWeek: item.line.hoursPerWeek, split: item.line.split)
                let key = "\(item.schoolClass.id)|\(subjectID)"
                let old = stored.removeValue(forKey: key)
                let outcome = RowOutcome(old: old, new: new)
                report.count(outcome)
                if outcome != .unchanged {
                    try CurriculumWrites.upsert(new, db)
                    let historyKey = "class=\(item.schoolClass.id);subject=\(subjectID)"
                    let scope = ChangeScope(classID: item.schoolClass.id, subjectID: subjectID, lessonDate: nil)
                    for (field, before, after) in [
                        ("hours_per_week", old?.hoursPerWeek.map(Self.hoursText), Self.hoursText(new.hoursPerWeek!)),
                        ("hours_per_year", old.map { String($0.hoursPerYear) }, String(new.hoursPerYear)),
                        ("split", old.map { $0.split ? "1" : "0" }, new.split ? "1" : "0"),
                    ] where before != after {
                        try ChangeLog.record(stamp.change(entity: "curriculum", key: historyKey, field: field, from: before, to: after, scope: scope), in: db)
                    }
                }
                if new.split, subgroups.insert(key).inserted {
                    for name in ["1 группа", "2 группа"] {
                        let id = try SetupLookups.insertSubgroup(classID: item.schoolClass.id, subjectID: subjectID, name: name, db)
                        try ChangeLog.record(stamp.change(
                            entity: "subgroup", key: "id=\(id)", field: "name", from: nil, to: "\(item.schoolClass.name) \(item.subject), \(name)",
                            scope: ChangeScope(classID: item.schoolClass.id, subjectID: subjectID, lessonDate: nil)), in: db)
                    }
                }
            }
            let namedClasses = Set(resolved.map(\.schoolClass.id))
            let subjectNames = Dictionary(try SetupLookups.subjects(db).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let classNames = Dictionary(resolved.map { ($0.schoolClass.id, $0.schoolClass.name) }, uniquingKeysWith: { first, _ in first })
            for line in stored.values.sorted(by: { ($0.classID, $0.subjectID) < ($1.classID, $1.subjectID) }) where namedClasses.contains(line.classID) {
                let page = "\(classNames[line.classID]!) \(subjectNames[line.subjectID] ?? "?")"
                report.notice(BilingualText(
                    "\(page): в файле нет; строка учебного плана оставлена (\(line.hoursPerYear) ч в год)",
                    "\(page): not in the file; the curriculum line is kept (\(line.hoursPerYear) h a year)"))
            }
        }
    }

    /// «2», «0.5»: hours as the history records them.
    static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }
}

extension BilingualText {
    static let noSchoolYear = BilingualText(
        "в журнале нет открытого учебного года; сначала загрузите календарь (ezh import calendar)",
        "the journal has no open school year; import the calendar first (ezh import calendar)")
}

fileprivate extension String {
    /// nil for an empty string: «a given name or else a made one».
    var nonEmpty: String? { isEmpty ? nil : self }
}

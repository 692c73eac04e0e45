import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// Imports the pupils of the current year (administrator, deputy, or a class teacher for their
    /// own class): adds new pupils to their class from the year's first day (or from today once
    /// the year has begun), updates the pupils a personal-file number matches, and puts pupils in
    /// their subgroups. A pupil never changes class here: a transfer is a movement with its order.
    /// Pupils of the school missing from the file stay and are listed as notices.
    public func importPupils(_ lines: [PupilLine], file: String, dryRun: Bool, session: Session) throws -> ImportReport {
        try runImport(.pupils, file: file, dryRun: dryRun, session: session) { db, stamp, report in
            let viewer = try viewer(for: session, db)
            try require(.managePupils, viewer)
            guard let year = try setupYear(&report, db) else { return }
            let day = max(today(), year.span.first)
            var context = PupilImportContext(
                year: year, day: day, viewer: viewer,
                classes: try PeopleSetupQueries.classes(in: year.id, db),
                pupils: try PeopleSetupQueries.pupils(in: year.id, on: day, db),
                everInYear: try PeopleSetupQueries.pupilsWithMembership(in: year.id, db),
                subjects: try PeopleSetupQueries.subjects(db),
                subgroups: try PeopleSetupQueries.subgroups(in: year.id, db),
                members: try PeopleSetupQueries.subgroupMembers(in: year.id, db)
            )
            let plans = try checkPupils(lines, &context, &report, db)
            try noticeMissingPupils(lines, context, &report)
            guard report.problems.isEmpty else { return }
            for (line, plan) in zip(lines, plans) {
                try writePupil(line, plan, &context, stamp, &report, db)
            }
        }
    }

    /// What a pupil line does once the file is known to be sound.
    private struct PupilPlan {
        let existing: StoredPupil?
        let classID: ClassID
        /// Per subject: the subgroup's id if it exists, and its name.
        let subgroups: [(subject: SubjectID, subgroup: SubgroupID?, name: String)]
    }

    private func checkPupils(
        _ lines: [PupilLine], _ context: inout PupilImportContext, _ report: inout ImportReport, _ db: StoreTransaction
    ) throws -> [PupilPlan] {
        var fileRows: [String: Int] = [:]
        var plans: [PupilPlan] = []
        let managesAll = !context.viewer.roles.isDisjoint(with: [.administrator, .deputy])
        for line in lines {
            let name = trimmed(line.name)
            report.requireName(name, line.place)
            let number = line.personalFile.trimmingCharacters(in: .whitespaces)
            var existing: StoredPupil?
            if number.isEmpty {
                report.problem(line.place, PeopleColumn.personalFile, "не заполнен; номер личного дела — ключ ученика в журнале",
                               "empty; the personal-file number is the pupil's key in the journal")
            } else {
                if let row = fileRows[number] {
                    report.problem(line.place, PeopleColumn.personalFile, "№ \(number) уже в строке \(row); у каждого ученика свой номер личного дела",
                                   "No. \(number) is already in row \(row); each pupil has their own personal-file number")
                }
                fileRows[number] = fileRows[number] ?? line.place.row
                existing = context.byPersonalFile[number]
                if let other = existing, StaffDirectory.key(other.name.last) != StaffDirectory.key(name.last), other.birthDate != line.birthDate {
                    report.problem(line.place, PeopleColumn.personalFile, "№ \(number) в журнале у другого ученика (\(other.name.withInitials)); проверьте номер",
                                   "No. \(number) belongs to another pupil in the journal (\(other.name.withInitials)); check the number")
                    existing = nil
                }
            }
            checkBirthDate(line, year: context.year, &report)
            guard let target = context.classes.first(where: { $0.name == line.className }) else {
                report.problem(line.place, PeopleColumn.className, "класса \(line.className) нет в \(context.year.name) учебном году; сначала импортируйте классы (ezh import classes) или исправьте класс",
                               "there is no class \(line.className) in the \(context.year.name) academic year; import the classes first (ezh import classes) or correct the class")
                continue
            }
            if !managesAll, !context.viewer.ledClasses.contains(target.id) {
                report.problem(line.place, PeopleColumn.className, "вы не классный руководитель \(line.className); этот список ведёт его руководитель или администратор",
                               "you do not lead \(line.className); its class teacher or the administrator keeps this list")
            }
            if let existing, let current = existing.classID, current != target.id {
                let now = context.classes.first { $0.id == current }?.name.description ?? "?"
                report.problem(line.place, PeopleColumn.className, "ученик учится в \(now), а в файле \(line.className); перевод оформляется движением с приказом, не импортом",
                               "the pupil is in \(now), the file says \(line.className); a transfer is a movement with its order, not an import")
            } else if let existing, existing.classID == nil, context.everInYear.contains(existing.id) {
                report.problem(line.place, PeopleColumn.className, "ученик выбыл в этом учебном году; возвращение оформляется движением (прибытие)",
                               "the pupil left during this academic year; a return is a movement (arrival)")
            }
            if !line.subgroups.isEmpty, try context.periods(target.scheme, db).isEmpty {
                report.problem(line.place, PeopleColumn.subgroups, "в календаре нет периодов класса \(line.className); сначала импортируйте календарь (ezh import calendar)",
                               "the calendar has no periods for \(line.className); import the calendar first (ezh import calendar)")
            }
            let subgroups = checkSubgroups(line, classID: target.id, pupil: existing?.id, &context, &report)
            plans.append(PupilPlan(existing: existing, classID: target.id, subgroups: subgroups))
        }
        return plans
    }

    /// A date of birth must be given and make a school age (5 to 20 years old when the year begins).
    private func checkBirthDate(_ line: PupilLine, year: SetupYear, _ report: inout ImportReport) {
        guard let born = line.birthDate else {
            report.problem(line.place, PeopleColumn.birthDate, "не заполнена; впишите дату рождения (дд.мм.гггг)",
                           "empty; fill in the date of birth (dd.mm.yyyy)")
            return
        }
        let start = year.span.first
        var age = start.year - born.year
        if (start.month, start.day) < (born.month, born.day) { age -= 1 }
        if !(5...20).contains(age) {
            report.problem(line.place, PeopleColumn.birthDate, "\(born.russian): к началу учебного года ученику было бы \(age) лет; проверьте год рождения",
                           "\(born.russian): the pupil would be \(age) when the year begins; check the year of birth")
        }
    }

    /// Pupils in a class of the year who are not in the file: they stay (departures are movements).
    private func noticeMissingPupils(_ lines: [PupilLine], _ context: PupilImportContext, _ report: inout ImportReport) throws {
        let inFile = Set(lines.map { $0.personalFile.trimmingCharacters(in: .whitespaces) })
        let managesAll = !context.viewer.roles.isDisjoint(with: [.administrator, .deputy])
        let classNames = Dictionary(context.classes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let missing = context.pupils.filter { pupil in
            guard let classID = pupil.classID, managesAll || context.viewer.ledClasses.contains(classID) else { return false }
            return !inFile.contains(pupil.personalFile ?? "")
        }
        for pupil in PersonName.sortedAlphabetically(missing, by: \.name) {
            let className = pupil.classID.flatMap { classNames[$0] }.map(\.description) ?? ""
            let number = pupil.personalFile.map { ", № \($0)" } ?? ""
            report.notice(nil, nil, "\(pupil.name.withInitials) (\(className)\(number)) есть в журнале, но нет в файле; ученик остаётся, выбытие оформляется движением",
                          "\(pupil.name.withInitials) (\(className)\(number)) is in the journal but not in the file; the pupil stays, a departure is a movement")
        }
    }

    private func writePupil(
        _ line: PupilLine, _ plan: PupilPlan, _ context: inout PupilImportContext, _ stamp: ChangeStamp,
        _ report: inout ImportReport, _ db: StoreTransaction
    ) throws {
        let name = trimmed(line.name)
        let scope = ChangeScope(classID: plan.classID, subjectID: nil, lessonDate: nil)
        let pupil: PupilID
        var changed = false
        if let existing = plan.existing {
            pupil = existing.id
            var updated = existing
            updated.name = name
            updated.sex = line.sex
            updated.birthDate = line.birthDate
            updated.phone = kept(existing.phone, line.phone)
            updated.email = kept(existing.email, line.email)
            var history = FieldChanges(entity: "pupil", key: "pupil=\(pupil)", stamp: stamp, scope: scope)
            try history.compare("last_name", existing.name.last, name.last, db)
            try history.compare("first_name", existing.name.first, name.first, db)
            try history.compare("patronymic", existing.name.patronymic, name.patronymic, db)
            try history.compare("sex", existing.sex.rawValue, line.sex.rawValue, db)
            try history.compare("birth_date", existing.birthDate?.iso, line.birthDate?.iso, db)
            try history.compare("phone", existing.phone, updated.phone, db)
            try history.compare("email", existing.email, updated.email, db)
            if history.count > 0 { try PeopleSetupWrites.updatePupil(updated, db) }
            if existing.classID == nil {
                try addMembership(pupil, plan.classID, line.className, context.day, stamp, scope, db)
                changed = true
            }
            changed = changed || history.count > 0
        } else {
            let number = line.personalFile.trimmingCharacters(in: .whitespaces)
            pupil = try PeopleSetupWrites.insertPupil(StoredPupil(
                id: PupilID(0), name: name, sex: line.sex, birthDate: line.birthDate, personalFile: number,
                phone: kept(nil, line.phone), email: kept(nil, line.email), classID: nil
            ), db)
            var history = FieldChanges(entity: "pupil", key: "pupil=\(pupil)", stamp: stamp, scope: scope)
            try history.created("\(name.full), № \(number)", db)
            try addMembership(pupil, plan.classID, line.className, context.day, stamp, scope, db)
        }
        for choice in plan.subgroups {
            changed = try joinSubgroup(pupil, choice, classID: plan.classID, &context, stamp, scope, db) || changed
        }
        report.count(added: plan.existing == nil, changed: changed)
    }

    private func addMembership(
        _ pupil: PupilID, _ classID: ClassID, _ name: ClassName, _ day: LocalDate, _ stamp: ChangeStamp, _ scope: ChangeScope,
        _ db: StoreTransaction
    ) throws {
        try PeopleSetupWrites.insertMembership(pupil: pupil, classID: classID, from: day, db)
        try ChangeLog.record(stamp.change(
            entity: "class_membership", key: "pupil=\(pupil)", field: "class", from: nil, to: "\(name) с \(day.russian)", scope: scope
        ), in: db)
    }
}

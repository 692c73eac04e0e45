import EzhCore
internal import EzhStore
import Foundation

extension JournalService {
    /// The school's years, oldest first.
    public func schoolYears() throws -> [SchoolYear] {
        try read(YearQueries.years)
    }

    /// The year the journal opens on today (`SchoolYear.current`).
    public func currentYear() throws -> SchoolYear? {
        SchoolYear.current(among: try schoolYears(), on: today())
    }

    /// Closes the current year once every one of its periods is closed: from then on it stays
    /// in the file for reading only. Refused with the list of the periods still open.
    @discardableResult
    public func closeYear(_ session: Session) throws -> SchoolYear {
        try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            let years = try YearQueries.years(db)
            guard let year = years.filter({ !$0.isClosed }).max(by: { $0.span.first < $1.span.first }) else {
                throw JournalError.invalidInput(field: BilingualText("Учебный год", "School year"), problem: BilingualText(
                    "открытого учебного года нет: все закрыты", "there is no open school year: all are closed"
                ))
            }
            let open = try YearQueries.openPeriods(of: year.id, db)
            guard open.isEmpty else {
                let russian = open.map { "\($0.name(in: .ru)) (\($0.span.first.russian)–\($0.span.last.russian))" }
                let english = open.map { "\($0.name(in: .en)) (\($0.span.first.russian)-\($0.span.last.russian))" }
                throw JournalError.invalidInput(field: BilingualText("Учебный год \(year.name)", "School year \(year.name)"),
                                                problem: BilingualText(
                    "не закрыты периоды: \(russian.joined(separator: ", ")); сначала закройте их",
                    "periods still open: \(english.joined(separator: ", ")); close them first"
                ))
            }
            let at = InstantFormat.string(stamp.at)
            try YearQueries.close(year.id, at: at, db)
            try ChangeLog.record(stamp.change(entity: "academic_year", key: "year=\(year.id)", field: "closed_at", from: nil, to: at), in: db)
            return SchoolYear(id: year.id, name: year.name, span: year.span, isClosed: true)
        }
    }

    /// Starts the next year after the last one was closed: its classes move up a grade (5А → 6А,
    /// same letter, class teacher and room; `ClassPromotion`), the eleventh grade (and the ninth
    /// when `ninthGradeLeaves`) leaves the school under `leaversOrder` (their stays end on the
    /// old year's last day), everyone else continues in
    /// the new class from the new year's first day, and each class's curriculum, subgroups and
    /// teachings, and the grades' period schemes, are carried over for editing. The calendar,
    /// periods and timetable of the new year are imported anew.
    public func startYear(
        _ session: Session, name: String, span: DateSpan, leaversOrder: String, ninthGradeLeaves: Bool = false
    ) throws -> RolloverReport {
        let name = name.trimmingCharacters(in: .whitespaces)
        let order = leaversOrder.trimmingCharacters(in: .whitespaces)
        try TextLimit.orderNumber.check(order)
        guard !name.isEmpty else {
            throw JournalError.invalidInput(field: BilingualText("Название года", "Year name"), problem: BilingualText(
                "укажите название, например 2027/2028", "type a name such as 2027/2028"
            ))
        }
        guard span.first < span.last else {
            throw JournalError.invalidInput(field: .date, problem: BilingualText(
                "начало года (\(span.first.russian)) должно быть раньше конца (\(span.last.russian))",
                "the year's first day (\(span.first.russian)) must come before its last (\(span.last.russian))"
            ))
        }
        return try write(session) { db, stamp in
            try require(.manageSchoolYear, try viewer(for: session, db))
            let years = try YearQueries.years(db)
            guard let previous = years.max(by: { $0.span.first < $1.span.first }) else {
                throw JournalError.notFound(.year)
            }
            guard previous.isClosed else {
                throw JournalError.invalidInput(field: BilingualText("Учебный год \(previous.name)", "School year \(previous.name)"),
                                                problem: BilingualText(
                    "ещё не закрыт; закройте его (ezh year close), затем начните новый",
                    "is not closed yet; close it (ezh year close), then start the new one"
                ))
            }
            guard !years.contains(where: { $0.name == name }) else {
                throw JournalError.invalidInput(field: BilingualText("Название года", "Year name"), problem: BilingualText(
                    "год «\(name)» уже есть", "the year “\(name)” exists already"
                ))
            }
            guard span.first > previous.span.last else {
                throw JournalError.invalidInput(field: .date, problem: BilingualText(
                    "новый год должен начинаться после \(previous.span.last.russian), конца \(previous.name)",
                    "the new year must start after \(previous.span.last.russian), the end of \(previous.name)"
                ))
            }
            let oldClasses = try YearQueries.classes(ofYear: previous.id, db)
            let oldSchemes = try YearQueries.gradeSchemes(of: previous.id, db).compactMapValues(PeriodScheme.init(rawValue:))
            let promotions = ClassPromotion.promote(
                oldClasses.map { PromotionClass(id: $0.id, name: $0.name, scheme: PeriodScheme(rawValue: $0.scheme) ?? .quarters) },
                schemes: oldSchemes.isEmpty ? nil : oldSchemes, ninthGradeLeaves: ninthGradeLeaves
            )
            let byID = Dictionary(uniqueKeysWithValues: oldClasses.map { ($0.id, $0) })
            let leaving = promotions.filter { $0.outcome == .leaves }.compactMap { byID[$0.from.id] }
            let leavingStays = try leaving.flatMap { try YearQueries.stays(inClass: $0.id, reaching: previous.span.last, db) }
            guard leavingStays.isEmpty || !order.isEmpty else {
                throw JournalError.invalidInput(field: BilingualText(.orderNumber), problem: BilingualText(
                    "укажите приказ о выпуске \(leaving.map(\.name.description).joined(separator: ", "))",
                    "type the order by which \(leaving.map(\.name.description).joined(separator: ", ")) leave the school"
                ))
            }

            let year = try YearQueries.insertYear(name: name, span: span, db)
            try ChangeLog.record(stamp.change(entity: "academic_year", key: "year=\(year)", field: "name", from: nil, to: name), in: db)
            try YearQueries.copyGradeSchemes(from: previous.id, to: year, db)

            for stay in leavingStays {
                try endStay(stay, lastDay: previous.span.last, order: order, to: "выпуск", stamp, db)
            }
            var promoted: [PromotedClass] = []
            var curriculumRows = 0
            var teachings = 0
            for promotion in promotions {
                guard case .promoted(let next, let scheme) = promotion.outcome, let old = byID[promotion.from.id] else { continue }
                let classID = try YearQueries.insertClass(
                    year: year, name: next, scheme: scheme.rawValue, classTeacher: old.classTeacher, shift: old.shift, room: old.room, db
                )
                try ChangeLog.record(stamp.change(
                    entity: "class", key: "class=\(classID)", field: "name", from: old.name.description, to: next.description,
                    scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
                ), in: db)
                let copied = try YearQueries.copySetup(from: old.id, to: classID, db)
                curriculumRows += copied.curriculum
                teachings += copied.teachings
                let stays = try YearQueries.stays(inClass: old.id, reaching: previous.span.last, db)
                for stay in stays {
                    if stay.stay.to == nil { try endStay(stay, lastDay: previous.span.last, order: nil, to: nil, stamp, db) }
                    let id = try MovementQueries.insertStay(
                        pupil: stay.pupilID, classID: classID, from: span.first, order: nil, arrivedFrom: nil, db
                    )
                    try ChangeLog.record(stamp.change(
                        entity: "class_membership", key: "membership=\(id);pupil=\(stay.pupilID)", field: "from_date", from: nil,
                        to: span.first.iso, scope: ChangeScope(classID: classID, subjectID: nil, lessonDate: nil)
                    ), in: db)
                }
                promoted.append(PromotedClass(from: old.name, to: next, pupils: stays.count))
            }
            return RolloverReport(
                year: SchoolYear(id: year, name: name, span: span, isClosed: false), promoted: promoted,
                leavingClasses: leaving.map(\.name), leavers: leavingStays.count, curriculumRows: curriculumRows,
                teachings: teachings
            )
        }
    }

    private func endStay(
        _ row: MovementQueries.StayRow, lastDay: LocalDate, order: String?, to place: String?, _ stamp: ChangeStamp,
        _ db: StoreTransaction
    ) throws {
        let lastDay = row.stay.to.map { min($0, lastDay) } ?? lastDay
        try MovementQueries.endStay(row.id, lastDay: lastDay, order: order ?? row.stay.departureOrder, departedTo: place, db)
        for (field, value) in [("to_date", lastDay.iso), ("departure_order", order ?? ""), ("departed_to", place ?? "")] where !value.isEmpty {
            try ChangeLog.record(stamp.change(
                entity: "class_membership", key: "membership=\(row.id);pupil=\(row.pupilID)", field: field,
                from: nil, to: value, scope: ChangeScope(classID: row.stay.classID, subjectID: nil, lessonDate: nil)
            ), in: db)
        }
    }

    /// Refuses a write to a class of a closed year: it stays as it was closed.
    func refuseClosedYear(ofClass classID: ClassID, _ db: StoreTransaction) throws {
        if let name = try YearQueries.closedYear(ofClass: classID, db) { throw JournalError.yearClosed(name) }
    }

    /// Refuses a write to a period of a closed year.
    func refuseClosedYear(ofPeriod period: PeriodID, _ db: StoreTransaction) throws {
        if let name = try YearQueries.closedYear(ofPeriod: period, db) { throw JournalError.yearClosed(name) }
    }
}

extension JournalService {
    /// The year shown (nil: the current one) and whether a page belongs to it; with no year in
    /// the file every page does.
    func yearFilter(_ year: YearID?, _ today: LocalDate, _ db: StoreTransaction) throws -> (year: SchoolYear?, contains: (JournalPage) -> Bool) {
        let years = try YearQueries.years(db)
        guard let shown = year.flatMap({ id in years.first { $0.id == id } }) ?? SchoolYear.current(among: years, on: today)
        else { return (nil, { _ in true }) }
        let classes = Set(try YearQueries.classIDs(ofYear: shown.id, db))
        return (shown, { classes.contains($0.classID) })
    }

    /// The classes of a year (nil: the current one); nil when the file has no year at all.
    func classes(ofYear year: YearID?, _ today: LocalDate, _ db: StoreTransaction) throws -> Set<ClassID>? {
        let years = try YearQueries.years(db)
        guard let shown = year.flatMap({ id in years.first { $0.id == id } }) ?? SchoolYear.current(among: years, on: today)
        else { return nil }
        return Set(try YearQueries.classIDs(ofYear: shown.id, db))
    }
}

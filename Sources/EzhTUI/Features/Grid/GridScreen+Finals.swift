import EzhCore
import EzhService

/// The finals columns after the lessons in the marks grid: moving onto them, giving a final
/// (typed, chosen, or the suggestion accepted), confirming one far from the suggestion, the
/// history of a final, and the deputy's correction of a closed period's final.
extension GridScreen {
    /// Lesson columns and, in the marks grid, the finals after them.
    var columnCount: Int { columns.count + finalsColumnCount }

    var finalsColumnCount: Int { mode == .marks ? finals?.columns.count ?? 0 : 0 }

    /// The finals column under the cursor, if it is on one.
    var cursorFinal: FinalColumn? {
        guard mode == .marks, let finals else { return nil }
        let index = cursorColumn - columns.count
        return finals.columns.indices.contains(index) ? finals.columns[index] : nil
    }

    func finalsColumns(today: LocalDate) -> FinalsColumns? {
        guard mode == .marks, let finals, let period else { return nil }
        return FinalsColumns(sheet: finals, gridPeriod: period.id, firstColumn: columns.count, today: today)
    }

    /// Reads the page's finals; a refusal leaves the grid without them and says why.
    func readFinals(app: Application) {
        guard let session = app.session, page.className.hasMarks else {
            finals = nil
            return
        }
        do {
            finals = try app.backend.finalsSheet(session, page: page)
        } catch {
            finals = nil
            app.status = .error(app.message(for: error))
        }
    }

    /// The keys the finals take before the keymap: a digit gives that mark; the dot, a mark of
    /// lessons only, says what a final takes instead.
    func handleFinalsKey(_ key: Key, app: Application) -> Bool {
        guard cursorFinal != nil, let typed = CellInput.markBeforeKeymap(key) else { return false }
        guard case .grade(let digit) = typed else {
            app.status = .error(app.strings.notAFinalKey)
            return true
        }
        giveFinal(String(digit), app: app)
        return true
    }

    /// The finals' share of the grid's actions; false for the rest.
    func performOnFinals(_ action: Action, app: Application) -> Bool {
        switch action {
        case .acceptSuggestion: acceptSuggestion(app: app)
        case .acceptAllSuggestions: acceptColumnSuggestions(app: app)
        case .correctFinal: correctFinal(app: app)
        case .editCell where cursorFinal != nil: chooseFinal(app: app)
        case .clearCell where cursorFinal != nil: giveFinal(nil, app: app)
        case .cellHistory where cursorFinal != nil: showFinalHistory(app: app)
        default: return false
        }
        return true
    }

    private var cursorPupil: GridPupil? { pupils.indices.contains(cursorRow) ? pupils[cursorRow] : nil }

    private func suggestion(for pupil: GridPupil, in column: FinalColumn, app: Application) -> String? {
        guard let marks else { return nil }
        return finalsColumns(today: app.backend.today())?.suggestion(pupil: pupil.id, column: column, marks: marks)
    }

    /// Whether the user may give a final in the column now; otherwise says why (for a closed
    /// period: the rule and who corrects it, how).
    private func mayGive(in column: FinalColumn, app: Application) -> Bool {
        if column.isClosed {
            app.status = .error(RuleRefusal(rule: .closedPeriod, reason: .periodClosed, timeZone: app.backend.timeZone)
                .message(in: app.strings.language))
            return false
        }
        guard column.isEditable else {
            app.status = .error(app.strings.finalsReadOnly)
            return false
        }
        return true
    }

    /// Gives (or with nil clears) the final under the cursor; one more than a mark away from the
    /// suggestion is asked about first.
    func giveFinal(_ value: String?, app: Application) {
        guard let column = cursorFinal, let pupil = cursorPupil, mayGive(in: column, app: app) else { return }
        let suggested = suggestion(for: pupil, in: column, app: app)
        guard let value, FinalMarkSuggestion.isFar(value, from: suggested), let suggested else {
            commitFinal(value, pupil: pupil, column: column, app: app)
            return
        }
        app.push(ConfirmScreen(title: app.strings.farFromSuggestionTitle,
                               question: app.strings.farFromSuggestion(value, suggested: suggested, pupil: pupil.name.lastAndFirst)) {
            [weak self] app in self?.commitFinal(value, pupil: pupil, column: column, app: app)
        })
    }

    /// Writes one final and, for a value, moves down to the next pupil in the class at the
    /// period's end, as typing marks does.
    private func commitFinal(_ value: String?, pupil: GridPupil, column: FinalColumn, app: Application) {
        guard writeFinal(value, pupil: pupil, column: column, app: app), value != nil,
              let next = pupils.indices.dropFirst(cursorRow + 1).first(where: { pupils[$0].isInClass(on: column.period.span.last) })
        else { return }
        cursorRow = next
    }

    func acceptSuggestion(app: Application) {
        guard let column = cursorFinal else {
            app.status = .error(app.strings.notOnFinals)
            return
        }
        guard let pupil = cursorPupil, mayGive(in: column, app: app) else { return }
        guard let suggested = suggestion(for: pupil, in: column, app: app) else {
            app.status = .error(app.strings.noSuggestion)
            return
        }
        commitFinal(suggested, pupil: pupil, column: column, app: app)
    }

    /// Every pupil of the column without a final gets the suggestion, after a question that
    /// says how many.
    func acceptColumnSuggestions(app: Application) {
        guard let column = cursorFinal else {
            app.status = .error(app.strings.notOnFinals)
            return
        }
        guard mayGive(in: column, app: app), let finals else { return }
        let open = pupils.compactMap { pupil -> (GridPupil, String)? in
            guard pupil.isInClass(on: column.period.span.last), finals.value(pupil.id, column.kind) == nil,
                  let suggested = suggestion(for: pupil, in: column, app: app) else { return nil }
            return (pupil, suggested)
        }
        guard !open.isEmpty else {
            app.status = .info(app.strings.nothingToAccept)
            return
        }
        let name = column.title(in: app.strings.language)
        app.push(ConfirmScreen(title: name, question: app.strings.acceptAllQuestion(open.count, column: name)) { [weak self] app in
            guard let self else { return }
            let given = open.filter { self.writeFinal($0.1, pupil: $0.0, column: column, app: app) }.count
            if given == open.count { app.status = .info(app.strings.acceptedAll(given)) }
        })
    }

    /// The values a final may take, the suggestion first.
    func chooseFinal(app: Application) {
        guard let column = cursorFinal, let pupil = cursorPupil, mayGive(in: column, app: app) else { return }
        let suggested = suggestion(for: pupil, in: column, app: app)
        let values: [String?] = FinalMarkValue.ordered + [nil]
        let items = values.map { value in
            guard let value else { return app.strings.clearValue }
            return value == suggested ? app.strings.suggestedItem(value) : value
        }
        app.push(PickerScreen(title: app.strings.chooseValue, items: items, selected: values.firstIndex { $0 == suggested } ?? 0) {
            [weak self] index, app in self?.giveFinal(values[index], app: app)
        })
    }

    /// Writes through the service if the cell still holds what the screen showed.
    @discardableResult
    private func writeFinal(_ value: String?, pupil: GridPupil, column: FinalColumn, app: Application) -> Bool {
        guard let session = app.session, var sheet = finals else { return false }
        let seen = sheet.value(pupil.id, column.kind)
        do {
            try app.backend.setFinal(session, page: page, kind: column.kind, pupil: pupil.id, value: value, replacing: seen)
            sheet.values[FinalsSheet.Cell(pupil: pupil.id, kind: column.kind)] = value
            finals = sheet
            return true
        } catch {
            app.status = .error(app.message(for: error))
            if case JournalError.cellChanged = error { readFinals(app: app) }
            return false
        }
    }

    /// The final's changes and the corrections recorded under orders, newest first.
    func showFinalHistory(app: Application) {
        guard let session = app.session, let column = cursorFinal, let pupil = cursorPupil else { return }
        let page = page
        let title = app.strings.history("\(pupil.name.lastAndFirst) · \(column.title(in: app.strings.language))")
        app.push(TextOverlayScreen(title: title) { app in
            let history = try app.backend.finalHistory(session, page: page, kind: column.kind, pupil: pupil.id)
            let strings = app.strings
            var lines = history.entries.map { entry in
                let change = "\(entry.oldValue ?? strings.emptyValue) → \(entry.newValue ?? strings.emptyValue)"
                return HelpText.Line(text: "\(entry.changedAt)  \(change)  \(entry.who)  \(entry.terminal)", isTitle: false)
            }
            if !history.corrections.isEmpty {
                lines.append(HelpText.Line(text: strings.correctionsTitle, isTitle: true))
                lines += history.corrections.reversed().map {
                    HelpText.Line(text: "\($0.madeAt)  \($0.summary(in: strings.language))", isTitle: false)
                }
            }
            return lines.isEmpty ? [HelpText.Line(text: strings.noHistory, isTitle: false)] : lines
        })
    }

    /// The deputy's correction of a closed period's final: the new value, retake or appeal, the
    /// order's number and date, the reason.
    func correctFinal(app: Application) {
        guard let column = cursorFinal, let pupil = cursorPupil else {
            app.status = .error(app.strings.notOnFinals)
            return
        }
        let strings = app.strings
        guard column.isClosed else {
            app.status = .error(strings.correctOnlyClosed)
            return
        }
        guard column.canCorrect else {
            app.status = .error(strings.onlyDeputyCorrects)
            return
        }
        guard let old = finals?.value(pupil.id, column.kind) else {
            app.status = .error(strings.nothingToCorrect)
            return
        }
        let page = page
        let title = strings.correctionTitle(pupil.name.lastAndFirst, column: column.title(in: strings.language), old: old)
        let lines: [FieldsFormScreen.Line] = [
            .init(strings.newFinalLabel, "", note: strings.finalValuesNote),
            .init(strings.correctionKindLabel, FinalCorrectionKind.retake.name(in: strings.language), note: strings.correctionKindNote),
            .init(strings.orderNumberLabel, "", limit: .orderNumber),
            .init(strings.orderDateLabel, app.backend.today().russian, note: strings.dateNote),
            .init(strings.reasonLabel, "", limit: .reason),
        ]
        app.push(FieldsFormScreen(title: title, lines: lines) { [weak self] (values: [String], app: Application) -> FormOutcome in
            guard let session = app.session else { return .close }
            let value = values[0].trimmingCharacters(in: .whitespaces)
            guard let kind = Self.correctionKind(values[1]) else { return .stay(.error(strings.notACorrectionKind(values[1]))) }
            guard let orderDate = DateInput.date(values[3]) else { return .stay(.error(strings.notADate(values[3]))) }
            do {
                try app.backend.correctClosedFinal(
                    session, pupil: pupil.id, subject: page.subjectID, final: column.kind, newValue: value, replacing: old, kind: kind,
                    orderNumber: values[2], orderDate: orderDate, reason: values[4]
                )
            } catch {
                return .stay(.error(app.message(for: error)))
            }
            return .close { app in
                self?.readFinals(app: app)
                app.status = .info(strings.corrected(old: old, new: value))
            }
        })
    }

    /// «пересдача», «апелляция», or their first letters, in either language.
    static func correctionKind(_ text: String) -> FinalCorrectionKind? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let first = word.first else { return nil }
        switch first {
        case "п", "r": return .retake
        case "а", "a": return .appeal
        default: return nil
        }
    }

    /// The status line on a finals cell: whose final, the suggestion, and until when it is
    /// given or why it is locked.
    func describeFinal(_ column: FinalColumn, app: Application) -> (identity: String, terms: String) {
        let strings = app.strings
        guard let pupil = cursorPupil else { return ("", "") }
        var identity = "\(pupil.name.lastAndFirst) · \(column.title(in: strings.language))"
        if finals?.value(pupil.id, column.kind) == nil, !column.isClosed,
           let suggested = suggestion(for: pupil, in: column, app: app) {
            identity += " · " + strings.suggestedNote(suggested)
        }
        let terms: String
        if let closed = column.closedOn {
            terms = strings.closedTerms(closed, canCorrect: column.canCorrect)
        } else if !column.isEditable {
            terms = strings.readOnlyMark
        } else if let due = column.dueOn {
            terms = (finalsColumns(today: app.backend.today())?.isPastDue(column) ?? false) ? strings.finalsDuePassed(due) : strings.finalsDue(due)
        } else {
            terms = strings.noFinalsDue
        }
        return (identity, terms)
    }
}

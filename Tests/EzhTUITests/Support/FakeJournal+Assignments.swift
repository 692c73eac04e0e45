import EzhCore
@testable import EzhService
import EzhTUI

/// A lesson's assignments in the fake: the two work types of the fixture, a first mark with a
/// chosen type, a new column inserted after the lesson's others, a changed type, a removal.
extension FakeJournal: AssignmentsBackend {
    func workTypes(_ session: Session) throws -> WorkTypeList {
        WorkTypeList(types: [Fixture.classwork, Fixture.test], defaultID: Fixture.classwork.id)
    }

    func setMark(
        _ session: Session, page: JournalPage, column: GridColumn, pupil: PupilID, value: MarkValue?, replacing seen: MarkValue?,
        newColumnType: WorkTypeID?
    ) throws -> GridColumn {
        var written = try setMark(session, page: page, column: column, pupil: pupil, value: value, replacing: seen)
        guard written.assignmentID == nil, value != nil, var grid = marks[page],
              let index = grid.columns.firstIndex(of: column) else { return written }
        let type = [Fixture.classwork, Fixture.test].first { $0.id == newColumnType } ?? Fixture.classwork
        written = column.with(assignment: AssignmentID(Int64(900 + index)), workType: type)
        var columns = grid.columns
        columns[index] = written
        grid = MarksGrid(page: grid.page, period: grid.period, pupils: grid.pupils, columns: columns, cells: grid.cells, finals: grid.finals)
        marks[page] = grid
        return written
    }

    func addAssignment(_ session: Session, page: JournalPage, column: GridColumn, workType: WorkTypeID) throws -> GridColumn {
        guard let grid = marks[page], let index = grid.columns.firstIndex(of: column) else { throw JournalError.lessonNotFound }
        let type = [Fixture.classwork, Fixture.test].first { $0.id == workType } ?? Fixture.classwork
        let made = column.with(assignment: AssignmentID(Int64(800 + grid.columns.count)), workType: type)
        var columns = grid.columns
        var cells = grid.cells
        if column.assignmentID == nil {
            columns[index] = made
        } else {
            columns.insert(made, at: index + 1)
            // The cells right of the new column move one place.
            cells = Dictionary(uniqueKeysWithValues: grid.cells.map { cell, value in
                (MarksGrid.Cell(pupil: cell.pupil, column: cell.column > index ? cell.column + 1 : cell.column), value)
            })
        }
        marks[page] = MarksGrid(page: grid.page, period: grid.period, pupils: grid.pupils, columns: columns, cells: cells, finals: grid.finals)
        writes.append("add assignment lesson \(column.lessonID) \(type.abbreviation)")
        return made
    }

    func changeWorkType(_ session: Session, page: JournalPage, column: GridColumn, to workType: WorkTypeID) throws -> GridColumn {
        guard let grid = marks[page], let index = grid.columns.firstIndex(of: column), let id = column.assignmentID else {
            throw JournalError.lessonNotFound
        }
        let type = [Fixture.classwork, Fixture.test].first { $0.id == workType } ?? Fixture.classwork
        let changed = column.with(assignment: id, workType: type, assignmentTopic: column.assignmentTopic)
        var columns = grid.columns
        columns[index] = changed
        marks[page] = MarksGrid(page: grid.page, period: grid.period, pupils: grid.pupils, columns: columns, cells: grid.cells, finals: grid.finals)
        writes.append("work type col \(index) \(type.abbreviation)")
        return changed
    }

    func setAssignmentTopic(
        _ session: Session, page: JournalPage, column: GridColumn, topic: String
    ) throws -> (column: GridColumn, warning: BilingualText?) {
        guard let grid = marks[page], let index = grid.columns.firstIndex(of: column), let id = column.assignmentID else {
            throw JournalError.lessonNotFound
        }
        let changed = column.with(assignment: id, workType: column.workType, assignmentTopic: topic)
        var columns = grid.columns
        columns[index] = changed
        marks[page] = MarksGrid(page: grid.page, period: grid.period, pupils: grid.pupils, columns: columns, cells: grid.cells, finals: grid.finals)
        writes.append("topic col \(index) \(topic)")
        return (changed, nil)
    }

    func removeAssignment(_ session: Session, page: JournalPage, column: GridColumn) throws {
        writes.append("remove assignment \(column.assignmentID.map(String.init(describing:)) ?? "nil")")
    }
}

extension FakeJournal: ExemptionsBackend {
    func exemptions(_ session: Session, pupil: PupilID) throws -> [Exemption] { exemptionList.filter { $0.pupil == pupil } }

    func exemptionSubjectChoices(_ session: Session) throws -> [ExemptionSubject] {
        [ExemptionSubject(id: SubjectID(1), name: "Математика"), ExemptionSubject(id: SubjectID(9), name: "Физическая культура")]
    }

    func addExemption(_ session: Session, _ draft: ExemptionDraft) throws -> ExemptionID {
        let id = ExemptionID(Int64(exemptionList.count + 1))
        let names = try exemptionSubjectChoices(session).filter { draft.subjects?.contains($0.id) ?? false }.map(\.name)
        exemptionList.append(Exemption(id: id, pupil: draft.pupil, days: draft.days, subjects: draft.subjects, subjectNames: names,
                                       reason: draft.reason))
        writes.append("exemption \(draft.pupil) \(draft.days.first.russian)–\(draft.days.last.russian)")
        return id
    }

    func endExemption(_ session: Session, _ id: ExemptionID, lastDay: LocalDate) throws {
        exemptionList = exemptionList.map { old in
            old.id == id ? Exemption(id: id, pupil: old.pupil, days: DateSpan(old.days.first, lastDay), subjects: old.subjects,
                                     subjectNames: old.subjectNames, reason: old.reason) : old
        }
        writes.append("end exemption \(id) \(lastDay.russian)")
    }
}

/// Which pupils of a class get a notice to their parents, and why: a subject whose weighted
/// average over the period so far is below the pass line, or more lessons missed without a
/// valid reason (НП) than the threshold. A pure function of the period's marks and attendance.
public enum NoticeSelection {
    /// What one pupil's period holds, as the selection reads it.
    public struct PupilRecord: Sendable {
        public let pupil: PupilID
        public let name: PersonName
        /// Every mark of the period with its subject and its work type's weight.
        public let marks: [(subject: String, value: MarkValue, weight: Double)]
        public let attendance: [AttendanceCode]

        public init(pupil: PupilID, name: PersonName, marks: [(subject: String, value: MarkValue, weight: Double)], attendance: [AttendanceCode]) {
            self.pupil = pupil
            self.name = name
            self.marks = marks
            self.attendance = attendance
        }
    }

    /// The pupils who need a notice, in the order given, each with their reasons.
    public static func select(_ records: [PupilRecord], settings: NoticeSettings) -> [(pupil: PupilID, name: PersonName, reasons: NoticeReasons)] {
        records.compactMap { record in
            let reasons = reasons(of: record, settings: settings)
            return reasons.isEmpty ? nil : (record.pupil, record.name, reasons)
        }
    }

    public static func reasons(of record: PupilRecord, settings: NoticeSettings) -> NoticeReasons {
        let bySubject = Dictionary(grouping: record.marks, by: \.subject)
        let failing = bySubject.keys.sorted().compactMap { subject -> NoticeReasons.FailingSubject? in
            let averages = MarkAverages(bySubject[subject]!.map { ($0.value, $0.weight) })
            guard let weighted = averages.weighted, weighted < settings.passLine else { return nil }
            return NoticeReasons.FailingSubject(subject: subject, weightedAverage: weighted, marks: averages.count)
        }
        let unexcused = record.attendance.filter { $0 == .unexcused }.count
        return NoticeReasons(failing: failing, unexcusedAbsences: unexcused > settings.unexcusedThreshold ? unexcused : 0)
    }
}

/// Why a pupil's parents get a notice.
public struct NoticeReasons: Hashable, Sendable {
    public struct FailingSubject: Hashable, Sendable {
        public let subject: String
        public let weightedAverage: Double
        public let marks: Int

        public init(subject: String, weightedAverage: Double, marks: Int) {
            self.subject = subject
            self.weightedAverage = weightedAverage
            self.marks = marks
        }
    }

    public let failing: [FailingSubject]
    /// Lessons missed without a valid reason; 0 when not above the threshold.
    public let unexcusedAbsences: Int

    public init(failing: [FailingSubject], unexcusedAbsences: Int) {
        self.failing = failing
        self.unexcusedAbsences = unexcusedAbsences
    }

    public var isEmpty: Bool { failing.isEmpty && unexcusedAbsences == 0 }

    /// A short line for lists: «Математика 2.33; НП: 5».
    public var summary: String {
        (failing.map { "\($0.subject) \(MarkAverages.format($0.weightedAverage))" }
            + (unexcusedAbsences > 0 ? ["НП: \(unexcusedAbsences)"] : [])).joined(separator: "; ")
    }

    /// The notice's first text, in Russian as the school writes to parents; the class teacher
    /// reads and may change it before sending.
    public func draftText(pupil: PersonName, className: ClassName, period: String, asOf day: LocalDate, passLine: Double, classTeacher: String) -> String {
        var lines = ["Уважаемые родители!", "",
                     "Сообщаем об успеваемости и посещаемости: \(pupil.lastAndFirst), \(className) класс, на \(day.russian) (\(period)):"]
        if !failing.isEmpty {
            lines.append("— средний балл ниже \(MarkAverages.format(passLine)) по предметам: "
                + failing.map { "\($0.subject) (\(MarkAverages.format($0.weightedAverage)))" }.joined(separator: ", ") + ";")
        }
        if unexcusedAbsences > 0 {
            lines.append("— пропущено уроков без уважительной причины: \(unexcusedAbsences).")
        }
        lines += ["", "Просим обратить внимание и связаться с классным руководителем.", "Классный руководитель \(classTeacher)"]
        return lines.joined(separator: "\n")
    }
}

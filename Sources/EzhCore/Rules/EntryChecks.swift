/// The value checks every entry passes before the deadline rules: a mark is a mark, an
/// attendance code is one a subject teacher sets, grade 1 has no marks.
public enum EntryChecks {
    public static func checkMark(_ value: MarkValue?, className: ClassName) throws(JournalError) {
        guard className.hasMarks else { throw .noMarksInFirstGrade }
        if case .grade(let grade) = value, !MarkValue.validGrades.contains(grade) {
            throw .invalidMark(String(grade))
        }
    }

    public static func checkSubjectTeacherAttendance(_ code: AttendanceCode?) throws(JournalError) {
        if let code, !AttendanceCode.subjectTeacherCodes.contains(code) {
            throw .codeNotForSubjectTeacher(code)
        }
    }
}

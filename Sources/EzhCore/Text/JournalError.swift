/// Why the journal refused something. Each case renders to a sentence that says what is wrong
/// and what to do next.
public enum JournalError: UserFacingError, Equatable {
    case invalidCredentials
    case notSignedIn
    case accessDenied(BilingualText)
    case notYourLesson(teacher: String)
    case noMarksInFirstGrade
    case invalidMark(String)
    case invalidAttendanceCode(String)
    case codeNotForSubjectTeacher(AttendanceCode)
    case lessonNotFound
    case pupilNotOnPage
    case notFound(BilingualText)
    case fakeClockOnRealSchool
    case invalidInput(field: BilingualText, problem: BilingualText)
    case storageFailure(String)
    case noSchool(path: String)
    /// The cell (or a form's field) no longer holds the value the writer saw: another terminal
    /// changed it.
    case cellChanged(CellChange)
    /// Another terminal held the journal's write lock longer than the wait allows.
    case journalBusy(seconds: Int)
    case textTooLong(TextLimit, length: Int)
    /// The chosen substitute gives another lesson at that time (rule 6).
    case substituteBusy(teacher: String, lesson: LessonAtTime)
    /// The scheduled teacher of a lesson someone else gives (rule 6): only the substitute enters it.
    case lessonGivenBySubstitute(substitute: String)

    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.invalidCredentials, .ru):
            "Неверный логин или пароль (или вход закрыт на время после неудачных попыток). Проверьте раскладку и Caps Lock; если всё верно, подождите несколько минут или обратитесь к администратору."
        case (.invalidCredentials, .en):
            "Wrong login or password (or sign-in paused after failed attempts). Check the keyboard layout and Caps Lock; if both are right, wait a few minutes or ask the administrator."
        case (.notSignedIn, .ru): "Сеанс завершён. Войдите снова."
        case (.notSignedIn, .en): "The session has ended. Sign in again."
        case (.accessDenied(let what), .ru): "Нет доступа: \(what.russian)."
        case (.accessDenied(let what), .en): "Access denied: \(what.english)."
        case (.notYourLesson(let teacher), .ru):
            "Это урок другого учителя (\(teacher)); менять его может только он или замещающий."
        case (.notYourLesson(let teacher), .en):
            "This is another teacher's lesson (\(teacher)); only they or a substitute can change it."
        case (.noMarksInFirstGrade, .ru): "В 1 классе отметки не ставятся (безотметочное обучение)."
        case (.noMarksInFirstGrade, .en): "Grade 1 is taught without marks."
        case (.invalidMark(let text), .ru): "«\(text)» — не отметка. Введите 1–5 или точку."
        case (.invalidMark(let text), .en): "“\(text)” is not a mark. Type 1-5 or a dot."
        case (.invalidAttendanceCode(let text), .ru): "«\(text)» — не код посещаемости. Введите Н или ОП."
        case (.invalidAttendanceCode(let text), .en): "“\(text)” is not an attendance code. Type Н or ОП."
        case (.codeNotForSubjectTeacher(let code), .ru):
            "Код «\(code.rawValue)» ставит классный руководитель; учитель ставит Н или ОП."
        case (.codeNotForSubjectTeacher(let code), .en):
            "The code “\(code.rawValue)” is set by the class teacher; a subject teacher sets Н or ОП."
        case (.lessonNotFound, .ru): "Такого урока нет в журнале."
        case (.lessonNotFound, .en): "There is no such lesson in the journal."
        case (.pupilNotOnPage, .ru): "Этот ученик не учится в этом классе или группе на дату урока."
        case (.pupilNotOnPage, .en): "This pupil is not in this class or group on the lesson's date."
        case (.notFound(let what), .ru): "Не найдено: \(what.russian)."
        case (.notFound(let what), .en): "Not found: \(what.english)."
        case (.fakeClockOnRealSchool, .ru):
            "Сдвигать время можно только в демонстрационной базе; это база школы."
        case (.fakeClockOnRealSchool, .en):
            "Time can be moved only in a demo database; this is a school's database."
        case (.invalidInput(let field, let problem), .ru): "\(field.russian): \(problem.russian)"
        case (.invalidInput(let field, let problem), .en): "\(field.english): \(problem.english)"
        case (.storageFailure(let detail), .ru):
            "Не удалось записать в базу (\(detail)). Ничего не изменено; повторите, а если ошибка повторяется, сообщите администратору."
        case (.storageFailure(let detail), .en):
            "Could not write to the database (\(detail)). Nothing was changed; try again, and tell the administrator if it persists."
        case (.cellChanged(let change), .ru):
            if let field = change.field {
                "«\(field.russian)» изменили: \(change.summary(in: .ru)). Ничего не записано; повторите."
            } else {
                "Эту клетку уже изменили: \(change.summary(in: .ru)). Ничего не записано; проверьте клетку и введите снова."
            }
        case (.cellChanged(let change), .en):
            if let field = change.field {
                "“\(field.english)” was changed: \(change.summary(in: .en)). Nothing was written; try again."
            } else {
                "This cell was changed meanwhile: \(change.summary(in: .en)). Nothing was written; check the cell and enter again."
            }
        case (.journalBusy(let seconds), .ru):
            "Журнал занят другим терминалом дольше \(seconds) с. Ничего не записано; введите снова."
        case (.journalBusy(let seconds), .en):
            "Another terminal has held the journal for over \(seconds) s. Nothing was written; enter it again."
        case (.textTooLong(let limit, let length), .ru):
            "\(limit.name(in: .ru)): не длиннее \(limit.maximum) символов, а введено \(length). Сократите текст."
        case (.textTooLong(let limit, let length), .en):
            "\(limit.name(in: .en)): at most \(limit.maximum) characters, and \(length) were typed. Shorten the text."
        case (.substituteBusy(let teacher, let lesson), .ru):
            "\(teacher) в это время ведёт \(lesson.text(in: .ru)). Замена не записана; выберите другого учителя (правило 6)."
        case (.substituteBusy(let teacher, let lesson), .en):
            "\(teacher) gives \(lesson.text(in: .en)) at that time. The substitution was not recorded; choose another teacher (rule 6)."
        case (.lessonGivenBySubstitute(let substitute), .ru):
            "Этот урок ведёт замещающий учитель \(substitute); записи в нём вносит только он (правило 6). Если замены не было, обратитесь к заместителю директора."
        case (.lessonGivenBySubstitute(let substitute), .en):
            "This lesson is given by a substitute, \(substitute); only they enter it (rule 6). If there was no substitution, ask the deputy director."
        case (.noSchool(let path), .ru):
            "В базе \(path) нет школы. Создайте её: ezh init --db \(path) --school НАЗВАНИЕ --timezone Europe/Moscow --admin ЛОГИН (или ezh init --demo)."
        case (.noSchool(let path), .en):
            "The database \(path) has no school. Create one: ezh init --db \(path) --school NAME --timezone Europe/Moscow --admin LOGIN (or ezh init --demo)."
        }
    }
}

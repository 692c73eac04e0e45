import EzhCore
import EzhService

/// The message from the class teacher waiting, unread, for the demo parent: someone trying the
/// demo sees the correspondence at once, on the terminal's home screen and in the web diary.
/// The class teacher signs in and writes it as at a terminal, through the service, at the demo
/// clock's start (after the year's history, which runs up to it).
enum DemoClassTeacherMessage {
    static let classTeacherLogin = "teacher"
    static let subject = "Родительское собрание"
    static let body = """
        Здравствуйте! Приглашаю вас на родительское собрание в четверг в 18:00: поговорим об успеваемости \
        класса и о контрольных работах. Если прийти не получится, ответьте на это сообщение — договоримся о встрече.
        """

    static func send(_ service: JournalService, to family: (pupil: PupilID, parent: ParentID)) throws {
        let teacher = try service.signIn(login: classTeacherLogin, password: DemoSchoolGenerator.demoPassword)
        defer { service.signOut(teacher) }
        try service.startMessageThread(teacher, to: .parent(family.parent, pupil: family.pupil), subject: subject, body: body)
    }
}

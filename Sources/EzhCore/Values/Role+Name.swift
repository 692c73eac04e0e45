extension Role {
    /// The role as people call it: «завуч», «кл. руководитель».
    public func name(in language: Language) -> String {
        let ru = language == .ru
        return switch self {
        case .administrator: ru ? "администратор" : "administrator"
        case .director: ru ? "директор" : "director"
        case .deputy: ru ? "завуч" : "deputy director"
        case .teacher: ru ? "учитель" : "teacher"
        case .classTeacher: ru ? "кл. руководитель" : "class teacher"
        case .parent: ru ? "родитель" : "parent"
        case .pupil: ru ? "ученик" : "pupil"
        }
    }
}

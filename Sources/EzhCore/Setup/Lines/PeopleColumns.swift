/// The Russian headers of the people files, as school spreadsheets write them: the templates'
/// headers and the column a problem names.
public enum PeopleColumn {
    public static let lastName = "Фамилия"
    public static let firstName = "Имя"
    public static let patronymic = "Отчество"
    public static let position = "Должность"
    public static let login = "Логин"
    public static let roles = "Роли"
    public static let subjects = "Предметы"
    public static let phone = "Телефон"
    public static let email = "Электронная почта"
    public static let className = "Класс"
    public static let classTeacher = "Классный руководитель"
    public static let room = "Кабинет"
    public static let shift = "Смена"
    public static let periodScheme = "Периоды"
    public static let birthDate = "Дата рождения"
    public static let sex = "Пол"
    public static let personalFile = "Номер личного дела"
    public static let subgroups = "Подгруппы"
    public static let relation = "Кем приходится"
    public static let children = "Номера личных дел детей"
}

/// Gender forms of Russian last names.
enum RussianNames {
    /// The form of a last name for a man or a woman: Иванов/Иванова, Островский/Островская,
    /// Толстой/Толстая; Ковальчук, Кравченко, Черных do not change.
    static func lastName(_ masculine: String, for gender: DemoRows.Gender) -> String {
        guard gender == .female else { return masculine }
        for ending in ["ов", "ев", "ёв", "ин", "ын"] where masculine.hasSuffix(ending) {
            return masculine + "а"
        }
        for ending in ["ский", "цкий", "ой"] where masculine.hasSuffix(ending) {
            let stemLength = masculine.count - 2
            return String(masculine.prefix(stemLength)) + "ая"
        }
        return masculine
    }
}

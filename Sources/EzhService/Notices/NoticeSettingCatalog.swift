import EzhCore

/// The notice settings as the administrator's settings screen and `ezh settings` list them,
/// beside the journal's rules.
enum NoticeSettingCatalog {
    static let entries: [RuleSettingInfo] = [
        RuleSettingInfo(
            key: NoticeSettings.Key.schedule, name: BilingualText("Уведомления родителям: как часто", "Notices to parents: how often"),
            defaultValue: NoticeSettings.defaults.schedule.rawValue,
            meaning: BilingualText(
                "уведомления родителям неуспевающих и пропускающих уроки готовятся раз в этот срок (с понедельника, с 1 числа); классный руководитель их проверяет и отправляет",
                "notices to the parents of failing and truant pupils are prepared once in this span (from Monday, from the 1st); the class teacher reviews and sends them"
            ),
            accepts: BilingualText("daily (каждый день), weekly (раз в неделю), monthly (раз в месяц) или off (не готовить)",
                                   "daily, weekly, monthly or off")
        ),
        RuleSettingInfo(
            key: NoticeSettings.Key.passLine, name: BilingualText("Уведомления: порог среднего балла", "Notices: average pass line"),
            defaultValue: String(NoticeSettings.defaults.passLine),
            meaning: BilingualText(
                "уведомление готовится, если средневзвешенный балл ученика по предмету за период ниже этого числа",
                "a notice is prepared when a pupil's weighted average in a subject over the period is below this"
            ),
            accepts: BilingualText("число от 1 до 5, например 2.5", "a number from 1 to 5, for example 2.5")
        ),
        RuleSettingInfo(
            key: NoticeSettings.Key.unexcusedThreshold, name: BilingualText("Уведомления: пропусков без причины", "Notices: unexcused absences"),
            defaultValue: String(NoticeSettings.defaults.unexcusedThreshold),
            meaning: BilingualText(
                "уведомление готовится, если уроков, пропущенных без уважительной причины (НП) за период, больше этого числа",
                "a notice is prepared when more lessons than this were missed without a valid reason (НП) in the period"
            ),
            accepts: BilingualText("число от 0 до 200", "a number from 0 to 200")
        ),
    ]

    static func settings(_ values: NoticeSettings) -> [SchoolSetting] {
        [
            SchoolSetting(key: NoticeSettings.Key.schedule, value: values.schedule.rawValue),
            SchoolSetting(key: NoticeSettings.Key.passLine, value: String(values.passLine)),
            SchoolSetting(key: NoticeSettings.Key.unexcusedThreshold, value: String(values.unexcusedThreshold)),
        ]
    }
}

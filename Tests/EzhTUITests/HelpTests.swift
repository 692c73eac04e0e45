import EzhCore
@testable import EzhTUI
import Foundation
import XCTest

final class HelpTests: XCTestCase {
    private func keymap(user: String? = nil) throws -> Keymap {
        var path: String?
        if let user {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("ezh-user-\(UUID().uuidString).keymap").path
            try user.write(toFile: path!, atomically: true, encoding: .utf8)
        }
        defer { path.map { try? FileManager.default.removeItem(atPath: $0) } }
        let loaded = KeymapLoader(directories: [keymapFolder], userFile: path).load(named: "default")
        XCTAssertEqual(loaded.problems, [])
        return loaded.keymap
    }

    func testHelpOfTheDefaultKeymap() throws {
        XCTAssertEqual(HelpText.text(for: try keymap(), strings: Strings(.ru)), """
            Везде
              :         командная строка
              F1        справка
              F12, C-l  заблокировать (выйти из учётной записи)
              F10       выход из программы

            Вход
              Enter      подтвердить
              Tab, Down  следующее поле
              S-Tab, Up  предыдущее поле

            Начальный экран
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  открыть
              Tab    следующее поле
              S-Tab  предыдущее поле
              F6     пропуски класса за неделю
              F7     разрешения на внесение с опозданием
              F8     замены уроков
              C-r    заявить замену: вести чужой урок
              F9     сводка по учителям: что нужно внести
              F11    КТП: часы по плану и по учебному плану
              C-p    сменить свой пароль
              F4     учётные записи
              F2     реквизиты доступа учеников и родителей класса
              F5     журнал доступа
              F3     отчёт о доступе к классному журналу
              C-t    расписание: просмотр и изменение
              C-k    классы, предметы, учебный план
              C-u    ученики класса: список и движение
              C-y    выбрать учебный год (закрытые — для просмотра)
              C-n    настройки школы: название, учебная неделя, правила журнала
              C-e    КТП: темы, часы и даты по плану
              C-g    выполнение КТП по учителям
              C-o    заполнение журнала класса за неделю: предметы × дни
              C-a    резервные копии: последняя по каждому носителю, её возраст и итог
              C-x    отчёты: посещаемость, успеваемость, письма родителям и другие

            Журнал (оценки и посещаемость)
              Up                 вверх
              Down               вниз
              Left               влево
              Right              вправо
              PgUp               страница вверх
              PgDn               страница вниз
              Home               первый урок периода
              End                последний урок периода
              F5                 к сегодняшнему уроку
              Enter              выбрать значение ячейки
              Delete, Backspace  стереть ячейку
              C-z                отменить последнее изменение
              Tab                оценки ⇄ посещаемость
              S-Tab              посещаемость ⇄ оценки
              F2                 выбрать период
              F3                 выбрать класс
              F4                 выбрать предмет
              F6                 история ячейки
              Esc                назад, к предыдущему экрану
              F7                 карточка урока: тема, домашнее задание
              C-t                вид работы столбца (и вес): выбрать или изменить
              C-n                ещё одно задание на этом уроке (новый столбец)
              C-e                тема задания
              C-d                убрать пустое задание (столбец без отметок)
              C-k                КТП: темы, часы и даты по плану
              =                  итоговая: поставить предложенную отметку
              +                  итоговая: предложенные отметки всем без отметки в столбце
              C-r                исправить итоговую закрытого периода (пересдача, апелляция; по приказу)

            Списки выбора
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  подтвердить
              Esc    закрыть, отменить

            Справка
              Up              вверх
              Down            вниз
              PgUp            страница вверх
              PgDn            страница вниз
              Esc, F1, Enter  закрыть, отменить

            Командная строка
              Enter  подтвердить
              Esc    закрыть, отменить

            Карточка урока
              Enter      подтвердить
              Esc        закрыть, отменить
              Tab, Down  следующее поле
              S-Tab, Up  предыдущее поле
              F5         все присутствуют (посещаемость отмечена)
              F6         взять тему урока из КТП

            Пропуски за неделю
              Up       вверх
              Down     вниз
              PgUp     страница вверх
              PgDn     страница вниз
              F3       выбрать класс
              Esc      назад, к предыдущему экрану
              1, б, ,  пропуск по болезни (Б)
              2, у, e  пропуск по уважительной причине (УП)
              3, п, g  пропуск без уважительной причины (НП)
              4, с, c  освобождён (ОСВ)
              5, н, y  вернуть Н (причина неизвестна)
              Enter    примечание к пропуску
              Delete   снять пропуск, внесённый по ошибке
              Left     раньше (неделя, день)
              Right    позже (неделя, день)

            Разрешения
              Up          вверх
              Down        вниз
              PgUp        страница вверх
              PgDn        страница вниз
              Esc         назад, к предыдущему экрану
              F2, Insert  выдать разрешение
              Delete      отозвать разрешение

            Новое разрешение
              Enter      подтвердить
              Esc        закрыть, отменить
              Tab, Down  следующее поле
              S-Tab, Up  предыдущее поле
              F2         выдать разрешение
              Space      отметить / снять отметку

            Замены
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  открыть
              Esc    назад, к предыдущему экрану
              Left   раньше (неделя, день)
              Right  позже (неделя, день)

            Формы (пароль, роли, фильтр, файл)
              Enter      подтвердить
              Esc        закрыть, отменить
              Tab, Down  следующее поле
              S-Tab, Up  предыдущее поле
              Space      отметить / снять отметку

            Дневник
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              F2     выбрать период
              C-p    сменить свой пароль
              F3     выбрать ученика
              Left   предыдущая неделя
              Right  следующая неделя
              Tab    отметки → неделя → пропуски
              S-Tab  пропуски → неделя → отметки

            Учётные записи
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Esc    назад, к предыдущему экрану
              F2     создать учётную запись
              F3     сбросить пароль (выдать одноразовый)
              F5     изменить роли
              F6     отключить или снова включить учётную запись сотрудника
              F4, /  поиск
              F7     изменить сотрудника: ФИО, должность, телефон, предметы

            Реквизиты класса
              Up    вверх
              Down  вниз
              PgUp  страница вверх
              PgDn  страница вниз
              F4    выбрать класс
              Esc   назад, к предыдущему экрану
              F2    создать учётную запись
              F3    сбросить пароль (выдать одноразовый)
              F7    реквизиты всего класса в один файл

            Журнал доступа
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  открыть
              Esc    назад, к предыдущему экрану
              F4, /  поиск
              F2     фильтр
              F7     выгрузить в CSV
              F8     проверить цепочку журнала доступа
              F9     статистика работы с журналом

            Отчёт о доступе к классному журналу
              Up    вверх
              Down  вниз
              PgUp  страница вверх
              PgDn  страница вниз
              Esc   назад, к предыдущему экрану
              F2    фильтр
              F7    выгрузить в CSV

            Расписание
              Up      вверх
              Down    вниз
              Left    влево
              Right   вправо
              F5      к сегодняшнему уроку
              Enter   выбрать значение ячейки
              Delete  стереть ячейку
              F2      выбрать класс
              Esc     назад, к предыдущему экрану
              PgUp    предыдущая неделя
              PgDn    следующая неделя
              F3      расписание учителя
              F4      расписание кабинета
              F6      неделя выбранной даты
              F7      разово: отменить, перенести или добавить урок в этот день

            Классы, предметы, учебный план
              Up          вверх
              Down        вниз
              PgUp        страница вверх
              PgDn        страница вниз
              Enter       открыть
              Esc         назад, к предыдущему экрану
              F3          учебный план класса
              F4          предметы школы
              F2, Insert  добавить
              F5          каникулы и выходные дни
              Delete      убрать
              F6          расписание звонков
              F7          группы по предмету и их ученики
              F8          периоды года: четверти, полугодия и их даты
              F9          закрыть период для класса или всех: сначала что не заполнено
              C-o         дата приказа: срок итоговых отметок периода

            Ученики класса
              Up         вверх
              Down       вниз
              PgUp       страница вверх
              PgDn       страница вниз
              F4         выбрать класс
              Esc        назад, к предыдущему экрану
              F2         движение: прибытие, выбытие, перевод
              Enter, F3  карточка ученика: данные, контакты, родители
              F5         освобождения ученика (ОСВ): даты, предметы, приказ

            Карточка ученика
              Up         вверх
              Down       вниз
              PgUp       страница вверх
              PgDn       страница вниз
              Esc        назад, к предыдущему экрану
              F3         изменить данные и контакты ученика
              F2         добавить родителя
              Enter, F4  изменить родителя: ФИО, телефон, почта, кем приходится
              F5         связать с родителем брата или сестры (по № личного дела)
              F8         убрать связь с родителем (родитель остаётся)
              F6         освобождения ученика (ОСВ): даты, предметы, приказ

            Настройки школы
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  открыть
              Esc    назад, к предыдущему экрану

            Освобождения (ОСВ)
              Up          вверх
              Down        вниз
              PgUp        страница вверх
              PgDn        страница вниз
              Esc         назад, к предыдущему экрану
              F2, Insert  добавить
              F8, Delete  убрать

            КТП (календарно-тематическое планирование)
              Up          вверх
              Down        вниз
              Left        влево
              Right       вправо
              PgUp        страница вверх
              PgDn        страница вниз
              Enter       выбрать значение ячейки
              Esc         назад, к предыдущему экрану
              F2, Insert  добавить
              Delete      убрать
              F5          поднять строку выше
              F6          опустить строку ниже
              F3          загрузить КТП из файла CSV или XLSX
              F4          скопировать КТП прошлого года или коллеги (та же параллель)
              F9          дано по КТП: план и проведённые уроки

            Сводка по учителям
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  открыть
              Esc    назад, к предыдущему экрану
              s      сортировать по следующему столбцу

            Заполнение журнала класса
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              F3     выбрать класс
              Esc    назад, к предыдущему экрану
              Left   предыдущая неделя
              Right  следующая неделя

            Отчёты
              Up     вверх
              Down   вниз
              PgUp   страница вверх
              PgDn   страница вниз
              Enter  открыть
              Esc    назад, к предыдущему экрану

            Просмотр отчёта
              Up     вверх
              Down   вниз
              Left   влево
              Right  вправо
              PgUp   страница вверх
              PgDn   страница вниз
              Esc    назад, к предыдущему экрану
              F4     выгрузить в CSV
              F2     сохранить отчёт в PDF (для печати)
              F3     сохранить отчёт в XLSX (Excel)
              F5     напечатать отчёт (lp, CUPS)
            """)
    }

    func testRemappingAKeyChangesTheHelp() throws {
        let before = HelpText.text(for: try keymap(), strings: Strings(.ru))
        let after = HelpText.text(for: try keymap(user: "unbind grid F6\nbind grid F11 cell-history\nbind grid H cell-history\n"),
                                  strings: Strings(.ru))
        let changed = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter { $0 != $1 }
        XCTAssertEqual(changed.map { "\($0.0) => \($0.1)" }, [
            "  F6                 история ячейки =>   F11, H             история ячейки",
        ])
    }

    func testF1ShowsTheHelpOfTheLiveKeymapOverTheScreen() {
        let t = TestApp()
        t.openMathGrid()
        t.press(.function(1))
        XCTAssertTrue(t.text.contains("Справка: клавиши (раскладка клавиш «default»)"), t.text)
        // The help opens at the keys of the screen it was called from.
        XCTAssertTrue(t.screen.line(2).hasPrefix("  │ Журнал (оценки и посещаемость)       "), t.screen.line(2))
        XCTAssertTrue(t.text.contains("F2                 выбрать период"), t.text)
        t.press(.escape)
        XCTAssertFalse(t.text.contains("Справка:"))
        XCTAssertEqual(t.status, "Алексеев Борис · 27.11 урок 3 · Работа на уроке (вес 1)")
    }

    func testALongOverlayScrollsToItsLastWrappedLineAndNoFurther() {
        let t = TestApp()
        t.openMathGrid()
        let long = Array(repeating: "слово", count: 20).joined(separator: " ")
        let lines = (1...40).map { HelpText.Line(text: $0.isMultiple(of: 2) ? "строка \($0): \(long)" : "строка \($0)", isTitle: false) }
        t.app.push(TextOverlayScreen(title: "Длинный текст", lines: lines))
        XCTAssertTrue(t.text.contains("строка 1 "), t.text)
        XCTAssertTrue(t.text.contains(" ▾"), "more below")
        t.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let end = t.text
        XCTAssertTrue(end.contains("строка 40: слово"), end)
        XCTAssertTrue(end.contains("│   слово слово"), "the long line goes on, indented: \(end)")
        XCTAssertFalse(end.contains(" ▾"), "nothing more below")
        t.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        XCTAssertTrue(t.text.contains("строка 1 "), t.text)
        // 20 short lines and 20 of two: 60 lines, 19 on a page, so 41 steps down reach the end.
        for _ in 1...41 { t.press(.down) }
        XCTAssertEqual(t.text, end)
        t.press(.down)
        XCTAssertEqual(t.text, end, "no further than the last line")
    }
}

import EzhCore
import EzhService
import EzhStore
import Foundation
import GRDB

/// TestSchool with more families for messages: a mother of Иванова (so she has both parents),
/// an account for Алексеева (mother of Алексеев), and Яковлева's parent with no account.
enum MessageFamilies {
    static let mother = ParentID(3)     // Иванова Марина: Иванова's second parent
    static let yakovlevaParent = ParentID(4)
    /// Every family account the fixture has, with the one pupil each may hear about.
    static let familyLogins: [(login: String, pupil: PupilID)] = [
        ("parent", TestSchool.ivanova), ("mother", TestSchool.ivanova), ("alekseeva", TestSchool.alexeev), ("pupil", TestSchool.ivanova),
    ]

    static func add(to school: TestSchool) throws {
        try school.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO parent (id, last_name, first_name, patronymic) VALUES (3, 'Иванова', 'Марина', 'Олеговна'),
                                                                                  (4, 'Яковлев', 'Илья', 'Павлович');
                INSERT INTO parent_pupil VALUES (3, 1, 'мать'), (4, 3, 'отец');
                """)
            for (id, login, parent) in [(8, "mother", 3), (9, "alekseeva", 2)] {
                try db.execute(sql: "INSERT INTO account (id, login, password_hash, parent_id) VALUES (?, ?, ?, ?)",
                               arguments: [id, login, PasswordHasher.hash("secret-\(login)"), parent])
                try db.execute(sql: "INSERT INTO account_role VALUES (?, 'parent')", arguments: [id])
            }
        }
    }
}

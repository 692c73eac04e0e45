import GRDB

/// The state of a lesson's substitution (rule 6). `lesson.actual_teacher_id` stays the one
/// source of who gives a lesson and so who may enter it; this table says how that came about:
/// a teacher declared it at entry ('declared', waiting for the deputy), the deputy recorded or
/// confirmed it ('confirmed'), or the deputy rejected a declaration ('rejected': the actual
/// teacher is cleared again and the row keeps who had declared). A substituted lesson of a file
/// from before this table has no row and counts as recorded by the deputy.
enum SubstitutionSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE lesson_substitution (
                lesson_id INTEGER PRIMARY KEY REFERENCES lesson(id) ON DELETE CASCADE,
                substitute_id INTEGER NOT NULL REFERENCES staff(id),
                state TEXT NOT NULL CHECK (state IN ('declared', 'confirmed', 'rejected'))
            ) STRICT;
            CREATE INDEX lesson_substitution_by_state ON lesson_substitution(state);

            -- A substitute's lessons: their pages open for them, their clashes are checked.
            CREATE INDEX lesson_by_actual_teacher ON lesson(actual_teacher_id, date) WHERE actual_teacher_id IS NOT NULL;
            """)
    }
}

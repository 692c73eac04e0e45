/// The default keymap compiled in, used when no keymap folder can be found (an installed binary
/// without its share folder) or when the default file itself is broken. A test keeps it equal to
/// Keymaps/default.keymap.
enum BuiltinKeymap {
    static let text = """
        bind global F1 help
        bind global F10 quit
        bind global F12 lock
        bind global C-l lock
        bind global : command-line
        bind login Enter confirm
        bind login Tab next-field
        bind login Down next-field
        bind login S-Tab prev-field
        bind login Up prev-field
        bind home Up move-up
        bind home Down move-down
        bind home PgUp page-up
        bind home PgDn page-down
        bind home Enter open
        bind home Tab next-field
        bind home S-Tab prev-field
        bind home F6 absence-review
        bind home F7 permissions
        bind home F8 substitutions
        bind home F9 teachers-due
        bind grid Up move-up
        bind grid Down move-down
        bind grid Left move-left
        bind grid Right move-right
        bind grid PgUp page-up
        bind grid PgDn page-down
        bind grid Home first-column
        bind grid End last-column
        bind grid F5 today
        bind grid Enter edit-cell
        bind grid Delete clear-cell
        bind grid Backspace clear-cell
        bind grid C-z undo
        bind grid Tab next-grid
        bind grid S-Tab prev-grid
        bind grid F2 choose-period
        bind grid F3 choose-class
        bind grid F4 choose-subject
        bind grid F6 cell-history
        bind grid F7 lesson-card
        bind grid Esc back
        bind picker Up move-up
        bind picker Down move-down
        bind picker PgUp page-up
        bind picker PgDn page-down
        bind picker Enter confirm
        bind picker Esc cancel
        bind help Up move-up
        bind help Down move-down
        bind help PgUp page-up
        bind help PgDn page-down
        bind help Esc cancel
        bind help F1 cancel
        bind help Enter cancel
        bind command Enter confirm
        bind command Esc cancel
        bind card Enter confirm
        bind card Tab next-field
        bind card Down next-field
        bind card S-Tab prev-field
        bind card Up prev-field
        bind card F5 all-present
        bind card Esc cancel
        bind absences Up move-up
        bind absences Down move-down
        bind absences PgUp page-up
        bind absences PgDn page-down
        bind absences 1 set-ill
        bind absences б set-ill
        bind absences , set-ill
        bind absences 2 set-excused
        bind absences у set-excused
        bind absences e set-excused
        bind absences 3 set-unexcused
        bind absences п set-unexcused
        bind absences g set-unexcused
        bind absences 4 set-exempt
        bind absences с set-exempt
        bind absences c set-exempt
        bind absences 5 set-absent
        bind absences н set-absent
        bind absences y set-absent
        bind absences Enter edit-note
        bind absences Delete remove-absence
        bind absences Left earlier
        bind absences Right later
        bind absences F3 choose-class
        bind absences Esc back
        bind permissions Up move-up
        bind permissions Down move-down
        bind permissions PgUp page-up
        bind permissions PgDn page-down
        bind permissions F2 grant-permission
        bind permissions Insert grant-permission
        bind permissions Delete revoke-permission
        bind permissions Esc back
        bind permission-form Tab next-field
        bind permission-form Down next-field
        bind permission-form S-Tab prev-field
        bind permission-form Up prev-field
        bind permission-form Enter confirm
        bind permission-form Space toggle
        bind permission-form F2 grant-permission
        bind permission-form Esc cancel
        bind substitutions Up move-up
        bind substitutions Down move-down
        bind substitutions PgUp page-up
        bind substitutions PgDn page-down
        bind substitutions Enter open
        bind substitutions Left earlier
        bind substitutions Right later
        bind substitutions Esc back
        """

    static var keymap: Keymap {
        var keymap = Keymap(name: "default")
        // The text above is fixed and tested; it cannot fail to parse.
        try? KeymapParser.apply(text, file: "builtin", to: &keymap)
        return keymap
    }
}

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
        bind home F5 access-log
        bind home F6 change-password
        bind home F7 class-credentials
        bind home F8 access-report
        bind home F9 accounts
        bind form Enter confirm
        bind form Tab next-field
        bind form Down next-field
        bind form S-Tab prev-field
        bind form Up prev-field
        bind form Space toggle
        bind form Esc cancel
        bind diary Up move-up
        bind diary Down move-down
        bind diary PgUp page-up
        bind diary PgDn page-down
        bind diary Tab next-section
        bind diary S-Tab prev-section
        bind diary Left prev-week
        bind diary Right next-week
        bind diary F2 choose-period
        bind diary F3 choose-pupil
        bind diary F6 change-password
        bind accounts Up move-up
        bind accounts Down move-down
        bind accounts PgUp page-up
        bind accounts PgDn page-down
        bind accounts F2 new-account
        bind accounts F3 reset-password
        bind accounts F4 search
        bind accounts / search
        bind accounts F5 edit-roles
        bind accounts Esc back
        bind credentials Up move-up
        bind credentials Down move-down
        bind credentials PgUp page-up
        bind credentials PgDn page-down
        bind credentials F2 new-account
        bind credentials F3 reset-password
        bind credentials F4 choose-class
        bind credentials F7 class-slips
        bind credentials Esc back
        bind access-log Up move-up
        bind access-log Down move-down
        bind access-log PgUp page-up
        bind access-log PgDn page-down
        bind access-log Enter open
        bind access-log F2 filter
        bind access-log F4 search
        bind access-log / search
        bind access-log F7 export-csv
        bind access-log F8 verify-log
        bind access-log F9 usage-statistics
        bind access-log Esc back
        bind access-report Up move-up
        bind access-report Down move-down
        bind access-report PgUp page-up
        bind access-report PgDn page-down
        bind access-report F2 filter
        bind access-report F7 export-csv
        bind access-report Esc back
        """

    static var keymap: Keymap {
        var keymap = Keymap(name: "default")
        // The text above is fixed and tested; it cannot fail to parse.
        try? KeymapParser.apply(text, file: "builtin", to: &keymap)
        return keymap
    }
}

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
        """

    static var keymap: Keymap {
        var keymap = Keymap(name: "default")
        // The text above is fixed and tested; it cannot fail to parse.
        try? KeymapParser.apply(text, file: "builtin", to: &keymap)
        return keymap
    }
}

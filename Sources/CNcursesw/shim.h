// Wide-character ncurses. SwiftPM drops -D_XOPEN_SOURCE from pkg-config, so the wide API is
// switched on here, and the macros and globals Swift 6 cannot import get inline accessors.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

int wcwidth(wchar_t c);

static inline WINDOW *ezh_stdscr(void) { return stdscr; }
static inline int ezh_lines(void) { return LINES; }
static inline int ezh_cols(void) { return COLS; }
static inline attr_t ezh_a_bold(void) { return A_BOLD; }
static inline attr_t ezh_a_reverse(void) { return A_REVERSE; }
static inline attr_t ezh_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ezh_a_dim(void) { return A_DIM; }
static inline attr_t ezh_a_normal(void) { return A_NORMAL; }
static inline int ezh_color_pair(int n) { return COLOR_PAIR(n); }
static inline int ezh_key_code_yes(void) { return KEY_CODE_YES; }

// For the curses terminal of EzhCurses: standard streams for newterm, the locale's codeset to
// check for UTF-8, and the mouse masks (function-like macros Swift does not import).
#include <stdio.h>
#include <langinfo.h>
static inline FILE *ezh_stdin(void) { return stdin; }
static inline FILE *ezh_stdout(void) { return stdout; }
static inline const char *ezh_codeset(void) { return nl_langinfo(CODESET); }
static inline mmask_t ezh_button1_press_mask(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline int ezh_key_f(int n) { return KEY_F(n); }

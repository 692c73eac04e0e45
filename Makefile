# ezh: build, demo, tests, install. Every target installs the Debian packages it needs first,
# so a fresh machine (as root) needs nothing but this file.

PREFIX ?= /usr/local
# systemd looks for units of locally installed software here too.
SYSTEMD_UNIT_DIR ?= $(PREFIX)/lib/systemd/system
SWIFT ?= swift
# What the build links (pkg-config, SQLite, libsodium, ncursesw) and what the tests drive: tmux
# (end-to-end), sqlite3 (tampering and locks in tests, the benchmarks' baselines),
# openssh-server/client (StaffRoomSSHTests).
# The web diary's browser test drives Debian's chromium with chromedriver and python3-selenium;
# its load bench runs wrk (and fetches one page with curl).
APT_PACKAGES := pkg-config libsqlite3-dev libsodium-dev libncurses-dev tmux sqlite3 openssh-server openssh-client libxml2-dev faketime libpango1.0-dev libcairo2-dev fonts-dejavu-core poppler-utils libxlsxwriter-dev chromium chromium-driver python3-selenium wrk curl
DEMO_ARGS ?=

BENCH_DB ?= .build/bench/large.sqlite
BENCH_SAMPLES ?= 1000

.PHONY: demo help test bench build release docs deps install uninstall clean

## demo: build and start ezh on the embedded demo school (no questions asked)
demo: build
	.build/debug/ezh demo $(DEMO_ARGS)

## help: this list of targets
help:
	@awk '/^## [a-z]+: / { n = index($$0, ":"); printf "  %-10s %s\n", substr($$0, 4, n - 4), substr($$0, n + 2); next } \
		/^## / { printf "  %-10s %s\n", "", substr($$0, 4) }' $(firstword $(MAKEFILE_LIST))

## test: the whole test suite (unit, screens, store, service, end-to-end in tmux)
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

## bench: the benchmarks on a large school (made once, in its own process), with budgets;
## BENCH_SAMPLES samples of the fast actions (the slower ones run fewer, docs/performance.md)
bench: deps
	$(SWIFT) build -c release --product ezh
	$(SWIFT) build -c release --product ezh-bench
	@mkdir -p $(dir $(BENCH_DB))
	@test -f $(BENCH_DB) || .build/release/ezh init --demo --size large --db $(BENCH_DB) --now "2027-05-25 16:00"
	.build/release/ezh-bench $(BENCH_DB) $(BENCH_SAMPLES)

## build: the debug binary, .build/debug/ezh
build: deps
	$(SWIFT) build --product ezh

## release: the optimised binary, .build/release/ezh
release: deps
	$(SWIFT) build -c release --product ezh

## docs: write anew the generated blocks of docs/cli.md (each command's help) and docs/keymap.md
docs: build
	@for page in docs/cli.md docs/keymap.md; do \
		awk '/^<!-- generated: ezh .* -->$$/ { print; command = substr($$0, 17, length($$0) - 20); \
				sub(/^ezh/, "env -i HOME=/nonexistent EZH_KEYMAP_DIR=Keymaps .build/debug/ezh", command); print "```"; \
				while ((command | getline line) > 0) print line; \
				if (close(command) != 0) { print "make docs: " command " failed" > "/dev/stderr"; exit 1 } \
				skipping = 1; next } \
			/^<!-- end generated -->$$/ { skipping = 0; print "```" } \
			!skipping' $$page > $$page.new && mv $$page.new $$page || { rm -f $$page.new; exit 1; }; \
	done

## deps: install the missing Debian packages (needs root, as on the staff-room server)
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## install: binary, keymaps, shell completions, man page, the backup's systemd timer and the web diary's unit under $(PREFIX)
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/ezh/keymaps \
		$(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 .build/release/ezh $(DESTDIR)$(PREFIX)/bin/ezh
	install -m 0644 Keymaps/*.keymap $(DESTDIR)$(PREFIX)/share/ezh/keymaps/
	.build/release/ezh --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/ezh
	.build/release/ezh --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ezh
	.build/release/ezh --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ezh.fish
	$(SWIFT) package plugin generate-manual --configuration release
	install -m 0644 .build/plugins/GenerateManual/outputs/ezh/ezh.1 $(DESTDIR)$(PREFIX)/share/man/man1/ezh.1
	install -d $(DESTDIR)$(SYSTEMD_UNIT_DIR) $(DESTDIR)$(PREFIX)/share/doc/ezh
	for unit in ezh-backup.service ezh-backup.timer ezh-web.service; do \
		sed 's|@PREFIX@|$(PREFIX)|g' deploy/systemd/$$unit > $(DESTDIR)$(SYSTEMD_UNIT_DIR)/$$unit; \
		chmod 0644 $(DESTDIR)$(SYSTEMD_UNIT_DIR)/$$unit; \
	done
	install -m 0644 docs/operations.md $(DESTDIR)$(PREFIX)/share/doc/ezh/operations.md

## uninstall: remove what install put under $(PREFIX)
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ezh $(DESTDIR)$(PREFIX)/share/man/man1/ezh.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/ezh \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_ezh \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/ezh.fish \
		$(DESTDIR)$(SYSTEMD_UNIT_DIR)/ezh-backup.service $(DESTDIR)$(SYSTEMD_UNIT_DIR)/ezh-backup.timer \
		$(DESTDIR)$(SYSTEMD_UNIT_DIR)/ezh-web.service
	rm -rf $(DESTDIR)$(PREFIX)/share/ezh $(DESTDIR)$(PREFIX)/share/doc/ezh

## clean: remove the build folder
clean:
	rm -rf .build

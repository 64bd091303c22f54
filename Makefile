# The two commands: `make demo` and `make test`. Everything else they need is set up here.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian packages the tests need (Qt's offscreen platform, fonts, a PostgreSQL server for the
# team database tests). Installed only when we run as root (as CI does), and then required;
# elsewhere tests needing a missing one are skipped with the reason.
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	fonts-dejavu-core dbus-daemon dbus-bin gnome-keyring binutils icu-devtools postgresql
REQUIRE_POSTGRES := $(shell [ "$$(id -u)" = 0 ] && echo 1)

.PHONY: demo test lint system-deps bench clean screenshots bundle dist install-desktop bundle-screenshot soak \
	translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,bundle]'
	touch $(STAMP)

system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "installing: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  fi; \
	fi

# --- languages (README: Languages) ------------------------------------------------------
# The .ts files are the translations, kept in git; `make translations` refreshes them from
# the source (new texts come in unfinished, vanished ones go). No line numbers in them: they
# would change with every edit and make merges conflict. English holds its plural forms only.
TS_DIR := resources/translations
LANGUAGES := fr el
QM := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/*.ts))

translations: $(STAMP)
	for lang in $(LANGUAGES); do \
	  $(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -target-language $$lang \
	    $$(find desktop_sms -name '*.py' | sort) -ts $(TS_DIR)/desktop_sms_$$lang.ts; \
	done
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -pluralonly \
	  -target-language en $$(find desktop_sms -name '*.py' | sort) -ts $(TS_DIR)/desktop_sms_en.ts
	@$(PY) tools/ts_fill.py --todo $(TS_DIR)/desktop_sms_*.ts

# Compiled by the build, not kept in git.
$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

demo: $(STAMP) $(QM)
	$(PY) -m desktop_sms --demo

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_sms tests bench tools
	$(VENV)/bin/mypy

# Workers for pytest-xdist: one more than the cores, as a third of the suite's time is spent
# waiting (processes starting, timeouts, the simulator's delays). Tests marked `alone` bound a
# GUI stall or a wait by the clock, or lose a race under load: they run afterwards, serially.
TEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

# A crashed worker fails the run at once (--max-worker-restart=0) instead of being replaced:
# xdist once hung after replacing one.
test: $(STAMP) $(QM) system-deps lint
	export QT_QPA_PLATFORM=offscreen DESKTOP_SMS_REQUIRE_POSTGRES=$(REQUIRE_POSTGRES); \
	  $(VENV)/bin/pytest -n $(TEST_WORKERS) --max-worker-restart=0 -m "not alone"; \
	  status=$$?; $(VENV)/bin/pytest -m alone && exit $$status

# The long soak (issue 9): 10,000 messages through the window, statuses polled every 100 ms;
# `make test` runs the same test with 1,000.
soak: $(STAMP)
	SOAK_MESSAGES=10000 QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -s tests/soak

bench: $(STAMP)
	$(PY) -m bench.gateway_throughput

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Screenshots need a real X server: Xvfb and the xcb libraries, installed here when root.
SCREENSHOT_PACKAGES := xvfb xauth libegl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	fonts-dejavu-core fonts-noto-color-emoji

screenshots: $(STAMP) $(QM)
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(SCREENSHOT_PACKAGES)"
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tools/screenshots.py

# --- the double-clickable program ----------------------------------------------------------
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE := dist/desktop-sms

bundle: $(STAMP) $(QM) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/desktop_sms.spec
	@du -sh $(BUNDLE)

dist: bundle
	tar -I 'gzip -9' -C dist -cf dist/desktop-sms-$(VERSION)-linux-x86_64.tar.gz desktop-sms
	@ls -l dist/desktop-sms-$(VERSION)-linux-x86_64.tar.gz

# Puts the bundle's launcher and icon into the user's menu (Linux, no root needed).
APPS := $(HOME)/.local/share/applications
ICONS := $(HOME)/.local/share/icons/hicolor
install-desktop: bundle
	mkdir -p $(APPS) $(ICONS)/scalable/apps $(ICONS)/256x256/apps
	sed 's|^Exec=.*|Exec=$(abspath $(BUNDLE))/desktop-sms|' resources/desktop-sms.desktop \
		> $(APPS)/desktop-sms.desktop
	cp resources/desktop-sms.svg $(ICONS)/scalable/apps/desktop-sms.svg
	cp build/icons/desktop-sms-256.png $(ICONS)/256x256/apps/desktop-sms.png
	-update-desktop-database $(APPS) 2>/dev/null
	@echo "desktop-sms is in your applications menu"

bundle-screenshot: bundle
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(SCREENSHOT_PACKAGES) imagemagick"
	xvfb-run -a -s "-screen 0 1280x800x24" packaging/screenshot_bundle.sh

# Two entry points: `make run` sets up and starts the app, `make test` sets up and runs every test.
# Python 3.12 or newer, found by tools/find-python.sh (PATH first, then pyenv); PYTHON=... overrides.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean display-libs package bundle deb tarball package-check \
	windows-installer-check icons build-deps schema

$(STAMP): pyproject.toml tools/find-python.sh
	@py=$$(PYTHON="$(PYTHON)" sh tools/find-python.sh) || exit 1; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  echo "Replacing $(VENV): it was made with a Python older than 3.12."; rm -rf $(VENV); \
	fi; \
	echo "Setting up $(VENV) with $$py"; $$py -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Qt's X11 plugin needs a few libraries that minimal Debian/Ubuntu systems lack.
XCB_PACKAGES := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

run: $(STAMP)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No screen is attached to this session, so the window cannot be shown here."; \
	  echo "Checking that the app starts (offscreen) instead..."; \
	  QT_QPA_PLATFORM=offscreen $(PY) -m secondopinion_desktop --smoke && \
	  echo "The app starts correctly. Run 'make run' from a desktop session to use it."; \
	else \
	  $(MAKE) --no-print-directory display-libs && $(PY) -m secondopinion_desktop; \
	fi

display-libs: $(STAMP)
	@plugin=$$(find $(VENV) -name libqxcb.so | head -n 1); \
	if command -v apt-get >/dev/null && [ -n "$$plugin" ] && ldd "$$plugin" | grep -q "not found"; then \
	  echo "Installing the screen libraries Qt needs ($(XCB_PACKAGES))..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(XCB_PACKAGES); \
	fi

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	@$(MAKE) --no-print-directory package-check

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/case_ready.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/autosave.py
	$(PY) bench/summary_pdf.py
	@$(MAKE) --no-print-directory bundle
	QT_QPA_PLATFORM=offscreen $(PY) bench/bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# Installers (docs/install.md for the people who use them; packaging/ for how they are made).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
PKG_STAMP := $(VENV)/.package-installed
HOMEPAGE ?= https://github.com/secondopinion-companion/secondopinion-desktop
SCREENSHOTS_URL ?= $(HOMEPAGE)/releases/download/v$(VERSION)
# zstd builds the .deb in about a second (make test); releases use xz, the smallest.
DEB_COMPRESSION ?= zstd
DEB := dist/secondopinion_$(VERSION)_amd64.deb
TARBALL := dist/secondopinion-$(VERSION)-linux-x86_64.tar.xz

$(PKG_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(PKG_STAMP)

# What building the bundle needs from the system: binutils (PyInstaller's objdump and strip,
# readelf for the .deb's Depends) and every library the bundle leaves to the system, so that
# the Depends can be worked out (Debian 12 / Ubuntu 22.04 names).
BUILD_PACKAGES := binutils $(XCB_PACKAGES) libgl1 libcups2 libdbus-1-3 libwayland-client0 \
	libwayland-cursor0 libwayland-egl1 libxcb-randr0 libxcb-xfixes0 fonts-dejavu-core

build-deps:
	@missing=$$(for p in $(BUILD_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  echo "Installing what the bundle is built against:" $$missing; \
	  $(SUDO) apt-get install -y -qq $$missing >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing >/dev/null; } || \
	  echo "Could not install" $$missing "- the build says what is missing if it needs them."; \
	fi

# The frozen onedir bundle, dist/secondopinion/ (packaging/secondopinion.spec).
bundle: $(PKG_STAMP) build-deps
	rm -rf dist/secondopinion build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level ERROR --distpath dist \
	  --workpath build/pyinstaller packaging/secondopinion.spec

deb: $(PKG_STAMP)
	PYTHON=$(PY) HOMEPAGE=$(HOMEPAGE) SCREENSHOTS_URL=$(SCREENSHOTS_URL) \
	  bash packaging/linux/build_deb.sh $(VERSION) $(DEB_COMPRESSION)

tarball:
	tar -C dist -cf - secondopinion | xz -T0 -6 > $(TARBALL).part && mv $(TARBALL).part $(TARBALL)
	@echo "Built $(TARBALL) ($$(du -h $(TARBALL) | cut -f1))"

package:
	@$(MAKE) --no-print-directory bundle
	@$(MAKE) --no-print-directory deb
	@$(MAKE) --no-print-directory tarball

# Build, install with apt, use the installed program, validate, purge (packaging/linux/).
package-check: $(STAMP)
	@if [ "$$(id -u)" != 0 ] && ! sudo -n true 2>/dev/null; then \
	  echo "Skipping the package check: installing a .deb needs root or sudo, and neither is available."; \
	elif ! command -v apt-get >/dev/null; then \
	  echo "Skipping the package check: this system has no apt-get to install a .deb with."; \
	else \
	  MAKE="$(MAKE)" SUDO="$(SUDO)" PYTHON=$(PY) DEB=$(DEB) VERSION=$(VERSION) \
	    bash packaging/linux/package_check.sh; \
	fi

# Compile the NSIS installer against a stand-in payload and install/uninstall it under Wine.
windows-installer-check: $(STAMP)
	SUDO="$(SUDO)" VERSION=$(VERSION) bash packaging/windows/installer_check.sh

# The case file's JSON Schema, made from services/case_file.py (a test checks it is current).
schema: $(STAMP)
	$(PY) tools/write-case-schema.py

# Regenerate the committed PNG, .ico and .icns icons from resources/icons/secondopinion.svg.
icons: $(PKG_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# Two entry points: `make run` sets up and starts the app, `make test` sets up and runs every test.
# Python 3.12 or newer, found by tools/find-python.sh (PATH first, then pyenv); PYTHON=... overrides.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean display-libs

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

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/case_ready.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/autosave.py
	$(PY) bench/summary_pdf.py

clean:
	rm -rf $(VENV) build *.egg-info

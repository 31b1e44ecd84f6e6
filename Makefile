# 供电所工作站 — set-up, run, test, bench. Works on a fresh Debian 12 (root) with Python 3.11.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
APT_QT := libgl1 libegl1 libxkbcommon0 libx11-6 libglib2.0-0 libfontconfig1 libdbus-1-3
# What Qt's xcb platform needs for a real window on a Debian desktop (the tests run offscreen without them).
APT_WINDOW := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libx11-xcb1

.PHONY: run test bench fuzz lint dist setup apt apt-window apt-install translations clean

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory apt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Qt's system libraries, installed only when one is missing (root on Debian; elsewhere a hint).
apt:
	@$(MAKE) --no-print-directory apt-install PKGS="$(APT_QT)"

apt-window:
	@$(MAKE) --no-print-directory apt-install PKGS="$(APT_WINDOW)"

apt-install:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else echo "missing system packages:$$missing (install them with apt-get as root)"; fi; \
	fi

# .qm files are built, not committed.
translations: $(STAMP)
	@for ts in resources/translations/*.ts; do [ -f "$$ts" ] || continue; \
	  qm=$${ts%.ts}.qm; if [ ! -f "$$qm" ] || [ "$$ts" -nt "$$qm" ]; then \
	    $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$$qm"; fi; done

run: setup apt-window
	$(PY) main.py --demo

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks

# The whole damaged-file corpus (tests/fuzz_files.py) through every import preview; with DATABASE_URL set, the
# accepted rows are written (and rolled back) on PostgreSQL too. The suite runs a slice of it.
fuzz: setup
	$(PY) -m tests.fuzz_files
	@if [ -n "$$DATABASE_URL" ]; then $(PY) -m tests.fuzz_files 1500 "$$DATABASE_URL"; fi

lint: setup
	$(VENV)/bin/ruff check station db ui tests main.py
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy station db
	$(VENV)/bin/mypy ui

dist: setup
	$(PY) -m pip install -q pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm installers/station.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache

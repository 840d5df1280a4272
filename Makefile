# `make run` and `make test` set everything up on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint bench clean dist sysdeps translations

setup: $(VENV)/.installed translations

# The compiled translations the app loads (git-ignored), rebuilt when their .ts changes.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: setup
	$(BIN)/solieu

lint: setup
	$(BIN)/ruff check desktop tests bench
	$(BIN)/ruff format --check desktop tests bench
	$(BIN)/lint-imports

# The installer tests need the system libraries the bundle does not carry, and the export
# test reads the workbook back with LibreOffice. As root with apt-get (CI), install
# whichever are missing; elsewhere those tests skip and say why.
sysdeps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  missing=$$(for p in $$(grep -hv '^#' packaging/linux/build-deps.txt tests/system-packages.txt); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "installing system packages some tests need:" $$missing; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	      || echo "could not install them: the tests that need them will skip"; \
	  fi; \
	else echo "not root or no apt-get: some tests skip unless packaging/linux/build-deps.txt and tests/system-packages.txt are installed"; fi

test: lint sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Linux: the PyInstaller bundle (dist/solieu/, self-tested) and dist/solieu_<version>_<arch>.deb.
# Needs the system packages in packaging/linux/build-deps.txt.
dist: setup
	$(BIN)/python packaging/build.py --self-test
	$(BIN)/python packaging/linux/build_deb.py

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)

# `make run` and `make test` set everything up on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test lint bench clean dist

setup: $(VENV)/.installed

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

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Linux: the PyInstaller bundle (dist/solieu/, self-tested) and dist/solieu_<version>_<arch>.deb.
# Needs the system packages in packaging/linux/build-deps.txt.
dist: setup
	$(BIN)/python packaging/build.py --self-test
	$(BIN)/python packaging/linux/build_deb.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

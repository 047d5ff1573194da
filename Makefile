# SIC Desktop: `make run` opens the application, `make test` runs every test. Both set up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-core test-gui test-e2e lint bench translations clean setup

run: setup
	@packaging/system-deps.sh gui
	$(BIN)/sic-desktop

test: setup
	@packaging/system-deps.sh test
	$(BIN)/pytest

test-core test-gui test-e2e: setup
	$(BIN)/pytest tests/$(subst test-,,$@)

lint: setup
	$(BIN)/ruff check sic_desktop ui dev tests bench packaging
	$(BIN)/mypy

# English needs only its plural forms ("1 change", "2 changes"): -pluralonly, as Qt's docs advise.
translations: setup
	$(BIN)/python -m dev.wordlist
	$(BIN)/pyside6-lupdate $$(git ls-files 'ui/*.py' 'ui/**/*.py') -no-obsolete -ts resources/translations/sic_desktop_fr.ts resources/translations/sic_desktop_es.ts
	$(BIN)/pyside6-lupdate -pluralonly -no-obsolete $$(git ls-files 'ui/*.py' 'ui/**/*.py') -ts resources/translations/sic_desktop_en.ts
	$(BIN)/pyside6-lrelease resources/translations/sic_desktop_fr.ts resources/translations/sic_desktop_es.ts resources/translations/sic_desktop_en.ts

bench: setup
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

setup: $(STAMP)

$(STAMP): pyproject.toml
	@packaging/system-deps.sh gui
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache bench/.cache

# Rapport's two set-up commands: `make run` opens the app, `make test` runs every test.
# Both work on a fresh machine that has only Python 3.11: they create .venv, install what
# is needed (and the system libraries Qt needs, on Debian and Ubuntu), then run.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.app-installed
TEST_STAMP := $(VENV)/.test-installed
DIST_STAMP := $(VENV)/.dist-installed

.PHONY: run test test-fast lint typecheck pytest wheelcheck bench clean help dist translations

# The window's translations: .ts sources in the repository, .qm compiled from them here
# (never committed); setup.py compiles them into the wheel the same way.
TRANSLATIONS := resources/translations
WINDOW_LANGUAGES := en de fr es pt_BR
QM := $(foreach lang,$(WINDOW_LANGUAGES),$(TRANSLATIONS)/rapport_$(lang).qm)

help:
	@echo "make run    create .venv, install Rapport and open the window"
	@echo "make test   install what the tests need and run lint, type checks and the test suite"
	@echo "make test-fast  the quick suite (no windows, child processes or LanguageTool)"
	@echo "make bench  seed 10,000 contacts and 100,000 messages and print every benchmark"
	@echo "make dist   build the self-contained bundle dist/rapport/ (run dist/rapport/rapport)"
	@echo "make translations  refresh the .ts files from the window's marked strings"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(APP_STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $@ $(APP_STAMP)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# For maintainers: every marked string of app (the window's, and the core's sentences that
# app/sentences.py marks) into each language's .ts, translations made so far kept (English
# keeps only the plural forms, so "%Ln messages" reads "1 message"); translators fill in
# the rest. packaging/update_translations.py says why
# it, not lupdate alone, writes the files.
translations: $(APP_STAMP)
	$(BIN)/python packaging/update_translations.py \
		$$(git ls-files --cached --others --exclude-standard 'app/*.py')

# packaging/pyinstaller/check-bundle.sh runs the result as a machine without .venv would.
dist: $(DIST_STAMP) $(QM)
	@bash packaging/linux/install-system-deps.sh offscreen
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/rapport.spec

run: $(APP_STAMP) $(QM)
	@bash packaging/linux/install-system-deps.sh desktop
	@$(MAKE) --no-print-directory languagetool-if-java
	$(BIN)/rapport

lint: $(TEST_STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench
	$(BIN)/lint-imports --no-cache

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP) languagetool $(QM)
	@bash packaging/linux/install-system-deps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -X warn_default_encoding -m pytest

# The wheel alone, installed into a new virtual environment, is the whole app (pipx's way).
wheelcheck: | $(BIN)/python
	$(BIN)/python packaging/check_wheel.py

test: lint typecheck pytest wheelcheck

# The quick suite while developing: no whole windows, child processes or LanguageTool.
test-fast: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow and not jvm"

# Figures, not tests: bench/README.md says what each one measures and its target.
bench: $(TEST_STAMP) languagetool
	@bash packaging/linux/install-system-deps.sh offscreen
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache $(QM)

include mk/languagetool.mk

# Two commands: `make run` (the demo on a local SQLite file) and `make test`.
# Each target creates or refreshes .venv itself, so they work on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint fmt clean browser

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Prospect Intel needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/intel serve --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy intel sources api alerts
	$(BIN)/lint-imports

# The page tests drive Debian's Chromium (/usr/bin/chromium) with Playwright.
browser:
	@command -v chromium >/dev/null || { \
		echo "installing Debian's chromium for the browser tests"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		{ $$SUDO apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
		  || { $$SUDO apt-get update -qq && $$SUDO apt-get install -y --no-install-recommends chromium >/dev/null; }; } \
		|| echo "could not install chromium: browser tests will skip (and fail with CI=true)"; }

# Tests run on every core (pytest-xdist); TEST_WORKERS=0 runs them in one process.
TEST_WORKERS ?= auto

test: lint browser
	$(BIN)/pytest -n $(TEST_WORKERS)

fmt: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache *.egg-info

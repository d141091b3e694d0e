# Two commands do all the set-up: `make report` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
REPORTS := reports

.PHONY: report test lint format notebooks-html clean

# The virtual environment, (re)installed when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## report: analyse the sample article; write its tables and an HTML report under reports/
report: $(STAMP)
	$(BIN)/python -m analysis analyze --out $(REPORTS)/tables --overwrite
	$(BIN)/python -m analysis report -o $(REPORTS)/sample_report.html --overwrite

## test: lint, then the whole test suite (notebooks executed, report opened in Chromium)
test: $(STAMP) lint
	$(BIN)/python -m pytest

## notebooks-html: run every notebook and export it as offline HTML under reports/notebooks/
notebooks-html: $(STAMP)
	$(BIN)/python -m analysis.notebooks --out $(REPORTS)/notebooks --overwrite

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) $(REPORTS) .pytest_cache .ruff_cache .hypothesis

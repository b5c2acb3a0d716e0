# The two commands a newcomer needs: `make site` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
PELICAN := $(BIN)/pelican content --fatal warnings
PORT   ?= 8000

.PHONY: site build build-uk build-en serve test test-fast validate schema lint clean help eval

help:
	@echo "make site   - install if needed, validate content/, build output/ (uk at /, en at /en/)"
	@echo "make serve  - build, then serve output/ on http://localhost:$(PORT)/"
	@echo "make test   - install if needed, run the whole test suite"
	@echo "make validate | schema | lint | clean"
	@echo "make eval   - extractor precision, recall, F1 and date accuracy per split and language"

# Creates the virtualenv on first use and reinstalls when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

validate: $(STAMP)
	$(BIN)/python -m pipeline validate

site: validate
	rm -rf output
	$(MAKE) --no-print-directory -j2 build-uk build-en

build-uk: $(STAMP)
	SITE_LANG=uk $(PELICAN) -s pelicanconf.py

build-en: $(STAMP)
	SITE_LANG=en $(PELICAN) -s pelicanconf.py

serve: site
	@echo "Serving output/ on http://localhost:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory output

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

schema: $(STAMP)
	$(BIN)/python -m pipeline schema

eval: $(STAMP)
	$(BIN)/python -m pipeline eval

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

clean:
	rm -rf output .cache .pytest_cache

# The two commands a newcomer needs: `make site` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
PELICAN_OPTS ?=
PELICAN := $(BIN)/pelican content --fatal warnings $(PELICAN_OPTS)
SEARCH ?= $(BIN)/python -m pipeline search
PORT   ?= 8000
OUT    ?= output
STAGE  := $(OUT).new

.PHONY: site build build-uk build-en serve test test-fast validate schema lint clean help

help:
	@echo "make site   - install if needed, validate content/, build output/ (uk at /, en at /en/,"
	@echo "              downloads in data/, sitemap.xml, search index); output/ changes only on success"
	@echo "make serve  - build, then serve output/ on http://localhost:$(PORT)/"
	@echo "make test   - install if needed, run the whole test suite"
	@echo "make validate | schema | lint | clean"

# Creates the virtualenv on first use and reinstalls when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

validate: $(STAMP)
	$(BIN)/python -m pipeline validate

# Everything is built into $(STAGE) and replaces $(OUT) only when both languages, the
# downloads, the sitemap and the search index succeeded: a failed build keeps the last good
# site. The swap is two renames on one filesystem (output/ is missing for a moment only).
# `-o $(STAMP)`: the install was checked above (validate); the sub-make must not redo it.
site: validate
	rm -rf $(STAGE)
	$(MAKE) --no-print-directory -o $(STAMP) -j2 build-uk build-en OUT=$(STAGE)
	$(BIN)/python -m pipeline sitemap --site $(STAGE)
	$(SEARCH) --site $(STAGE)
	rm -rf $(OUT).old
	if [ -e $(OUT) ]; then mv $(OUT) $(OUT).old; fi
	mv $(STAGE) $(OUT)
	rm -rf $(OUT).old

build-uk: $(STAMP)
	SITE_LANG=uk HOTLINE_OUTPUT=$(OUT) $(PELICAN) -s pelicanconf.py

build-en: $(STAMP)
	SITE_LANG=en HOTLINE_OUTPUT=$(OUT) $(PELICAN) -s pelicanconf.py

serve: site
	@echo "Serving output/ on http://localhost:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory output

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

schema: $(STAMP)
	$(BIN)/python -m pipeline schema

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

clean:
	rm -rf $(OUT) $(STAGE) $(OUT).old .cache .pytest_cache

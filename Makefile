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

BASE   ?= origin/main

.PHONY: site build build-uk build-en serve test test-fast validate validate-since diff \
	schema docs lint clean help

help:
	@echo "make site   - install if needed, validate content/, build output/ (uk at /, en at /en/,"
	@echo "              downloads in data/, sitemap.xml, search index); output/ changes only on success"
	@echo "make serve  - build, then serve output/ on http://localhost:$(PORT)/"
	@echo "make test   - install if needed, run the whole test suite"
	@echo "make validate | validate-since BASE=main | diff BASE=main | schema | docs | lint | clean"

# Creates the virtualenv on first use and reinstalls when pyproject.toml changes. Only the
# dependencies are installed: the project's own code runs from this folder (python -m
# pipeline), so the venv never points at another checkout.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
	  print("\n".join(p["dependencies"] + p["optional-dependencies"]["test"]))' \
	  > $(VENV)/requirements.txt
	$(BIN)/python -m pip install --quiet -r $(VENV)/requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

validate: $(STAMP)
	$(BIN)/python -m pipeline validate

# For pull requests: only the problems the change introduced, annotated for GitHub.
validate-since: $(STAMP)
	$(BIN)/python -m pipeline validate --since $(BASE) --github

diff: $(STAMP)
	@$(BIN)/python -m pipeline diff $(BASE)

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

docs: $(STAMP)
	$(BIN)/python -m pipeline docs

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

clean:
	rm -rf $(OUT) $(STAGE) $(OUT).old .cache .pytest_cache

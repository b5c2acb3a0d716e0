# The two commands a newcomer needs: `make site` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
PELICAN := $(BIN)/pelican content --fatal warnings
PORT   ?= 8000

BASE   ?= origin/main

.PHONY: site build build-uk build-en serve test test-fast validate validate-since diff \
	schema docs lint clean help

help:
	@echo "make site   - install if needed, validate content/, build output/ (uk at /, en at /en/)"
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

docs: $(STAMP)
	$(BIN)/python -m pipeline docs

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

clean:
	rm -rf output .cache .pytest_cache

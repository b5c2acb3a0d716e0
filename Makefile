# The two commands a newcomer needs: `make site` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
PELICAN_OPTS ?=
PELICAN := $(BIN)/pelican content --fatal warnings $(PELICAN_OPTS)
BUILD_OPTS ?=
PORT   ?= 8000
OUT    ?= output
STAGE  := $(OUT).new
# CONF=publishconf.py for the public build (absolute URLs from HOTLINE_SITEURL).
CONF   ?= pelicanconf.py

BASE   ?= origin/main

.PHONY: site build build-uk build-en serve test test-fast validate validate-since diff \
	schema docs lint clean help i18n golden screenshots eval vega-bundle

help:
	@echo "make site   - install if needed, validate content/, build output/ (uk at /, en at /en/,"
	@echo "              downloads in data/, sitemap.xml, search index); output/ changes only on success"
	@echo "make serve  - build, then serve output/ on http://localhost:$(PORT)/"
	@echo "make test   - install if needed, run the whole test suite"
	@echo "make validate | validate-since BASE=main | diff BASE=main | schema | docs | lint | clean"
	@echo "make i18n   - re-extract interface strings and update theme/translations/uk (then translate)"
	@echo "make golden - rebuild the golden fixture site's expected output (after a deliberate change)"
	@echo "make screenshots - screenshots of the fixture site into output.screenshots/"
	@echo "make eval   - extractor precision, recall, F1 and date accuracy per split and language"
	@echo "make vega-bundle - re-vendor the interactive charts' Vega bundle after upgrading vl-convert"

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

# Everything is built into $(STAGE) and replaces $(OUT) only when validation, both
# languages, the downloads, the search indexes and the sitemap succeeded: a failed build
# keeps the last good site. `pipeline build` validates once and builds the two languages in
# parallel (see pipeline/site/fullbuild.py). The swap is two renames on one filesystem
# (output/ is missing for a moment only). The replaced site is deleted in the background, on
# its own (a large site's 30,000 files took 0.5 s to delete in memory and 5 s on disk,
# longer than the rest of a rebuild), at the lowest priority: a build started meanwhile
# comes first.
site: $(STAMP)
	rm -rf $(STAGE)
	$(BIN)/python -m pipeline build --out $(STAGE) --settings $(CONF) $(BUILD_OPTS)
	rm -rf $(OUT).old
	old=$(OUT).old.$$$$; \
	if [ -e $(OUT) ]; then mv $(OUT) $$old; fi; \
	mv $(STAGE) $(OUT) && if [ -e $$old ]; then (nice -n 19 rm -rf $$old </dev/null >/dev/null 2>&1 &); fi

# One language alone with plain Pelican (no validation, search index or sitemap).
build-uk: $(STAMP)
	SITE_LANG=uk HOTLINE_OUTPUT=$(OUT) $(PELICAN) -s $(CONF)

build-en: $(STAMP)
	SITE_LANG=en HOTLINE_OUTPUT=$(OUT) $(PELICAN) -s $(CONF)

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

# Interface strings: English msgids from templates and pipeline/site; the .po files are
# compiled in memory at build time, so no .mo is ever committed.
I18N_DIR := theme/translations
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _ -k gettext -k ngettext:1,2 --no-location \
		--sort-output --omit-header -o $(I18N_DIR)/messages.pot .
	$(BIN)/pybabel update -i $(I18N_DIR)/messages.pot -d $(I18N_DIR) -l uk --no-fuzzy-matching \
		--width 100 --ignore-obsolete
	@echo "Now fill every empty msgstr in $(I18N_DIR)/uk/LC_MESSAGES/messages.po;"
	@echo "tests/site/test_i18n.py fails while any is missing."

# Full-page screenshots of the fixture site (375 px and desktop, light and dark) to look at.
screenshots: $(STAMP)
	SITE_SCREENSHOTS=output.screenshots $(BIN)/python -m pytest -q tests/site/test_browser.py \
		-k screenshots
	@echo "screenshots in output.screenshots/"

golden: $(STAMP)
	REGENERATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/site/test_golden.py

# The Vega + Vega-Lite + vega-embed bundle for the on-demand interactive charts, vendored
# per vl-convert version (making it costs ~2 s per cold build); rerun after upgrading it.
vega-bundle: $(STAMP)
	rm -f pipeline/chart_assets/vega-bundle-*.js
	$(BIN)/python -c 'from pipeline.chart_site import vendored_bundle; import vl_convert as v; \
	  vendored_bundle().write_text(v.javascript_bundle(), encoding="utf-8")'

eval: $(STAMP)
	$(BIN)/python -m pipeline eval

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests bench

clean:
	rm -rf $(OUT) $(STAGE) $(OUT).old $(OUT).old.* .cache .pytest_cache

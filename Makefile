# Two entry points, both doing their own set-up on a fresh machine:
#   make build   build the graph from data/ on the embedded store and report
#   make test    run the test suite (what .ci/run calls)
# `make test` first runs scripts/system-deps.sh, which names the Debian packages the suite
# needs (Chromium, Virtuoso, Tesseract, antiword) and why, then installs the missing ones as
# root or through sudo. Where it cannot (status 3: not root and no sudo, or no apt-get) it
# names the tests that will be skipped and the suite runs without them; where it has them all
# (status 0) UNHRKG_SYSTEM_DEPS=required makes a test that still cannot find one fail, so CI
# never passes by skipping them. `make system-deps-check` only reports.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test setup clean system-deps system-deps-check

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

build: $(STAMP)
	$(BIN)/unhrkg build

system-deps:
	bash scripts/system-deps.sh

system-deps-check:
	bash scripts/system-deps.sh --check

test: $(STAMP)
	@bash scripts/system-deps.sh; status=$$?; \
	if [ $$status -eq 0 ]; then export UNHRKG_SYSTEM_DEPS=required; \
	elif [ $$status -ne 3 ]; then exit $$status; fi; \
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .unhrkg out

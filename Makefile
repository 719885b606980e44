# Two commands set everything up on a fresh machine:
#   make run    installs into .venv, builds the fact table if needed, then runs the bot
#               (DISCORD_TOKEN set) or the console (no token)
#   make test   installs into .venv (with dev tools), then runs ruff and the test suite
# `make bench` runs the three benchmarks (ingest, search, bot); they print figures and take a few minutes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install bench
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/whosaid

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_search.py
	$(BIN)/whosaid ingest --quiet
	$(BIN)/python bench/bench_bot.py

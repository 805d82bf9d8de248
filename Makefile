# Minbar: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_ARGS ?=

.PHONY: help install install-dev run worker test test-browser lint format check messages bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install what the site needs

install-dev: $(VENV)/.installed-dev ## Also install the test and lint tools

run: install ## Set up the site with its starter curriculum and serve it on http://127.0.0.1:8000/ (with the task worker)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_starter_curriculum
	$(PY) manage.py create_demo_accounts
	$(PY) manage.py db_worker --no-startup-delay & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT)

worker: install ## Run the background task worker (emails, search index updates)
	$(PY) manage.py db_worker

test: install-dev ## Run the whole test suite (set DATABASE_URL to test on PostgreSQL)
	$(PY) -m pytest -n 2 --dist loadfile $(TEST_ARGS)

lint: install-dev ## Check formatting and lint with ruff
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: install-dev ## Format and fix with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: install-dev ## Django system checks and migration check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

messages: install-dev ## Update locale/ar from the code and templates, then compile
	$(PY) manage.py makemessages -l ar --ignore=.venv --ignore=staticfiles --no-obsolete
	$(PY) manage.py compilemessages -l ar --ignore=.venv

bench: install-dev ## Measure throughput and latency of each page type against a minimal view
	$(PY) bench/run.py

clean: ## Remove the virtualenv, the local database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles media

# Minbar: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_ARGS ?=
# `make serve`: production settings on loopback, on the PostgreSQL and Redis already running on this machine.
SERVE_PG ?= postgres://postgres@127.0.0.1:5432
SERVE_DB ?= minbar
SERVE_CACHE ?= redis://127.0.0.1:6379/1
SERVE_PORT ?= 8001
SERVE_SECRET := $(VENV)/serve.env
# No TLS on loopback: no HTTPS redirect, and cookies without the Secure flag (browsers drop Secure cookies over
# plain http://127.0.0.1, so logging in would not stick). Production keeps both on.
SERVE_ENV = set -a && . $(SERVE_SECRET) && set +a && export DJANGO_SETTINGS_MODULE=config.settings.production \
	DATABASE_URL=$(SERVE_PG)/$(SERVE_DB) CACHE_URL=$(SERVE_CACHE) ALLOWED_HOSTS=127.0.0.1,localhost \
	SECURE_SSL_REDIRECT=false SECURE_COOKIES=false WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(SERVE_PORT)
CMD ?= help
# WeasyPrint (the modules' PDF downloads) needs Pango and HarfBuzz from the system, and fonts that cover Arabic.
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core

.PHONY: help system-deps install install-dev run worker test test-browser lint format check messages bench bench-weight clean serve serve-manage

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

system-deps: ## Install the Debian packages the PDF downloads need (when root), or say which ones to install
	@missing=$$(for package in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$package 2>/dev/null \
		| grep -q "install ok installed" || echo $$package; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		export DEBIAN_FRONTEND=noninteractive && apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "PDF downloads need these Debian packages:" $$missing; \
		echo "  sudo apt-get install $$missing"; \
		echo "(elsewhere: Pango 1.44 or later with HarfBuzz, and the Noto Naskh Arabic and Noto Sans fonts)"; \
	fi

install: system-deps $(VENV)/.installed ## Create .venv and install what the site needs

install-dev: system-deps $(VENV)/.installed-dev ## Also install the test and lint tools

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

bench: install-dev ## Measure pages at scale: wrk, instructions, queries, growth (BENCH_* options: docs/performance.md)
	$(PY) bench/run.py

bench-weight: install-dev ## Bytes transferred per page type and language, first and later visit (gzip, brotli)
	$(PY) bench/weight.py

$(SERVE_SECRET): | $(VENV)/.installed
	umask 077 && $(PY) -c "import secrets; print('SECRET_KEY=' + secrets.token_urlsafe(60))" > $@

serve: install $(SERVE_SECRET) ## Production-like on http://127.0.0.1:8001/: gunicorn (2 workers) and the worker, PostgreSQL, Redis
	psql "$(SERVE_PG)/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$(SERVE_DB)'" | grep -q 1 \
		|| psql "$(SERVE_PG)/postgres" -qc 'CREATE DATABASE "$(SERVE_DB)"'
	$(SERVE_ENV) && $(PY) manage.py migrate --noinput && $(PY) manage.py collectstatic --noinput -v 0 \
		&& $(PY) manage.py load_starter_curriculum \
		&& { $(PY) manage.py db_worker --no-startup-delay & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
		$(VENV)/bin/gunicorn config.wsgi --workers 2 --bind 127.0.0.1:$(SERVE_PORT) --access-logfile -; }

serve-manage: install $(SERVE_SECRET) ## Run a manage.py command against the `make serve` stack, e.g. CMD=createsuperuser
	$(SERVE_ENV) && $(PY) manage.py $(CMD)

clean: ## Remove the virtualenv, the local database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles media

# Escalation Desk — the two commands: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint format bench load clean

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml Makefile | $(VENV)/bin/activate
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,server,postgres,redis]'
	@touch $@

install: $(VENV)/.installed

run: install
	@DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput
	@DEBUG=$${DEBUG:-1} $(PY) manage.py seed_demo --if-empty
	@DEBUG=$${DEBUG:-1} HOST=$(HOST) PORT=$(PORT) $(PY) scripts/run_desk.py

test: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	# DESIGN.md "Layers": the contracts in pyproject.toml's [tool.importlinter].
	$(VENV)/bin/lint-imports --no-logo --no-cache
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest -n $${PYTEST_WORKERS:-2} --dist loadgroup

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format:
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: install
	$(PY) bench/run.py

# `make load`: the desk on PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) under Locust,
# at most 90 s once the demo desk is cached (scripts/load/run_load.py). Locust stays out of the
# test environment: only this target installs it.
$(VENV)/.installed-load: pyproject.toml | $(VENV)/bin/activate
	$(PY) -m pip install --quiet -e '.[load,server,postgres,redis]'
	@touch $@

load: $(VENV)/.installed-load
	$(PY) scripts/load/run_load.py $(LOAD_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

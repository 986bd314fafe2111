# Every target uses the project's own virtual environment in .venv, made by `make setup`.
PY := .venv/bin/python
VENV_STAMP := .venv/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

# Every golden case's expected output is a generated package too: linted and type-checked as one.
GOLDEN_EXPECTED := $(wildcard tests/golden/*/expected)
GOLDEN_PACKAGES := $(foreach e,$(GOLDEN_EXPECTED),$(e)/$(notdir $(patsubst %/expected,%,$(e))))

.PHONY: setup generate check test lint regen-golden bench bench-async corpus dist clean deps oracles

$(VENV_STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -f .venv/.installed-*
	touch $@

setup: $(VENV_STAMP)

generate: setup
	$(PY) -m generator generate

check: setup
	$(PY) -m generator check

lint: setup
	$(PY) -m ruff check generator templates/_runtime tests bench
	$(PY) -m ruff format --check generator templates/_runtime
	$(PY) -m mypy generator templates/_runtime
	cd generated && ../$(PY) -m ruff check --isolated .
	cd generated && ../$(PY) -m mypy --strict --exclude '^(build|dist)/' .
	$(PY) -m ruff check --isolated $(GOLDEN_EXPECTED)
	$(PY) -m mypy --strict $(GOLDEN_PACKAGES)

test: lint oracles
	$(PY) -m pytest -q
	$(PY) -m tests.support.dependency_versions lowest newest

# The generated package's runtime tests with the lowest attrs/cattrs/urllib3 it declares, and
# with the newest, each in a fresh virtual environment.
deps: setup
	$(PY) -m tests.support.dependency_versions lowest newest

# Schemathesis, run against `mock` by tests/tools/test_schemathesis.py, in its own environment: its
# pins clash with the generator's (jsonschema-rs).
SCHEMATHESIS := schemathesis==4.32.5
ORACLES_STAMP := .venv-oracles/.installed-$(SCHEMATHESIS)

$(ORACLES_STAMP):
	python3 -m venv .venv-oracles
	.venv-oracles/bin/pip install --quiet $(SCHEMATHESIS)
	rm -f .venv-oracles/.installed-*
	touch $@

oracles: $(ORACLES_STAMP)

regen-golden: setup
	$(PY) -m tests.golden.regen

PEERS_STAMP := .venv-peers/.installed

$(PEERS_STAMP):
	python3 -m venv .venv-peers
	.venv-peers/bin/pip install --quiet openapi-python-client==0.29.1
	touch $@

bench: setup $(PEERS_STAMP)
	$(PY) bench/run.py --peers

# The AsyncClient under load beside our Client on threads and the official SDK's async methods,
# and the choice of its HTTP library (figures in the README).
bench-async: setup $(PEERS_STAMP)
	.venv-peers/bin/pip install --quiet openrouter==1.3.84
	$(PY) bench/async_libraries.py
	$(PY) bench/async_streams.py --peers

corpus: setup
	$(PY) -m pytest -q -m corpus -s tests/test_corpus.py tests/test_conformance_independent.py

# The installable tool: dist/openapi_attrs_generator-<version>-py3-none-any.whl
dist: setup
	rm -rf dist build
	$(PY) -m pip wheel --quiet --no-deps -w dist .
	rm -rf build *.egg-info

clean:
	rm -rf .venv .venv-peers .venv-oracles .mypy_cache .ruff_cache .pytest_cache .corpus-out dist build

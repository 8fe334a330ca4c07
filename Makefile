# Two entry points, as in the README: `make run` (set up, build, validate, summarise) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/defence-kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# The site's JavaScript libraries and map data, pinned in package-lock.json (npm ci installs exactly that).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

.PHONY: setup run test check
setup: $(BIN)/defence-kg node_modules/.package-lock.json

run: setup
	$(BIN)/defence-kg build
	$(BIN)/defence-kg validate
	$(BIN)/defence-kg stats --top 5
	$(BIN)/defence-kg trace "Chongqing University" SASTIND --max-hops 2

# Static checks: lint, formatting, types (strict for the public API and cli/); make test runs them first.
check: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: check
	$(BIN)/pytest -q

# Scores the prose rules on the real MISP sample in ../shared when it is there (it is not shipped,
# and the tests never read it): every entry of each file against tests/gold/misp-galaxy-sample.json;
# then builds each file and validates the build against the shapes (exit 1 on a violation).
REAL_MISP := ../shared/data/misp-galaxy
.PHONY: real-extraction
real-extraction: setup
	@if ls $(REAL_MISP)/*.json >/dev/null 2>&1; then \
		for f in $(REAL_MISP)/*.json; do \
			echo "== $$f"; \
			$(BIN)/defence-kg extract --report --document misp-galaxy=$$f --gold tests/gold/misp-galaxy-sample.json || exit $$?; \
			tmp=$$(mktemp -d) || exit 2; \
			$(BIN)/defence-kg --quiet --out $$tmp/build build --validate --document misp-galaxy=$$f > $$tmp/log 2>&1; \
			rc=$$?; tail -n 2 $$tmp/log; rm -rf $$tmp; [ $$rc -eq 0 ] || exit $$rc; \
		done; \
	else \
		echo "real-extraction: $(REAL_MISP) is absent, so there is nothing to score (the real sample is not shipped)"; \
	fi

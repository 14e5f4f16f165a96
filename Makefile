# `make test` installs what the tests need (Python packages, Debian's Chromium) and runs them.
PYTHON ?= python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PIP := $(PYTHON) -m pip
# the versions CI tests with (bounds in pyproject.toml; `bash .ci/freeze` remakes the pins)
CONSTRAINTS := .ci/constraints.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_ROOT_USER_ACTION := ignore

.PHONY: install test lint demo notebook-extra

install:
	$(PIP) install -q -c $(CONSTRAINTS) -e '.[test]'
	@# a notebook that was run reads as unchanged in git: its outputs are cleared on `git add`
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		git config filter.clear-notebooks.clean '$(PYTHON) .ci/clear_notebooks.py'; fi
	@if [ ! -x /usr/bin/chromium ] || ! dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk; \
	fi

test: install
	$(PYTHON) -m pytest

lint:
	ruff check landingkit tests benchmarks
	$(PYTHON) .ci/clear_notebooks.py --check notebooks/*.ipynb

# The README's `pip install '.[notebook]'` in a fresh virtual environment brings what the
# notebooks and `landingkit edit` need.
VENV := build/notebook-venv
notebook-extra:
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q -c $(CONSTRAINTS) '.[notebook]'
	$(VENV)/bin/python -c "import jupyterlab, voila, ipykernel, landingkit.editor; \
		from nbconvert.exporters import get_exporter; get_exporter('landing')"
	$(VENV)/bin/jupyter lab --version
	$(VENV)/bin/voila --version
	rm -rf $(VENV)

demo:
	$(PIP) install -q -e .
	mkdir -p build
	landingkit export content/research/multimodal -o build/multimodal.html

# `make test` installs what the tests need (Python packages, Debian's Chromium) and runs them.
PYTHON ?= python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PIP := $(PYTHON) -m pip
# the versions CI tests with (bounds in pyproject.toml; `bash .ci/freeze` remakes the pins)
CONSTRAINTS := .ci/constraints.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_ROOT_USER_ACTION := ignore

.PHONY: install test lint demo

install:
	$(PIP) install -q -c $(CONSTRAINTS) -e '.[test]'
	@if [ ! -x /usr/bin/chromium ] || ! dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk; \
	fi

test: install
	$(PYTHON) -m pytest

lint:
	ruff check landingkit tests benchmarks

demo:
	$(PIP) install -q -e .
	mkdir -p build
	landingkit export content/research/multimodal -o build/multimodal.html

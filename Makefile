# The two commands of the README: `make run` (set up and start the app) and `make test`
# (set up and run lint, types and the whole test suite). Everything lives in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
# Mozilla's ical.js (npm), the second reader every invitation is parsed with in the tests
# (tests/exchange/test_invitations_ical_js.py); it needs Node.js.
ICAL_JS := .tools/node/node_modules/ical.js/package.json

.PHONY: run test lint typecheck pytest translations update-translations screenshots benchmarks clean \
	bundle icons

run: $(STAMP) $(QM)
	$(BIN)/coordinator-app $(ARGS)

test: $(STAMP) $(QM) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM) $(ICAL_JS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

$(ICAL_JS):
	npm install --silent --no-audit --no-fund --prefix .tools/node ical.js@2.2.1

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(QM)

# Compiled translations are build products, made from the .ts sources.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Developers: collect new strings from the code into the .ts files (then translate them).
# English needs only the plural forms ("1 member", "2 members").
# lupdate comes from a tools environment of its own: the app runs on PySide6 6.11 (6.12.0's
# binding loses references, see pyproject.toml), whose lupdate misses the plural forms of
# QCoreApplication.translate(context, text, "", n) and drops such calls spread over lines;
# 6.12.0's lupdate, a program of its own, reads them.
TOOLS := .venv-tools
LUPDATE := $(TOOLS)/bin/pyside6-lupdate

$(LUPDATE):
	test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet 'PySide6-Essentials==6.12.0'

update-translations: $(LUPDATE)
	$(LUPDATE) -extensions py -no-obsolete -locations none \
		$$(find coordinator_app -name '*.py' | sort) -ts resources/translations/coordinator_da.ts
	$(LUPDATE) -extensions py -no-obsolete -locations none -pluralonly \
		$$(find coordinator_app -name '*.py' | sort) -ts resources/translations/coordinator_en.ts

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py docs/screenshots

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# The desktop bundle a coordinator downloads (packaging/coordinator-app.spec, PyInstaller):
# dist/coordinator-app/ (the program and install.sh) and dist/coordinator-app-VERSION-linux-x86_64.tar.gz.
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/coordinator-app.spec

# The hicolor PNGs of packaging/linux/icons/, rendered from resources/icons/<app id>.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

clean:
	rm -rf $(VENV) $(TOOLS) .mypy_cache .pytest_cache .ruff_cache resources/translations/*.qm \
		build/pyinstaller dist .tools

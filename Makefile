# DPO Desk: `make run` opens the app, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

LOCK := requirements.lock

.PHONY: run test bench lint lock translations i18n-update qt-desktop qt-offscreen clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "DPO Desk needs Python 3.11 or newer"' \
	  || { echo "Python 3.11+ is required (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment. Run: sudo apt-get install -y python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

# The exact versions of requirements.lock (hashes checked), then the app itself, editable, built
# by the locked hatchling. Reinstall whenever the lock changes; refuse a lock older than
# pyproject.toml's requirements (a dependency added without `make lock`).
$(VENV)/.installed: $(LOCK) pyproject.toml | $(BIN)/python
	@$(BIN)/python packaging/lock.py check
	@# sqlcipher3-binary (the app's SQLCipher until 2026-12) ships the same `sqlcipher3` package as its
	@# replacement sqlcipher3-wheels: an older .venv drops both (removing one deletes the files
	@# they share), and the lock below installs sqlcipher3-wheels again
	@if $(BIN)/python -m pip show --quiet sqlcipher3-binary >/dev/null 2>&1; then \
	  $(BIN)/python -m pip uninstall --quiet --yes sqlcipher3-binary sqlcipher3-wheels; fi
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# Resolve pyproject.toml's requirements again into requirements.lock (with uv); review the
# diff and commit it with pyproject.toml. Run after adding or changing a dependency.
lock: | $(BIN)/python
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv
	$(BIN)/python packaging/lock.py write

qt-offscreen: $(VENV)/.installed
	@sh packaging/qt-system-deps.sh $(BIN)/python offscreen

qt-desktop: $(VENV)/.installed
	@sh packaging/qt-system-deps.sh $(BIN)/python desktop

resources/i18n/%.qm: resources/i18n/%.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Byte-compile the app as an installed copy is (pip compiles at install): a shell with
# PYTHONDONTWRITEBYTECODE would otherwise compile every module at every start.
run: qt-desktop translations
	@$(BIN)/python -m compileall -q dpo_desk >/dev/null
	$(BIN)/python main.py

# The linters first (ruff; import-linter's layer and no-cycle contracts in pyproject.toml).
test: qt-offscreen translations lint
	@sh packaging/test-tools.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: qt-offscreen translations
	QT_QPA_PLATFORM=offscreen $(BIN)/dpo-desk bench

lint: $(VENV)/.installed
	$(BIN)/ruff check dpo_desk tests main.py packaging
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) $(QM) build dist .pytest_cache

# Re-extract the user-visible strings into the .ts sources (then translate the new ones).
SOURCES := $(sort $(shell find dpo_desk -name '*.py'))
i18n-update: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language en -target-language vi $(SOURCES) -ts resources/i18n/dpo_desk_vi.ts
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language en -target-language en $(SOURCES) -ts resources/i18n/dpo_desk_en.ts

# docs/commands.md from the parser (tests/cli/test_docs.py fails while it is stale).
.PHONY: docs
docs: $(VENV)/.installed
	$(BIN)/python -m dpo_desk.cli.docs > docs/commands.md

# -- Python packages and the desktop bundle (packaging/README.md) ---------------------------
.PHONY: wheel package install-desktop
BUNDLE := dist/dpo-desk/dpo-desk
BUNDLE_INPUTS := $(shell find dpo_desk resources -type f ! -name '*.pyc' ! -name '*.qm') \
  main.py pyproject.toml packaging/dpo_desk.spec

$(VENV)/.installed-package: pyproject.toml | $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --no-build-isolation -e ".[package]"
	@touch $@

# dist/dpo_desk-VERSION.tar.gz and dist/dpo_desk-VERSION-py3-none-any.whl (built from the sdist).
wheel: translations $(VENV)/.installed-package
	rm -f dist/dpo_desk-*.whl dist/dpo_desk-*.tar.gz
	DPO_DESK_LRELEASE=$(CURDIR)/$(BIN)/pyside6-lrelease $(BIN)/python -m build --outdir dist .

$(BUNDLE): $(BUNDLE_INPUTS) $(QM) | $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/dpo_desk.spec
	@touch $@

# dist/dpo-desk/: the program and everything it needs, no Python required; smoke-tested.
package: qt-offscreen translations $(BUNDLE)
	sh packaging/smoke-test.sh $(BUNDLE)
	@du -sh dist/dpo-desk

# The bundle, a menu entry, icons and a `dpo-desk` launcher in ~/.local (no root needed).
# Remove with: packaging/linux/install-desktop.sh --uninstall
install-desktop: package
	sh packaging/linux/install-desktop.sh dist/dpo-desk

# Hostile input at depth: >= 10,000 cases per target and 1,000 single-byte packet flips.
.PHONY: fuzz
fuzz: $(VENV)/.installed
	DPO_DESK_FUZZ=deep QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests -k fuzz

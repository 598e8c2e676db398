# Two commands do all set-up on a fresh Debian machine:
#   make run   — installs everything and starts Reader on the bundled library
#   make test  — installs everything and runs the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test system-deps install bench clean translations

system-deps:
	@sh scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: system-deps $(STAMP)
	@BIN=$(BIN) sh scripts/translations.sh release
	@$(BIN)/python -m compileall -q reader >/dev/null  # byte code, as pip gives a user (15)

# New interface strings: add them to the .ts files (then translate; tests/ui/test_i18n.py
# lists what is unfinished) and rebuild the .qm files.
translations: $(STAMP)
	BIN=$(BIN) sh scripts/translations.sh update
	BIN=$(BIN) sh scripts/translations.sh release

run: install
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
	  echo "No display found: Reader runs offscreen (set DISPLAY to see its window)."; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/reader $(ARGS); \
	else $(BIN)/reader $(ARGS); fi

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m bench.run_all $(if $(LARGE),--large)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info

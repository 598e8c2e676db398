#!/bin/sh
# Interface translations (issue 21).
#   scripts/translations.sh update   — lupdate: add new interface strings to every .ts
#                                      (as unfinished), drop strings no longer in the code
#   scripts/translations.sh release  — lrelease: compile the .ts files to the .qm files the
#                                      app loads (run by `make install`)
# Translate the new entries with Qt Linguist (`.venv/bin/pyside6-linguist reader/i18n/*.ts`)
# or by editing the XML; tests/ui/test_i18n.py lists whatever is still unfinished.
set -e
BIN="${BIN:-.venv/bin}"
TS="reader/i18n/reader_zh_CN.ts reader/i18n/reader_zh_TW.ts reader/i18n/reader_es.ts"
case "${1:-release}" in
  update)
    # shellcheck disable=SC2046
    "$BIN/pyside6-lupdate" $(ls reader/ui/*.py) -ts $TS -no-obsolete -locations none ;;
  release)
    for ts in $TS; do "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"; done ;;
  *) echo "usage: $0 update|release" >&2; exit 2 ;;
esac

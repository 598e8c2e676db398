#!/usr/bin/env bash
# Screenshots of the main window for docs/ (issue 18): a Chinese article left, the Spanish
# one right, under Xvfb with the real xcb platform. Each shot gets a fresh data folder.
# Usage: tools/screenshots.sh [OUT_DIR]   (needs Debian's xvfb, imagemagick, xdotool)
set -eu
out=${1:-docs}
here=$(cd "$(dirname "$0")/.." && pwd)
py=$here/.venv/bin/python
shot() {  # shot NAME SIZE THEME PANELS(shown|hidden)
  local name=$1 size=$2 theme=$3 panels=$4 data disp
  data=$(mktemp -d)
  "$py" - "$data" "$theme" "$here/seeds" <<'PY'
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from reader.core.library.facade import Library
data, theme, seeds = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
library = Library(seeds, data)
library.load()
by_path = {a.path[:3]: a.id for a in library.articles.all()}
settings = QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat)
settings.setValue("meta/schema", 2)
settings.setValue("view/theme", theme)
settings.setValue("panes/left/article", by_path["003"])
settings.setValue("panes/right/article", by_path["002"])
settings.setValue("panes/right/visible", True)
settings.sync()
PY
  disp=:$(( 80 + RANDOM % 9 ))
  Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & local xpid=$!
  sleep 1
  DISPLAY=$disp QT_QPA_PLATFORM=xcb "$here/.venv/bin/reader" --library "$here/seeds" \
    --data-dir "$data" >/dev/null 2>&1 & local apid=$!
  sleep 11
  if [ "$panels" = hidden ]; then
    DISPLAY=$disp xdotool mousemove 600 300 click 1 key F9
    sleep 1
  fi
  DISPLAY=$disp import -window root "$out/$name.png"
  kill $apid; wait $apid 2>/dev/null || true
  kill $xpid; wait $xpid 2>/dev/null || true
  rm -rf "$data"
  echo "saved $out/$name.png"
}
for size in 1440x900 1024x700; do
  for theme in light dark; do
    shot "window-$size-$theme" "$size" "$theme" shown
  done
  shot "window-$size-light-focused" "$size" light hidden
done

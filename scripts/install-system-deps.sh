#!/bin/sh
# Debian packages Qt needs on a bare machine (xcb platform libraries, EGL/GL, fontconfig)
# and a CJK font so Chinese never renders as boxes. Installs only what is missing;
# without root it prints the command instead of failing.
set -eu
PACKAGES="fonts-wqy-microhei fonts-arphic-uming fontconfig libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
libxcb-xinerama0 libxcb-xkb1"
if ! python3 -m venv --help >/dev/null 2>&1; then PACKAGES="$PACKAGES python3-venv"; fi
command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian system: install Qt's xcb libraries and a CJK font yourself"; exit 0; }
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages:$missing"
  echo "Install them with: sudo apt-get install$missing"
  exit 0
fi
echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null

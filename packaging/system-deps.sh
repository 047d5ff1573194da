#!/bin/sh
# Install the system libraries SIC Desktop needs when they are missing (Debian/Ubuntu, as root).
#   packaging/system-deps.sh gui    Qt's libraries for a real display
#   packaging/system-deps.sh test   the same for offscreen tests, plus Xvfb, LibreOffice, poppler and a keyring
#   packaging/system-deps.sh package   what `make package` and its test need: binutils (PyInstaller),
#                                      the desktop-entry and AppStream validators, LibreOffice for a PDF
# On other systems, or without root, it says what is missing and goes on.
set -u
purpose=${1:-gui}

qt_libs="libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
libxkbcommon-x11-0"
wanted="$qt_libs python3-venv"
if [ "$purpose" = test ]; then
  # gnome-keyring + dbus: a real Secret Service for the key-storage end-to-end test.
  wanted="$wanted xvfb xauth poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui fonts-dejavu-core \
gnome-keyring dbus"
fi
if [ "$purpose" = package ]; then
  wanted="$wanted binutils desktop-file-utils appstream libreoffice-writer-nogui fonts-dejavu-core"
fi

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; make sure Qt 6's libraries are installed"; exit 0; }

missing=""
for package in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $package" ;; esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing system packages:$missing"
  echo "system-deps: install them with: sudo apt-get install$missing"
  exit 0
fi
echo "system-deps: installing missing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "system-deps: installed$missing"

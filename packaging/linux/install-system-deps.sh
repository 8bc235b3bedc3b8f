#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian and Ubuntu, when they are missing.
#
#   install-system-deps.sh offscreen   what the tests need (Qt's offscreen platform)
#   install-system-deps.sh desktop     also the X11/xcb libraries a real window needs
#
# Only missing libraries are installed, so on a machine that has them this takes a
# fraction of a second and needs no privileges. Without root (and no sudo) it prints the
# command to run instead of failing.
set -euo pipefail

profile=${1:-offscreen}

# shared library -> Debian package that provides it
offscreen_libs=(
  "libEGL.so.1 libegl1"
  "libGL.so.1 libgl1"
  "libOpenGL.so.0 libopengl0"
  "libxkbcommon.so.0 libxkbcommon0"
  "libfontconfig.so.1 libfontconfig1"
  "libfreetype.so.6 libfreetype6"
  "libdbus-1.so.3 libdbus-1-3"
  "libglib-2.0.so.0 libglib2.0-0"
)
desktop_libs=(
  "libxcb-cursor.so.0 libxcb-cursor0"
  "libxcb-icccm.so.4 libxcb-icccm4"
  "libxcb-keysyms.so.1 libxcb-keysyms1"
  "libxcb-shape.so.0 libxcb-shape0"
  "libxcb-randr.so.0 libxcb-randr0"
  "libxcb-render-util.so.0 libxcb-render-util0"
  "libxcb-image.so.0 libxcb-image0"
  "libxcb-xkb.so.1 libxcb-xkb1"
  "libxkbcommon-x11.so.0 libxkbcommon-x11-0"
  "libX11-xcb.so.1 libx11-xcb1"
)

wanted=("${offscreen_libs[@]}")
[ "$profile" = desktop ] && wanted+=("${desktop_libs[@]}")

if [ "$(uname -s)" != Linux ]; then
  exit 0
fi

known=$(ldconfig -p 2>/dev/null || true)
missing=()
for entry in "${wanted[@]}"; do
  lib=${entry%% *}
  package=${entry##* }
  grep -q "$lib " <<<"$known" || missing+=("$package")
done
# Fonts: without any, Qt draws no text at all.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n 1)" ]; then
  missing+=(fonts-dejavu-core fontconfig)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Qt needs these libraries, which this system lacks: ${missing[*]}" >&2
  echo "Install them with your package manager, then try again." >&2
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
  else
    echo "Qt needs these packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 0
  fi
fi

echo "Installing the system libraries Qt needs: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian and Ubuntu, when they are missing.
#
#   install-system-deps.sh offscreen   what the tests need (Qt's offscreen platform, the
#                                      validators of the desktop entry and metainfo, and
#                                      strace for the privacy check)
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
# tests/packaging checks the desktop entry and the AppStream metainfo with the tools that
# distributions and software centres use.
if [ "$profile" = offscreen ]; then
  command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
  command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)
  # tests/reliability/test_privacy.py records every connection the window and
  # `rapport check` open, with strace.
  command -v strace >/dev/null 2>&1 || missing+=(strace)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

source "$(dirname "$0")/apt-install.sh"
# A missing library is not fatal here: the message says what to install.
apt_install "Rapport" "${missing[@]}" || true

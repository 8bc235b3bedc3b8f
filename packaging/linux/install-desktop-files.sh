#!/usr/bin/env bash
# Installs what a Linux desktop needs to list Rapport: the desktop entry, the AppStream
# metainfo and the icon in every size, under PREFIX/share (the freedesktop layout).
#
#   install-desktop-files.sh [PREFIX]        PREFIX defaults to /usr/local
#   DESTDIR=/tmp/stage install-desktop-files.sh /usr     a package's staged install
#
# The entry starts `rapport-gui`, which `pip install` puts on the PATH.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../resources/icons/hicolor"
app_id=io.github.rapportapp.Rapport
prefix=${1:-/usr/local}
share="${DESTDIR:-}$prefix/share"

install -Dm644 "$here/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
for icon in "$icons"/*/apps/"$app_id".*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  install -Dm644 "$icon" "$share/icons/hicolor/$size/apps/$(basename "$icon")"
done

# On a live system (not a staged package), let menus and icon caches see the new files.
if [ -z "${DESTDIR:-}" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
fi
echo "Installed Rapport's desktop entry, metainfo and icons under $share"

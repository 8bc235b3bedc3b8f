#!/usr/bin/env bash
# Checks the bundle `make dist` built the way a computer without Rapport's virtual
# environment runs it: an empty environment (env -i) with only the system's PATH, a fresh
# data folder, started from a folder far from the source checkout.
#
#   packaging/pyinstaller/check-bundle.sh [BUNDLE_FOLDER]     (default dist/rapport)
#
# It runs `--version`; renders a built-in template (the templates are inside the bundle)
# and a template file (rendered by the bundle started again as its own render worker);
# and opens the window on Qt's offscreen platform, which counts as started once the log
# says the window is open.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
bundle=$(cd "${1:-$root/dist/rapport}" && pwd)
executable="$bundle/rapport"
work=$(mktemp -d)
window_pid=""
cleanup() {
  if [ -n "$window_pid" ]; then kill "$window_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "check-bundle: $*" >&2
  exit 1
}

bare() {
  (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
    RAPPORT_HOME="$work/data" RAPPORT_CACHE="$work/cache" RAPPORT_CONFIG="$work/config" "$@")
}

[ -x "$executable" ] || fail "$executable is missing: run make dist first."
mkdir -p "$work/home" "$work/data"

expected=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/app/__init__.py")
version=$(bare "$executable" --version)
[ "$version" = "rapport $expected" ] || fail "--version said '$version', not 'rapport $expected'."
echo "ok: $version"

contact='{"name": "Ana Souza", "how_met": "at PyData Lisbon"}'
message=$(bare "$executable" render --template invite-met-at-event --contact "$contact")
grep -q "Ana" <<<"$message" || fail "the built-in template rendered as: $message"
echo "ok: a built-in template renders"

cat >"$work/mine.j2" <<'EOF'
---
name: bundle-check
kind: invite
channel: linkedin_note
description: A template from a file, rendered by the render worker.
requires: [first_name]
---
Hello {{ first_name }}, from a template file.
EOF
message=$(bare "$executable" render --template mine.j2 --contact "$contact")
[ "$message" = "Hello Ana, from a template file." ] || fail "the template file rendered as: $message"
echo "ok: a template file renders in the bundle's render worker"

for code in en de fr es pt_BR; do
  [ -n "$(find "$bundle" -path "*/resources/translations/rapport_$code.qm")" ] ||
    fail "the bundle has no rapport_$code.qm: make compiles it from resources/translations/."
done
[ -n "$(find "$bundle" -name qtbase_de.qm)" ] || fail "the bundle has no qtbase_de.qm (Qt's buttons)."
echo "ok: the window's translations are in the bundle"

# Grammar off: the check is about the window, not about starting LanguageTool. A name, so
# the first-run dialog does not wait for an answer. In German, so the window finds its
# translations inside the bundle.
printf '{"schema_version": 1, "grammar_mode": "off", "my_name": "Sam", "window_language": "de"}\n' \
  >"$work/data/settings.json"
log="$work/data/logs/rapport.log"
(cd "$work" && exec env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 \
  RAPPORT_HOME="$work/data" RAPPORT_CACHE="$work/cache" RAPPORT_CONFIG="$work/config" \
  QT_QPA_PLATFORM=offscreen "$executable" >"$work/window.out" 2>&1) &
window_pid=$!
for _ in $(seq 600); do
  grep -q "Window open" "$log" 2>/dev/null && break
  kill -0 "$window_pid" 2>/dev/null || fail "the window exited: $(cat "$work/window.out")"
  sleep 0.1
done
grep -q "Window open" "$log" 2>/dev/null || fail "the window did not open within a minute."
kill -0 "$window_pid" 2>/dev/null || fail "the window exited: $(cat "$work/window.out")"
grep -q "Window language de" "$log" || fail "the window did not choose German: $(cat "$log")"
if grep -q "No translation" "$log"; then
  fail "the window found no translation: $(grep "No translation" "$log")"
fi
if grep -q " ERROR " "$log"; then
  fail "the window logged errors: $(cat "$log")"
fi
echo "ok: the window opens ($(grep -o 'Rapport .*(window.*) starting' "$log"))"

#!/usr/bin/env bash
# Assemble the LanguageTool server Rapport runs locally, from Maven Central, into the cache:
#   ${RAPPORT_CACHE:-<platform cache>/Rapport}/languagetool-<version>/
#     lib/*.jar        the runtime classpath of languagetool-server + language-en
#     classpath.txt    the jars in Maven's order, one per line; written LAST, so its
#                      presence marks a complete build and anything without it is redone
#
# Idempotent: when classpath.txt is there, it exits at once without starting Maven.
#   build.sh              build if needed
#   build.sh --print-dir  print the server folder and exit (for CI cache keys and tests)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pom="$here/pom.xml"
version="$(sed -n 's:.*<languagetool.version>\(.*\)</languagetool.version>.*:\1:p' "$pom")"
if [[ -z "$version" ]]; then
    echo "build.sh: no <languagetool.version> in $pom" >&2
    exit 1
fi

# Must match app.paths.cache_dir(): RAPPORT_CACHE, else platformdirs' user cache folder,
# which honours XDG_CACHE_HOME only when it is an absolute path.
if [[ -n "${RAPPORT_CACHE:-}" ]]; then
    cache="$RAPPORT_CACHE"
elif [[ "$(uname -s)" == Darwin ]]; then
    cache="$HOME/Library/Caches/Rapport"
elif [[ "${XDG_CACHE_HOME:-}" == /* ]]; then
    cache="$XDG_CACHE_HOME/Rapport"
else
    cache="$HOME/.cache/Rapport"
fi
dest="$cache/languagetool-$version"
marker="$dest/classpath.txt"

if [[ "${1:-}" == --print-dir ]]; then
    echo "$dest"
    exit 0
fi
if [[ -f "$marker" ]]; then
    exit 0
fi

command -v mvn >/dev/null || { echo "build.sh: Maven (mvn) is needed to build the server" >&2; exit 1; }

# Maven downloads into a scratch repository in the cache, not ~/.m2: the build never fills
# the user's own repository with some 280 MB of jars only this copy step needs, an
# interrupted build resumes from what it already fetched, and once the jars are copied the
# scratch repository is deleted, so the server is on disk once. ~/.m2/settings.xml
# (mirrors, proxies) still applies.
repo="$cache/maven-repository"

echo "Building the LanguageTool $version server into $dest" >&2
rm -rf "$dest"
mkdir -p "$dest"
mvn --batch-mode --quiet --file "$pom" \
    -Dmaven.repo.local="$repo" \
    -Dlanguagetool.lib="$dest/lib" \
    -Dlanguagetool.classpath="$dest/classpath.part" \
    package

# build-classpath writes one line joined with ':' and no final newline.
{ tr ':' '\n' <"$dest/classpath.part"; echo; } >"$dest/classpath.tmp"
rm "$dest/classpath.part"
while read -r jar; do
    [[ -f "$dest/$jar" ]] || { echo "build.sh: $jar is missing after the build" >&2; exit 1; }
done <"$dest/classpath.tmp"
mv "$dest/classpath.tmp" "$marker"
rm -rf "$repo"
echo "LanguageTool $version server ready in $dest" >&2

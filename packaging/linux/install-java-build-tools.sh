#!/usr/bin/env bash
# Installs Java 17 and Maven on Debian and Ubuntu when they are missing: the test suite
# assembles a real LanguageTool server from Maven Central with them. Without root (and
# no sudo) it prints the command to run instead.
set -euo pipefail

missing=()
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1 || true)
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  missing+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || missing+=(maven)
[ ${#missing[@]} -eq 0 ] && exit 0

source "$(dirname "$0")/apt-install.sh"
apt_install "The grammar tests' LanguageTool build" "${missing[@]}"

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

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Grammar tests need Java 17 and Maven; install: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
  else
    echo "Grammar tests need Java 17 and Maven: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing what the LanguageTool build needs: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

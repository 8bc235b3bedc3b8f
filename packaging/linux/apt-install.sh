# Sourced by the install scripts beside it: apt_install PURPOSE PACKAGE...
# Installs the packages with apt-get as root (or with sudo when it needs no password);
# otherwise says which command to run and returns 1.

apt_install() {
  local purpose=$1
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$purpose needs: $*. Install them with your package manager." >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      echo "$purpose needs: $*. Install them with: sudo apt-get install $*" >&2
      return 1
    fi
  fi
  echo "Installing what $purpose needs: $*"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

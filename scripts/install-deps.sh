#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running, testing and packaging Tessera need.
# Idempotent and non-interactive: when every package is already there it returns at once,
# without touching apt, so scripts/tessera can call it before every build.
# Run as root, or as a user that may sudo.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build ccache g++ pkg-config file dpkg-dev
  # Qt 6.4 (Core Gui Widgets Sql Svg Test LinguistTools) and the plugins loaded at run time
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 qt6-qpa-plugins libqt6sql6-psql libqt6sql6-sqlite libgl-dev
  # Qt's own translations (standard buttons and dialogs), loaded next to tessera_<lang>.qm
  qt6-translations-l10n
  # editor, database client libraries, PostgreSQL's own SQL lexer/parser, OS keychain
  libqscintilla2-qt6-dev libpq-dev libpg-query-dev qtkeychain-qt6-dev libsqlite3-dev
  # Format SQL (pg_format, from pgFormatter)
  pgformatter
  # the throwaway PostgreSQL server of the test suite (initdb, pg_ctl)
  postgresql-15
  # the keychain tests: a private D-Bus session with gnome-keyring (dbus-x11 provides the
  # session bus without pulling systemd into a container)
  dbus-daemon dbus-x11 gnome-keyring
  # GUI tests and screenshots without a display
  xvfb xauth imagemagick fonts-dejavu-core
  # checks of the desktop entry and the AppStream metainfo (CTest tests in packaging/)
  desktop-file-utils appstream
)

installed() {
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]
}

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=()
if ((EUID != 0)); then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo --preserve-env=DEBIAN_FRONTEND)
  else
    echo "install-deps: missing packages (${missing[*]}); run as root or install sudo" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-confdef
          -o Dpkg::Options::=--force-confold)

echo "install-deps: installing ${missing[*]}"
# The package lists of a fresh machine are empty or stale: refresh them before every install.
"${sudo[@]}" apt-get "${apt_opts[@]}" update -qq
"${sudo[@]}" apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends "${missing[@]}"

still=()
for p in "${packages[@]}"; do
  installed "$p" || still+=("$p")
done
if ((${#still[@]} > 0)); then
  echo "install-deps: still missing after apt-get: ${still[*]}" >&2
  exit 1
fi
echo "install-deps: done"

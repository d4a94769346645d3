#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session with a fresh, unlocked
# gnome-keyring in a throwaway HOME. Used by the keychain tests.
#   dbus-run-session -- with-keyring.sh COMMAND...
set -e
HOME=$(mktemp -d /tmp/tessera-keyring.XXXXXX)
export HOME
trap 'rm -rf "$HOME"' EXIT
eval "$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"

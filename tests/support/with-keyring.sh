#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session with a fresh, unlocked
# gnome-keyring in a throwaway HOME. Used by the keychain tests.
#   dbus-run-session -- with-keyring.sh COMMAND...
set -e
keyring_home=$(mktemp -d /tmp/tessera-keyring.XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
# The keyring keeps its files and its control socket in its own throwaway home, never in the
# test's XDG directories (which a fresh checkout has not created yet: the daemon then fails and
# D-Bus keeps activating new ones).
mkdir -p "$keyring_home/data" "$keyring_home/cache" "$keyring_home/run"
chmod 700 "$keyring_home/run"
eval "$(printf '\n' | HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" \
        XDG_CACHE_HOME="$keyring_home/cache" XDG_RUNTIME_DIR="$keyring_home/run" \
        gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# --unlock returns before the daemon owns its bus name, has created its "login" collection and
# has unlocked it. Wait for all three (bounded), asking only in ways that cannot start a second
# daemon: a call to org.freedesktop.secrets before the name is owned makes D-Bus activate
# another gnome-keyring-daemon, whose keyring is locked ("Cannot create an item in a locked
# collection" on a loaded machine).
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
unlocked() {
    dbus-send --session --print-reply --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q 'boolean false'
}
for _ in $(seq 1 100); do
    if owned && unlocked; then
        break
    fi
    sleep 0.1
done
"$@"

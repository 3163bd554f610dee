#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session (dbus-run-session) with
# gnome-keyring-daemon started and its login keyring unlocked, in throw-away HOME and XDG
# directories (removed afterwards). Fails, instead of pretending, when a piece is missing.
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring.sh: $tool is missing (scripts/deps.sh installs it)" >&2
        exit 1
    fi
done

if [ "${1:-}" != "--inside" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/keyring-home.XXXXXX")
    trap 'rm -rf "$home"' EXIT
    # Set before the bus starts: the daemon it activates must see these directories too.
    export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
        XDG_RUNTIME_DIR="$home/run"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
    status=0
    dbus-run-session -- "$0" --inside "$@" || status=$?
    exit "$status"
fi
shift

# Creates the login keyring with this password (or unlocks it) and serves org.freedesktop.secrets.
echo -n "keyring-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export APPWRITE_TEST_KEYRING=1
"$@"

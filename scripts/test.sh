#!/bin/sh
# Builds everything and runs every test headless (no display needed). Exit status is ctest's.
# Tests that use the OS keychain get a private D-Bus session with an unlocked gnome-keyring.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ET_BUILD_DIR:-$root/build}"
start=$(date +%s)

"$root/scripts/build.sh"
echo "build finished in $(( $(date +%s) - start )) s"

# A private home so tests never touch the real user's keyring, settings or caches.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
       XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
       XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY

status=0
dbus-run-session -- sh -c '
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    exec ctest --test-dir "$0" --output-on-failure --parallel 2 --timeout 300
' "$build" || status=$?
echo "build and tests finished in $(( $(date +%s) - start )) s"
exit $status

#!/bin/sh
# Start-up figures of the console under xvfb-run (OpenGL on llvmpipe, as run.sh gives a machine
# without a desktop), with a private D-Bus session and an unlocked gnome-keyring in a temporary
# home, as a desktop session has. Extra arguments go to bench_start (e.g. --runs 20).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${ET_BUILD_DIR:-$root/build}"
if [ -f "$build/CMakeCache.txt" ]; then
    cmake --build "$build" --target bench_start
else
    "$root/scripts/build.sh"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
       XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=xcb
unset DBUS_SESSION_BUS_ADDRESS
xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- sh -c '
    printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$0" "$@"' "$build/bin/bench_start" "$@"

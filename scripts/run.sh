#!/bin/sh
# Builds the console and its bundled backend, then starts the console. Arguments go to the
# console (e.g. --lang ko, --view dispatch, --server URL, --offline). Without a display it runs
# under Xvfb, which is useful with --screenshot FILE.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ET_BUILD_DIR:-$root/build}"

"$root/scripts/build.sh" --target energytruck-console energytruck-server energytruck-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "run: no display found; starting the console under xvfb-run" >&2
    # Without a desktop session the keychain would be started on the Xvfb display, and its
    # password prompt would wait there for nobody: keep the login in memory for this run instead.
    keychain=""
    if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
        echo "run: no desktop session either; the login is kept in memory for this run (--no-keychain)" >&2
        keychain="--no-keychain"
    fi
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/bin/energytruck-console" $keychain "$@"
fi
exec "$build/bin/energytruck-console" "$@"

#!/bin/sh
# Runs every load figure against the real server and appends the JSON lines to
# build/bench_load.jsonl (ET_LOAD_JSON overrides). Installs wrk for the closed-loop cross-check
# when it is missing (the test suite never needs it). Extra arguments go to bench_load, e.g.
#   bench/load/run.sh --idle-minutes 1 --ramp 1000,2000,4000
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${ET_BUILD_DIR:-$root/build}"

if ! command -v wrk >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    echo "run.sh: installing wrk" >&2
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1 \
        || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null; } \
        || echo "run.sh: wrk could not be installed; its cross-check will be skipped" >&2
fi

if [ -f "$build/CMakeCache.txt" ]; then
    cmake --build "$build" --target bench_load energytruck-server
else
    "$root/scripts/build.sh"
fi
exec "$build/bin/bench_load" --phases idle,fanout,rest,wrk,ramp --json "${ET_LOAD_JSON:-$build/bench_load.jsonl}" "$@"

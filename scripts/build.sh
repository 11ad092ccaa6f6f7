#!/bin/sh
# Configures and builds the project (used by run.sh and test.sh). Installs missing Debian
# packages first. ET_BUILD_DIR overrides the build folder; extra arguments go to the build.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${ET_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" "$@"

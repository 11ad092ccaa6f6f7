#!/bin/sh
# The disaster benchmarks of issue 18 over a real console cache: the real server on 23 Aug 2018
# with 1819 SOULIK registered (docs/examples), the real CLI signed in and synced — then the
# what-if drag and the alarm flood in the real console window under xvfb. Build first (README).
#   bench/hazard/run.sh [moves] [alarms] [seconds]
set -eu
export ET_SCREENSHOT_START="${ET_SCREENSHOT_START:-2018-08-23T03:00:00Z}"
. "$(dirname "$0")/../../scripts/screenshot-server.sh"
with_soulik
cache=$(find "$work/cli" -name cache.sqlite | head -n1)
[ -n "$cache" ] || { echo "no cache was made" >&2; exit 1; }
# The benches read a copy of that cache with no server: stop it, so it takes no CPU from them.
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
export QT_LOGGING_RULES="et.*.info=false;et.*.debug=false"
echo "OpenGL (llvmpipe when there is no GPU):"
xvfb-run -a -s "-screen 0 1440x900x24" "$bin/bench_whatif" "$cache" "${1:-100}"
xvfb-run -a -s "-screen 0 1440x900x24" "$bin/bench_alarmflood" "$cache" "${2:-1000}" "${3:-60}"
echo "Qt Quick's software renderer:"
QT_QUICK_BACKEND=software xvfb-run -a -s "-screen 0 1440x900x24" "$bin/bench_whatif" "$cache" "${1:-100}"
QT_QUICK_BACKEND=software xvfb-run -a -s "-screen 0 1440x900x24" "$bin/bench_alarmflood" "$cache" "${2:-1000}" "${3:-60}"

#!/bin/sh
# Re-makes docs/screenshots/dispatch-<lang>.png (the suggestions), dispatch-board-<lang>.png and
# dispatch-truck-<lang>.png: a spring Sunday on Jeju (the grid curtails from late morning), the
# real energytruck-server at 600 simulated seconds a second. The suggestions first, while the
# grid curtails; then the console is left running for 45 s, so the lanes, the routes on the map,
# the day's KPIs and a truck's SoC chart (a sample per update the console saw) have something to
# show. Both languages run side by side, so they show the same moment.
set -eu
export ET_SCREENSHOT_START="${ET_SCREENSHOT_START:-2026-04-12T01:30:00Z}" # 10:30 KST
. "$(dirname "$0")/screenshot-server.sh"
start_server 0 600

# shoot LANG NAME SECONDS [console options…]: a screenshot SECONDS after the console starts.
shoot() {
    lang=$1 name=$2 after=$3
    shift 3
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" $sign_in_args --view dispatch --lang "$lang" --data-dir "$work/$name-$lang" \
        --screenshot-after "$after" --screenshot "$out/$name-$lang.png" "$@" >>"$work/console.log" 2>&1
    echo "made $out/$name-$lang.png"
}

# both NAME SECONDS [options…]: one console per language at once; `wait` on them alone (the
# server runs on in the background).
both() {
    shoot ko "$@" & ko=$!
    shoot en "$@" & en=$!
    wait $ko $en
}
both dispatch 6
# The board and a truck that works through the day, at the same moment.
both dispatch-board 45 &
board=$!
both dispatch-truck 45 --select "${ET_SCREENSHOT_TRUCK:-truck-08}"
wait $board

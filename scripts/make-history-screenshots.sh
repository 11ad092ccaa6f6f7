#!/bin/sh
# Re-makes docs/screenshots/energy-past-<lang>.png: the Energy view scrubbed back to a past minute
# of the cached week (--at). The real energytruck-server first runs two simulated days fast (an
# hour a second) from the screenshots' summer start, then on at the usual 60×; the console syncs
# those days into its cache and shows the minute 30 hours before the newest data — the late morning
# of the second day, solar near its peak and a link exporting — under Xvfb, 1440x900.
set -eu
. "$(dirname "$0")/screenshot-server.sh"
start_server 0 3600
sleep 52   # two simulated days and a little more
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
start_server 0

for lang in ko en; do
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" $sign_in_args --view energy --at 30h --lang "$lang" --data-dir "$work/data-$lang" \
        --screenshot "$out/energy-past-$lang.png"
    echo "made $out/energy-past-$lang.png"
done

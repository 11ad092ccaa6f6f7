#!/bin/sh
# Re-makes the Energy view's screenshots, with two simulated days in the console's cache so its
# chart has the past 24 hours beside the forecast: energy-<lang>.png (live), energy-<lang>-dark.png
# (the dark palette) and energy-past-<lang>.png (scrubbed on the time slider, --at 30h: the minute
# 30 hours before the newest data). The real energytruck-server starts on a spring Saturday
# morning (2026-04-11 09:00 KST: low weekend demand under a spring sun, when Jeju curtails) and
# runs two simulated days fast (an hour a second), then on at the usual 60×; the console syncs
# those days and is photographed under Xvfb, 1440x900.
set -eu
export ET_SCREENSHOT_START="${ET_SCREENSHOT_START:-2026-04-11T00:00:00Z}"
. "$(dirname "$0")/screenshot-server.sh"
with_two_days

shot() { # shot FILE LANG [console options...]
    file=$1 lang=$2
    shift 2
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" $sign_in_args --view energy --lang "$lang" --data-dir "$work/data-$lang" \
        --screenshot "$out/$file" "$@"
    echo "made $out/$file"
}
for lang in ko en; do
    shot "energy-$lang.png" "$lang"
    shot "energy-$lang-dark.png" "$lang" --theme dark
    shot "energy-past-$lang.png" "$lang" --at 30h
done

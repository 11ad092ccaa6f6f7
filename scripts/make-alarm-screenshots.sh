#!/bin/sh
# Re-makes docs/screenshots/alarms-<lang>.png: the alarm bar and the alarm list during 1819
# SOULIK (the real server on 23 Aug 2018, as make-disaster-screenshots.sh): the CLI registers
# the typhoon, acknowledges its incident alarm and shelves one facility's alarm with a reason;
# the console opens with the list showing (shelved ones included), so an acknowledged, a shelved
# and unacknowledged alarms are all in sight. Then docs/screenshots/report-<lang>-<page>.png: the
# first two pages of the situation report the CLI makes of the same incident (its alarm journal
# holds the acknowledgement and the shelf), rendered by pdftoppm. Both languages at once.
set -eu
export ET_SCREENSHOT_START="${ET_SCREENSHOT_START:-2018-08-23T03:00:00Z}" # 12:00 KST
. "$(dirname "$0")/screenshot-server.sh"
with_soulik
cli alarm ack disaster:dis-soulik-1819 >>"$work/cli.log" 2>&1
facility=$(cli alarms | grep -o 'facility:dis-soulik-1819:[^ ]*' | head -n1)
[ -n "$facility" ] && cli alarm shelve "$facility" --minutes 120 --reason "발전차 배치됨 / generator on site" >>"$work/cli.log" 2>&1

# shoot LANG: the Disasters view with SOULIK selected and the alarm list open.
shoot() {
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" $sign_in_args --view disasters --select dis-soulik-1819 --show-alarms --lang "$1" \
        --data-dir "$work/console-$1" --screenshot-after 12 --screenshot "$out/alarms-$1.png" >>"$work/console.log" 2>&1
    echo "made $out/alarms-$1.png"
}
shoot ko & ko=$!
shoot en & en=$!
wait $ko $en

for lang in ko en; do
    cli report dis-soulik-1819 --out "$work/report-$lang.pdf" --lang "$lang" >>"$work/cli.log" 2>&1
    pdftoppm -png -r 70 -f 1 -l 2 "$work/report-$lang.pdf" "$out/report-$lang"
    echo "made $out/report-$lang-1.png, $out/report-$lang-2.png"
done

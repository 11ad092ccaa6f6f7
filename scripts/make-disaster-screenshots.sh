#!/bin/sh
# Re-makes docs/screenshots/disasters-<lang>.png: the Disasters view with an active typhoon — 1819
# SOULIK on its real JMA best track (docs/examples/disaster-soulik-1819.json), the real
# energytruck-server running on 23 Aug 2018, three hours before the storm's nearest approach to
# Jeju. The CLI registers the incident (so the server assesses it), the console opens the view
# with it selected: its cone, swath, track and eye on the map, the sites at risk in their
# inspection colours, the impact table and the priority supply. Then docs/screenshots/whatif-<lang>.png:
# the same with a what-if beside it (--what-if docs/examples/whatif-hallim-quake.json, an M5.2
# earthquake off Hallim assessed on the console and never sent, drawn in the draft's colour and
# marked DRAFT, its figures beside the present's). Both languages at once.
set -eu
export ET_SCREENSHOT_START="${ET_SCREENSHOT_START:-2018-08-23T03:00:00Z}" # 12:00 KST
. "$(dirname "$0")/screenshot-server.sh"
with_soulik

# shoot NAME LANG [OPTION...]: a screenshot of the Disasters view with SOULIK selected.
shoot() {
    name=$1 lang=$2
    shift 2
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" $sign_in_args --view disasters --select dis-soulik-1819 --lang "$lang" --data-dir "$work/console-$name-$lang" \
        --screenshot-after 12 --screenshot "$out/$name-$lang.png" "$@" >>"$work/console.log" 2>&1
    echo "made $out/$name-$lang.png"
}
shoot disasters ko & ko=$!
shoot disasters en & en=$!
wait $ko $en
whatif="$root/docs/examples/whatif-hallim-quake.json"
shoot whatif ko --what-if "$whatif" & ko=$!
shoot whatif en --what-if "$whatif" & en=$!
wait $ko $en

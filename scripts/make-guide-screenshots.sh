#!/bin/sh
# SPDX-License-Identifier: MIT
# Re-makes every screenshot of the user guide (docs/guide/) into docs/guide/images/<name>-<lang>.png,
# in Korean and English: the real energytruck-server and the real console's --screenshot under
# Xvfb, 1440x900, as the other make-*-screenshots.sh do (it shares their scripts/screenshot-server.sh:
# a private HOME and XDG folders, a private D-Bus session with a keyring of its own, random
# passwords, clean-up). It builds nothing: the programs come from $ET_BIN_DIR, else
# $ET_BUILD_DIR/bin, else build/bin. The console keeps its logins in that private keyring rather
# than running with --no-keychain, which would put a banner about the keychain into every picture.
# It keeps a console or two and a server busy for minutes: on a shared machine run it under nice.
#
#   nice -n 15 scripts/make-guide-screenshots.sh   # both languages (about 8 minutes on 2 cores)
#   scripts/make-guide-screenshots.sh --lang ko    # Korean only
#   ET_GUIDE_SHOTS="energy alarms" scripts/make-guide-screenshots.sh   # some groups only
#
# Groups (ET_GUIDE_SHOTS, default all): signin energy dispatch centers settings audit offline
# keyboard disasters alarms report. Two servers are photographed one after the other:
#  1. a spring weekend (from Friday 2026-04-10 09:00 KST): two simulated days run fast (an hour a
#     second) so the Energy chart has a past, then 60x from Sunday early afternoon, when Jeju
#     curtails and the planning round has suggestions: sign-in, Energy (live, a past minute, dark),
#     Dispatch, Centers, Settings, a map pack that is missing, Audit (as the admin), the focus a
#     keyboard user's Tab presses moved to the rail (xdotool on an Xvfb of its own), and offline:
#     the server killed with orders waiting, the cache alone (--offline) with the forecast
#     recomputed offline, and the server back with the orders going out;
#  2. typhoon 1819 SOULIK on its real JMA track (the server on 23 Aug 2018, as
#     make-disaster-screenshots.sh): the Disasters view, a what-if, the alarm list after an
#     acknowledgement and a shelf (made with the CLI), and the situation report's first two pages.
#
# Not captured, because no command-line option reaches them (nothing is faked instead):
#  - the Dispatch board page: the view opens on the suggestions whenever the planning round has
#    some, and on a truck's page with --select; a chip click is needed for the board;
#  - the map pack menu and its file dialog (a click on the map's pack button); an open map pack:
#    the project ships no MBTiles pack whose licence lets us show it, so the guide shows the one
#    state a pack option reaches without one: --tiles naming a file that is not there;
#  - the situation report's button after a click ("Saved: …"): the guide shows the PDF the CLI
#    makes from the same cache with the same code (report/), rendered by pdftoppm;
#  - the console's own "Connection lost" alarm: it is raised only when a connection the running
#    console had goes away, which a screenshot run cannot time reliably.
set -eu

usage() { # usage [STATUS]
    echo "usage: $0 [--lang ko|en]   (ET_GUIDE_SHOTS=\"group ...\" to make some groups only)" >&2
    exit "${1:-2}"
}
# The arguments are read without shifting them: screenshot-server.sh runs this script again, with
# them, inside its private D-Bus session.
langs="ko en"
expect_lang=""
for arg in "$@"; do
    if [ -n "$expect_lang" ]; then
        case "$arg" in ko | en) langs=$arg ;; *) usage ;; esac
        expect_lang=""
        continue
    fi
    case "$arg" in
        --lang) expect_lang=1 ;;
        -h | --help) usage 0 ;;
        *) usage ;;
    esac
done
[ -z "$expect_lang" ] || usage
guide_root=$(cd "$(dirname "$0")/.." && pwd)
guide_bin="${ET_BIN_DIR:-${ET_BUILD_DIR:-$guide_root/build}/bin}"
for program in energytruck-console energytruck-server energytruck-cli; do
    if [ ! -x "$guide_bin/$program" ]; then
        echo "$0: $guide_bin/$program is missing; build it first (this script builds nothing)" >&2
        exit 1
    fi
done
for tool in xvfb-run dbus-run-session gnome-keyring-daemon curl pdftoppm sha1sum; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$0: needs $tool" >&2; exit 1; }
done

# The spring server first; screenshot-server.sh reads ET_SCREENSHOT_START when a server starts.
export ET_SCREENSHOT_START=2026-04-10T00:00:00Z
. "$(dirname "$0")/screenshot-server.sh"
bin=$guide_bin
out="$root/docs/guide/images"
mkdir -p "$out"
groups="${ET_GUIDE_SHOTS:-signin energy dispatch centers settings audit offline keyboard disasters alarms report}"
wants() { case " $groups " in *" $1 "*) return 0 ;; esac; return 1; }
# The offline shots reuse the data folders (and the console's saved logins) the Energy shots make.
if wants offline && ! wants energy; then groups="$groups energy"; fi
started=$(date +%s)

# console FILE LANG DATA_DIR SECONDS [console options...]: the console under Xvfb, its screenshot
# taken no sooner than SECONDS after start (and once the view has its data). A shot that fails or
# comes without data (exit status 3) is reported at the end; the rest go on. (It may run in a
# pipeline or in the background, so what failed is kept in a file.)
console() {
    file=$1 lang=$2 data=$3 after=$4
    shift 4
    status=0
    xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" --lang "$lang" --data-dir "$data" \
        --screenshot-after "$after" --screenshot "$out/$file" "$@" >>"$work/console.log" 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then
        echo "made $out/$file"
    else
        echo "$out/$file: the console exited with status $status (3: no data in time, 126: not executable); see below" >&2
        tail -n 5 "$work/console.log" >&2
        echo "$file" >>"$work/failed"
    fi
}
# operator NAME LANG SECONDS [options...]: the operator's console in their data folder of this server.
operator() {
    name=$1 lang=$2 after=$3
    shift 3
    printf '%s\n' "$operator_password" | console "$name-$lang.png" "$lang" "$work/$phase-$lang" "$after" \
        --server "$url" $sign_in_args "$@"
}
# keys NAME LANG "KEY ..." [options...]: as operator, on an Xvfb of its own so that xdotool can
# press KEYS in the console's window (a keyboard user's Tab) before the screenshot, 20 s after start.
keys() {
    name=$1 lang=$2 presses=$3
    shift 3
    display=":$((90 + $$ % 9))"
    Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    printf '%s\n' "$operator_password" | DISPLAY=$display "$bin/energytruck-console" --lang "$lang" \
        --data-dir "$work/$phase-$lang" --screenshot-after 20 --screenshot "$out/$name-$lang.png" \
        --server "$url" $sign_in_args "$@" >>"$work/console.log" 2>&1 &
    shot=$!
    sleep 12
    # The console's is the one window with a title on this display (there is no window manager).
    window=$(DISPLAY=$display xdotool search --onlyvisible --name . | tail -n1)
    DISPLAY=$display xdotool windowfocus --sync "$window" || true
    for key in $presses; do
        DISPLAY=$display xdotool key "$key"
        sleep 0.3
    done
    if wait "$shot"; then echo "made $out/$name-$lang.png"; else echo "$name-$lang.png" >>"$work/failed"; fi
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
}
# token: an access token of the operator, for curl.
token() {
    curl -sf -X POST -H 'Content-Type: application/json' \
        --data "{\"email\":\"$operator_email\",\"password\":\"$operator_password\"}" "$url/api/v1/auth/login" |
        sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
# sim_minute: the simulated minute of the server's newest balance (0-59).
sim_minute() {
    curl -sf -H "Authorization: Bearer $1" "$url/api/v1/energy/balance" |
        sed -n 's/.*"timestamp":"[0-9-]*T[0-9][0-9]:\([0-9][0-9]\):.*/\1/p' | sed 's/^0//'
}
stop_server() { kill -9 "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# --- 1. the spring weekend -------------------------------------------------------------------
phase=spring
if wants signin || wants energy || wants dispatch || wants centers || wants settings || wants audit || wants offline \
    || wants keyboard; then
    echo "running two simulated days (about a minute)…"
    with_two_days
    port=${url##*:}

    for lang in $langs; do
        if wants signin; then
            # Nobody has signed in with this data folder yet: the sign-in window.
            console "signin-$lang.png" "$lang" "$work/fresh-$lang" 2 --server "$url"
        fi
        if wants energy; then
            # The first run in the folder fetches the two days of history: give it time.
            operator energy "$lang" 15 --view energy
            operator energy-past "$lang" 6 --view energy --at 20h
            operator energy-dark "$lang" 6 --view energy --theme dark
        fi
        if wants dispatch; then
            operator dispatch "$lang" 8 --view dispatch
        fi
        if wants centers; then
            # "ctr-" + SHA-1(name|road address)[:16] (CenterCsvImporter::stableId), as make-center-screenshots.sh.
            center=$(printf '%s' '서귀포보건소 중독관리통합지원센터|제주특별자치도 서귀포시 중앙로101번길 52(서홍동)' | sha1sum | cut -c1-16)
            operator centers "$lang" 6 --view centers
            operator centers-detail "$lang" 6 --view centers --select "ctr-$center"
            operator centers-selfcheck "$lang" 6 --view centers --page selfCheck
        fi
        if wants settings; then
            operator settings "$lang" 4 --view settings
            # A map pack named for this run that is not there (a USB stick not plugged in): the
            # error over the map, the vector map under it, the pack in Settings.
            operator map-pack-missing "$lang" 4 --view settings --tiles /media/usb/jeju.mbtiles
        fi
        if wants keyboard; then
            # Two presses of Tab from the start: the rail's second button (Dispatch) has the focus.
            keys keyboard "$lang" "Tab Tab" --view energy
        fi
        if wants audit; then
            printf '%s\n' "$admin_password" | console "audit-$lang.png" "$lang" "$work/admin-$lang" 4 \
                --server "$url" --user "$admin_email" --password-stdin --view audit
        fi
        if wants dispatch; then
            # Last, and left running a while: a truck's state-of-charge chart has a sample for each
            # simulated minute a console of this folder saw.
            operator dispatch-truck "$lang" 30 --view dispatch --select truck-08
        fi
    done

    if wants offline; then
        # The server goes away with each console's cache synced just before a simulated
        # quarter-hour: offline, the console recomputes the forecast once the cached one is a
        # quarter-hour old (it counts the wall time since the last sync as simulated time), so
        # about a minute later the Energy view says it did.
        for lang in $langs; do login "$work/$phase-$lang"; done
        access=$(token)
        for _ in $(seq 1 40); do
            minute=$(sim_minute "$access")
            [ -n "$minute" ] && [ $((minute % 15)) -eq 14 ] && break
            sleep 0.5
        done
        for lang in $langs; do "$bin/energytruck-cli" --server "$url" --data-dir "$work/$phase-$lang" sync >/dev/null; done
        stop_server
        gone=$(date +%s)
        # Orders given while the server is away wait in the outbox. Both languages share the
        # server, so each has trucks of its own.
        for lang in $langs; do
            case "$lang" in ko) first=truck-03 second=truck-07 ;; *) first=truck-04 second=truck-13 ;; esac
            "$bin/energytruck-cli" --data-dir "$work/$phase-$lang" order create --truck "$first" --kind charge \
                --target wind-gasiri --kwh 250 >/dev/null
            "$bin/energytruck-cli" --data-dir "$work/$phase-$lang" order create --truck "$second" --kind charge \
                --target solar-05 --kwh 180 >/dev/null
            eval "first_$lang=\$first"
            printf '%s\n' "$operator_password" | console "offline-$lang.png" "$lang" "$work/$phase-$lang" 5 \
                --server "$url" --view dispatch --select "$first"
        done
        for lang in $langs; do
            wait_for=$((gone + 75 - $(date +%s)))
            [ "$wait_for" -lt 8 ] && wait_for=8
            console "offline-energy-$lang.png" "$lang" "$work/$phase-$lang" "$wait_for" --offline --view energy
        done
        # The server comes back on its port while the console is reconnecting: the outbox goes out
        # and the orders come back accepted.
        for lang in $langs; do
            eval "first=\$first_$lang"
            console "back-online-$lang.png" "$lang" "$work/$phase-$lang" 16 --server "$url" --view dispatch \
                --select "$first" &
            shot=$!
            sleep 5
            start_server "$port"
            wait "$shot" || true
            stop_server
        done
    fi
    stop_server
fi

# --- 2. typhoon SOULIK -----------------------------------------------------------------------
phase=soulik
if wants disasters || wants alarms || wants report; then
    rm -f "$work"/server.sqlite*
    export ET_SCREENSHOT_START=2018-08-23T03:00:00Z # 12:00 KST, three hours before its nearest approach
    with_soulik
    for lang in $langs; do
        if wants disasters; then
            operator disasters "$lang" 12 --view disasters --select dis-soulik-1819
            operator whatif "$lang" 12 --view disasters --select dis-soulik-1819 \
                --what-if "$root/docs/examples/whatif-hallim-quake.json"
        fi
    done
    if wants alarms; then
        # As make-alarm-screenshots.sh: the incident's alarm acknowledged, one facility's shelved.
        cli alarm ack disaster:dis-soulik-1819 >>"$work/cli.log" 2>&1
        facility=$(cli alarms | grep -o 'facility:dis-soulik-1819:[^ ]*' | head -n1)
        [ -n "$facility" ] && cli alarm shelve "$facility" --minutes 120 \
            --reason "발전차 배치됨 / generator on site" >>"$work/cli.log" 2>&1
        for lang in $langs; do
            operator alarms "$lang" 12 --view disasters --select dis-soulik-1819 --show-alarms
        done
    fi
    if wants report; then
        for lang in $langs; do
            cli report dis-soulik-1819 --out "$work/report-$lang.pdf" --lang "$lang" >>"$work/cli.log" 2>&1
            for page in 1 2; do
                pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$work/report-$lang.pdf" "$out/report-$lang-$page"
                echo "made $out/report-$lang-$page.png"
            done
        done
    fi
fi

echo "done in $(($(date +%s) - started)) s; $(du -ch "$out"/*.png | tail -n1 | cut -f1) in $out"
if [ -s "$work/failed" ]; then
    echo "not made as they should be: $(tr '\n' ' ' <"$work/failed")" >&2
    exit 1
fi

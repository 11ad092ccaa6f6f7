#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The console's resident memory over a long live run (issue 20, "Memory"):
#   bench/soak/run.sh [MINUTES] [OUT_DIR]      MINUTES defaults to 60, OUT_DIR to a new temp folder
#   bench/soak/run.sh --summary FILE.csv       the summary of an earlier run's CSV, nothing started
#
# It starts energytruck-console as scripts/run.sh does on a machine without a desktop: under
# xvfb-run on a 1440x900 screen, with --no-keychain, in a private temporary HOME (XDG folders too)
# and --data-dir, so nothing of the user's is read or written. Without --server the console starts
# its bundled energytruck-server, which it always runs at --speed 60 (app/consoleapp.cpp): each
# real second is a simulated minute, so the Energy view (--view energy, the busiest: KPI tiles,
# chart, map rings and flows) takes a new minute every second. Every 10 s it writes the console's
# VmRSS and RssAnon and the server's VmRSS (from /proc/PID/status) to OUT_DIR/soak.csv
# (elapsed_s,console_rss_kb,console_anon_kb,server_rss_kb) and a few more figures to
# OUT_DIR/detail.csv; after MINUTES it stops the console with SIGTERM (it stops its server on the
# way out) and prints the summary below. The console's log is OUT_DIR/console.log, what its screen
# said is OUT_DIR/state.jsonl.
#
# The verdict. Resident memory moves without a leak: glibc's malloc keeps freed memory for reuse
# and returns it in steps, the QML engine's garbage collector runs when its heap asks for it,
# SQLite's page cache fills up to its cache_size (the default, 2 MB a connection) and stays
# there, and the cache file is memory-mapped (PRAGMA mmap_size), so the pages of it that were
# read count as resident (RssFile) until the kernel drops them, as it drops library pages. The
# first minutes only fill these, so the baseline is the 10-minute value, and the verdict is
# "does not grow" when
#   1. the least-squares slope of VmRSS from minute 10 on (over the last 50 minutes at most) is
#      below 2 MiB/h, and so is the slope of RssAnon — the heap, which a leak grows, and which
#      file pages given back cannot hide. 2 MiB/h at --speed 60 is about 580 bytes per simulated
#      minute: a leak of one small object per update exceeds it, while allocator and GC noise of
#      a few MB up and down over the hour stays under it;
#   2. and the last VmRSS is at most the 10-minute value + 5 %, which catches a step that the
#      slope would spread out.
# Otherwise "grows". A run shorter than 30 minutes prints its figures with no verdict.
# (/proc counts kB of 1024 bytes, so the figures are in MiB.)
#
# Environment: ET_BIN_DIR (the binaries; default ET_BUILD_DIR/bin or build/bin),
# ET_SOAK_INTERVAL (seconds between samples, 10), ET_SOAK_ARGS (more console options, e.g.
# "--renderer opengl"), ET_SOAK_CYCLE (minutes on each view before going on to the next with its
# keyboard shortcut Ctrl+1..4 through xdotool — energy, dispatch, disasters, centers; 0, the
# default, stays on the Energy view), ET_SOAK_WEEK=1 (before the console starts, the bundled
# server's database is given a simulated week: energytruck-server run alone from 7 days ago at
# --speed 7200 until its clock reaches now, about 90 s; the console, whose cache and chart keep 7
# days, then holds a full week from its first sync, and the soak sees that steady state rather
# than the week filling up — from a fresh start an hour at --speed 60 is only 2.5 days),
# ET_SOAK_POINTER=outside (a 1600x1000 screen and the pointer parked in its corner, off the
# window; by default the pointer rests where Xvfb puts it, at the screen's centre over the map,
# as a mouse left on a console does — see README.md for why that matters with Qt 6.4).
set -eu

# summary FILE.csv: the figures and the verdict (see above) of a soak CSV.
summary() {
    awk -F, '
    NR == 1 { next }
    {
        n++; t[n] = $1; rss[n] = $2; anon[n] = $3; srv[n] = $4
        if ($2 > maxrss) { maxrss = $2; maxat = $1 }
    }
    function at(minute,   i, best, d, bd) {
        if (t[n] < minute * 60 - step / 2) return -1
        best = 0; bd = -1
        for (i = 1; i <= n; i++) { d = t[i] - minute * 60; if (d < 0) d = -d; if (bd < 0 || d < bd) { bd = d; best = i } }
        return best
    }
    function slope(v, from, to,   i, k, sx, sy, sxx, sxy, mx) {
        k = 0; sx = 0; sy = 0; sxx = 0; sxy = 0
        for (i = 1; i <= n; i++) if (t[i] >= from && t[i] <= to) { k++; sx += t[i]; sy += v[i]; sxx += t[i] * t[i]; sxy += t[i] * v[i] }
        if (k < 3 || k * sxx == sx * sx) return "n/a"
        return (k * sxy - sx * sy) / (k * sxx - sx * sx) * 3600 / 1024   # kB/s -> MiB/h
    }
    function mb(kb) { return sprintf("%.1f MiB", kb / 1024) }
    function fmt(s) { return s == "n/a" ? s : sprintf("%+.2f MiB/h", s) }
    END {
        if (n < 2) { print "fewer than two samples: nothing to summarise"; exit 1 }
        step = t[2] - t[1]
        printf "%d samples, %d s apart, %.1f minutes\n", n, step, t[n] / 60
        printf "%-8s %14s %14s %14s\n", "minute", "console RSS", "console anon", "server RSS"
        split("1 10 30 60", ms, " ")
        for (j = 1; j <= 4; j++) { i = at(ms[j]); if (i > 0) printf "%-8s %14s %14s %14s\n", ms[j], mb(rss[i]), mb(anon[i]), mb(srv[i]) }
        printf "%-8s %14s %14s %14s\n", "last", mb(rss[n]), mb(anon[n]), mb(srv[n])
        printf "max console RSS %s at minute %.1f\n", mb(maxrss), maxat / 60
        from = t[n] - 3000; if (from < 600) from = 600
        s1 = slope(rss, from, t[n]); a1 = slope(anon, from, t[n]); v1 = slope(srv, from, t[n])
        printf "slope over the last 50 minutes, after minute 10 (from minute %.1f): RSS %s, anon %s, server %s\n", from / 60, fmt(s1), fmt(a1), fmt(v1)
        if (t[n] <= 900) printf "slope over the whole run (too short for the figures above): RSS %s, anon %s\n", fmt(slope(rss, 0, t[n])), fmt(slope(anon, 0, t[n]))
        if (t[n] > 900) printf "slope over minutes 10-60: RSS %s, anon %s\n", fmt(slope(rss, 600, 3600)), fmt(slope(anon, 600, 3600))
        if (t[n] < 1800) { print "verdict: none (a verdict needs 30 minutes or more)"; exit 0 }
        ten = at(10)
        ok = (s1 < 2 && a1 < 2 && rss[n] <= rss[ten] * 1.05)
        printf "criterion: slope of RSS and of anon from minute 10 (last 50 min at most) < 2 MiB/h (%s, %s) and last RSS <= 10-min RSS + 5 %% (%s <= %s)\n",
               fmt(s1), fmt(a1), mb(rss[n]), mb(rss[ten] * 1.05)
        print "verdict: " (ok ? "does not grow" : "grows")
    }' "$1"
}

if [ "${1:-}" = "--summary" ]; then
    summary "$2"
    exit 0
fi

minutes="${1:-60}"
out="${2:-$(mktemp -d)}"
interval="${ET_SOAK_INTERVAL:-10}"
cycle="${ET_SOAK_CYCLE:-0}"
pointer="${ET_SOAK_POINTER:-inside}"
screen=1440x900x24
[ "$pointer" = outside ] && screen=1600x1000x24
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="${ET_BIN_DIR:-${ET_BUILD_DIR:-$root/build}/bin}"
if [ ! -x "$bin/energytruck-console" ] || [ ! -x "$bin/energytruck-server" ]; then
    echo "no energytruck-console and energytruck-server in $bin: build first (README) or set ET_BIN_DIR" >&2
    exit 1
fi
mkdir -p "$out"
csv="$out/soak.csv"
detail="$out/detail.csv"

scratch=$(mktemp -d)
cpid=""
xpid=""
cleanup() {
    if [ -n "$cpid" ] && kill -0 "$cpid" 2>/dev/null; then kill -TERM "$cpid" 2>/dev/null || true; fi
    if [ -n "$xpid" ]; then wait "$xpid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
       XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=xcb
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY

if [ "${ET_SOAK_WEEK:-0}" = 1 ]; then
    mkdir -p "$scratch/data"
    "$bin/energytruck-server" --port 0 --db "$scratch/data/server.sqlite" --speed 7200 \
        --start "$(date -u -d '-7 days' +%Y-%m-%dT%H:%M:00Z)" >"$scratch/week.out" 2>"$out/week.log" &
    wpid=$!
    url=""
    for _ in $(seq 1 100); do
        url=$(sed -n 's/^listening on //p' "$scratch/week.out" 2>/dev/null || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { echo "the server for the week did not start: $out/week.log" >&2; exit 1; }
    # Its clock, from /metrics (open to anyone): stop it once it has simulated up to now (polled
    # every 0.2 s, so it stops within about half an hour of simulated time past now).
    until sim=$(curl -s "$url/metrics" | awk '$1 == "et_sim_time_seconds" { printf "%d", $2 }') &&
          [ -n "$sim" ] && [ "$sim" -ge "$(date +%s)" ]; do
        kill -0 "$wpid" 2>/dev/null || { echo "the server for the week stopped: $out/week.log" >&2; exit 1; }
        sleep 0.2
    done
    kill -TERM "$wpid"
    wait "$wpid" || true
    echo "a simulated week in $scratch/data/server.sqlite, up to $(date -u -d "@$sim" +%Y-%m-%dT%H:%MZ)"
fi

# The shell that xvfb-run starts writes its PID, the display and its X authority file (for
# xdotool), then becomes the console (exec keeps the PID), so the PID sampled is the console's own.
# shellcheck disable=SC2086,SC2016 # ET_SOAK_ARGS is a list of options; $$ and the rest are the inner shell's
xvfb-run -a -s "-screen 0 $screen" sh -c 'echo "$$ $DISPLAY $XAUTHORITY" >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' \
    "$scratch/console.pid" "$bin/energytruck-console" --no-keychain --data-dir "$scratch/data" --view energy \
    --lang en --state-log "$out/state.jsonl" ${ET_SOAK_ARGS:-} >"$out/console.log" 2>&1 &
xpid=$!
for _ in $(seq 1 300); do [ -f "$scratch/console.pid" ] && break; sleep 0.1; done
[ -f "$scratch/console.pid" ] || { echo "the console did not start under xvfb-run:" >&2; cat "$out/console.log" >&2; exit 1; }
read -r cpid display xauth <"$scratch/console.pid"
if [ "$pointer" = outside ]; then
    # Once the window is there, the pointer goes to the screen's corner, off the window.
    for _ in $(seq 1 100); do
        DISPLAY="$display" XAUTHORITY="$xauth" xdotool search --all --onlyvisible --pid "$cpid" --name . >/dev/null 2>&1 && break
        sleep 0.2
    done
    DISPLAY="$display" XAUTHORITY="$xauth" xdotool mousemove 1590 990 ||
        echo "xdotool could not move the pointer off the window" >&2
fi
t0=$(date +%s)
echo "console PID $cpid on display $display, $bin; sampling every $interval s for $minutes min into $csv"

# status_kb PID FIELD: a field of /proc/PID/status in kB, 0 when the process is gone.
status_kb() { awk -v f="$2:" '$1 == f { print $2; found = 1 } END { if (!found) print 0 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# The bundled server: the console's child running energytruck-server with --port (the host
# command that makes its account runs briefly before it, without).
server_pid() {
    for p in $(pgrep -P "$cpid" 2>/dev/null || true); do
        case "$(readlink "/proc/$p/exe" 2>/dev/null)" in
        */energytruck-server) tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -q -- '--port' && { echo "$p"; return; } ;;
        esac
    done
}
cache_kb() { find "$scratch/data" -name "$1*" -type f -exec du -k {} + 2>/dev/null | awk '{ s += $1 } END { print s + 0 }'; }

echo "elapsed_s,console_rss_kb,console_anon_kb,server_rss_kb" >"$csv"
echo "elapsed_s,console_rssfile_kb,console_hwm_kb,console_threads,console_fds,server_anon_kb,cache_kb,server_db_kb,view" >"$detail"
views="energy dispatch disasters centers"
idx=1
view=energy
k=0
samples=$((minutes * 60 / interval))
spid=""
while [ "$k" -lt "$samples" ]; do
    k=$((k + 1))
    wait_s=$((t0 + k * interval - $(date +%s)))
    [ "$wait_s" -gt 0 ] && sleep "$wait_s"
    kill -0 "$cpid" 2>/dev/null || { echo "the console exited after $(($(date +%s) - t0)) s; its log: $out/console.log" >&2; cpid=""; break; }
    elapsed=$(($(date +%s) - t0))
    { [ -n "$spid" ] && kill -0 "$spid" 2>/dev/null; } || spid=$(server_pid)
    srss=0; sanon=0
    [ -n "$spid" ] && { srss=$(status_kb "$spid" VmRSS); sanon=$(status_kb "$spid" RssAnon); }
    echo "$elapsed,$(status_kb "$cpid" VmRSS),$(status_kb "$cpid" RssAnon),$srss" >>"$csv"
    echo "$elapsed,$(status_kb "$cpid" RssFile),$(status_kb "$cpid" VmHWM),$(status_kb "$cpid" Threads | tr -d ' '),$(find "/proc/$cpid/fd" -mindepth 1 2>/dev/null | wc -l),$sanon,$(cache_kb cache.sqlite),$(cache_kb server.sqlite),$view" >>"$detail"
    if [ "$cycle" -gt 0 ] && [ "$k" -lt "$samples" ] && [ $((k % (cycle * 60 / interval))) -eq 0 ]; then
        idx=$((idx % 4 + 1))
        view=$(echo "$views" | cut -d" " -f"$idx")
        # No window manager on Xvfb: give the console's window the keyboard focus, then press the view's shortcut.
        DISPLAY="$display" XAUTHORITY="$xauth" xdotool search --all --onlyvisible --pid "$cpid" --name . windowfocus --sync key "ctrl+$idx" >/dev/null 2>&1 ||
            echo "xdotool could not switch to $view at $elapsed s" >&2
    fi
done

if [ -n "$cpid" ]; then
    kill -TERM "$cpid"
    # A console that does not quit within 30 s is killed, and says so by its status (137).
    (for _ in $(seq 1 30); do sleep 1; kill -0 "$cpid" 2>/dev/null || exit 0; done; kill -KILL "$cpid") &
    watchdog=$!
    status=0
    wait "$xpid" || status=$?
    xpid=""
    kill "$watchdog" 2>/dev/null || true
    echo "console stopped with SIGTERM: exit status $status after $(($(date +%s) - t0)) s"
fi
grep -m1 "drawing with" "$out/console.log" || true
echo "last detail: $(tail -n1 "$detail")  ($(head -n1 "$detail"))"
summary "$csv"

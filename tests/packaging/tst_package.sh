#!/bin/sh
# SPDX-License-Identifier: MIT
# The Debian package as a user gets it: cpack builds it from the build tree, lintian finds no
# error in it, and from a throw-away root made with dpkg-deb -x (never the build tree) the
# server answers, the CLI reads from it, and the console photographs a view with its own bundled
# server. Any file missing from the package fails one of these steps.
# Usage: tst_package.sh BUILD_DIR CPACK
set -eu
build=$1
cpack=$2

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM # a ctest timeout still stops the server and removes the folder
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $* ($(date +%T))"; }

step "cpack"
"$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/energytruck_*.deb)
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
# libqt6core6 comes from dpkg-shlibdeps, fonts-noto-cjk from our list: both must be there.
for want in libqt6core6 libqt6quick6 libsodium23 qml6-module-qtquick-controls fonts-noto-cjk; do
    echo "$depends" | grep -q "$want" || fail "Depends lacks $want: $depends"
done

step "lintian"
# Errors fail the test; warnings and notes are printed for whoever reads the log.
# Lintian exits 1 for errors and 2 when it could not check at all.
lint=0
lintian --display-info "$deb" >"$work/lintian.log" 2>&1 || lint=$?
cat "$work/lintian.log"
if [ "$lint" -gt 1 ]; then fail "lintian could not run (exit $lint)"; fi
if [ "$lint" = 1 ] || grep -q '^E:' "$work/lintian.log"; then fail "lintian reports errors"; fi

step "unpack"
root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin"
for f in usr/bin/energytruck-console usr/bin/energytruck-cli usr/bin/energytruck-server \
         usr/share/applications/kr.energytruck.Console.desktop \
         usr/share/metainfo/kr.energytruck.Console.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/kr.energytruck.Console.svg \
         usr/share/icons/hicolor/16x16/apps/kr.energytruck.Console.png \
         usr/share/icons/hicolor/256x256/apps/kr.energytruck.Console.png \
         usr/share/man/man1/energytruck-console.1.gz usr/share/man/man1/energytruck-cli.1.gz \
         usr/share/man/man1/energytruck-server.1.gz \
         usr/share/doc/energytruck/copyright usr/share/doc/energytruck/changelog.Debian.gz \
         usr/share/doc/energytruck/THIRD-PARTY-NOTICES.md \
         lib/systemd/system/energytruck-server.service usr/lib/sysusers.d/energytruck.conf; do
    [ -e "$root/$f" ] || fail "the package lacks /$f"
done
# An installed program must not look for libraries in the build tree.
for p in "$bin"/*; do
    if readelf -d "$p" | grep -Eq 'R(UN)?PATH'; then fail "$p has an RPATH: $(readelf -d "$p" | grep PATH)"; fi
done

step "metadata"
# Every option a program's --help names is in its man page (the CLI's is written by hand).
for p in energytruck-console energytruck-cli energytruck-server; do
    page=$(gzip -dc "$root/usr/share/man/man1/$p.1.gz" | sed 's/\\-/-/g')
    for opt in $(QT_QPA_PLATFORM=offscreen "$bin/$p" --help 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
        echo "$page" | grep -q -e "$opt\([^a-z0-9-]\|$\)" || fail "the man page of $p does not name $opt"
    done
done
appstreamcli validate --no-net "$root/usr/share/metainfo/kr.energytruck.Console.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/kr.energytruck.Console.desktop"
# verify checks that ExecStart's program exists on this machine: point it at the unpacked one.
# (--root would need a whole systemd tree under the root for the unit's default dependencies.)
mkdir "$work/unit"
sed "s|/usr/bin/energytruck-server|$bin/energytruck-server|" "$root/lib/systemd/system/energytruck-server.service" \
    >"$work/unit/energytruck-server.service"
systemd-analyze verify --man=no "$work/unit/energytruck-server.service"

step "server"
db="$work/server.sqlite"
password="pkg-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
printf '%s\n' "$password" | "$bin/energytruck-server" --db "$db" --create-user op@jeju-grid.kr --role operator
# The files exist before the server does: the loop below may read them before its shell opens them.
: >"$work/server.out"
: >"$work/server.err"
"$bin/energytruck-server" --port 0 --db "$db" --speed 60 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on //p' "$work/server.out")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err"; fail "the server exited"; }
    sleep 0.2
done
[ -n "$url" ] || fail "the server did not say where it listens"
curl -fsS "$url/api/v1/health" || fail "GET /api/v1/health"
echo

step "cli"
"$bin/energytruck-cli" sun --lat 33.5 --lon 126.5 --time 2026-06-21T12:00:00+09:00 | tee "$work/sun.txt"
grep -qi 'sunrise' "$work/sun.txt" || fail "energytruck-cli sun printed no sunrise"
printf '%s\n' "$password" | "$bin/energytruck-cli" --server "$url" --data-dir "$work/cli" \
    --user op@jeju-grid.kr --password-stdin sync
"$bin/energytruck-cli" --data-dir "$work/cli" --user op@jeju-grid.kr list trucks | tee "$work/trucks.txt"
grep -q 'truck-01' "$work/trucks.txt" || fail "energytruck-cli list trucks shows no truck-01 after sync"

step "console"
# No --server: the console must find energytruck-server beside itself in the unpacked root.
status=0
QT_QPA_PLATFORM=offscreen "$bin/energytruck-console" --no-keychain --lang ko --view dispatch \
    --data-dir "$work/console" --screenshot "$work/dispatch.png" --screenshot-after 3 \
    >"$work/console.log" 2>&1 || status=$?
[ "$status" = 0 ] || { tail -n 30 "$work/console.log"; fail "the console's screenshot exited with $status (3: no data, 4: no start)"; }
# Exit 0 already means the view had data; a PNG of that size has more than a blank window
# (which compresses to a few KiB at 1440 x 900).
size=$(stat -c %s "$work/dispatch.png")
echo "screenshot: $size bytes"
[ "$size" -gt 40000 ] || fail "the screenshot is only $size bytes: blank?"
grep -q "$bin/energytruck-server" "$work/console.log" \
    || fail "the console did not start the packaged energytruck-server"
echo "package test passed"

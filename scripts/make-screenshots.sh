#!/bin/sh
# Re-makes docs/screenshots/<view>-<lang>.png: a real energytruck-server with a fixed seed and start
# (a summer noon in Jeju, 13:00 KST), three disasters registered through the API (the simulation
# creates none), and the console's own --screenshot under Xvfb (OpenGL on llvmpipe), 1440x900.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin="${ET_BUILD_DIR:-$root/build}/bin"
out="$root/docs/screenshots"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin/energytruck-server" --port 0 --db "$work/server.sqlite" --seed 3 --speed 60 \
    --start 2026-08-14T04:00:00Z >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q "^listening on" "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/server.out" | head -n1)
[ -n "$url" ] || { echo "server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

register() {
    curl -sf -X POST -H 'Content-Type: application/json' --data "$1" "$url/api/v1/disasters" >/dev/null
}
register '{"type":"typhoon","severity":4,"lat":33.24,"lon":126.42,"radius_km":18,"started_at":"2026-08-14T01:00:00Z","status":"active","title":"태풍 카눈 접근","description":""}'
register '{"type":"flood","severity":3,"lat":33.51,"lon":126.52,"radius_km":5,"started_at":"2026-08-14T02:40:00Z","status":"active","title":"한천 범람 우려","description":""}'
register '{"type":"outage","severity":2,"lat":33.25,"lon":126.56,"radius_km":3,"started_at":"2026-08-14T03:20:00Z","status":"monitoring","title":"서귀포 배전선로 고장","description":""}'
sleep 2   # let the simulation run a few simulated minutes so trucks are on the move

for lang in ko en; do
    for view in energy dispatch disasters centers; do
        xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" --server "$url" \
            --view "$view" --lang "$lang" --data-dir "$work/data-$lang" \
            --screenshot "$out/$view-$lang.png"
        echo "made $out/$view-$lang.png"
    done
done

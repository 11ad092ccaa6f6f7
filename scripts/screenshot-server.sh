# Sourced by the screenshot scripts: folders, clean-up, and the real energytruck-server they
# photograph (a fixed seed and start: a summer noon in Jeju, 13:00 KST, 60 simulated s per s).
root=$(cd "$(dirname "$0")/.." && pwd)
bin="${ET_BUILD_DIR:-$root/build}/bin"
out="$root/docs/screenshots"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# start_server PORT (0 = any): starts it on $work/server.sqlite and sets $url once it listens.
start_server() {
    : >"$work/server.out"
    "$bin/energytruck-server" --port "$1" --db "$work/server.sqlite" --seed 3 --speed 60 \
        --start 2026-08-14T04:00:00Z >"$work/server.out" 2>>"$work/server.log" &
    server_pid=$!
    for _ in $(seq 1 100); do
        if grep -q "^listening on" "$work/server.out" 2>/dev/null; then
            url=$(sed -n 's/^listening on //p' "$work/server.out" | head -n1)
            return 0
        fi
        sleep 0.1
    done
    echo "server did not start:" >&2; cat "$work/server.log" >&2; exit 1
}

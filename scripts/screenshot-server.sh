# Sourced by the screenshot scripts: folders, clean-up, and the real energytruck-server they
# photograph (a fixed seed and start: a summer noon in Jeju, 13:00 KST, 60 simulated s per s),
# with an operator and an admin account of random passwords made on the host. The scripts run in a private
# D-Bus session with a gnome-keyring of their own (and a private HOME), so the logins the console
# and the CLI save never touch the real user's keychain.
if [ -z "${ET_SCREENSHOT_SESSION:-}" ]; then
    scratch=$(mktemp -d)
    mkdir -p "$scratch/home" "$scratch/runtime"; chmod 700 "$scratch/runtime"
    export ET_SCREENSHOT_SESSION=1 HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
           XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime"
    status=0
    dbus-run-session -- sh -c 'printf screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
                               exec sh "$0" "$@"' "$0" "$@" || status=$?
    rm -rf "$scratch"
    exit $status
fi
# The checkout: the folder above the one holding this file (scripts/, bench/…/ call it alike).
root=$(cd "$(dirname "$0")" && while [ ! -f scripts/screenshot-server.sh ] && [ "$(pwd)" != / ]; do cd ..; done && pwd)
bin="${ET_BUILD_DIR:-$root/build}/bin"
out="$root/docs/screenshots"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

operator_email=operator@jeju-grid.kr
operator_password=$(head -c 18 /dev/urandom | base64)
admin_email=admin@jeju-grid.kr
admin_password=$(head -c 18 /dev/urandom | base64)

# start_server PORT (0 = any) [SPEED]: starts it on $work/server.sqlite (SPEED simulated seconds a
# second, 60 unless given; a database that has run before resumes where it stopped) and sets $url
# once it listens.
start_server() {
    if [ ! -f "$work/server.sqlite" ]; then
        printf '%s\n' "$operator_password" | "$bin/energytruck-server" --db "$work/server.sqlite" \
            --create-user "$operator_email" --role operator >/dev/null 2>>"$work/server.log"
        printf '%s\n' "$admin_password" | "$bin/energytruck-server" --db "$work/server.sqlite" \
            --create-user "$admin_email" --role admin >/dev/null 2>>"$work/server.log"
    fi
    : >"$work/server.out"
    "$bin/energytruck-server" --port "$1" --db "$work/server.sqlite" --seed 3 --speed "${2:-60}" \
        --start "${ET_SCREENSHOT_START:-2026-08-14T04:00:00Z}" >"$work/server.out" 2>>"$work/server.log" &
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

# with_two_days: the server runs two simulated days fast (an hour a second, a little under a minute)
# and then on at 60x, so a console that syncs has the past 24 hours for its chart.
with_two_days() {
    start_server 0 3600
    sleep 52   # two simulated days and a little more
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    start_server 0
}

# login DATA_DIR: the CLI signs in as the operator (its login is kept in the private keychain).
login() {
    printf '%s\n' "$operator_password" | "$bin/energytruck-cli" --server "$url" --data-dir "$1" \
        login --user "$operator_email" --password-stdin >/dev/null
}

# cli ARGS: the CLI on $work/cli against the server, as the operator (after login "$work/cli").
cli() { "$bin/energytruck-cli" --server "$url" --data-dir "$work/cli" "$@"; }

# with_soulik: the server on 23 Aug 2018 (ET_SCREENSHOT_START) with 1819 SOULIK registered on its
# real JMA track (docs/examples/disaster-soulik-1819.json) and the CLI signed in and synced.
with_soulik() {
    start_server 0 60
    login "$work/cli"
    cli disaster create --file "$root/docs/examples/disaster-soulik-1819.json" >>"$work/cli.log" 2>&1
    sleep 3
    cli sync >>"$work/cli.log" 2>&1
}

# sign_in_args: the console's options that sign it in for its first run in a data folder; later
# runs resume the login it saved.
sign_in_args="--user $operator_email --password-stdin"

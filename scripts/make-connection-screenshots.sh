#!/bin/sh
# Re-makes docs/screenshots/connection-{online,offline,back}-<lang>.png: the Dispatch view of the
# real console against a real energytruck-server that is up, then killed (orders given meanwhile
# wait in the outbox), then started again on the same port while the console is reconnecting —
# the status bar's three states. Under Xvfb (OpenGL on llvmpipe), 1440x900.
set -eu
. "$(dirname "$0")/screenshot-server.sh"

console() { # $1: lang, $2: truck to select, $3: seconds to wait, $4: file, then optional sign-in options
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" --view dispatch --select "$2" --lang "$1" --data-dir "$work/data-$1" --screenshot "$4" \
        --screenshot-after "$3" ${5:-} 2>>"$work/console.log"
    echo "made $4"
}
order() { # $1: lang, $2: truck, $3: target, $4: kWh, then optional --server
    "$bin/energytruck-cli" --data-dir "$work/data-$1" ${5:+--server "$url"} order create --truck "$2" --kind charge \
        --target "$3" --kwh "$4" >/dev/null
}

start_server 0
port=${url##*:}
for lang in ko en; do
    login "$work/data-$lang"
    "$bin/energytruck-cli" --server "$url" --data-dir "$work/data-$lang" sync >/dev/null
done
# Both languages talk to one server, so each has trucks of its own: "first second third".
trucks_ko="truck-03 truck-07 truck-12"
trucks_en="truck-04 truck-08 truck-13"
pick() { n=$2; eval "set -- \$trucks_$1"; shift $((n - 1)); echo "$1"; }

# Up: an order sent and accepted.
for lang in ko en; do order "$lang" "$(pick "$lang" 1)" wind-hangyeong 300 online; done
sleep 2
for lang in ko en; do console "$lang" "$(pick "$lang" 1)" 3 "$out/connection-online-$lang.png" "$sign_in_args"; done

# Down: the server is killed; two orders given offline wait in the outbox.
kill -9 "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
for lang in ko en; do
    order "$lang" "$(pick "$lang" 2)" wind-gasiri 250
    order "$lang" "$(pick "$lang" 3)" solar-05 180
    console "$lang" "$(pick "$lang" 2)" 4 "$out/connection-offline-$lang.png"
done

# Coming back: the console is reconnecting when the server returns on the same port; the
# outbox goes out and the orders come back accepted.
for lang in ko en; do
    console "$lang" "$(pick "$lang" 2)" 14 "$out/connection-back-$lang.png" &
    shot=$!
    sleep 5
    start_server "$port"
    wait "$shot"
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
done

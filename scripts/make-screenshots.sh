#!/bin/sh
# Re-makes docs/screenshots/<view>-<lang>.png, audit-<lang>.png and signin-<lang>.png: a real energytruck-server with a fixed seed and start
# (a summer noon in Jeju, 13:00 KST), three disasters registered through the API (the simulation
# creates none), and the console's own --screenshot under Xvfb (OpenGL on llvmpipe), 1440x900.
set -eu
. "$(dirname "$0")/screenshot-server.sh"
start_server 0

token=$(curl -sf -X POST -H 'Content-Type: application/json' \
    --data "{\"email\":\"$operator_email\",\"password\":\"$operator_password\"}" "$url/api/v1/auth/login" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
n=0
register() {
    n=$((n + 1))
    curl -sf -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
        -H "Idempotency-Key: screenshot-disaster-$n" --data "$1" "$url/api/v1/disasters" >/dev/null
}
register '{"type":"typhoon","severity":4,"lat":33.24,"lon":126.42,"radius_km":18,"started_at":"2026-08-14T01:00:00Z","status":"active","title":"태풍 카눈 접근","description":""}'
register '{"type":"flood","severity":3,"lat":33.51,"lon":126.52,"radius_km":5,"started_at":"2026-08-14T02:40:00Z","status":"active","title":"한천 범람 우려","description":""}'
register '{"type":"outage","severity":2,"lat":33.25,"lon":126.56,"radius_km":3,"started_at":"2026-08-14T03:20:00Z","status":"monitoring","title":"서귀포 배전선로 고장","description":""}'
sleep 2   # let the simulation run a few simulated minutes so trucks are on the move

# ET_SCREENSHOT_VIEWS="energy audit" re-makes only those views (default: all, and the sign-in).
# The Energy view needs history in the cache for its chart: make-history-screenshots.sh makes it;
# the Dispatch view a spring day with curtailment: make-dispatch-screenshots.sh.
views="${ET_SCREENSHOT_VIEWS:-disasters centers audit signin}"
wants() { case " $views " in *" $1 "*) return 0 ;; esac; return 1; }

for lang in ko en; do
    for view in energy dispatch disasters centers; do
        wants "$view" || continue
        printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
            --server "$url" $sign_in_args --view "$view" --lang "$lang" --data-dir "$work/data-$lang" \
            --screenshot "$out/$view-$lang.png"
        echo "made $out/$view-$lang.png"
    done
done

# The audit trail, as the administrator sees it: the registrations and sign-ins above are in it.
for lang in ko en; do
    wants audit || continue
    printf '%s\n' "$admin_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" --user "$admin_email" --password-stdin --view audit --lang "$lang" \
        --data-dir "$work/admin-$lang" --screenshot "$out/audit-$lang.png"
    echo "made $out/audit-$lang.png"
done

# The sign-in window: a data folder nobody has signed in with yet.
for lang in ko en; do
    wants signin || continue
    xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" --server "$url" --lang "$lang" \
        --data-dir "$work/fresh-$lang" --screenshot "$out/signin-$lang.png"
    echo "made $out/signin-$lang.png"
done

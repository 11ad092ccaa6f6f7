#!/bin/sh
# Re-makes docs/screenshots/centers-<page>-<lang>-<theme>.png (issue 19): the Centers view's list,
# a center's detail (Seogwipo's addiction center: staff, week, notices, ranking, reviews), the
# private self-check and the crisis page, in Korean and English, light and dark — a real
# energytruck-server with a fixed seed, the operator signed in, the console's --screenshot under
# Xvfb at 1440x900 (the size of a field laptop).
set -eu
. "$(dirname "$0")/screenshot-server.sh"
start_server 0
# "ctr-" + SHA-1(name|road address)[:16] of 서귀포보건소 중독관리통합지원센터 (CenterCsvImporter::stableId).
center=$(printf '%s' '서귀포보건소 중독관리통합지원센터|제주특별자치도 서귀포시 중앙로101번길 52(서홍동)' | sha1sum | cut -c1-16)
closed=$(printf '%s' '제주시정신건강복지센터|제주특별자치도 제주시 연삼로 264' | sha1sum | cut -c1-16)
# What operators and users add (through the API as the console's outbox would): a temporary
# closure on Jeju City's mental-health center, a same-day notice and a review on Seogwipo's
# addiction center, so the list and the detail show them.
login=$(curl -sf -X POST -H 'Content-Type: application/json' \
    --data "{\"email\":\"$operator_email\",\"password\":\"$operator_password\"}" "$url/api/v1/auth/login")
token=$(printf '%s' "$login" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
user=$(printf '%s' "$login" | sed -n 's/.*"user":{[^}]*"id":"\([^"]*\)".*/\1/p')
ends=$(date -u -d '+3 hours' +%Y-%m-%dT%H:%M:%SZ)
post() {
    answer=$(curl -s -w ' %{http_code}' -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
        -H "Idempotency-Key: screenshot-center-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')" --data "$2" "$url/api/v1/$1")
    case "$answer" in
        *' 200' | *' 201') ;;
        *) echo "POST $1 failed: $answer" >&2; exit 1 ;;
    esac
}
post "centers/ctr-$closed/notices" "{\"id\":\"ntc-shot-1\",\"center_id\":\"ctr-$closed\",\"kind\":\"closure\",\"reason\":\"직원 교육 / staff training\",\"ends_at\":\"$ends\"}"
post "centers/ctr-$center/notices" "{\"id\":\"ntc-shot-2\",\"center_id\":\"ctr-$center\",\"kind\":\"notice\",\"reason\":\"오후 상담은 예약제 / afternoon by appointment\",\"ends_at\":\"$ends\"}"
post "centers/ctr-$center/reviews" "{\"center_id\":\"ctr-$center\",\"user_id\":\"$user\",\"stars\":4,\"text\":\"친절하게 상담해 주셨어요. Kind and patient.\"}"
for lang in ko en; do
    for theme in light dark; do
        for page in list detail selfCheck info:crisis; do
            case "$page" in
                list) extra="" ;;
                detail) extra="--select ctr-$center" ;;
                *) extra="--page $page" ;;
            esac
            name=$(printf '%s' "$page" | tr ':' '-' | tr 'A-Z' 'a-z')
            printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1440x900x24" "$bin/energytruck-console" \
                --server "$url" $sign_in_args --view centers --lang "$lang" --theme "$theme" $extra \
                --data-dir "$work/centers-$lang-$theme" --screenshot "$out/centers-$name-$lang-$theme.png" --screenshot-after 6
            echo "made $out/centers-$name-$lang-$theme.png"
        done
    done
done

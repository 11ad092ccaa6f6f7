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

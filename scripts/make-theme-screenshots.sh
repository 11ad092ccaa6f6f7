#!/bin/sh
# Re-makes the screenshots of the themes, the Settings view and the text sizes, in
# docs/screenshots/: the Energy view in each theme (theme-<light|dark|high-contrast>-<lang>.png),
# the Settings view (settings-<lang>.png) and the Energy view with the text at 150 % and 200 %
# (textsize-<150|200>-ko.png). A real energytruck-server runs two simulated days fast so the chart
# has history (as make-history-screenshots.sh), and the console is photographed under Xvfb at
# 1440x900. The text size has no flag: it is written into the private home's settings file, as
# the Settings view would keep it.
set -eu
export ET_SCREENSHOT_START="${ET_SCREENSHOT_START:-2026-04-11T00:00:00Z}"
. "$(dirname "$0")/screenshot-server.sh"
with_two_days

settings_file="$XDG_CONFIG_HOME/EnergyTruck/energytruck-console.conf"
shot() { # shot FILE LANG [console options...]
    file=$1 lang=$2
    shift 2
    printf '%s\n' "$operator_password" | xvfb-run -a -s "-screen 0 1600x1000x24" "$bin/energytruck-console" \
        --server "$url" $sign_in_args --lang "$lang" --data-dir "$work/data-$lang" \
        --screenshot "$out/$file" "$@"
    echo "made $out/$file"
}
for lang in ko en; do
    for theme in light dark high-contrast; do
        shot "theme-$theme-$lang.png" "$lang" --view energy --theme "$theme"
    done
    shot "settings-$lang.png" "$lang" --view settings
done
mkdir -p "$(dirname "$settings_file")"
for percent in 150 200; do
    printf '[preferences]\nfontScale=%s\n' "$(echo "$percent" | awk '{ print $1 / 100 }')" >"$settings_file"
    shot "textsize-$percent-ko.png" ko --view energy
done
rm -f "$settings_file"

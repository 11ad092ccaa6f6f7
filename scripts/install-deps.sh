#!/bin/sh
# Installs the Debian 12 packages the console, backend and tests need, only when missing.
# Run as root (or with sudo available). Safe to run repeatedly: a machine that already has
# everything makes no apt calls at all.
# The last line builds and checks the Debian package (packaging/, tests/packaging): dpkg-shlibdeps,
# lintian, icon rendering, help2man, appstreamcli, desktop-file-validate, systemd-analyze.
set -eu

PACKAGES="
cmake g++ ninja-build ccache pkg-config
qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
qt6-positioning-dev qt6-websockets-dev qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-shader-baker
libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev libsodium-dev
qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
qml6-module-qtquick-window qml6-module-qtquick-shapes qml6-module-qtquick-templates
qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtcore
qml6-module-qtpositioning qml6-module-qtquick-dialogs
qt6-charts-dev qml6-module-qtcharts
fonts-noto-cjk xvfb xauth xdotool gnome-keyring dbus dbus-x11 libsecret-1-0 sqlite3 procps curl openssl
glpk-utils poppler-utils fonts-dejavu-core
dpkg-dev file lintian librsvg2-bin help2man appstream desktop-file-utils systemd
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

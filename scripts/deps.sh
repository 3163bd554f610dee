#!/usr/bin/env bash
# Installs the Debian 12 packages the app, the sandbox and the test suite need.
# Safe to run again: does nothing when everything is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtcore qml6-module-qt-labs-platform
    qtkeychain-qt6-dev libqrcodegencpp-dev libargon2-dev
    gnome-keyring libsecret-tools dbus-daemon dbus-bin
    clang-format xvfb xauth zbar-tools oathtool appstream desktop-file-utils openssl
    clang libclang-rt-14-dev
    libglib2.0-bin
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

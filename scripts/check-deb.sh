#!/usr/bin/env bash
# Builds the .deb with CPack, then proves it on a clean Debian 12: a fresh minimal root file
# system (debootstrap) installs the package with apt, which must pull in every runtime
# dependency from the declared ones alone, and the app must start from its desktop entry and
# show its first frame (offscreen), on its embedded sandbox too.
#
#   scripts/check-deb.sh [BUILD_DIR]   # needs root (debootstrap, chroot) and deb.debian.org
#
# Without BUILD_DIR it makes a Release build in build-deb/; with one, it packages that build.
#
# APPWRITE_CHROOT_CACHE=DIR keeps the pristine debootstrap tree between runs (it is copied,
# never modified); by default it lives under build-deb/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh

[ "$(id -u)" -eq 0 ] || { echo "check-deb.sh needs root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
}

build=${1:-build-deb}
if [ $# -eq 0 ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAPPWRITE_BUILD_TESTS=OFF
fi
cmake --build "$build"
(cd "$build" && cpack -G DEB)
deb=$(ls -t "$build"/appwrite-account_*.deb | head -n1)
echo "== package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'

echo "== installed files pass their validators"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dpkg-deb -x "$deb" "$staging"
desktop-file-validate "$staging/usr/share/applications/io.appwrite.account.desktop"
appstreamcli validate --no-net "$staging/usr/share/metainfo/io.appwrite.account.metainfo.xml"

pristine=${APPWRITE_CHROOT_CACHE:-$PWD/build-deb/chroot-pristine}
if [ ! -x "$pristine/usr/bin/apt-get" ]; then
    echo "== debootstrap a minimal Debian 12 into $pristine"
    rm -rf "$pristine"
    debootstrap --variant=minbase bookworm "$pristine" http://deb.debian.org/debian
fi

root=$(mktemp -d)
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root" "$staging"
}
trap cleanup EXIT
cp -a "$pristine/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/app.deb"

echo "== apt installs the package and only its declared dependencies"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -q
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/app.deb

exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/io.appwrite.account.desktop" |
    head -n1 | sed 's/ *%[uUfF]//g')
echo "== start from the desktop entry: $exec_line"
for extra in "" "--sandbox"; do
    output=$(chroot "$root" env HOME=/root QT_QPA_PLATFORM=offscreen \
        $exec_line $extra --exit-after-first-frame 2>&1) || {
        echo "$output"
        echo "FAILED: '$exec_line $extra' did not start" >&2
        exit 1
    }
    echo "$output"
    if grep -qiE "module .* is not installed|cannot load library|failed to load|window could not be made|Unsupported image format|Error decoding" <<<"$output"; then
        echo "FAILED: the installed app reports a missing piece" >&2
        exit 1
    fi
    grep -q "first frame" <<<"$output" || { echo "FAILED: no first frame" >&2; exit 1; }
done
echo "== the .deb installs on a clean Debian 12 and starts"

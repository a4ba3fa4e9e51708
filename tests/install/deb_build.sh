#!/usr/bin/env bash
# Makes the Debian package with CPack into BUILD_DIR/package/ and checks its contents and its
# dependencies: computed by dpkg-shlibdeps (Qt, QtKeychain), plus the plugins Qt loads at run time.
# Usage: deb_build.sh BUILD_DIR; TEARDOWN_APP_ID and TEARDOWN_VERSION from ctest.
set -euo pipefail
build=$1
id=$TEARDOWN_APP_ID
version=$TEARDOWN_VERSION
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$build/package
rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack"; }
debs=("$out"/teardown-console_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one teardown-console_${version}_ARCH.deb in $out"
deb=${debs[0]}
echo "package: ${deb#"$build"/}"

listing=$(dpkg-deb --contents "$deb")
expected=(
    ./usr/bin/teardown-console ./usr/bin/teardownctl ./usr/bin/teardown-emulator
    "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$id.svg"
    ./usr/share/man/man1/teardownctl.1.gz ./usr/share/bash-completion/completions/teardownctl
    ./usr/share/doc/teardown-console/copyright
)
for size in 16 22 24 32 48 64 128 256; do expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for file in "${expected[@]}"; do
    grep -qE " $file\$" <<<"$listing" || fail "not in the package: $file"
done
echo "contents: ${#expected[@]} files checked"

depends=$(dpkg-deb --field "$deb" Depends)
for package in libqt6widgets6 libqt6sql6 libqt6network6 libqt6keychain1 libqt6httpserver6 libqt6sql6-sqlite \
    libqt6svg6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
dpkg-deb --field "$deb" Recommends | grep -q gnome-keyring || fail "Recommends lacks gnome-keyring"
echo "depends: $depends"

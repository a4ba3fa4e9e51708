#!/usr/bin/env bash
# Installs the package made by deb_build.sh with apt-get, lists a running emulator with the
# installed /usr/bin/teardownctl, and removes the package again, also when something fails. Needs
# root (CI runs as root); it refuses to touch a teardown-console already installed on the machine.
# Usage: deb_apt.sh BUILD_DIR; TEARDOWN_VERSION from ctest.
set -euo pipefail
build=$1
version=$TEARDOWN_VERSION
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "installing a package needs root: run it as root, or leave it out with ctest -LE package"
if dpkg-query -W -f='${Status}' teardown-console 2>/dev/null | grep -q "install ok installed"; then
    fail "teardown-console is already installed on this machine; this test installs and removes it, so it stops"
fi
debs=("$build"/package/teardown-console_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no package in $build/package (made by install_deb_contents)"

work=$(mktemp -d -t teardown-apt.XXXXXX)
chmod 755 "$work" # apt-get reads a local package as its own unprivileged user
emulator_pid=""
apt=(apt-get -y -q -o DPkg::Lock::Timeout=300)
cleanup() {
    if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
    if dpkg-query -W -f='${Status}' teardown-console 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" remove teardown-console >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

cp "${debs[0]}" "$work/"
deb=$work/$(basename "${debs[0]}")
DEBIAN_FRONTEND=noninteractive "${apt[@]}" install --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install $deb"; }
[ "$(/usr/bin/teardownctl --version)" = "teardownctl $version" ] || fail "/usr/bin/teardownctl --version"
echo "installed: $(dpkg-query -W teardown-console)"

# The installed emulator, and the installed teardownctl listing it on a throwaway profile.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
coproc emulator { exec /usr/bin/teardown-emulator --listen 127.0.0.1:0 2>/dev/null; }
emulator_pid=$emulator_PID
read -r -t 60 first <&"${emulator[0]}" || fail "the emulator did not start"
url=${first#listening on }
[[ $url == http://127.0.0.1:* ]] || fail "the emulator said \"$first\""
listing=$(TENCENTCLOUD_SECRET_ID=AKIDSANDBOX TENCENTCLOUD_SECRET_KEY=sandbox-secret-key \
    /usr/bin/teardownctl list --provider tencent --endpoint "$url" --region ap-guangzhou --language en)
count=$(grep -cE ' ins-[a-z0-9]{8} ' <<<"$listing" || true)
[ "$count" -gt 0 ] || { echo "$listing"; fail "/usr/bin/teardownctl listed no instance"; }
echo "listed: $count instances in ap-guangzhou through /usr/bin/teardownctl"

kill "$emulator_pid"
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=""
DEBIAN_FRONTEND=noninteractive "${apt[@]}" remove teardown-console >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get remove"; }
[ ! -e /usr/bin/teardownctl ] || fail "/usr/bin/teardownctl is still there after removal"
echo "removed"

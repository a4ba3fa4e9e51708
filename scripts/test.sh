#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite: unit, integration (real HTTP to
# the emulator on loopback), ui (offscreen) and keychain (a real GNOME Keyring on a private D-Bus
# session), then the fuzz harnesses for a bounded time each (the fuzz preset, build-fuzz/, label
# fuzz). Works as root on a machine with no display and no desktop session.
# Extra arguments go to ctest for build/ only, e.g. scripts/test.sh -L unit; the fuzz harnesses run
# with the whole suite, when there are none.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
teardown_setup
run_fuzz=$(( $# == 0 ))
if (( run_fuzz )); then
    teardown_build_fuzz
fi

# Nothing of the tests may touch the user's own settings, keyrings or history.
sandbox=$(mktemp -d -t teardown-test.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{config,data,cache,runtime}
chmod 700 "$sandbox/runtime"
export XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export QT_QPA_PLATFORM=offscreen
export TEARDOWN_REQUIRE_KEYCHAIN=1 # the keychain tests fail, not skip, without the keyring below
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

teardown_log "Running the test suite"
export TEARDOWN_CTEST_ARGS="$*"
status=0
dbus-run-session -- bash -c '
    # A login keyring unlocked with a throwaway password: the secret service the keychain tests use.
    echo -n teardown-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "'"$TEARDOWN_ROOT"'/build"
    ctest --output-on-failure --parallel "$(nproc)" $TEARDOWN_CTEST_ARGS
' || status=$?

if (( run_fuzz )); then
    teardown_log "Running the fuzz harnesses"
    (cd "$TEARDOWN_ROOT/build-fuzz" && ctest -L fuzz --output-on-failure --parallel "$(nproc)") || status=$?
fi
teardown_log "Finished, status $status"
exit "$status"

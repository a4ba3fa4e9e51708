#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console. With no account configured it opens on
# the embedded sandbox: an emulator on a free loopback port, clearly marked as such.
# Arguments go to the console.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
teardown_setup

console="$TEARDOWN_ROOT/build/bin/teardown-console"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    teardown_log "No display: starting the console on a virtual one (xvfb-run)"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$console" "$@"
fi
exec "$console" "$@"

#!/usr/bin/env bash
# Screenshots of the main window for the README and the AppStream metainfo: the console on the
# embedded sandbox, on a virtual X server (xvfb-run) of 1600x1000 and of 1024x700, in English and in
# Chinese, in the desktop's light palette and with --dark. Each run has a throwaway profile (settings,
# history) and no D-Bus session, so no keychain and no earlier window state is involved. Saves
# docs/screenshots/main-window-WIDTH[-dark]-LANGUAGE.png.
#
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default: docs/screenshots)
# Needs a build of teardown-console in build/ (built here when missing).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

console="$TEARDOWN_ROOT/build/bin/teardown-console"

# Waits until the screen has settled: three captures a second apart differ in fewer pixels than a
# text caret has. Leaves the last capture in $1.
wait_until_settled() {
    local capture=$1 work previous current settled=0 polls=0 differing
    work=$(mktemp -d)
    previous=$work/previous.png
    current=$work/current.png
    import -window root "$previous"
    while [ "$settled" -lt 3 ]; do
        polls=$((polls + 1))
        if [ "$polls" -gt 90 ]; then
            echo "The window did not settle in 90 s" >&2
            return 1
        fi
        sleep 1
        import -window root "$current"
        differing=$(compare -metric AE "$previous" "$current" null: 2>&1 || true)
        if [ "${differing%%.*}" -lt 60 ]; then
            settled=$((settled + 1))
        else
            settled=0
        fi
        mv "$current" "$previous"
    done
    mv "$previous" "$capture"
    rm -rf "$work"
}

# On the virtual display: starts the console, gives its window the whole screen, waits until the
# sandbox is listed, selects three rows as an operator would (the details pane and the status bar
# then show them) and saves the screen.
shoot_on_display() {
    local size=$1 output=$2
    shift 2
    "$console" "$@" &
    local pid=$!
    trap 'kill "$pid" 2>/dev/null || true' RETURN
    # The main window: the first visible top-level of the console's window class.
    local window
    window=$(xdotool search --sync --onlyvisible --classname teardown-console | head -n 1)
    # No window manager: the window is moved and sized as an operator would maximise it (without
    # --sync, which waits for a change that does not come when the window has that size already).
    xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"

    wait_until_settled "$output"

    # The fourth to the sixth row (api-gateway-04 to -06, sorted by name): rows are 22 px high and
    # start below the filters, lower on the narrow screen, where the sandbox notice takes two lines.
    local first_row=148
    [ "${size%x*}" -ge 1280 ] || first_row=162
    xdotool mousemove 330 $((first_row + 3 * 22)) click 1
    xdotool mousemove 330 $((first_row + 5 * 22)) keydown shift click 1 keyup shift
    xdotool mousemove "${size%x*}" "${size#*x}" # out of the way
    wait_until_settled "$output"
}

if [ "${1:-}" = "--on-display" ]; then
    shift
    shoot_on_display "$@"
    exit 0
fi

output_dir=$(realpath -m "${1:-$TEARDOWN_ROOT/docs/screenshots}")
mkdir -p "$output_dir"
teardown_install_packages "${TEARDOWN_RUNTIME_PACKAGES[@]}" xdotool imagemagick
if [ ! -x "$console" ]; then
    teardown_log "Building teardown-console in build/"
    (cd "$TEARDOWN_ROOT" && cmake --preset default >/dev/null)
    cmake --build "$TEARDOWN_ROOT/build" --target teardown-console
fi

for size in 1600x1000 1024x700; do
    for language in en zh_CN; do
        for look in light dark; do
            args=()
            variant=""
            if [ "$look" = dark ]; then
                args+=(--dark)
                variant=-dark
            fi
            name="main-window-${size%x*}$variant-$language.png"
            teardown_log "$name"
            profile=$(mktemp -d)
            # The language as a desktop session sets it; the window follows it on a first start.
            locale=$language.UTF-8
            [ "$language" != en ] || locale=en_US.UTF-8
            env -u XDG_CURRENT_DESKTOP -u QT_QPA_PLATFORMTHEME -u QT_STYLE_OVERRIDE -u WAYLAND_DISPLAY \
                XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" XDG_CACHE_HOME="$profile/cache" \
                DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/teardown-no-bus \
                LANGUAGE="$language" LANG="$locale" LC_ALL="$locale" QT_QPA_PLATFORM=xcb \
                xvfb-run -a -s "-screen 0 ${size}x24" \
                "$0" --on-display "$size" "$output_dir/$name" "${args[@]}"
            rm -rf "$profile"
        done
    done
done
teardown_log "Saved in ${output_dir#"$TEARDOWN_ROOT"/}: look at each before committing them"

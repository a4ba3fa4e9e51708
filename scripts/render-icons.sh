#!/usr/bin/env bash
# Renders the application icon (resources/icons/app/teardown-console.svg) to the PNG sizes of the
# hicolor theme. The PNGs are committed, so building needs no SVG renderer: run this after changing
# the SVG and commit the result. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
teardown_install_packages librsvg2-bin

app_dir="$TEARDOWN_ROOT/resources/icons/app"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "$app_dir/teardown-console-$size.png" \
        "$app_dir/teardown-console.svg"
done
teardown_log "Rendered $(ls "$app_dir"/teardown-console-*.png | wc -l) PNGs into resources/icons/app/"

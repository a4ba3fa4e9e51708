#!/usr/bin/env bash
# cmake --install into a throwaway prefix; then the installed files are where desktops, man and
# bash-completion look, the installed programs print their versions, the manual page and the
# completion name every option of `teardownctl --help`, and the installed console starts offscreen
# on a throwaway profile (its history database appears: Qt's SQLite driver and the sandbox work).
# Usage: install_prefix.sh BUILD_DIR SOURCE_DIR; TEARDOWN_APP_ID and TEARDOWN_VERSION from ctest.
set -euo pipefail
build=$1
id=$TEARDOWN_APP_ID
version=$TEARDOWN_VERSION

work=$(mktemp -d -t teardown-install.XXXXXX)
console_pid=""
cleanup() {
    if [ -n "$console_pid" ]; then kill "$console_pid" 2>/dev/null || true; wait "$console_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }

expected=(
    bin/teardown-console bin/teardownctl bin/teardown-emulator
    "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$id.svg"
    share/man/man1/teardownctl.1.gz share/bash-completion/completions/teardownctl
    share/doc/teardown-console/LICENSE share/doc/teardown-console/copyright
)
for size in 16 22 24 32 48 64 128 256; do expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for file in "${expected[@]}"; do
    [ -s "$prefix/$file" ] || fail "not installed: $file"
done
echo "installed: ${#expected[@]} files"

for program in teardown-console teardownctl teardown-emulator; do
    answer=$("$prefix/bin/$program" --version)
    [ "$answer" = "$program $version" ] || fail "$program --version said \"$answer\""
done
echo "versions: $version"

# Every long option of --help is in the manual page and in the completion, and nothing else is.
help_options=$("$prefix/bin/teardownctl" --help --language en | grep -oE '^ +(-[a-z], )?--[a-z-]+' |
    grep -oE -- '--[a-z-]+' | sort -u)
manual=$(MANWIDTH=100 man --warnings -l "$prefix/share/man/man1/teardownctl.1.gz" 2>"$work/man.err")
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "the manual page has warnings"; }
grep -q "EXIT STATUS" <<<"$manual" || fail "the manual page has no exit status"
# Each option has an entry of its own: a .B, .BI or .BR line (the source: rendering may hyphenate).
manual_source=$(gzip -dc "$prefix/share/man/man1/teardownctl.1.gz" | sed 's/\\-/-/g' | grep -E '^\.B[IR]? ')
# The options the completion offers: its `local options="..."` list.
completion_options=$(sed -n '/local options="/,/"$/p' "$prefix/share/bash-completion/completions/teardownctl" |
    grep -oE -- '--[a-z-]+' | sort -u)
for option in $help_options; do
    grep -qE -- "$option([^a-z-]|$)" <<<"$manual_source" || fail "the manual page lacks $option"
    grep -qx -- "$option" <<<"$completion_options" || fail "the completion lacks $option"
done
for option in $completion_options; do
    grep -qx -- "$option" <<<"$help_options" || fail "the completion offers $option, which --help does not know"
done
echo "options in --help, the manual page and the completion: $(wc -w <<<"$help_options")"

# The completion, as bash-completion runs it.
complete_words() {
    bash -c 'source /usr/share/bash-completion/bash_completion
             source "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _teardownctl teardownctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
             printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$prefix/share/bash-completion/completions/teardownctl" "$@"
}
[ "$(complete_words teardownctl pl)" = "plan" ] || fail "completing a command"
[ "$(complete_words teardownctl list --provider tencent-)" = "tencent-legacy" ] || fail "completing a provider"
complete_words teardownctl list --region ap-gu | grep -qx ap-guangzhou || fail "completing a region"
complete_words teardownctl list --region SEL | grep -qx SEL-A || fail "completing a Zenlayer zone"
echo "completion: commands, providers, regions"

# The installed console on a throwaway profile, offscreen: ready once it has opened its history.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export QT_QPA_PLATFORM=offscreen
history=$XDG_DATA_HOME/TeardownConsole/teardown-console/history.sqlite
"$prefix/bin/teardown-console" >"$work/console.log" 2>&1 &
console_pid=$!
for ((tenths = 0; tenths < 600; tenths++)); do
    [ -s "$history" ] && break
    kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log"; fail "the installed console exited"; }
    sleep 0.1
done
[ -s "$history" ] || { cat "$work/console.log"; fail "the installed console opened no history in 60 s"; }
kill -0 "$console_pid" || fail "the installed console stopped"
echo "console: started offscreen, history at ${history#"$work"/}"

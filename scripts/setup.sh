# Shared by run.sh and test.sh: install what is missing, then configure and build into build/.
# Sourced, not run.

TEARDOWN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages. qt6-websockets-dev is not used directly, but Qt6HttpServer's CMake package
# cannot be found without it.
TEARDOWN_BUILD_PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n qtkeychain-qt6-dev
    libqt6sql6-sqlite libgl-dev qt6-qpa-plugins libssl-dev
)
# Running the tests and the app without a desktop session: a virtual display, a private D-Bus
# session and a real secret service, a font with Chinese glyphs, and a real HTTP proxy that the
# proxy tests start on loopback.
# libqt6svg6 draws the icons (Qt's SVG icon engine and image plugins are loaded, not linked).
TEARDOWN_RUNTIME_PACKAGES=(xvfb xauth gnome-keyring dbus dbus-x11 fonts-wqy-microhei tinyproxy microsocks libqt6svg6)
# The install tests: the desktop entry's and the metainfo's validators, CPack's Debian generator
# (dpkg-shlibdeps from dpkg-dev, which needs file), and reading the installed manual page and
# bash completion.
TEARDOWN_PACKAGING_PACKAGES=(desktop-file-utils appstream dpkg-dev file man-db bash-completion)
# The fuzz harnesses (tests/fuzz, the fuzz preset): clang 14 with libFuzzer. The sanitizer and
# libFuzzer runtimes that -fsanitize=fuzzer,address,undefined links are in libclang-rt-14-dev,
# which clang-14 only recommends.
TEARDOWN_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev libfuzzer-14-dev)

# With the time since the script started, so a slow step shows in CI's log.
teardown_log() { printf '\033[1m==> [%dm%02ds] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

teardown_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    teardown_log "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "These Debian packages are missing and this is not root: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

teardown_build() {
    teardown_log "Configuring and building in build/"
    (cd "$TEARDOWN_ROOT" && cmake --preset default >/dev/null)
    cmake --build "$TEARDOWN_ROOT/build" --parallel "$(nproc)"
}

# The fuzz harnesses (tests/fuzz) in build-fuzz/: clang with libFuzzer and the sanitizers.
teardown_build_fuzz() {
    teardown_log "Configuring and building the fuzz harnesses in build-fuzz/"
    (cd "$TEARDOWN_ROOT" && cmake --preset fuzz >/dev/null && cmake --build --preset fuzz --parallel "$(nproc)")
}

teardown_setup() {
    teardown_install_packages "${TEARDOWN_BUILD_PACKAGES[@]}" "${TEARDOWN_RUNTIME_PACKAGES[@]}" \
        "${TEARDOWN_PACKAGING_PACKAGES[@]}" "${TEARDOWN_FUZZ_PACKAGES[@]}"
    teardown_build
}

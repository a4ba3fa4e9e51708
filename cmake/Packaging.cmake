# The Debian package (cpack -G DEB, see README "Install"): what `cmake --install` puts in a prefix,
# under /usr. Library dependencies are computed by dpkg-shlibdeps from the binaries; only what Qt
# loads at run time without linking it is named here.
# cpack and `cmake --build --target install` package what is built and never start a build
# themselves: the test suite runs cpack, and must not rebuild the tree it is testing.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME teardown-console)
set(CPACK_PACKAGE_VENDOR "Teardown Console")
set(CPACK_PACKAGE_CONTACT "Teardown Console maintainers <maintainers@teardown-console.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Return and release cloud instances across accounts and providers")
set(CPACK_PACKAGE_DESCRIPTION
    "Teardown Console lists the cloud instances of many accounts, regions and providers (Tencent Cloud API 3.0, the legacy API 2.0, Zenlayer Bare Metal Cloud) in one table and returns them under each provider's rules: every destructive step is planned, shown, confirmed, executed within the provider's limits, verified and written to a local history. The package holds the desktop console, teardownctl (the same engine on the command line) and teardown-emulator (a local emulation of the providers' APIs).")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # teardown-console_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${TEARDOWN_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded by Qt at run time, so dpkg-shlibdeps cannot see them, and Debian only recommends them:
# the SQLite driver of the history database (libqt6sql6 recommends one of five drivers), and the
# SVG image and icon engine plugins that draw every icon. (Debian 12's libqt6gui6 itself ships the
# xcb and offscreen platform plugins; qt6-qpa-plugins only adds VNC and TUIO.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# QtKeychain talks to a Secret Service over D-Bus; without one the console keeps secrets for the
# session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, dbus-user-session | dbus-x11")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, qt6-gtk-platformtheme")

include(CPack)

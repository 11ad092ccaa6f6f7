# SPDX-License-Identifier: MIT
# CPack's DEB generator: one package, energytruck, with the console, the CLI and the server.
# Included from packaging/CMakeLists.txt before include(CPack).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# A Debian revision makes it a non-native package: the version is the project's, -1 the packaging's.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(ET_DEB_VERSION ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}) # for the Debian changelog
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ET_HOMEPAGE_URL}")
# Lines under 80 columns, as Debian asks of a description.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Energy Truck Console shows Jeju island's energy system on one map: demand,\n"
    "generation, the HVDC links, curtailment, prices and a 24-hour forecast; the\n"
    "energy trucks (mobile batteries that soak up curtailed wind and solar power)\n"
    "and their orders; typhoons, earthquakes, floods and outages with their impact\n"
    "and alarms; and public health centers. It keeps working offline from a local\n"
    "cache.\n"
    "\n"
    "The package holds the Qt Quick console, the command-line client\n"
    "energytruck-cli and the reference backend energytruck-server with its\n"
    "simulation of Jeju, which the console starts by itself. A systemd unit runs\n"
    "the server as a service; it is not enabled.")

# The shared libraries come from dpkg-shlibdeps; these are what the programs load at run time,
# which it cannot see: the QML modules the console imports, Qt's SQLite driver and the fonts
# that draw Hangul (without them Korean shows as boxes). The X11 and offscreen platform
# plugins come with libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(et_runtime_depends
    libqt6sql6-sqlite
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qtcharts qml6-module-qtpositioning
    fonts-noto-cjk)
list(JOIN et_runtime_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# The keychain (Secret Service) keeps logins between runs; without it they last one run.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, libsecret-1-0")
# Without Qt's Wayland plugin a Wayland desktop runs the console through XWayland.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/linux/postinst" "${CMAKE_CURRENT_LIST_DIR}/linux/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The programs in the package are stripped; their debug info stays in the build tree. (CPack's
# -dbgsym split, CPACK_DEBIAN_DEBUGINFO_PACKAGE, makes a .ddeb that lintian rejects in CMake
# 3.25: md5sums with the staging folder's paths, and no copyright file.)
set(CPACK_STRIP_FILES ON)

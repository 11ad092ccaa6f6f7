# SPDX-License-Identifier: MIT
# libsodium as the target et_sodium, for whichever target links it (the backend, a fuzz target).
# Debian has it through pkg-config (libsodium-dev); Windows through vcpkg, whose port installs a
# CMake package named unofficial-sodium. Both imported targets are global because this file runs
# once, from the first directory that includes it, and et_sodium is used from others.
include_guard(GLOBAL)
find_package(unofficial-sodium CONFIG QUIET GLOBAL)
add_library(et_sodium INTERFACE)
if(unofficial-sodium_FOUND)
    target_link_libraries(et_sodium INTERFACE unofficial-sodium::sodium)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium)
    target_link_libraries(et_sodium INTERFACE PkgConfig::SODIUM)
endif()

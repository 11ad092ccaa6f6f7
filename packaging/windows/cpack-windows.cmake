# SPDX-License-Identifier: MIT
# The Windows installer: CPack's NSIS generator over what the install() rules of packaging/ put in
# the staging folder, made self-contained by windeployqt (windeployqt.cmake). Included on WIN32
# by packaging's CMake just before include(CPack), so it only sets CPACK_* variables. Untested:
# no machine of this project runs Windows (docs/windows.md).
set(CPACK_GENERATOR "NSIS")
# Values reach NSIS as written here (backslashes and quotes in the commands below), not escaped
# twice as CPack's old default wants.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Energy Truck Console")
set(CPACK_NSIS_PACKAGE_NAME "Energy Truck Console")
set(CPACK_NSIS_DISPLAY_NAME "Energy Truck Console")
# A second install over an old one would leave stale Qt plugins behind: remove the old one first.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start menu: one shortcut, to the console (the CLI and server are for a terminal or a service).
# NSIS looks for these in CPACK_NSIS_EXECUTABLES_DIRECTORY, "bin" by default, like the install rules.
set(CPACK_PACKAGE_EXECUTABLES "energytruck-console" "Energy Truck Console")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\energytruck-console.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "energytruck-console.exe")

# The icon is made from the SVG of packaging/icons (docs/windows.md says how); without it NSIS
# uses its own.
set(_et_ico "${CMAKE_SOURCE_DIR}/packaging/icons/energytruck.ico")
if(EXISTS "${_et_ico}")
    set(CPACK_NSIS_MUI_ICON "${_et_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${_et_ico}")
endif()
if(EXISTS "${CMAKE_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
endif()

# windeployqt copies vc_redist.x64.exe beside the programs (--compiler-runtime); the installer
# runs it quietly so the MSVC runtime is there on a fresh machine.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  IfFileExists "$INSTDIR\bin\vc_redist.x64.exe" 0 +2
    ExecWait '"$INSTDIR\bin\vc_redist.x64.exe" /install /quiet /norestart'
]])

# What windeployqt.cmake needs when CPack runs it. CPack copies every CPACK_* variable into its
# configuration, which is how they reach the script.
find_program(ET_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" NO_DEFAULT_PATH)
set(CPACK_ET_WINDEPLOYQT "${ET_WINDEPLOYQT}")
set(CPACK_ET_QML_DIR "${CMAKE_SOURCE_DIR}/qml")
# DLLs windeployqt does not know: QtKeychain (built against this Qt) and vcpkg's libsodium.
set(CPACK_ET_EXTRA_DLL_DIRS "")
if(Qt6Keychain_DIR)
    list(APPEND CPACK_ET_EXTRA_DLL_DIRS "${Qt6Keychain_DIR}/../../../bin")
endif()
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    list(APPEND CPACK_ET_EXTRA_DLL_DIRS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
list(APPEND CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/windeployqt.cmake")

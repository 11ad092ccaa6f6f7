# SPDX-License-Identifier: MIT
# Run by CPack (CPACK_PRE_BUILD_SCRIPTS, set in cpack-windows.cmake) after the install rules have
# filled the staging folder and before NSIS packs it: puts beside the three programs the Qt
# libraries, plugins (qwindows, the QSQLITE driver, the TLS backends with Schannel, positioning),
# the QML modules the console imports (found by scanning qml/) and Qt's translations, plus the
# DLLs of QtKeychain and libsodium. Untested: docs/windows.md.
if(NOT CPACK_ET_WINDEPLOYQT)
    message(FATAL_ERROR "windeployqt was not found in Qt's bin folder at configure time")
endif()
# Newer CPack keeps only CPACK_TEMPORARY_DIRECTORY; both name the staging folder.
set(staging "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
if(NOT staging)
    set(staging "${CPACK_TEMPORARY_DIRECTORY}")
endif()
# Found wherever the install rules put them (a component install adds a folder level).
file(GLOB_RECURSE programs "${staging}/energytruck-*.exe")
if(NOT programs)
    message(FATAL_ERROR "no energytruck-*.exe under ${staging}: did the install rules run?")
endif()
list(GET programs 0 first)
get_filename_component(bindir "${first}" DIRECTORY)

execute_process(
    COMMAND "${CPACK_ET_WINDEPLOYQT}" --qmldir "${CPACK_ET_QML_DIR}" --compiler-runtime --verbose 1 ${programs}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "windeployqt failed (${result})")
endif()

foreach(dir IN LISTS CPACK_ET_EXTRA_DLL_DIRS)
    file(GLOB dlls "${dir}/*.dll")
    if(dlls)
        file(COPY ${dlls} DESTINATION "${bindir}")
    endif()
endforeach()

# SPDX-License-Identifier: MIT
# Fails when a program's source writes the project's version by hand (e.g. "0.1.0") instead of
# using ET_VERSION from the generated "et/version.h": such a copy goes stale at the next version.
# Run as: cmake -DSOURCE_DIR=... -DVERSION=... -P checkversionliterals.cmake
# The version as a word of its own ("0.1.0", "energytruck-cli 0.1.0\n", "name/0.1.0"), not
# part of a longer number.
string(REPLACE "." "\\." escaped "${VERSION}")
set(pattern "[\"/ v]${escaped}[\"\\ ]")
set(problems "")
foreach(folder app backend cli core models qml)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.qml")
    foreach(f ${files})
        file(STRINGS "${f}" lines REGEX "${pattern}")
        foreach(line ${lines})
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            string(STRIP "${line}" line)
            string(APPEND problems "\n  ${rel}: ${line}")
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "the version ${VERSION} is written by hand (use ET_VERSION from \"et/version.h\"):${problems}")
endif()
message(STATUS "no hand-written version ${VERSION}")

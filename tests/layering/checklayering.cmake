# SPDX-License-Identifier: MIT
# Fails when a layer reaches above itself (ARCHITECTURE.md): core/ must not include Qt Gui, Quick,
# Qml or Widgets; backend/ must not include the client library (it links core/domain and the OS
# glue of core/platform only); models/ must not include Quick.
# Run as: cmake -DSOURCE_DIR=... -P checklayering.cmake
set(problems "")

function(scan folder regex why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(f ${files})
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line ${lines})
            if(line MATCHES "${regex}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                set(problems "${problems}\n  ${rel}: ${line}  (${why})" PARENT_SCOPE)
                set(problems "${problems}\n  ${rel}: ${line}  (${why})")
            endif()
        endforeach()
    endforeach()
endfunction()

set(gui_headers "[<\"](QtGui|QtQuick|QtQml|QtWidgets|QtQuickControls2|QtSvg)/|[<\"](QGuiApplication|QApplication|QQuick[A-Za-z]*|QQml[A-Za-z]*|QWidget|QImage|QPixmap|QPainter|QColor|QFont|QSG[A-Za-z]*)[>\"]")
scan(core "${gui_headers}" "core/ is headless")
scan(backend "${gui_headers}" "the backend runs without Qt Gui")
scan(backend "[<\"](client/|core/client/)" "the backend links core/domain only")
scan(core/domain "[<\"](client/|core/client/|QNetwork[A-Za-z]*|QSql[A-Za-z]*|QWebSocket[A-Za-z]*)[>\"/]" "core/domain does no I/O")
scan(core/platform "[<\"](client/|core/client/|domain/|QNetwork[A-Za-z]*|QSql[A-Za-z]*|QWebSocket[A-Za-z]*)[>\"/]" "core/platform is OS glue only")
scan(models "[<\"](QtQuick/|QQuick[A-Za-z]*[>\"])" "models/ is Qt Core + Qml only")

# The link side: the backend's CMake must not name the client library.
file(GLOB_RECURSE cmakes "${SOURCE_DIR}/backend/CMakeLists.txt" "${SOURCE_DIR}/core/*/CMakeLists.txt")
foreach(f ${cmakes})
    file(READ "${f}" text)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    if(rel MATCHES "^backend/" AND text MATCHES "et_client")
        set(problems "${problems}\n  ${rel}: links et_client (the backend links core/domain only)")
    endif()
    if(rel MATCHES "^core/" AND text MATCHES "Qt6::(Gui|Quick|Qml|Widgets)")
        set(problems "${problems}\n  ${rel}: links a Qt GUI module (core/ is headless)")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "layering violations:${problems}")
endif()
message(STATUS "layering ok")

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

class QObject;
class QQmlEngine;
class QQuickWindow;

namespace et::map {
class JejuMap;
}

namespace et::test {

/// The window of a JejuMap pixel test, made the way every map test makes it: `qml` is a Window
/// holding a JejuMap whose objectName is "map"; `models` become context properties of `engine`
/// (which also gets the map module's import path). Waits until the window is exposed and the base
/// map has loaded. Returns an empty string on success, otherwise what failed.
QString openMapWindow(QQmlEngine &engine, const QByteArray &qml, const QHash<QString, QObject *> &models,
                      std::unique_ptr<QQuickWindow> &window, et::map::JejuMap *&map);

} // namespace et::test

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPointF>
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

/// Whether two colours match within `tolerance` per channel (alpha ignored).
bool sameColor(const QColor &a, const QColor &b, int tolerance = 3);
/// Share of the (2r+1)² patch of `image` around `p` (clipped to the image) that has colour `c`.
double colorShare(const QImage &image, const QPointF &p, const QColor &c, int r = 2);

} // namespace et::test

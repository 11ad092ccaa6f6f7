// SPDX-License-Identifier: MIT
#include "mapwindowfixture.h"

#include "jejumap.h"

#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTest>

#include <cmath>

namespace et::test {

QString openMapWindow(QQmlEngine &engine, const QByteArray &qml, const QHash<QString, QObject *> &models,
                      std::unique_ptr<QQuickWindow> &window, et::map::JejuMap *&map)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    for (auto it = models.cbegin(); it != models.cend(); ++it)
        engine.rootContext()->setContextProperty(it.key(), it.value());
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/map-test-window.qml")));
    std::unique_ptr<QObject> root(component.create());
    if (!root)
        return component.errorString();
    window.reset(qobject_cast<QQuickWindow *>(root.release()));
    if (!window)
        return QStringLiteral("the QML root is not a Window");
    map = window->findChild<et::map::JejuMap *>(QStringLiteral("map"));
    if (!map)
        return QStringLiteral("no JejuMap named \"map\" in the window");
    if (!QTest::qWaitForWindowExposed(window.get()))
        return QStringLiteral("the window was never exposed");
    QElapsedTimer waited;
    waited.start();
    while (!map->isLoaded() && waited.elapsed() < 10000)
        QTest::qWait(20);
    return map->isLoaded() ? QString() : QStringLiteral("the base map did not load: %1").arg(map->errorString());
}

bool sameColor(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

double colorShare(const QImage &image, const QPointF &p, const QColor &c, int r)
{
    int hits = 0, total = 0;
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            const QPoint q = p.toPoint() + QPoint(dx, dy);
            if (!image.rect().contains(q))
                continue;
            ++total;
            hits += sameColor(image.pixelColor(q), c) ? 1 : 0;
        }
    }
    return total ? double(hits) / total : 0.0;
}

} // namespace et::test

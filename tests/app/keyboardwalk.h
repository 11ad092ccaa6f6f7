// SPDX-License-Identifier: MIT
#pragma once

#include "accessibilitywalk.h"

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cstdlib>

namespace et::test {

/// The console's areas in the order Tab should visit them, by their objectNames in Main.qml.
inline const QStringList &consoleAreas()
{
    static const QStringList areas{"navRail", "panelArea", "map", "statusBar", "alarmBar"};
    return areas;
}

/// The console area `item` is in: its nearest ancestor (or itself) named in consoleAreas().
inline QString areaOf(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (consoleAreas().contains(i->objectName()))
            return i->objectName();
    }
    return QStringLiteral("(outside every area)");
}

/// The item Tab stopped at when `focused` has the active focus: itself, or the nearest ancestor
/// that takes the focus by Tab (a list hands its focus on to its current row).
inline QQuickItem *tabStop(QQuickItem *focused)
{
    for (QQuickItem *i = focused; i; i = i->parentItem()) {
        if (i->activeFocusOnTab())
            return i;
    }
    return focused;
}

/// One press of Tab in `window`; the item it stopped at.
inline QQuickItem *pressTab(QQuickWindow *window, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window, modifiers & Qt::ShiftModifier ? Qt::Key_Backtab : Qt::Key_Tab, modifiers);
    return tabStop(window->activeFocusItem());
}

/// Presses Tab until it stops at `target`, at most `limit` times, as a keyboard user would.
inline bool tabTo(QQuickWindow *window, QQuickItem *target, int limit = 400)
{
    for (int i = 0; i < limit && tabStop(window->activeFocusItem()) != target; ++i)
        pressTab(window);
    return tabStop(window->activeFocusItem()) == target;
}

/// The share of the pixels in a band `width` pixels wide just inside `rect`'s edges that differ
/// between `a` and `b` by more than a faint change (anti-aliasing, a blinking caret stays under it).
inline double edgeChange(const QImage &a, const QImage &b, const QRect &rect, int width = 3)
{
    const QRect r = rect.intersected(a.rect()).intersected(b.rect());
    if (r.width() <= 2 * width || r.height() <= 2 * width)
        return 0.0;
    const QRect inner = r.adjusted(width, width, -width, -width);
    int band = 0, changed = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (inner.contains(x, y))
                continue;
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int d = std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
            ++band;
            changed += d > 60 ? 1 : 0;
        }
    }
    return band ? double(changed) / band : 0.0;
}

/// The part of `item` that can be seen, in the window's pixels (the grab is in device pixels):
/// its rectangle cut by every ancestor that clips (a list taller than its scroller).
inline QRect pixelRect(QQuickItem *item)
{
    const qreal dpr = item->window() ? item->window()->devicePixelRatio() : 1.0;
    QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->clip())
            scene &= i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
    }
    return QRectF(scene.topLeft() * dpr, scene.size() * dpr).toAlignedRect();
}

} // namespace et::test

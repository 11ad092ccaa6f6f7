// SPDX-License-Identifier: MIT
#pragma once

#include <QQuickItem>
#include <QQuickWindow>

namespace et::test {

/// The item `objectName` anywhere in the visual tree of `window`. Not QObject::findChild: the
/// console's panels are made by Loaders inside a Repeater, and such items are children of their
/// parent item, not QObject children of the window.
inline QQuickItem *findQuickItem(QQuickItem *item, const QString &objectName)
{
    if (!item)
        return nullptr;
    if (item->objectName() == objectName)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findQuickItem(child, objectName))
            return found;
    }
    return nullptr;
}

inline QQuickItem *findQuickItem(QQuickWindow *window, const QString &objectName)
{
    return window ? findQuickItem(window->contentItem(), objectName) : nullptr;
}

} // namespace et::test

// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QQuickItem>
#include <QStringList>

namespace et::test {

/// Whether `item` is something a person acts on: a Qt Quick Control, an item that takes focus by
/// Tab, an item with a tap or hover handler or a MouseArea of its own, or one that says so through
/// its accessible role.
inline bool isInteractive(QQuickItem *item, QAccessibleInterface *iface)
{
    // A MouseArea that takes no button only watches the pointer for a hover highlight (HoverArea).
    const bool clickable = item->inherits("QQuickMouseArea") && item->property("acceptedButtons").toInt() != 0;
    if (item->inherits("QQuickControl") || item->activeFocusOnTab() || clickable)
        return true;
    for (QObject *child : item->children()) {
        if (child->inherits("QQuickTapHandler") || child->inherits("QQuickDragHandler"))
            return true;
    }
    if (!iface)
        return false;
    switch (iface->role()) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

/// The path of `item` for a message: its objectName, else its type, up to the nearest named ancestor.
inline QString describe(QQuickItem *item)
{
    QStringList path;
    for (QQuickItem *i = item; i && path.size() < 4; i = i->parentItem()) {
        path.prepend(i->objectName().isEmpty() ? QString::fromLatin1(i->metaObject()->className()) : i->objectName());
        if (!i->objectName().isEmpty())
            break;
    }
    return path.join(u'/');
}

/// Every visible interactive item under `root` (the controls' own parts not counted: a button's
/// background is the button) that has no accessible role, name or description; with `text` a description of
/// each, for the failure message. A MouseArea that only stops clicks from passing through
/// (enabled, no name, no focus) counts too: a screen reader would announce it as nothing.
inline QStringList unnamedControls(QQuickItem *root)
{
    // As a screen reader makes it: the controls give their texts to the accessibility tree only
    // while accessibility is active.
    if (!QAccessible::isActive())
        QAccessible::setActive(true);
    QStringList found;
    if (!root || !root->isVisible() || root->opacity() == 0.0)
        return found;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(root);
    if (root->isEnabled() && isInteractive(root, iface)) {
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        const QString description = iface ? iface->text(QAccessible::Description).trimmed() : QString();
        // A scroll bar is known by its role; everything else needs a name and a description of
        // what it does or how it is worked.
        const bool scrollBar = iface && iface->role() == QAccessible::ScrollBar;
        if (!iface || iface->role() == QAccessible::NoRole)
            found << describe(root) + QStringLiteral(" (no role)");
        else if (name.isEmpty() && !scrollBar)
            found << describe(root) + QStringLiteral(" (no name)");
        else if (description.isEmpty() && !scrollBar)
            found << describe(root) + QStringLiteral(" (no description)");
        if (root->inherits("QQuickControl"))
            return found; // its contentItem, background and indicator are part of it
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        found << unnamedControls(child);
    return found;
}

} // namespace et::test

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace et::models {

/// How every window looks (the QML singleton `Appearance`, which Theme follows): the dark palette
/// for control rooms at night. One per application, shared by all its windows, so the sign-in
/// window and the console never disagree.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
public:
    /// Not default-constructible on purpose: Qt 6.4 constructs a fresh singleton from a default
    /// constructor and never calls create(), so the window would not get its own object.
    explicit Appearance(QObject *parent);

    bool dark() const { return m_dark; }
    void setDark(bool dark);

    /// The window's Appearance (EngineObjects).
    static Appearance *create(QQmlEngine *engine, QJSEngine *);

signals:
    void darkChanged();

private:
    bool m_dark = false;
};

} // namespace et::models

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace et::app {

/// Why the console could not start (the QML singleton `StartProblem` of EnergyTruck.Console): the
/// window StartProblem.qml shows it to an operator who started the console from a desktop menu
/// and so never sees the terminal, says what to do, and offers Quit.
class StartProblem : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    /// Not default-constructible on purpose: Qt 6.4 constructs a fresh singleton from a default
    /// constructor and never calls create(), so the window would not get its own object.
    explicit StartProblem(QObject *parent);

    QString message() const { return m_message; }
    void setMessage(const QString &message);
    Q_INVOKABLE void quit() { emit quitRequested(); }

    /// The window's StartProblem (models::EngineObjects).
    static StartProblem *create(QQmlEngine *engine, QJSEngine *);

signals:
    void messageChanged();
    void quitRequested();

private:
    QString m_message;
};

} // namespace et::app

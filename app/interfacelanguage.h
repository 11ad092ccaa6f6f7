// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTranslator>

class QQmlEngine;

namespace et::app {

/// The language the console speaks, switched while it runs: installs the translation of the
/// language asked for (":/i18n/energytruck_<lang>.qm"), sets the default locale that numbers and
/// dates follow, and retranslates every window's QML engine so each qsTr() is evaluated again —
/// the Settings page's choice shows at once, without a restart.
class InterfaceLanguage : public QObject
{
    Q_OBJECT
public:
    explicit InterfaceLanguage(QObject *parent = nullptr);

    /// Speaks `language` ("ko" or "en") from now on. English is the source language: its
    /// translation only fills in plural forms, and without it the source strings show (logged).
    void use(const QString &language);
    QString current() const { return m_current; }
    /// `engine` is retranslated at every later switch, for as long as it lives.
    void follow(QQmlEngine *engine);

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_current;
    QList<QPointer<QQmlEngine>> m_engines;
};

} // namespace et::app

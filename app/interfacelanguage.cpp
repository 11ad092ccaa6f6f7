// SPDX-License-Identifier: MIT
#include "interfacelanguage.h"

#include "applogging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

namespace et::app {

InterfaceLanguage::InterfaceLanguage(QObject *parent) : QObject(parent) {}

void InterfaceLanguage::use(const QString &language)
{
    if (language == m_current)
        return;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = m_translator.load(QStringLiteral(":/i18n/energytruck_%1.qm").arg(language));
    if (m_installed)
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcApp) << "no translation for" << language << "- showing the source strings";
    m_current = language;
    const bool korean = language == u"ko";
    QLocale::setDefault(QLocale(korean ? QLocale::Korean : QLocale::English, korean ? QLocale::SouthKorea : QLocale::UnitedStates));
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines)) {
        if (engine)
            engine->retranslate();
    }
    m_engines.removeAll(nullptr);
}

void InterfaceLanguage::follow(QQmlEngine *engine)
{
    if (!engine || m_engines.contains(engine))
        return;
    m_engines.append(engine);
}

} // namespace et::app

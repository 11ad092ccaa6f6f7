// SPDX-License-Identifier: MIT
#include "appearance.h"

#include "engineobjects.h"
#include "modelslogging.h"

#include <algorithm>
#include <cmath>

namespace et::models {

Appearance::Appearance(QObject *parent) : QObject(parent) {}

void Appearance::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    emit themeChanged();
}

void Appearance::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    if (!languages().contains(language)) {
        qCWarning(lcModels) << "no interface language" << language << "- keeping" << m_language;
        return;
    }
    m_language = language;
    emit languageChanged();
}

void Appearance::setFontScale(double scale)
{
    if (std::isnan(scale))
        return;
    scale = std::clamp(scale, kFontScaleMin, kFontScaleMax);
    if (scale == m_fontScale)
        return;
    m_fontScale = scale;
    emit fontScaleChanged();
}

void Appearance::setPowerUnit(PowerUnit unit)
{
    if (unit == m_powerUnit)
        return;
    m_powerUnit = unit;
    emit powerUnitChanged();
}

QStringList Appearance::languages()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString Appearance::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

std::optional<Appearance::Theme> Appearance::themeNamed(const QString &name)
{
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (themeName(t) == name)
            return t;
    }
    return std::nullopt;
}

Appearance *Appearance::create(QQmlEngine *engine, QJSEngine *)
{
    return EngineObjects::take<Appearance>(engine);
}

} // namespace et::models

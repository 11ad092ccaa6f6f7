// SPDX-License-Identifier: MIT
#include "userpreferences.h"

#include "engineobjects.h"
#include "modelslogging.h"

#include <QSettings>

#include <cmath>

namespace et::models {

namespace {
QString key(const char *name)
{
    return QLatin1String(UserPreferences::kGroup) + u'/' + QLatin1String(name);
}
} // namespace

UserPreferences::Saved UserPreferences::read()
{
    const QSettings settings;
    Saved saved;
    const auto damaged = [](const char *name, const QVariant &value) {
        qCWarning(lcModels) << "ignoring the saved setting" << key(name) << "=" << value << "(not a value it can take)";
    };
    if (const QVariant v = settings.value(key("theme")); v.isValid()) {
        saved.theme = Appearance::themeNamed(v.toString());
        if (!saved.theme)
            damaged("theme", v);
    }
    if (const QVariant v = settings.value(key("language")); v.isValid()) {
        if (Appearance::languages().contains(v.toString()))
            saved.language = v.toString();
        else
            damaged("language", v);
    }
    if (const QVariant v = settings.value(key("fontScale")); v.isValid()) {
        bool ok = false;
        const double scale = v.toDouble(&ok);
        if (ok && scale >= Appearance::kFontScaleMin && scale <= Appearance::kFontScaleMax)
            saved.fontScale = scale;
        else
            damaged("fontScale", v);
    }
    if (const QVariant v = settings.value(key("powerUnit")); v.isValid()) {
        if (v.toString() == u"MW")
            saved.powerUnit = Appearance::PowerUnit::Megawatt;
        else if (v.toString() == u"kW")
            saved.powerUnit = Appearance::PowerUnit::Kilowatt;
        else
            damaged("powerUnit", v);
    }
    if (const QVariant v = settings.value(key("serverUrl")); v.isValid()) {
        const QUrl url(v.toString());
        if (isServerUrl(url))
            saved.serverUrl = url;
        else
            damaged("serverUrl", v);
    }
    saved.alarmSound = settings.value(key("alarmSound"), true).toBool();
    return saved;
}

bool UserPreferences::isServerUrl(const QUrl &url)
{
    return url.isEmpty() || (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty());
}

void UserPreferences::startWith(Appearance &appearance, const Saved &saved, std::optional<Appearance::Theme> themeFlag,
                                std::optional<QString> languageFlag, const QString &fallbackLanguage)
{
    appearance.setTheme(themeFlag.value_or(saved.theme.value_or(Appearance::Theme::Light)));
    appearance.setLanguage(languageFlag.value_or(saved.language.value_or(fallbackLanguage)));
    appearance.setFontScale(saved.fontScale.value_or(1.0));
    appearance.setPowerUnit(saved.powerUnit.value_or(Appearance::PowerUnit::Megawatt));
}

UserPreferences::UserPreferences(Appearance *appearance, QStringList overriddenByFlags, const Saved &saved, QObject *parent)
    : QObject(parent), m_appearance(appearance), m_overridden(std::move(overriddenByFlags))
{
    Q_ASSERT(appearance);
    m_serverUrl = saved.serverUrl;
    m_alarmSound = saved.alarmSound;
    connect(appearance, &Appearance::themeChanged, this, &UserPreferences::themeChanged);
    connect(appearance, &Appearance::languageChanged, this, &UserPreferences::languageChanged);
    connect(appearance, &Appearance::fontScaleChanged, this, &UserPreferences::fontScaleChanged);
    connect(appearance, &Appearance::powerUnitChanged, this, &UserPreferences::powerUnitChanged);
}

void UserPreferences::save(const char *name, const QVariant &value)
{
    QSettings settings;
    settings.setValue(key(name), value);
    settings.sync(); // a crash later in the shift must not lose the choice
    if (settings.status() != QSettings::NoError)
        qCWarning(lcModels) << "could not save the setting" << key(name) << "in" << settings.fileName();
}

void UserPreferences::setTheme(Appearance::Theme theme)
{
    m_appearance->setTheme(theme);
    save("theme", Appearance::themeName(m_appearance->theme()));
}

void UserPreferences::setLanguage(const QString &language)
{
    m_appearance->setLanguage(language);
    if (m_appearance->language() == language)
        save("language", language);
}

void UserPreferences::setFontScale(double scale)
{
    m_appearance->setFontScale(scale);
    save("fontScale", m_appearance->fontScale());
}

void UserPreferences::setPowerUnit(Appearance::PowerUnit unit)
{
    m_appearance->setPowerUnit(unit);
    save("powerUnit", unit == Appearance::PowerUnit::Kilowatt ? QStringLiteral("kW") : QStringLiteral("MW"));
}

QString UserPreferences::setServerUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.trimmed().isEmpty() && !isServerUrl(url))
        return tr("\"%1\" is not a server address: use http:// or https:// and a host name, or leave it empty for the "
                  "console's own server.")
            .arg(text.trimmed());
    const QUrl saved = text.trimmed().isEmpty() ? QUrl() : url;
    if (saved != m_serverUrl) {
        m_serverUrl = saved;
        emit serverUrlChanged();
    }
    save("serverUrl", m_serverUrl.toString());
    return {};
}

void UserPreferences::setAlarmSound(bool on)
{
    if (on != m_alarmSound) {
        m_alarmSound = on;
        emit alarmSoundChanged();
    }
    save("alarmSound", on);
}

UserPreferences *UserPreferences::create(QQmlEngine *engine, QJSEngine *)
{
    return EngineObjects::take<UserPreferences>(engine);
}

} // namespace et::models

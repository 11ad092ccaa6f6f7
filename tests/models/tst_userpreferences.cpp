// SPDX-License-Identifier: MIT
// The user's settings: kept in the real QSettings file of a private home (the test run's), read
// back as a new start would read them, a damaged value ignored rather than trusted, this run's
// flags winning without being saved, and every change reaching Appearance at once.
#include "appearance.h"
#include "userpreferences.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using et::models::Appearance;
using et::models::UserPreferences;

class TestUserPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void aChoiceShowsAtOnceAndIsReadAtTheNextStart();
    void flagsWinForOneRunAndAreNotSaved();
    void damagedValuesAreIgnored();
    void aServerMustBeHttpWithAHost();
};

void TestUserPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings under ~/.qttest, never the user's own
    QCoreApplication::setOrganizationName(QStringLiteral("EnergyTruckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_userpreferences"));
}

void TestUserPreferences::init()
{
    QSettings().clear();
}

void TestUserPreferences::aChoiceShowsAtOnceAndIsReadAtTheNextStart()
{
    Appearance appearance(nullptr);
    UserPreferences::startWith(appearance, UserPreferences::read(), std::nullopt, std::nullopt, QStringLiteral("en"));
    QCOMPARE(appearance.theme(), Appearance::Theme::Light);
    QCOMPARE(appearance.language(), QStringLiteral("en"));
    UserPreferences preferences(&appearance, {});
    QSignalSpy themeSeen(&preferences, &UserPreferences::themeChanged);
    QSignalSpy languageSeen(&appearance, &Appearance::languageChanged);

    preferences.setTheme(Appearance::Theme::HighContrast);
    preferences.setLanguage(QStringLiteral("ko"));
    preferences.setFontScale(1.5);
    preferences.setPowerUnit(Appearance::PowerUnit::Kilowatt);
    preferences.setAlarmSound(false);
    QCOMPARE(preferences.setServerUrl(QStringLiteral("https://grid.example.kr:8443")), QString());
    // At once, in the one object every window follows.
    QCOMPARE(appearance.theme(), Appearance::Theme::HighContrast);
    QVERIFY(appearance.dark() && appearance.highContrast());
    QCOMPARE(appearance.language(), QStringLiteral("ko"));
    QCOMPARE(appearance.fontScale(), 1.5);
    QCOMPARE(themeSeen.size(), 1);
    QCOMPARE(languageSeen.size(), 1);

    // A new start, from the file.
    const UserPreferences::Saved saved = UserPreferences::read();
    QCOMPARE(saved.theme, Appearance::Theme::HighContrast);
    QCOMPARE(saved.language, QStringLiteral("ko"));
    QCOMPARE(saved.fontScale, 1.5);
    QCOMPARE(saved.powerUnit, Appearance::PowerUnit::Kilowatt);
    QCOMPARE(saved.alarmSound, false);
    QCOMPARE(saved.serverUrl, QUrl(QStringLiteral("https://grid.example.kr:8443")));
    Appearance next(nullptr);
    UserPreferences::startWith(next, saved, std::nullopt, std::nullopt, QStringLiteral("en"));
    QCOMPARE(next.theme(), Appearance::Theme::HighContrast);
    QCOMPARE(next.language(), QStringLiteral("ko"));
    QCOMPARE(next.powerUnit(), Appearance::PowerUnit::Kilowatt);
    // Back to the console's own server.
    QCOMPARE(preferences.setServerUrl(QString()), QString());
    QVERIFY(UserPreferences::read().serverUrl.isEmpty());
}

void TestUserPreferences::flagsWinForOneRunAndAreNotSaved()
{
    {
        Appearance appearance(nullptr);
        UserPreferences preferences(&appearance, {});
        preferences.setTheme(Appearance::Theme::Dark);
        preferences.setLanguage(QStringLiteral("ko"));
    }
    Appearance appearance(nullptr);
    UserPreferences::startWith(appearance, UserPreferences::read(), Appearance::Theme::Light, QStringLiteral("en"), QStringLiteral("ko"));
    QCOMPARE(appearance.theme(), Appearance::Theme::Light);
    QCOMPARE(appearance.language(), QStringLiteral("en"));
    UserPreferences preferences(&appearance, {QStringLiteral("--theme"), QStringLiteral("--lang")});
    QCOMPARE(preferences.overriddenByFlags(), (QStringList{QStringLiteral("--theme"), QStringLiteral("--lang")}));
    // The flags' values were never written: the next start without flags is the saved one.
    QCOMPARE(UserPreferences::read().theme, Appearance::Theme::Dark);
    QCOMPARE(UserPreferences::read().language, QStringLiteral("ko"));
    // Without anything saved, the system's language.
    QSettings().clear();
    Appearance fresh(nullptr);
    UserPreferences::startWith(fresh, UserPreferences::read(), std::nullopt, std::nullopt, QStringLiteral("ko"));
    QCOMPARE(fresh.language(), QStringLiteral("ko"));
    QCOMPARE(fresh.theme(), Appearance::Theme::Light);
}

void TestUserPreferences::damagedValuesAreIgnored()
{
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/theme"), QStringLiteral("purple"));
    settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("fr"));
    settings.setValue(QStringLiteral("preferences/fontScale"), 9.0);
    settings.setValue(QStringLiteral("preferences/powerUnit"), QStringLiteral("GW"));
    settings.setValue(QStringLiteral("preferences/serverUrl"), QStringLiteral("ftp://grid.example.kr"));
    settings.sync();
    for (const char *what : {"theme", "language", "fontScale", "powerUnit", "serverUrl"})
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring the saved setting.*%1").arg(QLatin1String(what))));
    const UserPreferences::Saved saved = UserPreferences::read();
    QVERIFY(!saved.theme && !saved.language && !saved.fontScale && !saved.powerUnit);
    QVERIFY(saved.serverUrl.isEmpty());
    Appearance appearance(nullptr);
    UserPreferences::startWith(appearance, saved, std::nullopt, std::nullopt, QStringLiteral("en"));
    QCOMPARE(appearance.theme(), Appearance::Theme::Light);
    QCOMPARE(appearance.fontScale(), 1.0);
    // Appearance itself refuses what it cannot show.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no interface language")));
    appearance.setLanguage(QStringLiteral("fr"));
    QCOMPARE(appearance.language(), QStringLiteral("en"));
    appearance.setFontScale(5.0);
    QCOMPARE(appearance.fontScale(), Appearance::kFontScaleMax);
    appearance.setFontScale(std::nan(""));
    QCOMPARE(appearance.fontScale(), Appearance::kFontScaleMax);
}

void TestUserPreferences::aServerMustBeHttpWithAHost()
{
    Appearance appearance(nullptr);
    UserPreferences preferences(&appearance, {});
    QSignalSpy changed(&preferences, &UserPreferences::serverUrlChanged);
    QVERIFY(!preferences.setServerUrl(QStringLiteral("ftp://grid.example.kr")).isEmpty());
    QVERIFY(!preferences.setServerUrl(QStringLiteral("https://")).isEmpty());
    QCOMPARE(changed.size(), 0);
    QVERIFY(preferences.serverUrl().isEmpty());
    // A bare host is taken as http://, as a browser's address bar does.
    QCOMPARE(preferences.setServerUrl(QStringLiteral("  control.example.kr:8080 ")), QString());
    QCOMPARE(preferences.serverUrl(), QStringLiteral("http://control.example.kr:8080"));
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestUserPreferences)
#include "tst_userpreferences.moc"

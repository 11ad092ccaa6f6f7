// SPDX-License-Identifier: MIT
// Every theme's text against its surfaces, by WCAG 2.1's contrast ratio (KWCAG 2.1 takes the same
// 4.5:1 for text): the real Theme.qml singleton, read through a QML engine for each of the three
// themes, with the luminance and ratio computed here from the standard's formula (not the QML
// Theme.luminance()), so a palette edit that loses contrast fails here.
#include "appearance.h"
#include "windowloader.h"

#include <QColor>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QTest>

#include <cmath>
#include <memory>

using et::models::Appearance;

namespace {
/// WCAG 2.1 relative luminance (sRGB, the 0.03928 knee of the 2.1 text).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textMeetsAaOnEverySurface_data();
    void textMeetsAaOnEverySurface();
    void textOnFilledColoursMeetsAa_data();
    void textOnFilledColoursMeetsAa();
    void theReferenceRatiosAreTheStandards();

private:
    QColor colour(Appearance::Theme theme, const char *name);
    QColor textOn(Appearance::Theme theme, const QColor &fill);

    Appearance m_appearance{nullptr};
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QObject *m_theme = nullptr;
    std::unique_ptr<QObject> m_holder;
};

void TestThemeContrast::initTestCase()
{
    m_engine = et::app::makeWindowEngine({.appearance = &m_appearance});
    QQmlComponent component(m_engine.get());
    component.setData("import QtQuick\nimport EnergyTruck.Console\nQtObject { readonly property QtObject theme: Theme\n"
                      "  property color fill\n  readonly property color ink: Theme.textOn(fill) }", QUrl());
    m_holder.reset(component.create());
    QVERIFY2(m_holder, qPrintable(component.errorString()));
    m_theme = m_holder->property("theme").value<QObject *>();
    QVERIFY(m_theme);
}

QColor TestThemeContrast::colour(Appearance::Theme theme, const char *name)
{
    m_appearance.setTheme(theme);
    const QVariant v = m_theme->property(name);
    if (!v.isValid())
        qFatal("Theme has no colour %s", name);
    return v.value<QColor>();
}

QColor TestThemeContrast::textOn(Appearance::Theme theme, const QColor &fill)
{
    m_appearance.setTheme(theme);
    // Through a binding, as the buttons and badges use it.
    m_holder->setProperty("fill", fill);
    return m_holder->property("ink").value<QColor>();
}

void TestThemeContrast::textMeetsAaOnEverySurface_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("surface");
    // Every colour the panels set text in, on every surface a panel has.
    const QList<QByteArray> texts{"textPrimary", "textSecondary", "textTertiary", "accent", "positive", "warning",
                                  "danger", "neutral", "chartSmp", "chartCarbon", "chartDemand"};
    const QList<QByteArray> surfaces{"background", "surface", "surfaceMuted"};
    for (Appearance::Theme theme : {Appearance::Theme::Light, Appearance::Theme::Dark, Appearance::Theme::HighContrast}) {
        const QByteArray themeName = Appearance::themeName(theme).toUtf8();
        for (const QByteArray &t : texts)
            for (const QByteArray &s : surfaces)
                QTest::newRow(themeName + ": " + t + " on " + s) << int(theme) << t << s;
        QTest::newRow(themeName + ": mapLabel on land") << int(theme) << QByteArray("mapLabel") << QByteArray("land");
        QTest::newRow(themeName + ": accentInk on accent") << int(theme) << QByteArray("accentInk") << QByteArray("accent");
    }
}

void TestThemeContrast::textMeetsAaOnEverySurface()
{
    QFETCH(int, theme);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, surface);
    const auto t = Appearance::Theme(theme);
    const double ratio = contrast(colour(t, text.constData()), colour(t, surface.constData()));
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1 (AA needs 4.5:1)")
                                          .arg(colour(t, text.constData()).name(), colour(t, surface.constData()).name())
                                          .arg(ratio, 0, 'f', 2)));
}

void TestThemeContrast::textOnFilledColoursMeetsAa_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QByteArray>("fill");
    // The fills that carry text: buttons, the alarm bar and its badges, severities, the draft mark.
    for (Appearance::Theme theme : {Appearance::Theme::Light, Appearance::Theme::Dark, Appearance::Theme::HighContrast}) {
        const QByteArray themeName = Appearance::themeName(theme).toUtf8();
        for (const char *fill : {"accent", "danger", "warning", "positive", "neutral", "draft"})
            QTest::newRow(themeName + ": on " + fill) << int(theme) << QByteArray(fill);
    }
}

void TestThemeContrast::textOnFilledColoursMeetsAa()
{
    QFETCH(int, theme);
    QFETCH(QByteArray, fill);
    const auto t = Appearance::Theme(theme);
    const QColor background = colour(t, fill.constData());
    const QColor text = textOn(t, background);
    QVERIFY(text.isValid());
    const double ratio = contrast(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), background.name()).arg(ratio, 0, 'f', 2)));
    // And it is the better of the two inks, not just any that passes.
    const double other = contrast(text == QColor(Qt::white) ? QColor(0x11, 0x14, 0x18) : QColor(Qt::white), background);
    QVERIFY(ratio >= other);
}

void TestThemeContrast::theReferenceRatiosAreTheStandards()
{
    // The formula against the standard's own fixed points: black on white is 21:1, a colour on
    // itself 1:1, and #767676 on white the well-known smallest grey that passes AA (4.54:1).
    QCOMPARE(std::round(contrast(Qt::black, Qt::white) * 100) / 100, 21.0);
    QCOMPARE(contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    QCOMPARE(std::round(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100) / 100, 4.54);
    QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"

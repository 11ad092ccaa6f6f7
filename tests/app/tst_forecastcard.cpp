// SPDX-License-Identifier: MIT
// The Energy view's forecast card in the real Main.qml, offscreen, over a real cache with a
// forecast the server issued at 14:00 KST, in a console with no server (--offline) whose clock
// the test moves on: fresh, the card gives the issue time; 40 minutes on, the console computes it
// again and the card says "Recomputed offline at 14:30 from the outlook issued at 14:00"; a
// forecast from an older server (no inputs) is shown with its age and why it is not recomputed.
// No QML warning meanwhile.
#include "appearance.h"
#include "consolecontroller.h"
#include "islandcache.h"
#include "mappacksettings.h"
#include "quickitemfinder.h"
#include "userpreferences.h"
#include "windowloader.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

namespace {
/// A console over an island cache, its window loaded, its forecast's clock moved by `movedOn` s.
struct CardWindow
{
    test::StoreFixture fixture;
    std::unique_ptr<models::ConsoleController> console;
    QTemporaryDir config;
    std::unique_ptr<app::MapPackSettings> mapPack;
    models::Appearance appearance{nullptr};
    models::UserPreferences preferences{&appearance, {}};
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    QStringList warnings;
    qint64 movedOn = 0;

    QString open(bool withInputs)
    {
        if (const QString e = test::IslandCache::open(fixture, test::IslandCache::snapshotBalanceAt(), withInputs); !e.isEmpty())
            return e;
        console = std::make_unique<models::ConsoleController>(&fixture.store(), nullptr);
        // The cache was written just now: "now" is the balance's time and what the test adds.
        console->forecast()->setClock([this] { return fixture.store().lastSyncedAt().addSecs(movedOn); });
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        mapPack = std::make_unique<app::MapPackSettings>(QString(), QString(), config.path());
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        engine = app::makeWindowEngine({.appearance = &appearance, .preferences = &preferences, .console = console.get(), .mapPack = mapPack.get()});
        QObject::connect(engine.get(), &QQmlEngine::warnings, engine.get(), [this](const QList<QQmlError> &list) {
            for (const auto &w : list)
                warnings << w.toString();
        });
        engine->load(app::windowUrl(QStringLiteral("Main.qml")));
        if (engine->rootObjects().isEmpty())
            return warnings.join(u'\n');
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        if (!window || !QTest::qWaitForWindowExposed(window))
            return QStringLiteral("the window did not show");
        console->setCurrentView(QStringLiteral("energy"));
        return {};
    }
    QQuickItem *item(const char *name) const { return test::findQuickItem(window, QString::fromLatin1(name)); }
    QString text(const char *name) const { return item(name) ? item(name)->property("text").toString() : QStringLiteral("(none)"); }
};
} // namespace

class TestForecastCard : public QObject
{
    Q_OBJECT
private slots:
    void offlineTheCardSaysTheConsoleRecomputedIt()
    {
        CardWindow w;
        const QString opened = w.open(true);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        models::ForecastModel &forecast = *w.console->forecast();
        forecast.check();
        QVERIFY2(w.text("forecastIssued").startsWith(QStringLiteral("Forecast issued ")), qPrintable(w.text("forecastIssued")));
        QVERIFY2(!w.text("forecastIssued").contains(QStringLiteral(" old")), qPrintable(w.text("forecastIssued")));

        w.movedOn = 40 * 60;
        forecast.check();
        QTRY_VERIFY_WITH_TIMEOUT(forecast.recomputed(), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(w.text("forecastIssued").startsWith(QStringLiteral("Recomputed offline at 14:30 from the outlook issued at 14:00")),
                                  qPrintable(w.text("forecastIssued")), 5000);
        QVERIFY(!w.item("forecastRecomputeError")->property("visible").toBool());
        QVERIFY2(w.warnings.isEmpty(), qPrintable(w.warnings.join(u'\n')));
    }

    void aForecastThatCannotBeRecomputedShowsItsAgeAndWhy()
    {
        CardWindow w;
        const QString opened = w.open(false);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        w.movedOn = 40 * 60;
        w.console->forecast()->check();
        QVERIFY(!w.console->forecast()->recomputing());
        QTRY_VERIFY2_WITH_TIMEOUT(w.text("forecastIssued").contains(QStringLiteral(" · 40 min old")), qPrintable(w.text("forecastIssued")), 5000);
        QVERIFY(w.item("forecastRecomputeError")->property("visible").toBool());
        QVERIFY2(w.text("forecastRecomputeError").contains(QStringLiteral("older server")), qPrintable(w.text("forecastRecomputeError")));
        QVERIFY2(w.warnings.isEmpty(), qPrintable(w.warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestForecastCard)
#include "tst_forecastcard.moc"

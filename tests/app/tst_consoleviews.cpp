// SPDX-License-Identifier: MIT
// The console's real QML (Main.qml with the real JejuMap) over a real Store filled from
// tests/models/data/jeju-snapshot.json, offscreen: every view is reachable by Ctrl+1..4 (the audit
// trail by Ctrl+5, for administrators), its panel is the visible one and lists exactly the
// entities of the snapshot; selecting in the list centres the map, and a marker click selects the
// row. Every item model the console gives the QML runs under QAbstractItemModelTester meanwhile,
// so what the views provoke (selections, filters, an audit refresh) is held to the model contract.
#include "accessibilitywalk.h"
#include "appearance.h"
#include "domain/alarm/alarmlifecycle.h"
#include "consolecontroller.h"
#include "dispatchplanfixture.h"
#include "interfacelanguage.h"
#include "keyboardwalk.h"
#include "mappacksettings.h"
#include "mbtilesfixture.h"
#include "modeltesthelpers.h"
#include "quickitemfinder.h"
#include "storefixture.h"
#include "userpreferences.h"
#include "viewregistry.h"
#include "windowloader.h"

#include <QAccessible>
#include <QGeoCoordinate>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace et;

class TestConsoleViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachViewShowsItsPanel_data();
    void eachViewShowsItsPanel();
    void energyPanelShowsTheBalance();
    void timeSliderScrubsStepsAndGoesLive();
    void listSelectionCentresTheMap();
    void markerClickSelectsTheRow();
    void centerSearchFiltersTheList();
    void darkThemeRecoloursTheWindow();
    void settingsPageSwitchesLanguageAndThemeLive();
    void everyControlHasAnAccessibleNameAndDescription();
    void noHoverHandlers();
    void arrowKeysMoveTheSelection();
    void tabGoesRailPanelMapStatusBar();
    void keysAloneDriveEachView();
    void mapPackFromThePaneIsDrawnAndRemembered();
    void rolesDecideTheControls_data();
    void rolesDecideTheControls();
    void dispatchFormOffersTheNearestDestination();
    void suggestionsAreShownAndAccepted();

private:
    QQuickItem *find(const char *objectName) const;
    QStringList availableViews() const;
    void openViewByKeys(const QString &view);
    void showAnAlarm(bool show);
    int expectedCount(domain::EntityKind kind) const;

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::ConsoleController> m_console;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers; ///< one per model of m_console
    models::Appearance m_appearance{nullptr};
    models::UserPreferences m_preferences{&m_appearance, {}};
    QTemporaryDir m_configDir; // the map pack setting lands here, not in the user's settings
    std::unique_ptr<app::MapPackSettings> m_mapPack;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_warnings;
};

void TestConsoleViews::initTestCase()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    const auto applied = m_fixture->applySnapshot();
    QVERIFY2(applied.ok(), qPrintable(applied.error().toString()));
    m_console = std::make_unique<models::ConsoleController>(&m_fixture->store(), nullptr);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_console->assets(), m_console->trucks(), m_console->disasters(), m_console->allCenters(),
             m_console->centers(), m_console->hvdcFlows(), m_console->orders(), m_console->truckOrders(),
             m_console->rejections(), m_console->audit(), m_console->notices(), m_console->views(),
             m_console->destinations()})
        m_testers.push_back(test::contractTester(model));
    qputenv("XDG_CONFIG_HOME", m_configDir.path().toUtf8());
    m_mapPack = std::make_unique<app::MapPackSettings>(QString(), QString(), m_configDir.path());

    QQuickStyle::setStyle(QStringLiteral("Basic")); // as main.cpp does
    // As with a screen reader running: the controls hand their texts to the accessibility tree
    // only while it is active, from their creation on (everyControlHasAnAccessibleNameAndDescription).
    QAccessible::setActive(true);
    m_engine = app::makeWindowEngine({.appearance = &m_appearance, .preferences = &m_preferences, .console = m_console.get(), .mapPack = m_mapPack.get()});
    QStringList &warnings = m_warnings;
    connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &list) {
        for (const auto &w : list)
            m_warnings << w.toString();
    });
    m_engine->load(app::windowUrl(QStringLiteral("Main.qml")));
    QVERIFY2(!m_engine->rootObjects().isEmpty(), qPrintable(warnings.join(u'\n')));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), QSize(1440, 900));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("mapReady").toBool(), 10000);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestConsoleViews::cleanupTestCase()
{
    // Switching views, selecting and filtering must not have produced a single QML warning.
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    m_engine.reset();
    m_testers.clear();
    m_console.reset();
    m_fixture.reset();
}

QQuickItem *TestConsoleViews::find(const char *objectName) const
{
    return test::findQuickItem(m_window, QString::fromLatin1(objectName));
}

QStringList TestConsoleViews::availableViews() const
{
    QStringList views;
    for (const QString &view : models::ViewRegistry::ids()) {
        const int row = m_console->views()->rowOf(*models::ViewRegistry::viewOf(view));
        if (row >= 0 && m_console->views()->isAvailable(row))
            views << view;
    }
    return views;
}

// Tab to the view's button on the rail and press Space, as a keyboard user opens a view.
void TestConsoleViews::openViewByKeys(const QString &view)
{
    QQuickItem *button = find(("navKeys_" + view).toLatin1().constData());
    QVERIFY2(button, qPrintable(view));
    QVERIFY2(test::tabTo(m_window, button), qPrintable(view));
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_COMPARE(m_console->currentView(), view);
    QTest::qWait(50); // the panel's bindings settle
}

// A truck below its reserve in the cache, and so the alarm bar; or neither.
void TestConsoleViews::showAnAlarm(bool show)
{
    const QString id = QStringLiteral("truck:truck-03");
    if (show) {
        domain::alarm::Alarm reserve;
        reserve.id = id;
        reserve.source = domain::alarm::Source::TruckReserve;
        reserve.subjectId = reserve.subjectName = QStringLiteral("truck-03");
        reserve.raisedAt = reserve.updatedAt = QDateTime::currentDateTimeUtc();
        reserve = domain::alarm::AlarmLifecycle::conditionPresent(reserve, domain::alarm::Priority::Low, reserve.raisedAt);
        QVERIFY(m_fixture->upsert(QStringLiteral("alarm"), reserve.toJson()).ok());
    } else {
        QVERIFY(m_fixture->remove(QStringLiteral("alarm"), id).ok());
    }
    QTRY_COMPARE(find("alarmBar")->isVisible(), show);
}

int TestConsoleViews::expectedCount(domain::EntityKind kind) const
{
    const auto batch = test::StoreFixture::snapshot();
    int n = 0;
    for (const auto &c : batch.value().changes)
        n += c.entity == kind ? 1 : 0;
    return n;
}

void TestConsoleViews::eachViewShowsItsPanel_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("panel");
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("kind");
    QTest::newRow("energy") << int(Qt::Key_1) << "energy" << "energyPanel" << "assetList" << int(domain::EntityKind::Asset);
    QTest::newRow("dispatch") << int(Qt::Key_2) << "dispatch" << "dispatchPanel" << "truckList" << int(domain::EntityKind::Truck);
    QTest::newRow("disasters") << int(Qt::Key_3) << "disasters" << "disastersPanel" << "disasterList"
                               << int(domain::EntityKind::Disaster);
    QTest::newRow("centers") << int(Qt::Key_4) << "centers" << "centersPanel" << "centerList" << int(domain::EntityKind::Center);
}

void TestConsoleViews::eachViewShowsItsPanel()
{
    QFETCH(int, key);
    QFETCH(QString, view);
    QFETCH(QString, panel);
    QFETCH(QString, list);
    QFETCH(int, kind);

    // Start from another view so the shortcut has something to change.
    m_console->setCurrentView(view == u"energy" ? QStringLiteral("centers") : QStringLiteral("energy"));
    m_window->requestActivate();
    QTest::keyClick(m_window, Qt::Key(key), Qt::ControlModifier);
    QTRY_COMPARE(m_console->currentView(), view);

    const QStringList panels{"energyPanel", "dispatchPanel", "disastersPanel", "centersPanel"};
    for (const QString &name : panels) {
        QQuickItem *item = find(name.toLatin1().constData());
        QVERIFY2(item, qPrintable(name));
        QCOMPARE(item->isVisible(), name == panel);
    }
    QQuickItem *listView = find(list.toLatin1().constData());
    QVERIFY(listView);
    QVERIFY(listView->isVisible());
    QVERIFY2(listView->height() > 100, qPrintable(QString::number(listView->height())));
    const int expected = expectedCount(domain::EntityKind(kind));
    QVERIFY(expected > 0);
    QCOMPARE(listView->property("count").toInt(), expected);

    // The shared map shows this view's entities.
    QObject *map = m_window->findChild<QObject *>(QStringLiteral("jejuMap"));
    QVERIFY(map);
    auto *markers = map->property("markers").value<QAbstractItemModel *>();
    QVERIFY(markers);
    QCOMPARE(markers->rowCount(), expected);
    auto *circles = map->property("circles").value<QAbstractItemModel *>();
    QCOMPARE(circles != nullptr, view == u"disasters");
}

void TestConsoleViews::energyPanelShowsTheBalance()
{
    m_console->setCurrentView(QStringLiteral("energy"));
    const QJsonObject balance = test::StoreFixture::snapshotEntity("balance", "current");
    QQuickItem *demand = find("demandTile");
    QVERIFY(demand);
    const QString demandText = demand->property("value").toString();
    QVERIFY2(demandText.contains(QString::number(balance.value("demand_mw").toInt())), qPrintable(demandText));
    QObject *links = find("hvdcRepeater");
    QVERIFY(links);
    QCOMPARE(links->property("count").toInt(), balance.value("hvdc_links").toArray().size());
}

void TestConsoleViews::timeSliderScrubsStepsAndGoesLive()
{
    m_console->setCurrentView(QStringLiteral("energy"));
    // Two hours of history up to the live balance, demand 500 MW + the minute's index.
    const auto live = m_fixture->store().balance();
    QVERIFY(live);
    const auto assets = m_fixture->store().assets();
    domain::EnergyHistoryPage page;
    page.to = live->timestamp;
    page.from = page.to.addSecs(-120 * 60);
    page.columns = domain::EnergyHistoryColumns::of(*live, assets);
    for (int i = 0; i < 120; ++i) {
        domain::EnergyHistoryPoint p = domain::EnergyHistoryPoint::fromBalance(*live, assets);
        p.timestamp = page.from.addSecs(i * 60);
        p.demandMw = 500 + i;
        page.points << p;
    }
    QVERIFY(m_fixture->store().appendHistory(page).ok());
    models::TimeCursor *cursor = m_console->time();
    QTRY_COMPARE(cursor->earliest(), page.from);
    QQuickItem *track = find("timeSliderTrack");
    QQuickItem *demand = find("demandTile");
    QVERIFY(track && demand);
    auto shownMinute = [&] { return int(page.from.secsTo(cursor->instant()) / 60); };

    // A click a quarter along the track shows that minute, in the KPIs too.
    const double left = track->property("leftPadding").toDouble(), width = track->property("availableWidth").toDouble();
    QTest::mouseClick(m_window, Qt::LeftButton, {}, track->mapToScene(QPointF(left + width / 4, track->height() / 2)).toPoint());
    QTRY_VERIFY(!cursor->live() && !m_console->energy()->loading());
    QVERIFY2(std::abs(shownMinute() - 30) <= 2, qPrintable(QString::number(shownMinute())));
    QTRY_COMPARE(demand->property("value").toString(), QStringLiteral("%1 MW").arg(500 + shownMinute()));
    // The left arrow key steps a minute back.
    const QDateTime before = cursor->instant();
    QTest::keyClick(m_window, Qt::Key_Left);
    QVERIFY2(std::abs(cursor->instant().secsTo(before) - 60) <= 1, qPrintable(cursor->instant().toString(Qt::ISODate)));
    QTRY_COMPARE(demand->property("value").toString(), QStringLiteral("%1 MW").arg(500 + shownMinute()));
    // The header says it is the past, not "Live"; so does the chart's line.
    QQuickItem *panel = find("energyPanel");
    auto *age = panel ? panel->findChild<QQuickItem *>(QStringLiteral("panelDataAge")) : nullptr;
    QVERIFY(age);
    QCOMPARE(age->property("text").toString(), QStringLiteral("A past minute from the cached history"));
    // Live shows the live balance again.
    QQuickItem *liveButton = find("liveButton");
    QVERIFY(liveButton);
    QTest::mouseClick(m_window, Qt::LeftButton, {}, liveButton->mapToScene(QPointF(liveButton->width() / 2, liveButton->height() / 2)).toPoint());
    QTRY_VERIFY(cursor->live());
    QTRY_VERIFY(demand->property("value").toString().contains(QString::number(int(live->demandMw))));
    QCOMPARE(age->property("text").toString(), m_console->status()->panelAgeText());
    // This console has no server: its newest minute is the newest cached one, not live.
    QVERIFY(!m_console->status()->online());
    QCOMPARE(find("timeSliderStatus")->property("text").toString(), QStringLiteral("Newest cached minute · offline, not live"));
}

void TestConsoleViews::listSelectionCentresTheMap()
{
    m_console->setCurrentView(QStringLiteral("dispatch"));
    QObject *map = m_window->findChild<QObject *>(QStringLiteral("jejuMap"));
    QVERIFY(map);
    const QJsonObject truck = test::StoreFixture::snapshotEntity("truck", "truck-03");
    m_console->trucks()->setSelectedId(QStringLiteral("truck-03"));
    const auto center = map->property("center").value<QGeoCoordinate>();
    QVERIFY(std::abs(center.latitude() - truck.value("lat").toDouble()) < 1e-6);
    QVERIFY(std::abs(center.longitude() - truck.value("lon").toDouble()) < 1e-6);
    QQuickItem *list = find("truckList");
    QCOMPARE(list->property("currentIndex").toInt(), m_console->trucks()->rowOfId(QStringLiteral("truck-03")));
}

void TestConsoleViews::markerClickSelectsTheRow()
{
    m_console->setCurrentView(QStringLiteral("disasters"));
    QObject *map = m_window->findChild<QObject *>(QStringLiteral("jejuMap"));
    QVERIFY(map);
    QVERIFY(QMetaObject::invokeMethod(map, "markerClicked", Q_ARG(int, 1)));
    QCOMPARE(m_console->disasters()->selectedRow(), 1);
    QQuickItem *list = find("disasterList");
    QCOMPARE(list->property("currentIndex").toInt(), 1);
}

void TestConsoleViews::centerSearchFiltersTheList()
{
    m_console->setCurrentView(QStringLiteral("centers"));
    QQuickItem *search = find("centerSearch");
    QVERIFY(search);
    QVERIFY(search->setProperty("text", QStringLiteral("중독")));
    QQuickItem *list = find("centerList");
    QTRY_COMPARE(list->property("count").toInt(), 1);
    QVERIFY(search->setProperty("text", QString()));
    QTRY_COMPARE(list->property("count").toInt(), expectedCount(domain::EntityKind::Center));
}

void TestConsoleViews::darkThemeRecoloursTheWindow()
{
    const QColor light = m_window->color();
    m_appearance.setDark(true);
    const QColor dark = m_window->color();
    QVERIFY(dark != light);
    QVERIFY(dark.lightness() < 60 && light.lightness() > 200);
    QObject *map = m_window->findChild<QObject *>(QStringLiteral("jejuMap"));
    QVERIFY(map->property("seaColor").value<QColor>().lightness() < 60);
    m_appearance.setDark(false);
    QCOMPARE(m_window->color(), light);
}

void TestConsoleViews::settingsPageSwitchesLanguageAndThemeLive()
{
    // As ConsoleApp does: Appearance's language installs its translation and retranslates the window.
    app::InterfaceLanguage language;
    language.use(m_appearance.language());
    language.follow(m_engine.get());
    connect(&m_appearance, &models::Appearance::languageChanged, &language, [&] { language.use(m_appearance.language()); });
    const auto choose = [this](const char *setting, const QString &text) {
        QQuickItem *row = find(setting);
        QVERIFY2(row, setting);
        // The chips are a Repeater's: children in the item tree, not QObject children.
        QList<QQuickItem *> items{row};
        QQuickItem *chip = nullptr;
        while (!items.isEmpty() && !chip) {
            QQuickItem *i = items.takeFirst();
            if (i->property("checked").isValid() && i->property("text").toString() == text)
                chip = i;
            items << i->childItems();
        }
        QVERIFY2(chip, qPrintable(text));
        QVERIFY(QMetaObject::invokeMethod(chip, "clicked"));
    };
    m_console->setCurrentView(QStringLiteral("settings"));
    QQuickItem *header = find("settingsHeader");
    QVERIFY(header);
    QTRY_VERIFY(header->isVisible());
    QQuickItem *railButton = find("nav_settings");
    QVERIFY(railButton);
    QCOMPARE(header->property("title").toString(), QStringLiteral("Settings"));

    choose("settingsTheme", QStringLiteral("High contrast"));
    QCOMPARE(m_appearance.theme(), models::Appearance::Theme::HighContrast);
    QTRY_COMPARE(m_window->color(), QColor(Qt::black));
    QCOMPARE(QSettings().value(QStringLiteral("preferences/theme")).toString(), QStringLiteral("high-contrast"));

    choose("settingsLanguage", QStringLiteral("한국어"));
    QCOMPARE(m_appearance.language(), QStringLiteral("ko"));
    // The page's own words and the rail's (a C++ model's) are Korean now, in the same window.
    QTRY_COMPARE(header->property("title").toString(), QStringLiteral("설정"));
    QTRY_COMPARE(railButton->property("title").toString(), QStringLiteral("설정"));
    QCOMPARE(QSettings().value(QStringLiteral("preferences/language")).toString(), QStringLiteral("ko"));
    // The chips now read in Korean: back by their Korean names.
    choose("settingsTheme", QStringLiteral("밝게"));
    QTRY_VERIFY(m_window->color().lightness() > 200);
    choose("settingsLanguage", QStringLiteral("English"));
    QTRY_COMPARE(header->property("title").toString(), QStringLiteral("Settings"));
    QTRY_COMPARE(railButton->property("title").toString(), QStringLiteral("Settings"));
    m_console->setCurrentView(QStringLiteral("energy"));
}

void TestConsoleViews::everyControlHasAnAccessibleNameAndDescription()
{
    // Every view, as a screen reader meets it, for an administrator (who has them all): no control
    // without a role, a name and a description.
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-admin"), QStringLiteral("admin@test.invalid"), domain::UserRole::Admin});
    QStringList unnamed;
    QCOMPARE(availableViews().size(), int(models::ViewRegistry::ids().size()));
    for (const QString &view : availableViews()) {
        m_console->setCurrentView(view);
        QTRY_COMPARE(m_console->currentView(), view);
        QTest::qWait(50); // the panel's bindings settle
        for (const QString &where : test::unnamedControls(m_window->contentItem()))
            unnamed << view + QStringLiteral(": ") + where;
    }
    unnamed.removeDuplicates();
    for (const QString &control : std::as_const(unnamed))
        qWarning().noquote() << control;
    m_console->setUser(std::nullopt);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 controls without an accessible role, name or description, listed above")
                                               .arg(unnamed.size())));
    m_console->setCurrentView(QStringLiteral("energy"));
}

void TestConsoleViews::noHoverHandlers()
{
    // Qt 6.4 appends each HoverHandler a hover visits to a per-device list that the hover sent
    // after every frame never empties: with the pointer resting on the window, the console grew
    // by about 5 MB an hour (bench/soak). The console uses HoverArea instead; none may come back.
    QStringList found;
    QList<QQuickItem *> items{m_window->contentItem()};
    while (!items.isEmpty()) {
        QQuickItem *item = items.takeFirst();
        for (QObject *child : item->children()) {
            if (child->inherits("QQuickHoverHandler"))
                found << test::describe(item);
        }
        items << item->childItems();
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestConsoleViews::arrowKeysMoveTheSelection()
{
    m_console->setCurrentView(QStringLiteral("energy"));
    QQuickItem *list = find("assetList");
    QVERIFY(list);
    m_console->assets()->select(0);
    list->forceActiveFocus();
    QTRY_VERIFY(list->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Down);
    QCOMPARE(m_console->assets()->selectedRow(), 1);
    QTest::keyClick(m_window, Qt::Key_Down);
    QTest::keyClick(m_window, Qt::Key_Up);
    QCOMPARE(m_console->assets()->selectedRow(), 1);
    QCOMPARE(list->property("currentIndex").toInt(), 1);
}

// The map pane's "open"/"close" requests (what the map-pack menu and its file dialog send) go
// through Main.qml to the MapPack singleton, which remembers the pack, and back to JejuMap.
void TestConsoleViews::mapPackFromThePaneIsDrawnAndRemembered()
{
    const QString pack = m_configDir.filePath(QStringLiteral("jeju.mbtiles"));
    QVERIFY(et::test::writeMbtiles(pack, et::test::jejuMetadata(), et::test::jejuTiles()).isEmpty());
    QQuickItem *pane = find("map");
    QQuickItem *map = find("jejuMap");
    QVERIFY(pane && map);
    QVERIFY(!map->property("tilesActive").toBool());

    QVERIFY(QMetaObject::invokeMethod(pane, "openPackRequested", Q_ARG(QUrl, QUrl::fromLocalFile(pack))));
    QTRY_VERIFY(map->property("tilesActive").toBool());
    QCOMPARE(map->property("tilesFile").toString(), pack);
    QCOMPARE(QSettings().value(QLatin1String(app::MapPackSettings::kSettingsKey)).toString(), pack);
    QTRY_VERIFY(find("tileAttribution")->isVisible()); // "test tiles", small in the corner
    QVERIFY(!find("tileError")->isVisible());

    const QString gone = m_configDir.filePath(QStringLiteral("gone.mbtiles"));
    QVERIFY(QMetaObject::invokeMethod(pane, "openPackRequested", Q_ARG(QUrl, QUrl::fromLocalFile(gone))));
    QTRY_VERIFY(find("tileError")->isVisible());
    QVERIFY(!map->property("tilesActive").toBool());
    QVERIFY(map->property("tileError").toString().contains(gone));
    // The pack turns up (a USB stick plugged in) and is chosen again: it opens.
    QVERIFY(et::test::writeMbtiles(gone, et::test::jejuMetadata(), et::test::jejuTiles()).isEmpty());
    QVERIFY(QMetaObject::invokeMethod(pane, "openPackRequested", Q_ARG(QUrl, QUrl::fromLocalFile(gone))));
    QTRY_VERIFY(map->property("tilesActive").toBool());
    QVERIFY(!find("tileError")->isVisible());

    QVERIFY(QMetaObject::invokeMethod(pane, "closePackRequested"));
    QTRY_VERIFY(!find("tileError")->isVisible());
    QVERIFY(map->property("tilesFile").toString().isEmpty());
    QVERIFY(!QSettings().contains(QLatin1String(app::MapPackSettings::kSettingsKey)));
}

void TestConsoleViews::tabGoesRailPanelMapStatusBar()
{
    // In every view Tab visits the rail, the panel, the map and the status bar in that order (the
    // alarm bar, when shown, before coming round), and every stop shows that it has the focus: its
    // edges change when the focus goes to an item outside every area, which scrolls nothing.
    QQuickItem elsewhere(m_window->contentItem());
    // With an alarm, so that the alarm bar takes its turn after the status bar.
    showAnAlarm(true);
    // An administrator, who has every view.
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-admin"), QStringLiteral("admin@test.invalid"), domain::UserRole::Admin});
    QCOMPARE(availableViews().size(), int(models::ViewRegistry::ids().size()));
    QStringList problems;
    for (const QString &view : availableViews()) {
        m_console->setCurrentView(view);
        QTRY_COMPARE(m_console->currentView(), view);
        QTest::qWait(50);
        m_window->requestActivate();
        QList<QQuickItem *> stops;
        QQuickItem *item = test::pressTab(m_window);
        QVERIFY2(item, qPrintable(view));
        while (stops.size() < 300 && (stops.isEmpty() || item != stops.first())) {
            stops << item;
            const QImage focused = m_window->grabWindow();
            const QRect rect = test::pixelRect(item);
            elsewhere.forceActiveFocus();
            const double change = test::edgeChange(focused, m_window->grabWindow(), rect);
            if (change < 0.4)
                problems << view + QStringLiteral(": %1 does not show the focus (%2 % of its edges change)")
                                       .arg(test::describe(item))
                                       .arg(qRound(change * 100));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << view + QStringLiteral(": %1 takes the focus but has no name").arg(test::describe(item));
            item->forceActiveFocus(Qt::TabFocusReason);
            item = test::pressTab(m_window);
            QVERIFY2(item, qPrintable(view + QStringLiteral(": the focus left the window")));
        }
        QVERIFY2(item == stops.first(), qPrintable(view + QStringLiteral(": Tab never came round")));

        // The areas in the order visited, from the rail on.
        QStringList areas;
        for (QQuickItem *stop : std::as_const(stops)) {
            const QString area = test::areaOf(stop);
            if (areas.isEmpty() || areas.last() != area)
                areas << area;
        }
        if (areas.size() > 1 && areas.first() == areas.last())
            areas.removeLast(); // the cycle started inside an area
        const qsizetype rail = areas.indexOf(QStringLiteral("navRail"));
        if (rail > 0)
            areas = areas.mid(rail) + areas.first(rail);
        QStringList expected{"navRail", "panelArea", "map", "statusBar"};
        if (find("alarmBar")->isVisible())
            expected << QStringLiteral("alarmBar");
        if (areas != expected)
            problems << view + QStringLiteral(": Tab visits ") + areas.join(u" → ");
        // Shift+Tab goes the other way.
        QCOMPARE(test::pressTab(m_window, Qt::ShiftModifier), stops.last());
    }
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    m_console->setUser(std::nullopt);
    m_console->setCurrentView(QStringLiteral("energy"));
    showAnAlarm(false);
}

void TestConsoleViews::keysAloneDriveEachView()
{
    // Every view opened and worked with the keyboard alone: Tab and Space on the rail, then Tab,
    // arrows, Space, Enter and typing in the panel and on the map. No click, no direct call.
    m_console->setCurrentView(QStringLiteral("settings"));
    m_window->requestActivate();
    m_window->contentItem()->forceActiveFocus();
    const auto tabTo = [this](const char *objectName) {
        QQuickItem *item = find(objectName);
        return item && test::tabTo(m_window, item);
    };
    const auto downMovesSelection = [this](const char *list, models::EntityListModel *model) {
        QQuickItem *item = find(list);
        QVERIFY2(item && test::tabTo(m_window, item), list);
        const int before = model->selectedRow();
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(model->selectedRow(), before + 1);
    };

    // Energy: the asset list, then the chart's time range.
    openViewByKeys(QStringLiteral("energy"));
    m_console->assets()->select(-1);
    downMovesSelection("assetList", m_console->assets());
    QVERIFY(tabTo("chartPointer"));
    QObject *chartData = find("chartPointer")->property("chartData").value<QObject *>();
    QVERIFY(chartData);
    const double from = chartData->property("visibleFromMs").toDouble();
    QTest::keyClick(m_window, Qt::Key_Left);
    QVERIFY(chartData->property("visibleFromMs").toDouble() < from);
    QTest::keyClick(m_window, Qt::Key_0);
    QCOMPARE(chartData->property("visibleFromMs").toDouble(), from);

    // The map: pan, zoom and back to all of Jeju.
    QVERIFY(tabTo("jejuMap"));
    QQuickItem *map = find("jejuMap");
    QTest::keyClick(m_window, Qt::Key_0);
    const auto fitted = map->property("center").value<QGeoCoordinate>();
    const double fittedZoom = map->property("zoomLevel").toDouble();
    QTest::keyClick(m_window, Qt::Key_Right);
    QVERIFY(map->property("center").value<QGeoCoordinate>().longitude() > fitted.longitude());
    QTest::keyClick(m_window, Qt::Key_Plus);
    QVERIFY(map->property("zoomLevel").toDouble() > fittedZoom);
    QTest::keyClick(m_window, Qt::Key_0);
    QCOMPARE(map->property("zoomLevel").toDouble(), fittedZoom);

    // Dispatch and Disasters: their lists.
    openViewByKeys(QStringLiteral("dispatch"));
    m_console->trucks()->select(-1);
    downMovesSelection("truckList", m_console->trucks());
    openViewByKeys(QStringLiteral("disasters"));
    m_console->disasters()->select(-1);
    downMovesSelection("disasterList", m_console->disasters());

    // Centers: type a search, clear it, mark a favorite with F, and place the search's point on
    // the map with Enter.
    openViewByKeys(QStringLiteral("centers"));
    QVERIFY(tabTo("centerSearch"));
    QKeyEvent typed(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("중독"));
    QCoreApplication::sendEvent(m_window, &typed);
    QQuickItem *centerList = find("centerList");
    QTRY_COMPARE(centerList->property("count").toInt(), 1);
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_Backspace);
    QTRY_COMPARE(centerList->property("count").toInt(), expectedCount(domain::EntityKind::Center));
    m_console->centers()->select(-1);
    QVERIFY(test::tabTo(m_window, centerList));
    QTest::keyClick(m_window, Qt::Key_Down);
    QCOMPARE(m_console->centers()->selectedRow(), 0);
    const bool favorite = m_console->centers()->get(0).value(QStringLiteral("favorite")).toBool();
    QTest::keyClick(m_window, Qt::Key_F);
    QTRY_COMPARE(m_console->centers()->get(m_console->centers()->selectedRow()).value(QStringLiteral("favorite")).toBool(), !favorite);
    QTest::keyClick(m_window, Qt::Key_F);
    QTRY_COMPARE(m_console->centers()->get(m_console->centers()->selectedRow()).value(QStringLiteral("favorite")).toBool(), favorite);
    QVERIFY(tabTo("originPick"));
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(m_console->searchOrigin()->picking());
    QVERIFY(test::tabTo(m_window, map));
    QTest::keyClick(m_window, Qt::Key_Right);
    const auto centre = map->property("center").value<QGeoCoordinate>();
    QTest::keyClick(m_window, Qt::Key_Return);
    QVERIFY(!m_console->searchOrigin()->picking());
    QCOMPARE(m_console->searchOrigin()->source(), QStringLiteral("point"));
    QVERIFY(m_console->searchOrigin()->coordinate().distanceTo(centre) < 1.0);
    m_console->searchOrigin()->useMapCentre();

    // Settings: the theme by its chips.
    openViewByKeys(QStringLiteral("settings"));
    const auto chip = [this](const QString &text) -> QQuickItem * {
        QList<QQuickItem *> items{find("settingsTheme")};
        while (!items.isEmpty()) {
            QQuickItem *i = items.takeFirst();
            if (i && i->activeFocusOnTab() && i->property("text").toString() == text)
                return i;
            if (i)
                items << i->childItems();
        }
        return nullptr;
    };
    QQuickItem *contrast = chip(QStringLiteral("High contrast"));
    QVERIFY(contrast && test::tabTo(m_window, contrast));
    QTest::keyClick(m_window, Qt::Key_Space);
    QCOMPARE(m_appearance.theme(), models::Appearance::Theme::HighContrast);
    QQuickItem *light = chip(QStringLiteral("Light"));
    QVERIFY(light && test::tabTo(m_window, light));
    QTest::keyClick(m_window, Qt::Key_Return);
    QCOMPARE(m_appearance.theme(), models::Appearance::Theme::Light);

    // The alarm list: opened by keys, it takes the focus; Escape closes it.
    showAnAlarm(true);
    QVERIFY(tabTo("openAlarms"));
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_VERIFY(m_console->alarms()->listOpen());
    auto *popup = m_window->findChild<QObject *>(QStringLiteral("alarmList"));
    QVERIFY(popup);
    QTRY_VERIFY(popup->property("activeFocus").toBool());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!m_console->alarms()->listOpen());
    showAnAlarm(false);

    // Audit, for an administrator: Refresh by keys reads the trail again (here there is no
    // server, so it says it could not).
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-admin"), QStringLiteral("admin@test.invalid"), domain::UserRole::Admin});
    openViewByKeys(QStringLiteral("audit"));
    QSignalSpy read(m_console->audit(), &models::AuditLogModel::resultChanged);
    QVERIFY(tabTo("auditRefresh"));
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_VERIFY(read.count() >= 1);
    QVERIFY(!m_console->audit()->errorText().isEmpty());
    m_console->setUser(std::nullopt);
    m_console->setCurrentView(QStringLiteral("energy"));
}

void TestConsoleViews::rolesDecideTheControls_data()
{
    QTest::addColumn<QString>("role"); // "" = nobody signed in
    QTest::addColumn<bool>("dispatch");
    QTest::addColumn<bool>("acknowledge");
    QTest::addColumn<bool>("audit");
    // Literal, from the role table in docs/api.md: the QML must follow it without a server.
    QTest::newRow("nobody") << QString() << false << false << false;
    QTest::newRow("viewer") << "viewer" << false << false << false;
    QTest::newRow("partner") << "partner" << false << false << false;
    QTest::newRow("operator") << "operator" << true << true << false;
    QTest::newRow("admin") << "admin" << true << true << true;
}

void TestConsoleViews::rolesDecideTheControls()
{
    QFETCH(QString, role);
    QFETCH(bool, dispatch);
    QFETCH(bool, acknowledge);
    QFETCH(bool, audit);
    std::optional<domain::UserAccount> user;
    if (!role.isEmpty())
        user = domain::UserAccount{QStringLiteral("usr-test"), role + QStringLiteral("@test.invalid"), *domain::userRoleFromString(role)};
    m_console->setUser(user);

    m_console->setCurrentView(QStringLiteral("dispatch"));
    m_console->trucks()->setSelectedId(QStringLiteral("truck-03"));
    QTRY_VERIFY(find("truckOrders") && find("truckOrders")->isVisible());
    QQuickItem *form = find("dispatchForm");
    QVERIFY(form);
    QCOMPARE(form->isVisible(), dispatch);

    m_console->setCurrentView(QStringLiteral("disasters"));
    QTRY_VERIFY(find("disastersPanel")->isVisible());
    // An open incident selected: its commands, and "New incident", only for those who may manage.
    int open = -1;
    for (int row = 0; row < m_console->disasters()->rowCount() && open < 0; ++row) {
        if (m_console->disasters()->get(row).value(QStringLiteral("status")).toString() != u"resolved")
            open = row;
    }
    QVERIFY(open >= 0);
    m_console->disasters()->select(open);
    QTRY_VERIFY(find("incidentDetail") && find("incidentDetail")->isVisible());
    QHash<QString, bool> visible;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (item->objectName() == u"resolveDisaster" || item->objectName() == u"newIncident" || item->objectName() == u"raiseSeverity")
            visible[item->objectName()] = item->isVisible();
        for (QQuickItem *child : item->childItems())
            walk(child);
    };
    walk(find("disastersPanel"));
    QCOMPARE(visible.size(), 3);
    for (auto it = visible.cbegin(); it != visible.cend(); ++it)
        QVERIFY2(it.value() == acknowledge, qPrintable(it.key()));

    // The audit trail: a rail entry and Ctrl+5 for administrators only; anyone else who lands on
    // the view (--view audit) is told why it is empty instead of being shown a list.
    QQuickItem *auditEntry = nullptr; // a Repeater's delegate: reached through the item tree
    std::function<void(QQuickItem *)> findEntry = [&](QQuickItem *item) {
        if (item->objectName() == u"nav_audit")
            auditEntry = item;
        for (QQuickItem *child : item->childItems())
            findEntry(child);
    };
    findEntry(m_window->contentItem());
    QVERIFY(auditEntry);
    QCOMPARE(auditEntry->isVisible(), audit);
    m_console->setCurrentView(QStringLiteral("energy"));
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_console->currentView() == u"audit", audit);
    m_console->setCurrentView(QStringLiteral("audit"));
    QTRY_VERIFY(find("auditPanel")->isVisible());
    QCOMPARE(find("auditNotAllowed")->isVisible(), !audit);
    QCOMPARE(find("auditList")->isVisible(), audit);
    QCOMPARE(find("auditRefresh")->isVisible(), audit);
    // No server behind this console: Refresh tells an administrator the trail could not be read.
    if (audit) {
        QQuickItem *refresh = find("auditRefresh");
        QTest::mouseClick(m_window, Qt::LeftButton, {}, refresh->mapToScene(QPointF(refresh->width() / 2, refresh->height() / 2)).toPoint());
        QTRY_VERIFY(find("auditVerdict")->isVisible());
        QVERIFY(!m_console->audit()->errorText().isEmpty());
    }

    // The signed-in user and the way out, for anyone signed in.
    QQuickItem *signOut = find("signOut");
    QVERIFY(signOut);
    QCOMPARE(signOut->isVisible(), user.has_value());
    m_console->setUser(std::nullopt);
}

void TestConsoleViews::dispatchFormOffersTheNearestDestination()
{
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-op"), QStringLiteral("op@test.invalid"), domain::UserRole::Operator});
    m_console->setCurrentView(QStringLiteral("dispatch"));
    m_console->trucks()->setSelectedId(QStringLiteral("truck-03"));
    QTRY_VERIFY(find("dispatchForm") && find("dispatchForm")->isVisible());
    QQuickItem *choice = find("targetChoice");
    QVERIFY(choice);
    // The drop-down shows the nearest charge site at once, so "Send order" can go.
    const auto *destinations = m_console->destinations();
    QTRY_VERIFY(destinations->rowCount() > 0);
    QTRY_COMPARE(choice->property("currentIndex").toInt(), 0);
    QCOMPARE(choice->property("currentValue").toString(), destinations->destinations().constFirst().assetId);
    QVERIFY(choice->property("currentText").toString().startsWith(destinations->destinations().constFirst().name));
    QVERIFY(find("sendOrder")->isEnabled());
    // Deliver: the nearest site that is not wind or solar.
    QMetaObject::invokeMethod(find("deliverKind"), "clicked");
    QTRY_COMPARE(destinations->kind(), QStringLiteral("deliver"));
    QTRY_COMPARE(choice->property("currentValue").toString(), destinations->destinations().constFirst().assetId);
    QCOMPARE(choice->property("currentIndex").toInt(), 0);
    QMetaObject::invokeMethod(find("chargeKind"), "clicked");
    QTRY_COMPARE(destinations->kind(), QStringLiteral("charge"));
}

void TestConsoleViews::suggestionsAreShownAndAccepted()
{
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-op"), QStringLiteral("op@test.invalid"), domain::UserRole::Operator});
    m_console->setCurrentView(QStringLiteral("dispatch"));
    const auto plan = test::examplePlan();
    QVERIFY(m_fixture->upsert(QStringLiteral("dispatch_plan"), test::planEntity(plan)).ok());
    QQuickItem *list = find("suggestionList");
    QVERIFY(list);
    QTRY_COMPARE(list->property("count").toInt(), int(plan.suggestions.size()));
    QVERIFY(find("suggestionsSummary")->property("text").toString().contains(QLocale().toString(plan.totalValueKrw, 'f', 0)));
    const qsizetype queuedBefore = m_fixture->store().outbox().size();
    QMetaObject::invokeMethod(find("acceptAllSuggestions"), "clicked");
    QTRY_COMPARE(list->property("count").toInt(), 0);
    QCOMPARE(m_fixture->store().outbox().size(), queuedBefore + plan.suggestions.size());
}

QTEST_MAIN(TestConsoleViews)
#include "tst_consoleviews.moc"

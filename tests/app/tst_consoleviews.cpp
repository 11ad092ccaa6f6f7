// SPDX-License-Identifier: MIT
// The console's real QML (Main.qml with the real JejuMap) over a real Store filled from
// tests/models/data/jeju-snapshot.json, offscreen: every view is reachable by Ctrl+1..4 (the audit
// trail by Ctrl+5, for administrators), its panel is the visible one and lists exactly the
// entities of the snapshot; selecting in the list centres the map, and a marker click selects the
// row. Every item model the console gives the QML runs under QAbstractItemModelTester meanwhile,
// so what the views provoke (selections, filters, an audit refresh) is held to the model contract.
// The keyboard and the accessibility tree have tests of their own (tst_consolekeyboard).
#include "accessibilitywalk.h"
#include "consoleviewstest.h"
#include "dispatchplanfixture.h"
#include "interfacelanguage.h"
#include "mbtilesfixture.h"
#include "viewregistry.h"

#include <QGeoCoordinate>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestConsoleViews : public test::ConsoleViewsTest
{
    Q_OBJECT
private slots:
    void eachViewShowsItsPanel_data();
    void eachViewShowsItsPanel();
    void energyPanelShowsTheBalance();
    void timeSliderScrubsStepsAndGoesLive();
    void listSelectionCentresTheMap();
    void markerClickSelectsTheRow();
    void centerSearchFiltersTheList();
    void darkThemeRecoloursTheWindow();
    void settingsPageSwitchesLanguageAndThemeLive();
    void noHoverHandlers();
    void mapPackFromThePaneIsDrawnAndRemembered();
    void rolesDecideTheControls_data();
    void rolesDecideTheControls();
    void dispatchFormOffersTheNearestDestination();
    void suggestionsAreShownAndAccepted();
};

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
    m_appearance->setDark(true);
    const QColor dark = m_window->color();
    QVERIFY(dark != light);
    QVERIFY(dark.lightness() < 60 && light.lightness() > 200);
    QObject *map = m_window->findChild<QObject *>(QStringLiteral("jejuMap"));
    QVERIFY(map->property("seaColor").value<QColor>().lightness() < 60);
    m_appearance->setDark(false);
    QCOMPARE(m_window->color(), light);
}

void TestConsoleViews::settingsPageSwitchesLanguageAndThemeLive()
{
    // As ConsoleApp does: Appearance's language installs its translation and retranslates the window.
    app::InterfaceLanguage language;
    language.use(m_appearance->language());
    language.follow(&m_ui->engine());
    connect(m_appearance, &models::Appearance::languageChanged, &language, [&] { language.use(m_appearance->language()); });
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
    QCOMPARE(m_appearance->theme(), models::Appearance::Theme::HighContrast);
    QTRY_COMPARE(m_window->color(), QColor(Qt::black));
    QCOMPARE(QSettings().value(QStringLiteral("preferences/theme")).toString(), QStringLiteral("high-contrast"));

    choose("settingsLanguage", QStringLiteral("한국어"));
    QCOMPARE(m_appearance->language(), QStringLiteral("ko"));
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

// The map pane's "open"/"close" requests (what the map-pack menu and its file dialog send) go
// through Main.qml to the MapPack singleton, which remembers the pack, and back to JejuMap.
void TestConsoleViews::mapPackFromThePaneIsDrawnAndRemembered()
{
    const QString pack = m_ui->configDir().filePath(QStringLiteral("jeju.mbtiles"));
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

    const QString gone = m_ui->configDir().filePath(QStringLiteral("gone.mbtiles"));
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

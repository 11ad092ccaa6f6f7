// SPDX-License-Identifier: MIT
// The console's views as data (Console.views) over a real Store, under QAbstractItemModelTester:
// every view of the enum is a row, ids round-trip, the map's markers, circles, flows and legend
// follow the current view, a view that needs a permission is available only to a user who holds
// it, a marker click selects in the view's list and a selection reports where it is.
#include "consolecontroller.h"
#include "modeltesthelpers.h"
#include "storefixture.h"
#include "viewregistry.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace et;
using models::ViewRegistry;

class TestViewRegistry : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        const QString error = m_fixture->openWithSnapshot();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_console = std::make_unique<models::ConsoleController>(&m_fixture->store(), nullptr);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_console->views(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void everyViewIsARow()
    {
        ViewRegistry *views = m_console->views();
        const QMetaEnum all = QMetaEnum::fromType<ViewRegistry::View>();
        QCOMPARE(views->rowCount(), all.keyCount());
        QStringList panels;
        for (int row = 0; row < views->rowCount(); ++row) {
            const QString id = test::value(*views, row, "viewId").toString();
            QCOMPARE(ViewRegistry::viewOf(id), std::optional<ViewRegistry::View>(ViewRegistry::View(all.value(row))));
            QVERIFY(!test::value(*views, row, "title").toString().isEmpty());
            QVERIFY(!test::value(*views, row, "glyph").toString().isEmpty());
            QCOMPARE(test::value(*views, row, "shortcut").toString(), QStringLiteral("Ctrl+%1").arg(row + 1));
            panels << test::value(*views, row, "panel").toString();
        }
        // Each view opens its own panel, a file beside Main.qml.
        QCOMPARE(QSet<QString>(panels.cbegin(), panels.cend()).size(), panels.size());
        for (const QString &panel : std::as_const(panels))
            QVERIFY2(panel.endsWith(u".qml"), qPrintable(panel));
        QCOMPARE(ViewRegistry::ids(), (QStringList{"energy", "dispatch", "disasters", "centers", "audit", "settings"}));
        QVERIFY(!ViewRegistry::viewOf(QStringLiteral("weather")));
    }

    void theMapFollowsTheCurrentView()
    {
        ViewRegistry *views = m_console->views();
        QSignalSpy changed(views, &ViewRegistry::currentChanged);
        QCOMPARE(views->currentId(), QStringLiteral("energy"));
        QCOMPARE(views->currentMarkers(), m_console->assets());
        QCOMPARE(views->currentFlows(), m_console->gridFlows());
        QCOMPARE(views->currentCircles(), nullptr);
        // Five kinds, the assumed feed lines and the output ring.
        QCOMPARE(views->currentLegend().size(), 7);
        QVERIFY(views->currentHasData());

        QVERIFY(views->setCurrentId(QStringLiteral("disasters")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_console->currentView(), QStringLiteral("disasters"));
        QCOMPARE(views->currentMarkers(), m_console->disasters());
        QCOMPARE(views->currentCircles(), m_console->disasters());
        QCOMPARE(views->currentFlows(), nullptr);
        QCOMPARE(views->currentLegend().constFirst().toMap().value(QStringLiteral("tint")).toString(), QStringLiteral("disaster"));

        // The centers view marks the filtered list, which is what its panel lists.
        views->setCurrentIndex(views->rowOf(ViewRegistry::View::Centers));
        QCOMPARE(views->currentMarkers(), m_console->centers());
        // The audit trail has nothing on the map.
        views->setCurrentIndex(views->rowOf(ViewRegistry::View::Audit));
        QCOMPARE(views->currentMarkers(), nullptr);
        QVERIFY(views->currentLegend().isEmpty());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown view")));
        QVERIFY(!views->setCurrentId(QStringLiteral("weather")));
        QCOMPARE(views->current(), ViewRegistry::View::Audit);
    }

    void permissionsDecideAvailability()
    {
        ViewRegistry *views = m_console->views();
        const int audit = views->rowOf(ViewRegistry::View::Audit);
        QSignalSpy changed(views, &QAbstractItemModel::dataChanged);
        QVERIFY(!test::value(*views, audit, "available").toBool()); // nobody signed in
        QVERIFY(test::value(*views, 0, "available").toBool());      // no permission needed
        domain::UserAccount admin;
        admin.id = QStringLiteral("usr-1");
        admin.email = QStringLiteral("admin@jeju-grid.kr");
        admin.role = domain::UserRole::Admin;
        m_console->setUser(admin);
        QVERIFY(changed.count() >= 1);
        QVERIFY(test::value(*views, audit, "available").toBool());
        admin.role = domain::UserRole::Viewer;
        m_console->setUser(admin);
        QVERIFY(!test::value(*views, audit, "available").toBool());
    }

    void selectionsGoBothWays()
    {
        ViewRegistry *views = m_console->views();
        QVERIFY(views->setCurrentId(QStringLiteral("dispatch")));
        QSignalSpy placed(views, &ViewRegistry::selectionPlaced);
        const int row = test::rowOf(*m_console->trucks(), "truckId", QStringLiteral("truck-03"));
        views->selectMarker(row); // a click on the map
        QCOMPARE(m_console->trucks()->selectedId(), QStringLiteral("truck-03"));
        QCOMPARE(placed.count(), 1);
        QCOMPARE(placed.first().at(0).toDouble(), 33.4996);
        QCOMPARE(placed.first().at(1).toDouble(), 126.5312);
        // Another view's list selecting does not move the map.
        m_console->assets()->select(0);
        QCOMPARE(placed.count(), 1);
        // --select: the entity of the current view, once it is in the cache.
        m_console->selectWhenAvailable(QStringLiteral("truck-01"));
        QCOMPARE(m_console->trucks()->selectedId(), QStringLiteral("truck-01"));
        QCOMPARE(placed.count(), 2);
    }

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::ConsoleController> m_console;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestViewRegistry)
#include "tst_viewregistry.moc"

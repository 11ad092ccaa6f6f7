// SPDX-License-Identifier: MIT
// AlarmListModel over a real Store: the cached alarms that are not normal, grouped by incident,
// the worst first; shelved ones hidden until asked for (and counted), normal ones never listed;
// the bar's figures; an urgent alarm announced once, again only when raised anew; a flood of
// more than ten in ten minutes counted. Under QAbstractItemModelTester.
#include "alarmlistmodel.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include "client/alarmwording.h"
#include "domain/alarm/alarmlifecycle.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace et;
using namespace et::domain::alarm;

namespace {
const QDateTime t0(QDate(2026, 9, 1), QTime(3, 0), Qt::UTC);

Alarm raised(const QString &id, Source source, Priority priority, const QString &parent, const QDateTime &at)
{
    Alarm a;
    a.id = id;
    a.source = source;
    a.subjectId = id.section(u':', -1);
    a.subjectName = a.subjectId;
    a.parentId = parent;
    a.raisedAt = at;
    a.updatedAt = at;
    return AlarmLifecycle::conditionPresent(a, priority, at);
}
} // namespace

class TestAlarmListModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::StoreFixture> m_fixture;

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        QString error;
        QVERIFY2(m_fixture->open(&error), qPrintable(error));
    }
    void cleanup() { m_fixture.reset(); }

    void groupsShelvesAndAnnounces()
    {
        models::AlarmListModel model(&m_fixture->store(), nullptr);
        const auto tester = test::contractTester(&model);
        model.setNow(t0.addSecs(3600));
        QSignalSpy urgent(&model, &models::AlarmListModel::urgentRaised);
        QVERIFY(m_fixture->upsert("alarm", raised(QStringLiteral("truck:t-1"), Source::TruckReserve, Priority::Low, {}, t0).toJson()).ok());
        QVERIFY(m_fixture->upsert("alarm", raised(QStringLiteral("disaster:dis-1"), Source::Disaster, Priority::High, {}, t0).toJson()).ok());
        QVERIFY(m_fixture->upsert("alarm", raised(QStringLiteral("facility:dis-1:h-1"), Source::FacilityBackup, Priority::Urgent,
                                                  QStringLiteral("dis-1"), t0).toJson()).ok());
        Alarm normal = AlarmLifecycle::conditionGone(
            AlarmLifecycle::acknowledge(raised(QStringLiteral("truck:t-2"), Source::TruckReserve, Priority::Low, {}, t0), QStringLiteral("op"), t0).value(), t0);
        QVERIFY(m_fixture->upsert("alarm", normal.toJson()).ok());
        // The incident's group first (it has the urgent child), headed by its own alarm; the truck
        // after; the normal one not at all. (The model reads the cache on a thread of its own.)
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_COMPARE(test::value(model, 0, "alarmId").toString(), QStringLiteral("disaster:dis-1"));
        QCOMPARE(test::value(model, 0, "alarmId").toString(), QStringLiteral("disaster:dis-1"));
        QCOMPARE(test::value(model, 1, "alarmId").toString(), QStringLiteral("facility:dis-1:h-1"));
        QVERIFY(test::value(model, 1, "child").toBool());
        QCOMPARE(test::value(model, 2, "alarmId").toString(), QStringLiteral("truck:t-1"));
        QCOMPARE(model.unacknowledgedCount(), 3);
        QCOMPARE(model.worstPriority(), QStringLiteral("urgent"));
        QVERIFY(model.headline().contains(QStringLiteral("dis-1")));
        QCOMPARE(urgent.count(), 1); // once, however often the cache changes
        // The journal in words, newest first.
        const QStringList journal = test::value(model, 0, "journal").toStringList();
        QCOMPARE(journal.size(), 1);
        QVERIFY2(journal.first().contains(client::AlarmWording::eventText(QStringLiteral("raised"))), qPrintable(journal.first()));

        // Shelved for an hour: hidden and counted; shown on demand, marked.
        const Alarm shelved = AlarmLifecycle::shelve(raised(QStringLiteral("truck:t-1"), Source::TruckReserve, Priority::Low, {}, t0), 60,
                                                     QStringLiteral("in the workshop"), QStringLiteral("op"), t0.addSecs(3000)).value();
        QVERIFY(m_fixture->upsert("alarm", shelved.toJson()).ok());
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.shelvedCount(), 1);
        model.setShowShelved(true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(test::value(model, 2, "shelved").toBool(), true);
        QCOMPARE(test::value(model, 2, "shelveReason").toString(), QStringLiteral("in the workshop"));
        // An hour on, the shelf has lapsed on the simulation's clock.
        model.setShowShelved(false);
        model.setNow(t0.addSecs(3000 + 3601));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.shelvedCount(), 0);
        QCOMPARE(urgent.count(), 1);
        // Raised anew (cleared, then back): announced again.
        Alarm back = raised(QStringLiteral("facility:dis-1:h-1"), Source::FacilityBackup, Priority::Urgent, QStringLiteral("dis-1"), t0);
        back = AlarmLifecycle::conditionGone(back, t0.addSecs(100));
        back = AlarmLifecycle::conditionPresent(back, Priority::Urgent, t0.addSecs(200));
        QVERIFY(m_fixture->upsert("alarm", back.toJson()).ok());
        QTRY_COMPARE(urgent.count(), 2);
    }

    void theMessageIsWordedFromItsFacts()
    {
        models::AlarmListModel model(&m_fixture->store(), nullptr);
        model.setNow(t0.addSecs(60));
        Alarm worded = raised(QStringLiteral("facility:dis-1:h-1"), Source::FacilityBackup, Priority::Urgent, QStringLiteral("dis-1"), t0);
        worded.message = QStringLiteral("the server's own words");
        worded.facts = QJsonObject{{QStringLiteral("backup_h"), 0.0}, {QStringLiteral("need_mwh"), 0.125}};
        Alarm old = raised(QStringLiteral("truck:t-9"), Source::TruckReserve, Priority::Low, {}, t0);
        old.message = QStringLiteral("state of charge 15 %, below its reserve");
        QVERIFY(m_fixture->upsert("alarm", worded.toJson()).ok());
        QVERIFY(m_fixture->upsert("alarm", old.toJson()).ok());
        QTRY_COMPARE(model.rowCount(), 2);
        QHash<QString, QString> messages;
        for (int row = 0; row < model.rowCount(); ++row)
            messages.insert(test::value(model, row, "alarmId").toString(), test::value(model, row, "message").toString());
        QCOMPARE(messages.value(QStringLiteral("facility:dis-1:h-1")), QStringLiteral("no backup power; needs 0.13 MWh"));
        QCOMPARE(messages.value(QStringLiteral("truck:t-9")), old.message); // no facts (an older server): its own words
    }

    void aFloodIsCounted()
    {
        models::AlarmListModel model(&m_fixture->store(), nullptr);
        const auto tester = test::contractTester(&model);
        model.setNow(t0.addSecs(600));
        for (int i = 0; i < 12; ++i)
            QVERIFY(m_fixture->upsert("alarm", raised(QStringLiteral("truck:t-%1").arg(i), Source::TruckReserve, Priority::Low, {}, t0.addSecs(10 + i)).toJson()).ok());
        QTRY_COMPARE(model.floodCount(), 12);
        model.setNow(t0.addSecs(1200));
        QCOMPARE(model.floodCount(), 0);
        QCOMPARE(model.rowCount(), 12);
    }

    void aFloodIsReadOffTheGuiThreadAndShownInFewResets()
    {
        models::AlarmListModel model(&m_fixture->store(), nullptr);
        const auto tester = test::contractTester(&model);
        model.setNow(t0.addSecs(600));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 300; ++i)
            QVERIFY(m_fixture->upsert("alarm", raised(QStringLiteral("asset:dis-1:s-%1").arg(i), Source::AssetDamage, Priority::Medium,
                                                      QStringLiteral("dis-1"), t0.addSecs(1 + i)).toJson()).ok());
        QTRY_COMPARE(model.rowCount(), 300);
        // Every change seen, yet the list was rebuilt at most every quarter second, not 300 times.
        QVERIFY2(resets.count() <= 2 + int(clock.elapsed() / 250), qPrintable(QString::number(resets.count())));
        QCOMPARE(model.floodCount(), 300);
    }
};

QTEST_GUILESS_MAIN(TestAlarmListModel)
#include "tst_alarmlistmodel.moc"

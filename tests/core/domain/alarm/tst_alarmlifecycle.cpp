// SPDX-License-Identifier: MIT
// The ISA-18.2 lifecycle, every transition: normal → unacknowledged-active (condition),
// → acknowledged-active (ack), → normal (clear); unacknowledged-active → unacknowledged-cleared
// (clear) → normal (ack); a condition back on a cleared alarm and an escalation of an acknowledged
// one make it unacknowledged-active again; acknowledging what needs none is refused; shelving
// needs a reason and a time, leaves the state alone and lapses on time. Then the board: grouping
// by incident (suppression by design), shelved and normal alarms hidden, and flood detection
// (more than 10 in 10 minutes). The codec reads back what it writes.
#include "domain/alarm/alarmboard.h"
#include "domain/alarm/alarmconditions.h"
#include "domain/alarm/alarmlifecycle.h"

#include <QTest>

using namespace et::domain::alarm;

namespace {
const QDateTime t0(QDate(2026, 9, 1), QTime(3, 0), Qt::UTC);

Alarm fresh(const QString &id, const QString &parent = {})
{
    Alarm a;
    a.id = id;
    a.source = id.startsWith(u"truck:") ? Source::TruckReserve : parent.isEmpty() ? Source::Disaster : Source::AssetDamage;
    a.subjectId = id.section(u':', -1);
    a.parentId = parent;
    a.raisedAt = t0;
    a.updatedAt = t0;
    return a;
}
} // namespace

class TestAlarmLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void everyTransition()
    {
        Alarm a = fresh(QStringLiteral("disaster:dis-1"));
        QVERIFY(a.state == State::Normal);
        // Normal → unacknowledged-active.
        a = AlarmLifecycle::conditionPresent(a, Priority::High, t0.addSecs(60));
        QVERIFY(a.state == State::UnacknowledgedActive);
        QCOMPARE(a.raisedAt, t0.addSecs(60));
        // Still present: nothing changes.
        QCOMPARE(AlarmLifecycle::conditionPresent(a, Priority::High, t0.addSecs(120)), a);
        // Unacknowledged-active → acknowledged-active.
        auto acked = AlarmLifecycle::acknowledge(a, QStringLiteral("operator@jeju"), t0.addSecs(180));
        QVERIFY(acked.ok());
        QVERIFY(acked.value().state == State::AcknowledgedActive);
        QCOMPARE(acked.value().acknowledgedBy, QStringLiteral("operator@jeju"));
        // Acknowledged-active: a second acknowledgement is refused.
        QVERIFY(!AlarmLifecycle::acknowledge(acked.value(), QStringLiteral("x"), t0.addSecs(190)).ok());
        // Escalation of an acknowledged alarm: unacknowledged-active again, at the new priority.
        const Alarm escalated = AlarmLifecycle::conditionPresent(acked.value(), Priority::Urgent, t0.addSecs(200));
        QVERIFY(escalated.state == State::UnacknowledgedActive);
        QVERIFY(escalated.priority == Priority::Urgent);
        QVERIFY(!escalated.acknowledgedAt);
        // A lower priority of an acknowledged one is not news: it stays acknowledged.
        const Alarm eased = AlarmLifecycle::conditionPresent(acked.value(), Priority::Low, t0.addSecs(200));
        QVERIFY(eased.state == State::AcknowledgedActive);
        QVERIFY(eased.priority == Priority::Low);
        // Acknowledged-active → normal when the condition clears.
        const Alarm back = AlarmLifecycle::conditionGone(acked.value(), t0.addSecs(240));
        QVERIFY(back.state == State::Normal);
        QCOMPARE(back.clearedAt, t0.addSecs(240));
        // Normal: clearing again and acknowledging change nothing / are refused.
        QCOMPARE(AlarmLifecycle::conditionGone(back, t0.addSecs(300)), back);
        QVERIFY(!AlarmLifecycle::acknowledge(back, QStringLiteral("x"), t0.addSecs(300)).ok());

        // Unacknowledged-active → unacknowledged-cleared → normal by acknowledgement.
        Alarm b = AlarmLifecycle::conditionPresent(fresh(QStringLiteral("truck:t-1")), Priority::Low, t0);
        b = AlarmLifecycle::conditionGone(b, t0.addSecs(60));
        QVERIFY(b.state == State::UnacknowledgedCleared);
        QVERIFY(b.isUnacknowledged() && !b.isActive());
        // The condition back on a cleared alarm: active and unacknowledged again.
        const Alarm again = AlarmLifecycle::conditionPresent(b, Priority::Low, t0.addSecs(90));
        QVERIFY(again.state == State::UnacknowledgedActive);
        QVERIFY(!again.clearedAt);
        auto done = AlarmLifecycle::acknowledge(b, QStringLiteral("operator@jeju"), t0.addSecs(120));
        QVERIFY(done.ok());
        QVERIFY(done.value().state == State::Normal);
        // The journal tells the story: raised, cleared, acknowledged.
        QStringList events;
        for (const JournalEntry &j : done.value().journal)
            events << j.event;
        QCOMPARE(events, (QStringList{QStringLiteral("raised"), QStringLiteral("cleared"), QStringLiteral("acknowledged")}));
        QCOMPARE(done.value().journal.last().by, QStringLiteral("operator@jeju"));
    }

    void shelvingIsTimedAndReasoned()
    {
        const Alarm a = AlarmLifecycle::conditionPresent(fresh(QStringLiteral("disaster:dis-1")), Priority::Medium, t0);
        QCOMPARE(AlarmLifecycle::shelve(a, 30, QStringLiteral(" "), QStringLiteral("op"), t0).error().field, QStringLiteral("reason"));
        QCOMPARE(AlarmLifecycle::shelve(a, 0, QStringLiteral("known"), QStringLiteral("op"), t0).error().field, QStringLiteral("minutes"));
        QCOMPARE(AlarmLifecycle::shelve(a, AlarmLifecycle::kMaxShelveMinutes + 1, QStringLiteral("known"), QStringLiteral("op"), t0).error().field,
                 QStringLiteral("minutes"));
        QVERIFY(!AlarmLifecycle::shelve(fresh(QStringLiteral("n")), 30, QStringLiteral("known"), QStringLiteral("op"), t0).ok());
        const auto shelved = AlarmLifecycle::shelve(a, 30, QStringLiteral("crew on site"), QStringLiteral("op"), t0);
        QVERIFY(shelved.ok());
        QVERIFY(shelved.value().state == a.state); // the state is left alone
        QVERIFY(shelved.value().isShelved(t0.addSecs(29 * 60)));
        QVERIFY(!shelved.value().isShelved(t0.addSecs(30 * 60)));
        QCOMPARE(AlarmLifecycle::unshelveIfExpired(shelved.value(), t0.addSecs(29 * 60)), shelved.value());
        const Alarm lapsed = AlarmLifecycle::unshelveIfExpired(shelved.value(), t0.addSecs(30 * 60));
        QVERIFY(!lapsed.shelvedUntil);
        QVERIFY(lapsed.shelveReason.isEmpty());
    }

    void boardGroupsByIncidentAndHidesShelvedAndNormal()
    {
        const QDateTime now = t0.addSecs(3600);
        QList<Alarm> alarms;
        alarms << AlarmLifecycle::conditionPresent(fresh(QStringLiteral("disaster:dis-1")), Priority::High, t0);
        alarms << AlarmLifecycle::conditionPresent(fresh(QStringLiteral("asset:dis-1:sub-a"), QStringLiteral("dis-1")), Priority::Urgent, t0);
        alarms << AlarmLifecycle::conditionPresent(fresh(QStringLiteral("asset:dis-1:sub-b"), QStringLiteral("dis-1")), Priority::Medium, t0);
        alarms << AlarmLifecycle::conditionPresent(fresh(QStringLiteral("truck:t-1")), Priority::Low, t0);
        alarms << fresh(QStringLiteral("truck:t-2")); // normal
        alarms << AlarmLifecycle::shelve(AlarmLifecycle::conditionPresent(fresh(QStringLiteral("truck:t-3")), Priority::Low, t0), 120,
                                         QStringLiteral("in the workshop"), QStringLiteral("op"), t0)
                      .value();
        const QList<AlarmGroup> groups = AlarmBoard::groups(alarms, now);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].key, QStringLiteral("dis-1"));
        QCOMPARE(groups[0].alarms.size(), 3);
        QVERIFY(groups[0].worst == Priority::Urgent);
        // The incident's own alarm heads its group, then its worst child.
        QCOMPARE(groups[0].alarms.first().id, QStringLiteral("disaster:dis-1"));
        QCOMPARE(groups[0].alarms.at(1).id, QStringLiteral("asset:dis-1:sub-a"));
        QCOMPARE(groups[0].unacknowledged, 3);
        QCOMPARE(groups[1].key, QStringLiteral("truck:t-1"));
        // Two hours on, the shelf has lapsed: truck t-3 shows again.
        QCOMPARE(AlarmBoard::groups(alarms, t0.addSecs(2 * 3600 + 1)).size(), 3);
    }

    void aFloodIsMoreThanTenInTenMinutes()
    {
        QList<Alarm> alarms;
        for (int i = 0; i < 10; ++i)
            alarms << AlarmLifecycle::conditionPresent(fresh(QStringLiteral("truck:t-%1").arg(i)), Priority::Low, t0.addSecs(i * 50));
        QCOMPARE(AlarmBoard::floodCount(alarms, t0.addSecs(500)), 0); // ten is not a flood
        alarms << AlarmLifecycle::conditionPresent(fresh(QStringLiteral("truck:t-10")), Priority::Low, t0.addSecs(550));
        QCOMPARE(AlarmBoard::floodCount(alarms, t0.addSecs(560)), 11);
        // Ten minutes after the first, it has left the window: ten again, no flood.
        QCOMPARE(AlarmBoard::floodCount(alarms, t0.addSecs(600)), 0);
    }

    void aTruckAlarmHasADeadband()
    {
        et::domain::Truck t;
        t.id = QStringLiteral("t-1");
        t.name = QStringLiteral("ET-01");
        t.status = et::domain::TruckStatus::Idle;
        t.soc = 0.195; // below the reserve, inside the deadband: not raised
        QVERIFY(AlarmConditions::at({}, {t}, t0).isEmpty());
        t.soc = 0.185;
        QCOMPARE(AlarmConditions::at({}, {t}, t0).size(), 1);
        // Once active, it holds until 21 %.
        const QSet<QString> active{QStringLiteral("truck:t-1")};
        t.soc = 0.205;
        QCOMPARE(AlarmConditions::at({}, {t}, t0, active).size(), 1);
        t.soc = 0.215;
        QVERIFY(AlarmConditions::at({}, {t}, t0, active).isEmpty());
        // A charging truck is on its way up: no alarm.
        t.soc = 0.1;
        t.status = et::domain::TruckStatus::Charging;
        QVERIFY(AlarmConditions::at({}, {t}, t0).isEmpty());
    }

    void codecReadsBackWhatItWrites()
    {
        Alarm a = AlarmLifecycle::conditionPresent(fresh(QStringLiteral("facility:dis-1:hospital-1"), QStringLiteral("dis-1")), Priority::Urgent, t0);
        a.source = Source::FacilityBackup;
        a.subjectName = QStringLiteral("제주한라병원");
        a.message = QStringLiteral("past its 24 h of backup power");
        a.facts = QJsonObject{{QStringLiteral("backup_h"), 24.0}, {QStringLiteral("need_mwh"), 1.25}};
        a = AlarmLifecycle::shelve(a, 15, QStringLiteral("generator crew there"), QStringLiteral("op"), t0).value();
        const auto back = Alarm::fromJson(a.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), a);
        QJsonObject bad = a.toJson();
        bad.insert(QStringLiteral("state"), QStringLiteral("sleeping"));
        QCOMPARE(Alarm::fromJson(bad).error().field, QStringLiteral("state"));
        bad = a.toJson();
        bad.insert(QStringLiteral("facts"), QStringLiteral("24 h"));
        QCOMPARE(Alarm::fromJson(bad).error().field, QStringLiteral("facts"));
        // An older server sends none: the alarm reads, its facts empty.
        QJsonObject old = a.toJson();
        old.remove(QStringLiteral("facts"));
        QVERIFY(Alarm::fromJson(old).ok());
        QVERIFY(Alarm::fromJson(old).value().facts.isEmpty());
    }

    void conditionsCarryTheirFacts()
    {
        et::domain::Truck t;
        t.id = QStringLiteral("t-1");
        t.soc = 0.12;
        const auto truck = AlarmConditions::at({}, {t}, t0);
        QCOMPARE(truck.size(), 1);
        QCOMPARE(truck.first().facts.value(QStringLiteral("soc")).toDouble(), 0.12);
        QVERIFY(truck.first().message.contains(QStringLiteral("12 %")));
    }
};

QTEST_GUILESS_MAIN(TestAlarmLifecycle)
#include "tst_alarmlifecycle.moc"

// SPDX-License-Identifier: MIT
// Operators' notices on a center: a request needs a reason (at most 300 characters) and an end
// in the future, at most 14 days ahead; an active temporary closure makes the center closed with
// its reason until its end and no longer; a plain notice is shown but leaves open-now alone;
// another center's or an ended notice does nothing.
#include "domain/centers/noticeoverride.h"

#include <QTest>

using namespace et::domain;
using namespace et::domain::centers;

namespace {
const QDateTime kNow(QDate(2026, 3, 4), QTime(2, 0), Qt::UTC); // 11:00 in Jeju, a Wednesday

CenterNotice notice(const QString &id, CenterNotice::Kind kind, const QDateTime &starts, const QDateTime &ends, const QString &centerId = QStringLiteral("ctr-a"))
{
    CenterNotice n;
    n.id = id;
    n.centerId = centerId;
    n.kind = kind;
    n.reason = QStringLiteral("reason of ") + id;
    n.startsAt = starts;
    n.endsAt = ends;
    return n;
}

OpenState openUntilSix()
{
    OpenState s;
    s.kind = OpenState::Kind::Open;
    s.closesAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    return s;
}
} // namespace

class TestNoticeOverride : public QObject
{
    Q_OBJECT
private slots:
    void requestsAreChecked()
    {
        const QJsonObject ok{{QStringLiteral("id"), QStringLiteral("ntc-1")}, {QStringLiteral("center_id"), QStringLiteral("ctr-a")},
                             {QStringLiteral("kind"), QStringLiteral("closure")}, {QStringLiteral("reason"), QStringLiteral("  소독 작업  ")},
                             {QStringLiteral("ends_at"), toIsoUtc(kNow.addSecs(3600))}};
        auto n = CenterNotice::fromRequest(ok, kNow, QStringLiteral("op@x"));
        QVERIFY2(n.ok(), qPrintable(n.error().toString()));
        QCOMPARE(n.value().reason, QStringLiteral("소독 작업"));
        QCOMPARE(n.value().startsAt, kNow);
        QCOMPARE(CenterNotice::fromJson(n.value().toJson()).value(), n.value());
        auto with = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = ok;
            o.insert(key, v);
            return CenterNotice::fromRequest(o, kNow, QString()).error().field;
        };
        QCOMPARE(with(QStringLiteral("reason"), QStringLiteral("   ")), QStringLiteral("reason"));
        QCOMPARE(with(QStringLiteral("reason"), QString(301, u'가')), QStringLiteral("reason"));
        QCOMPARE(with(QStringLiteral("ends_at"), toIsoUtc(kNow)), QStringLiteral("ends_at"));
        QCOMPARE(with(QStringLiteral("ends_at"), toIsoUtc(kNow.addDays(15))), QStringLiteral("ends_at"));
        QCOMPARE(with(QStringLiteral("ends_at"), QStringLiteral("tomorrow")), QStringLiteral("ends_at"));
        QCOMPARE(with(QStringLiteral("kind"), QStringLiteral("holiday")), QStringLiteral("kind"));
        QCOMPARE(with(QStringLiteral("id"), QStringLiteral("dis-1")), QStringLiteral("id"));
        QVERIFY(CenterNotice::fromRequest(QJsonObject{}, kNow, QString()).error().field == u"id");
    }

    void aClosureOverridesOpenNowUntilItsEnd()
    {
        const QList<CenterNotice> list{notice(QStringLiteral("ntc-c"), CenterNotice::Kind::Closure, kNow.addSecs(-60), kNow.addSecs(7200))};
        const NoticeOverride during = NoticeOverride::apply(QStringLiteral("ctr-a"), openUntilSix(), list, kNow);
        QCOMPARE(during.state.kind, OpenState::Kind::Closed);
        QCOMPARE(during.state.reason, QStringLiteral("reason of ntc-c"));
        QVERIFY(during.closure.has_value());
        QCOMPARE(during.nextChange, kNow.addSecs(7200));
        const NoticeOverride after = NoticeOverride::apply(QStringLiteral("ctr-a"), openUntilSix(), list, kNow.addSecs(7200));
        QCOMPARE(after.state, openUntilSix());
        QVERIFY(!after.closure);
        // Another center's closure is not this one's.
        QCOMPARE(NoticeOverride::apply(QStringLiteral("ctr-b"), openUntilSix(), list, kNow).state, openUntilSix());
    }

    void theLastEndingClosureWinsAndTheHoursOpeningAfterItStays()
    {
        OpenState closed;
        closed.kind = OpenState::Kind::Closed;
        closed.opensAt = kNow.addDays(1);
        const QList<CenterNotice> list{notice(QStringLiteral("ntc-1"), CenterNotice::Kind::Closure, kNow.addSecs(-10), kNow.addSecs(600)),
                                       notice(QStringLiteral("ntc-2"), CenterNotice::Kind::Closure, kNow.addSecs(-10), kNow.addSecs(3600))};
        const NoticeOverride o = NoticeOverride::apply(QStringLiteral("ctr-a"), closed, list, kNow);
        QCOMPARE(o.closure->id, QStringLiteral("ntc-2"));
        QCOMPARE(o.state.opensAt, kNow.addDays(1));
        QCOMPARE(o.nextChange, kNow.addSecs(600));
        // An opening inside the closure is not one.
        closed.opensAt = kNow.addSecs(1800);
        QVERIFY(!NoticeOverride::apply(QStringLiteral("ctr-a"), closed, list, kNow).state.opensAt.isValid());
    }

    void aPlainNoticeIsShownButChangesNothing()
    {
        const QList<CenterNotice> list{notice(QStringLiteral("ntc-old"), CenterNotice::Kind::Notice, kNow.addSecs(-7200), kNow.addSecs(-3600)),
                                       notice(QStringLiteral("ntc-n1"), CenterNotice::Kind::Notice, kNow.addSecs(-600), kNow.addSecs(600)),
                                       notice(QStringLiteral("ntc-n2"), CenterNotice::Kind::Notice, kNow.addSecs(-60), kNow.addSecs(900)),
                                       notice(QStringLiteral("ntc-later"), CenterNotice::Kind::Closure, kNow.addSecs(300), kNow.addSecs(900))};
        const NoticeOverride o = NoticeOverride::apply(QStringLiteral("ctr-a"), openUntilSix(), list, kNow);
        QCOMPARE(o.state, openUntilSix());
        QCOMPARE(o.notices.size(), 2);
        QCOMPARE(o.notices.first().id, QStringLiteral("ntc-n2")); // newest first
        QCOMPARE(o.nextChange, kNow.addSecs(300)); // the closure to come
    }
};

QTEST_GUILESS_MAIN(TestNoticeOverride)
#include "tst_noticeoverride.moc"

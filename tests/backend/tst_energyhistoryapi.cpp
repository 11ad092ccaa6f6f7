// SPDX-License-Identifier: MIT
// GET /api/v1/energy/history on the real server: each 1-minute point is the balance (and the
// asset outputs) the server pushed live over the WebSocket for that minute; coarser steps are the
// means computed here from the 1-minute points; pages continue where they stop; every step's range
// limit, every bad parameter, the role check and the ETag.
#include "domain/asset.h"
#include "domain/energybalance.h"
#include "domain/streamevent.h"
#include "eventrecorder.h"
#include "historyfixtures.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using domain::EnergyHistoryPage;
using domain::EnergyHistoryPoint;
using test::HttpReply;

namespace {
// Saturday 2024-04-13 09:00 KST, fifty simulated minutes a real second.
const QDateTime kStart(QDate(2024, 4, 13), QTime(0, 0), Qt::UTC);
// The fast server: a simulated day a real second from 2024-04-01 00:00 KST.
const QDateTime kFastStart(QDate(2024, 3, 31), QTime(15, 0), Qt::UTC);
// What history keeps: hundredths. A mean is rounded once (or twice for days: hours, then the day).
constexpr double kResolution = 0.005 + 1e-9;

EnergyHistoryPage decode(const HttpReply &reply)
{
    auto page = EnergyHistoryPage::fromJson(reply.json);
    if (!page.ok())
        qWarning() << "page does not decode:" << page.error().toString() << reply.body.left(300);
    return page.ok() ? page.value() : EnergyHistoryPage{};
}
} // namespace

class TestEnergyHistoryApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    test::ServerProcess m_fast;
    test::EventRecorder m_live;
    std::unique_ptr<test::HttpTestClient> m_http;
    std::unique_ptr<test::HttpTestClient> m_fastHttp;

    void verifyBadRequest(const HttpReply &r, const QString &field, const QString &words)
    {
        QCOMPARE(r.status, 400);
        const QJsonObject e = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("bad_request"));
        const QString message = e.value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(field + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(words), qPrintable(message));
        QCOMPARE(e.value(QStringLiteral("request_id")).toString().toLatin1(), r.header("X-Request-ID"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("live.sqlite")),
                                                {QStringLiteral("--speed"), QStringLiteral("3000"), QStringLiteral("--tick-ms"), QStringLiteral("100"),
                                                 QStringLiteral("--start"), domain::toIsoUtc(kStart), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorString()));
        const QString token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!token.isEmpty(), qPrintable(m_server.errorString()));
        QVERIFY(m_live.open(m_server.url(), {domain::channel::energy, domain::channel::assets}, token));
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), token);

        QVERIFY2(m_fast.startWithTestAccounts(m_dir.filePath(QStringLiteral("fast.sqlite")),
                                              {QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--tick-ms"), QStringLiteral("100"),
                                               QStringLiteral("--start"), domain::toIsoUtc(kFastStart), QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_fast.errorString()));
        m_fastHttp = std::make_unique<test::HttpTestClient>(m_fast.url(), m_fast.signIn(domain::UserRole::Viewer));
    }

    void minutesAreTheBalancesPushedLive()
    {
        // Two simulated hours and a half.
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(*m_http) >= kStart.addSecs(150 * 60), 20000);
        QMap<QDateTime, domain::EnergyBalance> balances;
        QList<domain::Asset> assets;
        for (const auto &e : std::as_const(m_live.events)) {
            if (e.event == u"forecast.updated")
                continue; // the forecast shares the energy channel
            if (e.channel == domain::channel::energy)
                balances.insert(domain::EnergyBalance::fromJson(e.data).value().timestamp, domain::EnergyBalance::fromJson(e.data).value());
            else
                assets << domain::Asset::fromJson(e.data).value();
        }
        QVERIFY2(balances.size() > 60, qPrintable(QString::number(balances.size())));
        QString error;
        const auto page = test::fetchAllMinutes(*m_http, balances.firstKey(), balances.lastKey().addSecs(60), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->points.size(), balances.size()); // one point a minute, none missing
        const auto &columns = page->columns;
        for (const EnergyHistoryPoint &p : page->points) {
            QVERIFY2(balances.contains(p.timestamp), qPrintable(p.timestamp.toString(Qt::ISODate)));
            const domain::EnergyBalance &b = balances[p.timestamp];
            QCOMPARE(p.minutes, 1);
            const double got[] = {p.demandMw, p.thermalMw, p.windMw, p.solarMw, p.truckDischargeMw, p.curtailmentMw, p.smpKrwPerKwh};
            const double live[] = {b.demandMw, b.thermalMw, b.windMw, b.solarMw, b.truckDischargeMw, b.curtailmentMw, b.smpKrwPerKwh};
            for (int i = 0; i < 7; ++i)
                QVERIFY2(std::abs(got[i] - live[i]) <= kResolution, qPrintable(QStringLiteral("%1 value %2").arg(p.timestamp.toString(Qt::ISODate)).arg(i)));
            // The carbon intensity the live balance said, kept with the minute.
            QVERIFY(b.carbonGPerKwh > 0.0);
            QVERIFY2(p.carbonGPerKwh && std::abs(*p.carbonGPerKwh - b.carbonGPerKwh) <= kResolution, qPrintable(p.timestamp.toString(Qt::ISODate)));
            for (const auto &link : b.hvdcLinks)
                QVERIFY(std::abs(*p.hvdcFlowMw[columns.hvdcLinkIds.indexOf(link.id)] - link.flowMw) <= kResolution);
        }
        // An asset event says what the asset made in the minute of its updated_at.
        int compared = 0;
        for (const domain::Asset &a : std::as_const(assets)) {
            const auto it = std::find_if(page->points.cbegin(), page->points.cend(), [&a](const auto &p) { return p.timestamp == a.updatedAt; });
            if (it == page->points.cend())
                continue;
            const qsizetype at = columns.assetIds.indexOf(a.id);
            QVERIFY2(at >= 0, qPrintable(a.id));
            QVERIFY2(std::abs(*it->assetOutputMw[at] - a.outputMw) <= kResolution, qPrintable(a.id + u' ' + a.updatedAt.toString(Qt::ISODate)));
            ++compared;
        }
        QVERIFY2(compared > 100, qPrintable(QString::number(compared)));
    }

    void coarserStepsAreMeansOfTheMinutes()
    {
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(*m_http) >= kStart.addSecs(150 * 60), 20000);
        const QDateTime to = kStart.addSecs(2 * 3600);
        QString error;
        const auto minutes = test::fetchAllMinutes(*m_http, kStart, to, &error);
        QVERIFY2(minutes, qPrintable(error));
        QCOMPARE(minutes->points.size(), 120);
        for (const auto &[step, seconds] : {std::pair{QStringLiteral("5m"), 300}, std::pair{QStringLiteral("15m"), 900}, std::pair{QStringLiteral("1h"), 3600}}) {
            const EnergyHistoryPage page = decode(test::getHistory(*m_http, kStart, to, step));
            QCOMPARE(page.points.size(), 7200 / seconds);
            QCOMPARE(page.columns, minutes->columns);
            for (const EnergyHistoryPoint &p : page.points) {
                const auto expected = test::meanOfMinutes(minutes->points, p.timestamp, seconds);
                QVERIFY(expected);
                const double d = test::largestDifference(p, *expected);
                QVERIFY2(d <= kResolution, qPrintable(QStringLiteral("%1 %2: %3").arg(step, p.timestamp.toString(Qt::ISODate)).arg(d)));
            }
        }
        // The Jeju day so far (from 00:00 KST): its minutes, from stored hours and the hour in progress.
        const QDateTime dayStart = kStart.addSecs(-9 * 3600);
        const EnergyHistoryPage day = decode(test::getHistory(*m_http, dayStart, dayStart.addDays(1), QStringLiteral("1d")));
        QCOMPARE(day.points.size(), 1);
        const auto all = test::fetchAllMinutes(*m_http, kStart, dayStart.addDays(1), &error);
        QVERIFY2(all, qPrintable(error));
        // The server kept simulating between the two reads: compare over the day's first minutes.
        const EnergyHistoryPoint &d = day.points.first();
        QVERIFY(d.minutes <= all->points.size());
        const auto expected = test::meanOfMinutes(all->points.mid(0, d.minutes), dayStart, 86400);
        QVERIFY(expected);
        QVERIFY2(test::largestDifference(d, *expected) <= 2 * kResolution, qPrintable(QString::number(test::largestDifference(d, *expected))));
    }

    void pagesContinueWhereTheyStop()
    {
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(*m_fastHttp) >= kFastStart.addDays(3), 30000);
        const EnergyHistoryPage first = decode(test::getHistory(*m_fastHttp, kFastStart, kFastStart.addDays(2)));
        QVERIFY(first.hasMore);
        QCOMPARE(first.to, kFastStart.addDays(1));
        QCOMPARE(first.points.size(), 1440);
        QCOMPARE(first.points.last().timestamp, kFastStart.addSecs(86400 - 60));
        const EnergyHistoryPage second = decode(test::getHistory(*m_fastHttp, first.to, kFastStart.addDays(2)));
        QVERIFY(!second.hasMore);
        QCOMPARE(second.to, kFastStart.addDays(2));
        QCOMPARE(second.points.size(), 1440);
        QCOMPARE(second.points.first().timestamp, kFastStart.addDays(1));
        // A smaller page, from a day before the simulation: the empty day is skipped, not paged.
        const EnergyHistoryPage skipped = decode(m_fastHttp->get(QStringLiteral("/api/v1/energy/history?from=%1&to=%2&limit=100")
                                                                     .arg(domain::toIsoUtc(kFastStart.addDays(-1)), domain::toIsoUtc(kFastStart.addDays(1)))));
        QCOMPARE(skipped.from, kFastStart.addDays(-1));
        QCOMPARE(skipped.points.size(), 100);
        QCOMPARE(skipped.points.first().timestamp, kFastStart);
        QVERIFY(skipped.hasMore);
        QCOMPARE(skipped.to, kFastStart.addSecs(100 * 60));
        for (qsizetype i = 0; i < skipped.points.size(); ++i)
            QCOMPARE(skipped.points[i], first.points[i]);
        // Before the simulation started there is nothing, and nothing more either.
        const EnergyHistoryPage before = decode(test::getHistory(*m_fastHttp, kFastStart.addDays(-2), kFastStart.addDays(-1)));
        QVERIFY(before.points.isEmpty());
        QVERIFY(!before.hasMore);
        // After the newest minute: the answer ends there, without has_more.
        const QDateTime now = test::serverSimTime(*m_fastHttp);
        const QDateTime nowMinute = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
        const EnergyHistoryPage tail = decode(test::getHistory(*m_fastHttp, nowMinute.addSecs(-600), nowMinute.addDays(2)));
        QVERIFY(!tail.hasMore || tail.points.size() == 1440);
        QVERIFY(tail.points.size() >= 10);
    }

    void eachStepHasItsRangeLimit_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("days");
        QTest::addRow("1m") << "1m" << 7;
        QTest::addRow("5m") << "5m" << 31;
        QTest::addRow("15m") << "15m" << 90;
        QTest::addRow("1h") << "1h" << 366;
        QTest::addRow("1d") << "1d" << 3653;
    }
    void eachStepHasItsRangeLimit()
    {
        QFETCH(QString, step);
        QFETCH(int, days);
        const qint64 stepSecs = domain::historyStepSeconds(*domain::historyStepFromString(step));
        // A Jeju midnight within the 1-minute retention (which would refuse fine steps for another
        // reason), on every step's boundary.
        const QDateTime from = QDateTime::fromSecsSinceEpoch(
            domain::historyBucketStart(test::serverSimTime(*m_fastHttp).toSecsSinceEpoch(), domain::HistoryStep::Day) - 86400, Qt::UTC);
        const HttpReply atLimit = test::getHistory(*m_fastHttp, from, from.addDays(days), step);
        QCOMPARE(atLimit.status, 200);
        verifyBadRequest(test::getHistory(*m_fastHttp, from, from.addDays(days).addSecs(stepSecs), step), QStringLiteral("to"),
                         QStringLiteral("at most %1 days").arg(days));
    }

    void badParametersAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::addRow("no from") << "to=2024-04-13T01:00:00Z" << "from" << "is required";
        QTest::addRow("no to") << "from=2024-04-13T01:00:00Z" << "to" << "is required";
        QTest::addRow("not a time") << "from=yesterday&to=2024-04-13T01:00:00Z" << "from" << "ISO 8601";
        QTest::addRow("no zone") << "from=2024-04-13T00:00:00&to=2024-04-13T01:00:00Z" << "from" << "zone";
        QTest::addRow("unknown step") << "from=2024-04-13T00:00:00Z&to=2024-04-13T01:00:00Z&step=30m" << "step" << "1m, 5m, 15m, 1h, 1d";
        QTest::addRow("empty step") << "from=2024-04-13T00:00:00Z&to=2024-04-13T01:00:00Z&step=" << "step" << "is not one of";
        QTest::addRow("seconds") << "from=2024-04-13T00:00:30Z&to=2024-04-13T01:00:00Z" << "from" << "not on a 1m boundary";
        QTest::addRow("off the quarter") << "from=2024-04-13T00:00:00Z&to=2024-04-13T01:10:00Z&step=15m" << "to" << "not on a 15m boundary";
        QTest::addRow("UTC midnight is not a Jeju day") << "from=2024-04-13T00:00:00Z&to=2024-04-14T00:00:00Z&step=1d" << "from"
                                                        << "not on a 1d boundary";
        QTest::addRow("to before from") << "from=2024-04-13T01:00:00Z&to=2024-04-13T00:00:00Z" << "to" << "is not after from";
        QTest::addRow("empty range") << "from=2024-04-13T01:00:00Z&to=2024-04-13T01:00:00Z" << "to" << "is not after from";
        QTest::addRow("year 10000") << "from=9999-12-31T23:00:00Z&to=9999-12-31T23:00:00-01:00" << "to" << "outside the years";
        QTest::addRow("limit 0") << "from=2024-04-13T00:00:00Z&to=2024-04-13T01:00:00Z&limit=0" << "limit" << "[1, 1440]";
        QTest::addRow("limit over a day") << "from=2024-04-13T00:00:00Z&to=2024-04-13T01:00:00Z&limit=1441" << "limit" << "[1, 1440]";
        QTest::addRow("limit over a year of days") << "from=2024-04-12T15:00:00Z&to=2024-04-13T15:00:00Z&step=1d&limit=367" << "limit" << "[1, 366]";
        QTest::addRow("limit not a number") << "from=2024-04-13T00:00:00Z&to=2024-04-13T01:00:00Z&limit=ten" << "limit" << "whole number";
    }
    void badParametersAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, words);
        verifyBadRequest(m_http->get(QStringLiteral("/api/v1/energy/history?") + query), field, words);
    }

    void readGridRolesOnlyAndETags()
    {
        const QString path = QStringLiteral("/api/v1/energy/history?from=2024-04-13T00:00:00Z&to=2024-04-13T00:30:00Z");
        test::HttpTestClient anonymous(m_server.url());
        QCOMPARE(anonymous.get(path).status, 401);
        for (const auto role : {domain::UserRole::Viewer, domain::UserRole::Partner, domain::UserRole::Admin}) {
            test::HttpTestClient client(m_server.url(), m_server.signIn(role));
            QCOMPARE(client.get(path).status, 200);
        }
        const HttpReply first = m_http->get(path);
        QCOMPARE(first.status, 200);
        QCOMPARE(decode(first).points.size(), 30);
        QVERIFY(!first.header("ETag").isEmpty());
        const HttpReply again = m_http->get(path, {{"If-None-Match", first.header("ETag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnergyHistoryApi)
#include "tst_energyhistoryapi.moc"

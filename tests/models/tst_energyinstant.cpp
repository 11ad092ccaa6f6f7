// SPDX-License-Identifier: MIT
// The time slider's models over a real cache: the real server simulates 31 hours of Jeju, the
// real sync engine fills a console cache with them, and the server is then stopped — everything
// below runs offline, with no server process at all, through the Console the QML sees
// (ConsoleController without a sync engine, as --offline makes it), its list models under
// QAbstractItemModelTester. Scrubbed to an instant, the KPIs, the HVDC flows, the plants' feeds and
// the assets' outputs equal the server's own 1-minute history row of that minute (fetched over
// HTTP while it ran, and compared value by value here); stepping inside the window read around
// the instant reads nothing more; Live shows the live entities again; play moves at its speed on
// a clock the test turns; a minute the cache lacks shows nothing rather than a neighbour.
#include "consolecontroller.h"
#include "fixedtokens.h"
#include "historyfixtures.h"
#include "httptestclient.h"
#include "modeltesthelpers.h"
#include "serverprocess.h"
#include "storefixture.h"
#include "testfixtures.h"

#include "client/syncengine.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using domain::EnergyHistoryPoint;
using models::ConsoleController;

namespace {
// 2024-06-01 00:00 KST: a summer day with sun for the solar plants.
const QDateTime kStart(QDate(2024, 5, 31), QTime(15, 0), Qt::UTC);
const QStringList kFastest = {QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--tick-ms"), QStringLiteral("100"),
                              QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("5")};
const QStringList kStill = {QStringLiteral("--speed"), QStringLiteral("0.001"), QStringLiteral("--tick-ms"), QStringLiteral("60000"),
                            QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("5")};

QDateTime minuteOf(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
}
} // namespace

class TestEnergyInstant : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mutable test::StoreFixture m_cache; ///< store() is not const; comparedWith() only reads it
    domain::EnergyHistoryPage m_served; ///< every minute the server had, as its API gave them
    QHash<QDateTime, qsizetype> m_servedAt;
    std::unique_ptr<ConsoleController> m_console;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    /// The server's row of the minute holding `instant` (an empty one when it had none).
    const EnergyHistoryPoint &served(const QDateTime &instant) const
    {
        static const EnergyHistoryPoint none;
        const qsizetype i = m_servedAt.value(minuteOf(instant), -1);
        return i < 0 ? none : m_served.points.at(i);
    }
    std::optional<double> servedAsset(const EnergyHistoryPoint &p, const QString &id) const
    {
        const qsizetype i = m_served.columns.assetIds.indexOf(id);
        return i < 0 ? std::nullopt : p.assetOutputMw.value(i);
    }
    std::optional<double> servedLink(const EnergyHistoryPoint &p, const QString &id) const
    {
        const qsizetype i = m_served.columns.hvdcLinkIds.indexOf(id);
        return i < 0 ? std::nullopt : p.hvdcFlowMw.value(i);
    }
    /// Scrubs to `t` and waits for its minute to be read.
    bool scrubTo(const QDateTime &t)
    {
        m_console->time()->scrubTo(t);
        return QTest::qWaitFor([this] { return !m_console->energy()->loading(); }, 5000) && !m_console->time()->live();
    }
    /// Empty when everything the Energy view shows equals the server's minute `p`; else the first difference.
    QString comparedWith(const EnergyHistoryPoint &p) const;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scrubbedViewIsThatMinutesRow();
    void steppingInsideTheWindowReadsNothing();
    void liveShowsTheLiveEntitiesAgain();
    void playMovesAtItsSpeed();
    void aMinuteTheCacheLacksShowsNothing();
};

void TestEnergyInstant::initTestCase()
{
    const QString db = m_dir.filePath(QStringLiteral("server.sqlite"));
    {
        test::ServerProcess fast;
        QVERIFY2(fast.startWithTestAccounts(db, kFastest + QStringList{QStringLiteral("--start"), domain::toIsoUtc(kStart)}),
                 qPrintable(fast.errorString()));
        test::FixedTokens tokens;
        QVERIFY(tokens.signIn(fast));
        test::HttpTestClient http(fast.url(), tokens.accessToken());
        QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(http) >= kStart.addSecs(31 * 3600), 120000);
        QVERIFY(fast.terminate());
    }
    test::ServerProcess still;
    QVERIFY2(still.startWithTestAccounts(db, kStill), qPrintable(still.errorString()));
    test::FixedTokens tokens;
    QVERIFY(tokens.signIn(still));
    QString error;
    QVERIFY2(m_cache.open(&error), qPrintable(error));
    {
        client::SyncEngine engine(&m_cache.store());
        engine.setAccessTokenSource(&tokens);
        engine.setServerUrl(still.url());
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_cache.store().balance() && m_cache.store().newestHistoryMinute().isValid()
                                     && m_cache.store().newestHistoryMinute() >= minuteOf(m_cache.store().balance()->timestamp).addSecs(-60),
                                 30000);
        engine.stop();
    }
    test::HttpTestClient http(still.url(), tokens.accessToken());
    const auto served = test::fetchAllMinutes(http, m_cache.store().oldestHistoryMinute(), m_cache.store().newestHistoryMinute().addSecs(60), &error);
    QVERIFY2(served, qPrintable(error));
    m_served = *served;
    QVERIFY(still.terminate()); // from here on there is no server
    QVERIFY2(m_served.points.size() > 31 * 60 - 10, qPrintable(QString::number(m_served.points.size())));
    for (qsizetype i = 0; i < m_served.points.size(); ++i)
        m_servedAt.insert(m_served.points[i].timestamp, i);
    QCOMPARE(m_cache.store().historyMinutes(), qint64(m_served.points.size()));
}

void TestEnergyInstant::init()
{
    m_console = std::make_unique<ConsoleController>(&m_cache.store(), nullptr);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_console->assets()), static_cast<QAbstractItemModel *>(m_console->hvdcFlows()),
                                  static_cast<QAbstractItemModel *>(m_console->gridFlows())})
        m_testers.push_back(test::contractTester(m));
    // The range comes from the history reader, off this thread.
    QTRY_COMPARE_WITH_TIMEOUT(m_console->time()->earliest(), m_served.points.first().timestamp, 5000);
    QVERIFY(m_console->time()->live());
}

void TestEnergyInstant::cleanup()
{
    m_testers.clear();
    m_console.reset();
}

QString TestEnergyInstant::comparedWith(const EnergyHistoryPoint &p) const
{
    const models::EnergyBalanceModel &b = *m_console->balance();
    auto differ = [](double a, double e) { return std::abs(a - e) > 1e-9; };
    if (!b.available() || b.timestamp() != p.timestamp)
        return QStringLiteral("balance at %1, not %2").arg(b.timestamp().toString(Qt::ISODate), p.timestamp.toString(Qt::ISODate));
    const std::pair<double, double> kpis[] = {{b.demandMw(), p.demandMw}, {b.thermalMw(), p.thermalMw}, {b.windMw(), p.windMw},
                                              {b.solarMw(), p.solarMw}, {b.truckDischargeMw(), p.truckDischargeMw},
                                              {b.curtailmentMw(), p.curtailmentMw}, {b.smpKrwPerKwh(), p.smpKrwPerKwh}};
    for (const auto &[shown, row] : kpis) {
        if (differ(shown, row))
            return QStringLiteral("a KPI shows %1, the row has %2").arg(shown).arg(row);
    }
    // The share as the server states it on a live balance: (wind + solar) / what is served.
    const double share = (p.windMw + p.solarMw) / p.demandMw;
    if (differ(b.renewableShare(), std::clamp(share, 0.0, 1.0)))
        return QStringLiteral("renewable share %1, expected %2").arg(b.renewableShare()).arg(share);
    const QAbstractItemModel &flows = *m_console->hvdcFlows();
    double import = 0.0;
    for (int r = 0; r < flows.rowCount(); ++r) {
        const auto flow = servedLink(p, test::value(flows, r, "linkId").toString());
        if (!flow || differ(test::value(flows, r, "mw").toDouble(), *flow))
            return QStringLiteral("the flow of %1 shows %2 MW").arg(test::value(flows, r, "linkId").toString()).arg(test::value(flows, r, "mw").toDouble());
        import += *flow;
    }
    if (flows.rowCount() != m_served.columns.hvdcLinkIds.size() || differ(b.hvdcImportMw(), import))
        return QStringLiteral("the HVDC import is %1, the links carry %2").arg(b.hvdcImportMw()).arg(import);
    const QAbstractItemModel &grid = *m_console->gridFlows();
    int feeds = 0;
    for (int r = 0; r < grid.rowCount(); ++r) {
        const QString id = test::value(grid, r, "linkId").toString();
        const QString plant = id.section(QStringLiteral("->"), 0, 0);
        const auto expected = id.contains(QStringLiteral("->")) ? servedAsset(p, plant) : servedLink(p, id);
        if (!expected || differ(test::value(grid, r, "mw").toDouble(), *expected))
            return QStringLiteral("the grid flow %1 shows %2 MW").arg(id).arg(test::value(grid, r, "mw").toDouble());
        feeds += id.contains(QStringLiteral("->")) ? 1 : 0;
    }
    if (feeds == 0)
        return QStringLiteral("no plant feeds a substation");
    const QAbstractItemModel &assets = *m_console->assets();
    if (assets.rowCount() != m_cache.store().assets().size())
        return QStringLiteral("%1 assets shown of %2").arg(assets.rowCount()).arg(m_cache.store().assets().size());
    for (int r = 0; r < assets.rowCount(); ++r) {
        const auto output = servedAsset(p, test::value(assets, r, "assetId").toString());
        const double shown = test::value(assets, r, "outputMw").toDouble(), capacity = test::value(assets, r, "capacityMw").toDouble();
        if (!output || differ(shown, *output) || differ(test::value(assets, r, "loadFactor").toDouble(), capacity > 0 ? *output / capacity : 0.0))
            return QStringLiteral("asset %1 shows %2 MW").arg(test::value(assets, r, "assetId").toString()).arg(shown);
    }
    return {};
}

void TestEnergyInstant::scrubbedViewIsThatMinutesRow()
{
    const QDateTime newest = m_served.points.last().timestamp;
    // Seconds into a minute show that minute; the oldest cached minute and one in the middle.
    for (const QDateTime &t : {newest.addSecs(-25 * 3600 + 17 * 60 + 25), newest.addSecs(-3 * 3600), m_served.points.first().timestamp,
                               newest.addSecs(-16 * 3600 - 7 * 60)}) {
        QVERIFY(scrubTo(t));
        QVERIFY(m_console->energy()->available());
        QCOMPARE(m_console->energy()->minute(), minuteOf(t));
        const QString difference = comparedWith(served(t));
        QVERIFY2(difference.isEmpty(), qPrintable(t.toString(Qt::ISODate) + QStringLiteral(": ") + difference));
    }
    QVERIFY(m_console->currentViewHasData());
}

void TestEnergyInstant::steppingInsideTheWindowReadsNothing()
{
    const QDateTime start = m_served.points.last().timestamp.addSecs(-10 * 3600);
    QVERIFY(scrubTo(start));
    const quint64 reads = m_console->energy()->readsRequested();
    // Inside the window read around the instant (the cached week): minute by minute, back and forth.
    for (int step = 1; step <= 90; ++step) {
        m_console->time()->stepMinutes(step % 3 == 0 ? -1 : 1);
        QVERIFY(!m_console->energy()->loading());
        const QString difference = comparedWith(served(m_console->time()->instant()));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(difference)));
    }
    QCOMPARE(m_console->energy()->readsRequested(), reads);
    // Far away in the cache: still no read, the window holds all of it.
    const QDateTime far = start.addSecs(-12 * 3600);
    QVERIFY(far > m_served.points.first().timestamp);
    QVERIFY(scrubTo(far));
    QCOMPARE(m_console->energy()->readsRequested(), reads);
    const QString difference = comparedWith(served(far));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestEnergyInstant::liveShowsTheLiveEntitiesAgain()
{
    const auto live = m_cache.store().balance();
    QVERIFY(live);
    QVERIFY(scrubTo(live->timestamp.addSecs(-9 * 3600)));
    QVERIFY(m_console->balance()->timestamp() != live->timestamp);
    m_console->time()->goLive();
    QVERIFY(m_console->time()->live());
    QVERIFY(m_console->energy()->live());
    QCOMPARE(m_console->balance()->timestamp(), live->timestamp);
    QCOMPARE(m_console->balance()->demandMw(), live->demandMw);
    QCOMPARE(m_console->balance()->renewableShare(), live->renewableShare);
    QCOMPARE(m_console->balance()->smpKrwPerKwh(), live->smpKrwPerKwh);
    const QAbstractItemModel &flows = *m_console->hvdcFlows();
    QCOMPARE(flows.rowCount(), live->hvdcLinks.size());
    for (int r = 0; r < flows.rowCount(); ++r)
        QCOMPARE(test::value(flows, r, "mw").toDouble(), live->hvdcLinks[r].flowMw);
    const auto assets = m_cache.store().assets();
    QCOMPARE(m_console->assets()->rowCount(), assets.size());
    for (const domain::Asset &a : assets) {
        const int row = test::rowOf(*m_console->assets(), "assetId", a.id);
        QCOMPARE(test::value(*m_console->assets(), row, "outputMw").toDouble(), a.outputMw);
    }
}

void TestEnergyInstant::playMovesAtItsSpeed()
{
    qint64 wallMs = 0;
    m_console->time()->setClock([&wallMs] { return wallMs; });
    const QDateTime start = m_served.points.last().timestamp.addSecs(-28 * 3600);
    QVERIFY(scrubTo(start));
    for (const auto &[speed, wallStepMs, simulatedSeconds] : {std::tuple{600, 6000, 3600}, std::tuple{60, 2000, 120}, std::tuple{1, 90000, 90}}) {
        const QDateTime from = m_console->time()->instant();
        QVERIFY(m_console->time()->play(speed));
        wallMs += wallStepMs;
        m_console->time()->tick();
        QCOMPARE(m_console->time()->instant(), from.addSecs(simulatedSeconds));
        QVERIFY(QTest::qWaitFor([this] { return !m_console->energy()->loading(); }, 5000));
        const QString difference = comparedWith(served(m_console->time()->instant()));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("%1×: %2").arg(speed).arg(difference)));
    }
    // Three more hours at 600× leave the window read at the start: the next ones are read as
    // the instant nears their edge, and every minute on the way is still the server's.
    for (int i = 0; i < 18; ++i) {
        wallMs += 1000;
        m_console->time()->tick();
        QVERIFY(QTest::qWaitFor([this] { return !m_console->energy()->loading(); }, 5000));
    }
    QVERIFY(m_console->time()->playing());
    const QString difference = comparedWith(served(m_console->time()->instant()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    m_console->time()->pause();
}

void TestEnergyInstant::aMinuteTheCacheLacksShowsNothing()
{
    // A stretch the cache lacks, as an offline console leaves until the sync engine fills it.
    const QDateTime gapFrom = m_served.points.last().timestamp.addSecs(-5 * 3600), gapTo = gapFrom.addSecs(10 * 60);
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gap"));
        raw.setDatabaseName(m_cache.store().filePath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM energy_history WHERE t >= %1 AND t < %2").arg(gapFrom.toSecsSinceEpoch()).arg(gapTo.toSecsSinceEpoch())));
        QCOMPARE(q.numRowsAffected(), 10);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gap"));
    QVERIFY(scrubTo(gapFrom.addSecs(-60)));
    QVERIFY(m_console->energy()->available());
    m_console->time()->stepMinutes(1);
    QVERIFY(!m_console->energy()->available());
    QVERIFY(!m_console->balance()->available());
    QCOMPARE(m_console->assets()->rowCount(), 0);
    QCOMPARE(m_console->hvdcFlows()->rowCount(), 0);
    QCOMPARE(m_console->energy()->minute(), gapFrom);
    m_console->time()->stepMinutes(10);
    const QString difference = comparedWith(served(gapTo));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestEnergyInstant)
#include "tst_energyinstant.moc"

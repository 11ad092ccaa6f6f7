// SPDX-License-Identifier: MIT
// client::CenterSearch over a real SQLite cache holding every center of the published national
// standard data (전국건강증진센터표준데이터, the shared CSV): the text through the FTS5 trigram index
// (Korean words inside longer ones, two-syllable words, several words, query syntax that must stay
// inert), the radius through the position index, open-now and the filters, and the ranking. Each
// answer is checked against a brute-force pass over Store::centers() written independently here
// (substring matching, an equirectangular distance), never against the search's own output.
#include "approxdistance.h"
#include "client/centersearch.h"
#include "client/store.h"
#include "domain/centercsvimporter.h"
#include "domain/change.h"
#include "jejudata/bundledcenterneeds.h"
#include "jejudata/bundledholidays.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>
#include <cmath>

using namespace et;
using domain::Center;
using domain::centers::OpenState;

namespace {

constexpr double kJejuCityHallLat = 33.4996, kJejuCityHallLon = 126.5312;
constexpr double kSeoulCityHallLat = 37.5663, kSeoulCityHallLon = 126.9779;


bool textMatches(const Center &c, const QString &text)
{
    const QString all = QStringList{c.name, c.roadAddress, c.lotAddress, c.services}.join(u'\n');
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!all.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QSet<QString> idsOf(const QList<domain::centers::RankedCenter> &ranked)
{
    QSet<QString> out;
    for (const auto &r : ranked)
        out.insert(r.center.id);
    return out;
}

domain::Change upsertOf(const Center &c, qint64 cursor)
{
    return {cursor, domain::EntityKind::Center, domain::ChangeOp::Upsert, c.id, c.toJson()};
}

} // namespace

class TestCenterSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void textMatchesInsideKoreanWords_data();
    void textMatchesInsideKoreanWords();
    void querySyntaxStaysInert();
    void radiusMatchesTheDistance_data();
    void radiusMatchesTheDistance();
    void indexFollowsUpdatesAndDeletes();
    void openNowFiltersAndLimit();
    void rankingAgreesWithCenterRanking();
    void badQueriesAreRefused();

private:
    QList<domain::centers::RankedCenter> run(const client::CenterQuery &query);
    QList<domain::centers::RankedCenter> runText(const QString &text);
    QSet<QString> bruteForceText(const QString &text) const;
    QList<Center> m_all;
    QTemporaryDir m_dir;
    std::unique_ptr<client::Store> m_store;
    std::unique_ptr<domain::centers::OpenNow> m_openNow;
};

void TestCenterSearch::initTestCase()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto imported = domain::CenterCsvImporter::import(f.readAll());
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    m_all = imported.value().centers;
    QVERIFY(m_all.size() > 250);
    QVERIFY(jejudata::BundledHolidays::calendar().ok());
    QVERIFY(jejudata::BundledCenterNeeds::rules().ok());
    m_openNow = std::make_unique<domain::centers::OpenNow>(jejudata::BundledHolidays::calendar().value());
}

void TestCenterSearch::init()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<client::Store>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QTest::currentTestFunction()))).ok());
    QList<domain::Change> changes;
    qint64 cursor = 0;
    for (const Center &c : std::as_const(m_all))
        changes << upsertOf(c, ++cursor);
    QVERIFY(m_store->applyChanges(changes, cursor).ok());
}

void TestCenterSearch::cleanup()
{
    m_store.reset();
}

QList<domain::centers::RankedCenter> TestCenterSearch::run(const client::CenterQuery &query)
{
    const client::CenterSearch search(*m_openNow, jejudata::BundledCenterNeeds::rules().value());
    const auto found = search.run(*m_store, query);
    if (!found.ok())
        qWarning() << found.error().toString();
    return found.ok() ? found.value() : QList<domain::centers::RankedCenter>();
}

QList<domain::centers::RankedCenter> TestCenterSearch::runText(const QString &text)
{
    client::CenterQuery query;
    query.text = text;
    query.now = QDateTime::currentDateTimeUtc();
    return run(query);
}

QSet<QString> TestCenterSearch::bruteForceText(const QString &text) const
{
    QSet<QString> out;
    for (const Center &c : m_store->centers()) {
        if (textMatches(c, text))
            out.insert(c.id);
    }
    return out;
}

void TestCenterSearch::textMatchesInsideKoreanWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectSome");
    QTest::newRow("inside a word") << QStringLiteral("건강복지") << true;      // 정신건강복지센터
    QTest::newRow("three syllables") << QStringLiteral("정신건강") << true;
    QTest::newRow("two syllables") << QStringLiteral("중독") << true;         // below the trigram's reach
    QTest::newRow("one syllable") << QStringLiteral("술") << false;
    QTest::newRow("two words") << QStringLiteral("제주 정신건강") << true;
    QTest::newRow("address and service") << QStringLiteral("서귀포시 중독상담") << true;
    QTest::newRow("latin, any case") << QStringLiteral("DEMENTIA") << false;
    QTest::newRow("nothing") << QStringLiteral("없는센터이름") << false;
}

void TestCenterSearch::textMatchesInsideKoreanWords()
{
    QFETCH(QString, text);
    QFETCH(bool, expectSome);
    const QSet<QString> expected = bruteForceText(text);
    QCOMPARE(idsOf(runText(text)), expected);
    if (expectSome)
        QVERIFY2(!expected.isEmpty(), "the published data should hold this word");
}

void TestCenterSearch::querySyntaxStaysInert()
{
    // FTS5 query syntax in what a person types must be matched as text, not run.
    for (const QString &text : {QStringLiteral("\""), QStringLiteral("센터\" OR \"제주"), QStringLiteral("NEAR(정신 건강)"),
                                QStringLiteral("정신*"), QStringLiteral("search_text:제주"), QStringLiteral("-제주"),
                                QStringLiteral("%"), QStringLiteral("_")}) {
        QCOMPARE(idsOf(runText(text)), bruteForceText(text));
    }
}

void TestCenterSearch::radiusMatchesTheDistance_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("radius");
    for (const double r : {1.0, 3.0, 5.0, 10.0}) {
        QTest::addRow("Jeju City Hall, %g km", r) << kJejuCityHallLat << kJejuCityHallLon << r;
        QTest::addRow("Seoul City Hall, %g km", r) << kSeoulCityHallLat << kSeoulCityHallLon << r;
    }
}

void TestCenterSearch::radiusMatchesTheDistance()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(double, radius);
    client::CenterQuery query;
    query.origin = std::make_pair(lat, lon);
    query.radiusKm = radius;
    query.now = QDateTime::currentDateTimeUtc();
    const QSet<QString> found = idsOf(run(query));
    int inside = 0;
    for (const Center &c : m_store->centers()) {
        const double d = test::approxKm(lat, lon, c.lat, c.lon);
        if (std::abs(d - radius) < 0.01 * radius)
            continue; // too near the edge for the approximation to decide
        QCOMPARE(found.contains(c.id), d < radius);
        inside += d < radius;
    }
    if (radius >= 10.0)
        QVERIFY2(inside > 0, "the published data has centers within 10 km of both city halls");
}

void TestCenterSearch::indexFollowsUpdatesAndDeletes()
{
    client::CenterQuery query;
    query.now = QDateTime::currentDateTimeUtc();
    query.text = QStringLiteral("수면클리닉");
    QVERIFY(run(query).isEmpty());

    // A center's services change: the index follows the row (updated in place, same rowid).
    Center changed = m_all.first();
    const QString oldServices = changed.services;
    changed.services = QStringLiteral("수면클리닉 운영");
    QVERIFY(m_store->applyChanges({upsertOf(changed, 10000)}, 10000).ok());
    QCOMPARE(idsOf(run(query)), QSet<QString>{changed.id});
    const QString oldWord = oldServices.simplified().section(u' ', 0, 0);
    if (oldWord.size() >= 3) {
        query.text = oldWord;
        QVERIFY(!idsOf(run(query)).contains(changed.id) || textMatches(changed, oldWord));
    }

    // Deleted: gone from the index too.
    query.text = QStringLiteral("수면클리닉");
    QVERIFY(m_store->applyChanges({{10001, domain::EntityKind::Center, domain::ChangeOp::Delete, changed.id, {}}}, 10001).ok());
    QVERIFY(run(query).isEmpty());

    // Replaced whole (a resync): the index holds exactly the new rows.
    changed.id = QStringLiteral("ctr-resync");
    QVERIFY(m_store->applyChanges({upsertOf(changed, 10002)}, 10002, client::Store::Apply::ReplaceAll).ok());
    QCOMPARE(idsOf(run(query)), QSet<QString>{QStringLiteral("ctr-resync")});
    query.text = QStringLiteral("정신건강");
    QVERIFY(!idsOf(run(query)).contains(m_all.at(1).id));
}

void TestCenterSearch::openNowFiltersAndLimit()
{
    // A Wednesday morning, a Saturday, Chuseok and Jeju's 4·3 (a Friday; a holiday on Jeju only).
    for (const QString &when : {QStringLiteral("2026-09-23T10:00:00+09:00"), QStringLiteral("2026-09-26T10:00:00+09:00"),
                                QStringLiteral("2026-09-25T10:00:00+09:00"), QStringLiteral("2026-04-03T10:00:00+09:00")}) {
        const QDateTime now = QDateTime::fromString(when, Qt::ISODate);
        client::CenterQuery query;
        query.now = now;
        query.openNowOnly = true;
        QSet<QString> expected;
        for (const Center &c : m_store->centers()) {
            if (m_openNow->at(c, now).kind == OpenState::Kind::Open)
                expected.insert(c.id);
        }
        QCOMPARE(idsOf(run(query)), expected);
        // Every state, not only "open", as OpenNow gives it for the whole center.
        query.openNowOnly = false;
        for (const auto &r : run(query))
            QCOMPARE(r.open, m_openNow->at(r.center, now));
    }
    client::CenterQuery all;
    all.now = QDateTime::fromString(QStringLiteral("2026-09-23T10:00:00+09:00"), Qt::ISODate);
    all.origin = std::make_pair(kJejuCityHallLat, kJejuCityHallLon);
    const auto everything = run(all);
    all.limit = 20;
    const auto top = run(all);
    QCOMPARE(top.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(top.at(i).center.id, everything.at(i).center.id);
    // Read whole: the results carry what the candidates did not (phone, data date).
    QVERIFY(!top.first().center.phone.isEmpty() || !top.first().center.dataDate.isEmpty());

    all.limit = 0;
    all.onlyIds = {everything.at(3).center.id, everything.at(7).center.id};
    QCOMPARE(idsOf(run(all)), all.onlyIds);
}

void TestCenterSearch::rankingAgreesWithCenterRanking()
{
    // The search's candidates and CenterRanking::rank over every cached center must agree.
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-09-23T17:45:00+09:00"), Qt::ISODate);
    const QHash<QString, double> needs{{QStringLiteral("mood"), 0.8}, {QStringLiteral("addiction"), 0.4}};
    const domain::centers::RankingWeights weights{0.4, 0.2, 0.2, 0.2};
    client::CenterQuery query;
    query.origin = std::make_pair(kJejuCityHallLat, kJejuCityHallLon);
    query.radiusKm = 60.0; // the whole island
    query.needs = needs;
    query.weights = weights;
    query.now = now;
    const auto found = run(query);
    const auto reference = domain::centers::CenterRanking::rank(m_store->centers(), kJejuCityHallLat, kJejuCityHallLon, 60.0, needs,
                                                                weights, *m_openNow, jejudata::BundledCenterNeeds::rules().value(), now);
    QVERIFY(reference.ok());
    QCOMPARE(found.size(), reference.value().size());
    QCOMPARE(found.size(), 10); // Jeju's ten centers
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).center.id, reference.value().at(i).center.id);
        QVERIFY(qAbs(found.at(i).score - reference.value().at(i).score) < 1e-12);
        QCOMPARE(found.at(i).openNow, reference.value().at(i).openNow);
        QCOMPARE(found.at(i).expertise, reference.value().at(i).expertise);
    }
}

void TestCenterSearch::badQueriesAreRefused()
{
    const client::CenterSearch search(*m_openNow, jejudata::BundledCenterNeeds::rules().value());
    client::CenterQuery query;
    query.now = QDateTime::currentDateTimeUtc();
    query.origin = std::make_pair(qQNaN(), 126.5);
    QCOMPARE(search.run(*m_store, query).error().field, QStringLiteral("origin"));
    query.origin = std::make_pair(33.5, 200.0);
    QCOMPARE(search.run(*m_store, query).error().field, QStringLiteral("origin"));
    query.origin.reset();
    query.radiusKm = -1.0;
    QCOMPARE(search.run(*m_store, query).error().field, QStringLiteral("radius"));
    query.radiusKm = 0.0;
    query.weights = {0.5, 0.5, 0.5, 0.0};
    QCOMPARE(search.run(*m_store, query).error().field, QStringLiteral("weights"));
}

QTEST_GUILESS_MAIN(TestCenterSearch)
#include "tst_centersearch.moc"

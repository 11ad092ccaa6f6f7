// SPDX-License-Identifier: MIT
// The outage estimate worked by hand on three substations: expected unserved MW per region, the
// deficit over the repair times of their states, and the trucks to bridge it.
#include "domain/hazard/outageestimate.h"

#include <QTest>

using namespace et::domain::hazard;

class TestOutageEstimate : public QObject
{
    Q_OBJECT
private slots:
    void byHand()
    {
        const auto site = [](const char *id, double p) {
            SiteImpact s;
            s.id = QString::fromLatin1(id);
            s.probability = p;
            s.state = FragilityCurve::stateOf(p);
            s.priority = FragilityCurve::priorityOf(p);
            return s;
        };
        const QList<SiteImpact> impact{site("sub-a", 0.6), site("sub-b", 0.2), site("sub-c", 0.05)};
        const QList<ServedArea> areas{{QStringLiteral("sub-a"), QStringLiteral("한림읍"), 0.10},
                                      {QStringLiteral("sub-b"), QStringLiteral("한림읍"), 0.05},
                                      {QStringLiteral("sub-c"), QStringLiteral("노형동"), 0.20},
                                      {QStringLiteral("sub-unknown"), QStringLiteral("애월읍"), 0.10}};
        const OutageEstimate e = OutageEstimate::of(impact, areas, 700.0);
        // 한림읍: 700 × 0.10 × 0.6 = 42 MW (likely damaged, 24 h) + 700 × 0.05 × 0.2 = 7 MW (inspect, 4 h);
        // 노형동: 700 × 0.20 × 0.05 = 7 MW (ok: no repair time).
        QVERIFY(std::abs(e.unservedMwByRegion.value(QStringLiteral("한림읍")) - 49.0) < 1e-9);
        QVERIFY(std::abs(e.unservedMwByRegion.value(QStringLiteral("노형동")) - 7.0) < 1e-9);
        QVERIFY(!e.unservedMwByRegion.contains(QStringLiteral("애월읍")));
        QVERIFY(std::abs(e.unservedMw - 56.0) < 1e-9);
        QVERIFY(std::abs(e.deficitMwh - (42.0 * 24 + 7.0 * 4)) < 1e-9); // 1,036 MWh
        QCOMPARE(e.trucksNeeded, int(std::ceil(1036.0 / 0.75)));       // 1,382 trucks: far beyond a fleet of 20
        QCOMPARE(OutageEstimate::of({}, areas, 700.0).trucksNeeded, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutageEstimate)
#include "tst_outageestimate.moc"

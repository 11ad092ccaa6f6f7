// SPDX-License-Identifier: MIT
// CongestionProfile reads the hour in Jeju time whatever the zone of the instant it is given, and
// its factors are the stated ones: free at night, 1.4 in both rush hours, 1.2 by day, 1.1 in the
// evening.
#include "domain/dispatch/congestionprofile.h"

#include <QTest>
#include <QTimeZone>

using et::domain::dispatch::CongestionProfile;

class TestCongestionProfile : public QObject
{
    Q_OBJECT
private slots:
    void factorsByJejuHour()
    {
        const QList<std::pair<int, double>> expected{{3, 1.0}, {7, 1.4}, {9, 1.4}, {10, 1.2}, {16, 1.2}, {17, 1.4}, {19, 1.4}, {20, 1.1}, {23, 1.1}, {0, 1.0}};
        for (const auto &[hour, factor] : expected)
            QCOMPARE(CongestionProfile::factorForHour(hour), factor);
        for (int h = 0; h < 24; ++h)
            QVERIFY(CongestionProfile::factorForHour(h) >= 1.0);
        QCOMPARE(CongestionProfile::factorForHour(31), CongestionProfile::factorForHour(7));
        QCOMPARE(CongestionProfile::factorForHour(-1), CongestionProfile::factorForHour(23));
    }

    void readsTheHourInKst()
    {
        // 23:30 UTC is 08:30 the next morning in Jeju: rush hour.
        QCOMPARE(CongestionProfile::factorAt(QDateTime(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC)), 1.4);
        // 03:00 in Jeju given in Paris time (19:00 the evening before, UTC+1 in December).
        const QDateTime paris(QDate(2026, 12, 6), QTime(19, 0), QTimeZone("Europe/Paris"));
        QCOMPARE(CongestionProfile::factorAt(paris), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCongestionProfile)
#include "tst_congestionprofile.moc"

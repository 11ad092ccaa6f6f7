// SPDX-License-Identifier: MIT
// The latency histogram's buckets and the Prometheus text of a metrics snapshot.
#include "http/latencyhistogram.h"
#include "http/metricsreport.h"

#include <QTest>

using namespace et::backend;

class TestMetricsReport : public QObject
{
    Q_OBJECT
private slots:
    void histogramIsCumulative()
    {
        LatencyHistogram h;
        for (double s : {0.0001, 0.0005, 0.0007, 0.003, 0.2, 7.0})
            h.observe(s);
        QCOMPARE(h.count(), quint64(6));
        QVERIFY(std::abs(h.sum() - 7.2043) < 1e-9);
        const QList<quint64> c = h.cumulative();
        QCOMPARE(c.size(), h.bounds().size());
        QCOMPARE(c[h.bounds().indexOf(0.0005)], quint64(2)); // le is inclusive
        QCOMPARE(c[h.bounds().indexOf(0.001)], quint64(3));
        QCOMPARE(c[h.bounds().indexOf(0.005)], quint64(4));
        QCOMPARE(c[h.bounds().indexOf(0.25)], quint64(5));
        QCOMPARE(c.last(), quint64(5)); // 7 s is only in +Inf
        for (qsizetype i = 1; i < c.size(); ++i)
            QVERIFY(c[i] >= c[i - 1]);
    }

    void rendersEveryFamily()
    {
        MetricsSnapshot m;
        m.httpResponsesByStatus = {{200, 5}, {429, 2}};
        m.httpLatency.observe(0.002);
        m.idempotentReplays = 3;
        m.webSocketEventsSent = 11;
        m.webSocketEventsDropped = 4;
        m.webSocketResyncs = 1;
        m.openOrders = 2;
        m.simTime = QDateTime::fromSecsSinceEpoch(1712978228, Qt::UTC);
        const QByteArray text = MetricsReport::render(m);
        for (const char *line : {"et_http_responses_total{status=\"429\"} 2\n",
                                 "# TYPE et_http_request_duration_seconds histogram\n",
                                 "et_http_request_duration_seconds_bucket{le=\"0.001\"} 0\n",
                                 "et_http_request_duration_seconds_bucket{le=\"0.0025\"} 1\n",
                                 "et_http_request_duration_seconds_bucket{le=\"+Inf\"} 1\n",
                                 "et_http_request_duration_seconds_count 1\n",
                                 "# TYPE et_idempotent_replays_total counter\net_idempotent_replays_total 3\n",
                                 "et_websocket_events_sent_total 11\n", "et_websocket_events_dropped_total 4\n",
                                 "et_websocket_resyncs_total 1\n", "# TYPE et_orders_open gauge\net_orders_open 2\n",
                                 "et_sim_time_seconds 1712978228\n"})
            QVERIFY2(text.contains(line), line);
    }
};

QTEST_GUILESS_MAIN(TestMetricsReport)
#include "tst_metricsreport.moc"

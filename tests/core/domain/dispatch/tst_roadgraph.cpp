// SPDX-License-Identifier: MIT
// RoadGraph over Jeju's real node-link data: every node and link read, each link listed once among
// its start node's outgoing links, the detached piece left out of the routable network; and every
// kind of bad file refused with the file and line named.
#include "jejuroads.h"

#include <QTest>

using et::domain::dispatch::RoadGraph;

class TestRoadGraph : public QObject
{
    Q_OBJECT
private slots:
    void readsJejusNetwork()
    {
        QString error;
        const RoadGraph *graph = et::test::jejuRoads(&error);
        QVERIFY2(graph, qPrintable(error));
        // The data's README: 12,075 directed links between 4,218 nodes.
        QCOMPARE(graph->nodeCount(), 4218);
        QCOMPARE(graph->linkCount(), 12075);
        // Each link once, under its own start node.
        std::vector<int> seen(size_t(graph->linkCount()), 0);
        for (int n = 0; n < graph->nodeCount(); ++n) {
            for (const int l : graph->outgoing(n)) {
                QCOMPARE(graph->link(l).from, n);
                ++seen[size_t(l)];
            }
        }
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int c) { return c == 1; }));
        // A known link of the data: 4060004300 on 일주동로, 119.6 m at 60 km/h.
        bool found = false;
        for (int l = 0; l < graph->linkCount(); ++l) {
            if (graph->link(l).id != 4060004300LL)
                continue;
            found = true;
            QCOMPARE(graph->node(graph->link(l).from).id, 4060001600LL);
            QCOMPARE(graph->node(graph->link(l).to).id, 4060002000LL);
            QCOMPARE(graph->link(l).speedLimitKmh, 60.0);
            QVERIFY(qAbs(graph->link(l).lengthM - 119.578782386668) < 1e-9);
            QCOMPARE(graph->link(l).roadName, QStringLiteral("일주동로"));
        }
        QVERIFY(found);
        // One connected island plus a detached 2-node piece: at most a handful of nodes (that piece
        // and one-way dead ends) are outside the routable network.
        QVERIFY2(graph->routableCount() >= 4200 && graph->routableCount() <= 4216, qPrintable(QString::number(graph->routableCount())));
        QCOMPARE(graph->node(graph->nodeIndex(4050051100LL)).name, QStringLiteral("제주시청"));
        QVERIFY(graph->routable(graph->nodeIndex(4050051100LL)));
        QCOMPARE(graph->nodeIndex(1), -1);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("nodes");
        QTest::addColumn<QByteArray>("links");
        QTest::addColumn<QString>("where");
        const QByteArray nodes = ",Id,NODE_NAME,latitude,longitude\n0,1,A,33.5,126.5\n1,2,B,33.51,126.51\n";
        const QByteArray header = ",LINK_ID,Source,Target,MAX_SPD,LENGTH,ROAD_RANK,ROAD_NAME\n";
        QTest::newRow("empty nodes") << QByteArray() << header << "nodes";
        QTest::newRow("no longitude column") << QByteArray(",Id,NODE_NAME,latitude\n0,1,A,33.5\n") << header << "nodes";
        QTest::newRow("latitude not a number") << QByteArray(",Id,NODE_NAME,latitude,longitude\n0,1,A,north,126.5\n") << header << "nodes line 2";
        QTest::newRow("latitude NaN") << QByteArray(",Id,NODE_NAME,latitude,longitude\n0,1,A,nan,126.5\n") << header << "nodes line 2";
        QTest::newRow("latitude off the Earth") << QByteArray(",Id,NODE_NAME,latitude,longitude\n0,1,A,95,126.5\n") << header << "nodes line 2";
        QTest::newRow("short node row") << QByteArray(",Id,NODE_NAME,latitude,longitude\n0,1,A,33.5\n") << header << "nodes line 2";
        QTest::newRow("duplicate node") << QByteArray(nodes + "2,2,C,33.52,126.52\n") << header << "nodes";
        QTest::newRow("no links header") << nodes << QByteArray() << "links";
        QTest::newRow("unknown end") << nodes << QByteArray(header + "0,10,1,3,50,100,107,x\n") << "links line 2";
        QTest::newRow("zero length") << nodes << QByteArray(header + "0,10,1,2,50,0,107,x\n") << "links line 2";
        QTest::newRow("speed not a number") << nodes << QByteArray(header + "0,10,1,2,fast,100,107,x\n") << "links line 2";
        QTest::newRow("negative speed") << nodes << QByteArray(header + "0,10,1,2,-50,100,107,x\n") << "links line 2";
        QTest::newRow("cut short") << nodes << QByteArray(header + "0,10,1,2,50,100,107,x\n1,11,2,1,5") << "links line 3";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, nodes);
        QFETCH(QByteArray, links);
        QFETCH(QString, where);
        const auto graph = RoadGraph::fromCsv(nodes, links);
        QVERIFY(!graph.ok());
        QCOMPARE(graph.error().field, where);
        QVERIFY(!graph.error().message.isEmpty());
    }

    void aSmallGoodFileIsRead()
    {
        const auto graph = RoadGraph::fromCsv(",Id,NODE_NAME,latitude,longitude\n0,1,A,33.5,126.5\n1,2,B,33.51,126.51\n",
                                              ",LINK_ID,Source,Target,MAX_SPD,LENGTH,ROAD_RANK,ROAD_NAME\n"
                                              "0,10,1,2,50,1500,107,\"가,나로\"\n1,11,2,1,50,1500,107,가나로\n");
        QVERIFY2(graph.ok(), qPrintable(graph.error().toString()));
        QCOMPARE(graph.value().linkCount(), 2);
        QCOMPARE(graph.value().link(0).roadName, QStringLiteral("가,나로"));
        QCOMPARE(graph.value().routableCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRoadGraph)
#include "tst_roadgraph.moc"

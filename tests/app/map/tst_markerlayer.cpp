// SPDX-License-Identifier: MIT
// MarkerLayer and CircleLayer over a QStandardItemModel: roles found by name whatever their
// numbers, incremental inserts/removes/updates that keep row numbers aligned with the model, and
// rows with bad data kept in place but marked unusable.
#include "circlelayer.h"
#include "markerlayer.h"
#include "polygonlayer.h"

#include "domain/geo/polygontriangulator.h"
#include "domain/geo/webmercator.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace et::map;
using et::domain::geo::WebMercator;

namespace {

// Deliberately unusual role numbers and an extra role: the layer must go by the names.
enum Roles { Name = Qt::UserRole + 40, Lat = Qt::UserRole + 7, Lon = Qt::UserRole + 3, Kind = Qt::UserRole + 99,
             Status = Qt::UserRole + 12, Extra = Qt::UserRole + 1, Radius = Qt::UserRole + 20, Severity = Qt::UserRole + 21 };

QStandardItem *row(double lat, double lon, const QString &kind)
{
    auto *item = new QStandardItem;
    item->setData(lat, Lat);
    item->setData(lon, Lon);
    item->setData(kind, Kind);
    item->setData(QStringLiteral("online"), Status);
    item->setData(kind + QStringLiteral("-name"), Name);
    return item;
}

} // namespace

class TestMarkerLayer : public QObject
{
    Q_OBJECT
private slots:
    void followsTheModel()
    {
        QStandardItemModel model;
        model.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"},
                                {Name, "name"}, {Extra, "selectedish"}});
        model.appendRow(row(33.40, 126.30, QStringLiteral("wind")));
        model.appendRow(row(33.45, 126.90, QStringLiteral("solar")));
        MarkerLayer layer;
        QSignalSpy changed(&layer, &ModelLayer::changed);
        layer.setModel(&model);
        QCOMPARE(layer.markers().size(), 2);
        QCOMPARE(layer.markers().at(0).world, WebMercator::project(33.40, 126.30));
        QCOMPARE(layer.markers().at(1).kind, QStringLiteral("solar"));
        QCOMPARE(layer.markers().at(1).name, QStringLiteral("solar-name"));
        QVERIFY(!layer.markers().at(0).selected); // no "selected" role: not selected

        // Insert in the middle: rows shift like the model's.
        model.insertRow(1, row(33.25, 126.56, QStringLiteral("truck")));
        QCOMPARE(layer.markers().size(), 3);
        QCOMPARE(layer.markers().at(1).kind, QStringLiteral("truck"));
        QCOMPARE(layer.markers().at(2).kind, QStringLiteral("solar"));

        // Update one row in place.
        changed.clear();
        model.item(1)->setData(33.30, Lat);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(layer.markers().at(1).world, WebMercator::project(33.30, 126.56));

        // A change of a role the map does not draw does not repaint.
        changed.clear();
        model.item(1)->setData(QStringLiteral("x"), Extra);
        QCOMPARE(changed.count(), 0);

        model.removeRow(0);
        QCOMPARE(layer.markers().size(), 2);
        QCOMPARE(layer.markers().at(0).kind, QStringLiteral("truck"));

        // Bad coordinates: kept (row numbers stay aligned) but unusable.
        model.item(0)->setData(QStringLiteral("not a number"), Lat);
        QVERIFY(!layer.markers().at(0).valid);
        model.item(1)->setData(200.0, Lon);
        QVERIFY(!layer.markers().at(1).valid);
        QCOMPARE(layer.invalidCount(), 2);

        model.clear();
        QCOMPARE(layer.markers().size(), 0);
    }

    void outputShareBecomesARingLevel()
    {
        enum { Share = Qt::UserRole + 55 };
        QStandardItemModel model;
        model.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Share, "loadFactor"}});
        const QList<QVariant> shares = {1.0, 0.0, 0.44, 0.46, -0.5, 1.7, qQNaN(), QStringLiteral("much"), QVariant()};
        for (const QVariant &v : shares) {
            QStandardItem *item = row(33.40, 126.30, QStringLiteral("wind"));
            item->setData(v, Share);
            model.appendRow(item);
        }
        MarkerLayer layer;
        layer.setModel(&model);
        // Tenths of the capacity in use, by size (a negative share is an export or a load); nothing
        // that is not a number draws a ring.
        const QList<int> levels = {10, 0, 4, 5, 5, 10, -1, -1, -1};
        for (int r = 0; r < levels.size(); ++r)
            QVERIFY2(layer.markers().at(r).outputLevel == levels[r], qPrintable(QStringLiteral("row %1: %2").arg(r).arg(layer.markers().at(r).outputLevel)));
        // A change of output alone is a change of that row, as a moved marker is.
        (void)layer.takeChanges();
        model.item(1)->setData(0.9, Share);
        const MarkerChanges changes = layer.takeChanges();
        QVERIFY(!changes.structure);
        QCOMPARE(changes.rows, QSet<int>{1});
        QCOMPARE(layer.markers().at(1).outputLevel, 9);
    }

    void survivesModelDeletion()
    {
        MarkerLayer layer;
        {
            QStandardItemModel model;
            model.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}});
            model.appendRow(row(33.4, 126.5, QStringLiteral("wind")));
            layer.setModel(&model);
            QCOMPARE(layer.markers().size(), 1);
        }
        QCOMPARE(layer.model(), nullptr);
        QCOMPARE(layer.markers().size(), 0);
    }

    void circlesNeedCentreAndRadius()
    {
        QStandardItemModel model;
        model.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Radius, "radiusKm"}, {Severity, "severity"}});
        auto add = [&](double lat, double lon, QVariant radius, int severity) {
            auto *item = new QStandardItem;
            item->setData(lat, Lat);
            item->setData(lon, Lon);
            item->setData(radius, Radius);
            item->setData(severity, Severity);
            model.appendRow(item);
        };
        add(33.3, 126.5, 5.0, 4);
        add(33.3, 126.5, -1.0, 2);
        add(qQNaN(), 126.5, 5.0, 2);
        add(33.3, 126.5, QStringLiteral("wide"), 2);
        CircleLayer layer;
        layer.setModel(&model);
        QCOMPARE(layer.circles().size(), 4);
        QCOMPARE(layer.circles().at(0).ring.size(), CircleLayer::kSegments);
        QCOMPARE(layer.circles().at(0).severity, 4);
        for (int i = 1; i < 4; ++i)
            QVERIFY2(layer.circles().at(i).ring.isEmpty(), qPrintable(QString::number(i)));
        // The ring is 5 km from the centre on the ground.
        const QGeoCoordinate c(33.3, 126.5);
        const double d = c.distanceTo(WebMercator::unproject(layer.circles().at(0).ring.at(10)));
        QVERIFY(std::abs(d - 5000.0) < 1.0);
        // The fill covers the disc: its triangles add up to the polygon's area.
        double fill = 0.0;
        const auto &t = layer.circles().at(0).triangles;
        QCOMPARE(t.size(), CircleLayer::kSegments * 3);
        for (qsizetype i = 0; i < t.size(); i += 3)
            fill += std::abs((t[i + 1].x() - t[i].x()) * (t[i + 2].y() - t[i].y())
                             - (t[i + 2].x() - t[i].x()) * (t[i + 1].y() - t[i].y())) / 2.0;
        QVERIFY(std::abs(fill - std::abs(et::domain::geo::PolygonTriangulator::signedArea(layer.circles().at(0).ring)))
                < 1e-15);
    }

    void polygonsTriangulateTheirPath()
    {
        QStandardItemModel model;
        enum { Path = Qt::UserRole + 50 };
        model.setItemRoleNames({{Path, "path"}, {Severity, "severity"}});
        auto add = [&](const QVariant &path) {
            auto *item = new QStandardItem;
            item->setData(path, Path);
            item->setData(3, Severity);
            model.appendRow(item);
        };
        auto c = [](double lat, double lon) { return QVariant::fromValue(QGeoCoordinate(lat, lon)); };
        auto m = [](double lat, double lon) {
            return QVariant(QVariantMap{{QStringLiteral("latitude"), lat}, {QStringLiteral("longitude"), lon}});
        };
        // A concave U (8 corners), closed by repeating its first point, in both accepted forms.
        add(QVariantList{c(33.2, 126.2), c(33.2, 126.5), m(33.5, 126.5), m(33.5, 126.4), c(33.3, 126.4),
                         c(33.3, 126.3), m(33.5, 126.3), m(33.5, 126.2), c(33.2, 126.2)});
        add(QVariantList{c(33.2, 126.2), m(qQNaN(), 126.5), c(33.5, 126.5)});  // a NaN point
        add(QVariantList{c(33.2, 126.2), c(33.3, 126.3)});                    // no area
        add(QVariantList{c(33.2, 126.2), c(95.0, 126.3), c(33.5, 126.5)});     // latitude out of range
        add(QStringLiteral("33.2,126.2"));                                     // not a list
        PolygonLayer layer;
        layer.setModel(&model);
        QCOMPARE(layer.polygons().size(), 5);
        const MapArea &u = layer.polygons().at(0);
        QCOMPARE(u.ring.size(), 8); // the closing repeat dropped
        QCOMPARE(u.severity, 3);
        QCOMPARE(u.triangles.size(), (8 - 2) * 3);
        // The triangles' areas add up to the shoelace area of the outline: the fill covers the U
        // exactly once, the notch included in neither.
        double fill = 0.0;
        for (qsizetype i = 0; i < u.triangles.size(); i += 3) {
            const QPointF a = u.triangles[i], b = u.triangles[i + 1], d = u.triangles[i + 2];
            fill += std::abs((b.x() - a.x()) * (d.y() - a.y()) - (d.x() - a.x()) * (b.y() - a.y())) / 2.0;
        }
        QVERIFY(std::abs(fill - std::abs(et::domain::geo::PolygonTriangulator::signedArea(u.ring))) < 1e-15);
        // No triangle covers the notch.
        const QPointF notch = WebMercator::project(33.45, 126.35);
        for (qsizetype i = 0; i < u.triangles.size(); i += 3) {
            const QPointF a = u.triangles[i], b = u.triangles[i + 1], d = u.triangles[i + 2];
            auto side = [&](QPointF p, QPointF q) { return (q.x() - p.x()) * (notch.y() - p.y()) - (q.y() - p.y()) * (notch.x() - p.x()); };
            const double s1 = side(a, b), s2 = side(b, d), s3 = side(d, a);
            QVERIFY(!((s1 > 0 && s2 > 0 && s3 > 0) || (s1 < 0 && s2 < 0 && s3 < 0)));
        }
        for (int i = 1; i < 5; ++i) {
            QVERIFY2(layer.polygons().at(i).ring.isEmpty() && layer.polygons().at(i).triangles.isEmpty(),
                     qPrintable(QString::number(i)));
        }
        // A row fixed in the model is read again.
        model.item(1)->setData(QVariantList{c(33.2, 126.2), c(33.2, 126.5), c(33.5, 126.5)}, Path);
        QCOMPARE(layer.polygons().at(1).triangles.size(), 3);
    }

    void keepsAnIndexForHitTesting()
    {
        QStandardItemModel model;
        model.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"}, {Name, "name"}});
        for (int i = 0; i < 50; ++i)
            model.appendRow(row(33.2 + i * 0.01, 126.3 + i * 0.01, QStringLiteral("truck")));
        MarkerLayer layer;
        layer.setModel(&model);
        QCOMPARE(layer.drawableCount(), 50);
        const double tiny = 1e-7;
        QCOMPARE(layer.nearest(WebMercator::project(33.25, 126.35), tiny), 5);
        // A moved row moves in the index; rows removed renumber it.
        model.item(5)->setData(34.0, Lat);
        QCOMPARE(layer.nearest(WebMercator::project(33.25, 126.35), tiny), -1);
        QCOMPARE(layer.nearest(WebMercator::project(34.0, 126.35), tiny), 5);
        model.removeRows(0, 2);
        QCOMPARE(layer.nearest(WebMercator::project(34.0, 126.35), tiny), 3);
        // A row with a bad coordinate leaves the index and the drawable count.
        model.item(3)->setData(qQNaN(), Lat);
        QCOMPARE(layer.drawableCount(), 47);
        QCOMPARE(layer.invalidCount(), 1);
        QVERIFY(layer.nearest(WebMercator::project(34.0, 126.35), tiny) < 0);
    }
};

QTEST_GUILESS_MAIN(TestMarkerLayer)
#include "tst_markerlayer.moc"

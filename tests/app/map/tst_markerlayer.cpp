// SPDX-License-Identifier: MIT
// MarkerLayer and CircleLayer over a QStandardItemModel: roles found by name whatever their
// numbers, incremental inserts/removes/updates that keep row numbers aligned with the model, and
// rows with bad data kept in place but marked unusable.
#include "circlelayer.h"
#include "markerlayer.h"

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
    }
};

QTEST_GUILESS_MAIN(TestMarkerLayer)
#include "tst_markerlayer.moc"

// SPDX-License-Identifier: MIT
// MarkerQuadBuffer: the GPU marker quads are written once, then only for the rows the model
// changed — checked by counting quad writes and comparing vertices, without a window.
#include "localframe.h"
#include "mapframe.h"
#include "mappalette.h"
#include "markerlayer.h"
#include "markerquadbuffer.h"

#include "domain/geo/webmercator.h"

#include <QStandardItemModel>
#include <QtTest>

#include <cstring>

using namespace et::map;
using et::domain::geo::WebMercator;

namespace {

enum Role { Lat = Qt::UserRole + 1, Lon, Kind, Status };

/// 10,000 points spread over Jeju; rows from 9,000 on are trucks.
void fill(QStandardItemModel &model, int rows)
{
    model.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"}});
    QList<QStandardItem *> items;
    for (int i = 0; i < rows; ++i) {
        auto *item = new QStandardItem;
        item->setData(33.25 + (i % 100) * 0.003, Lat);
        item->setData(126.2 + (i / 100) * 0.007, Lon);
        item->setData(i >= 9000 ? QStringLiteral("truck") : QStringLiteral("wind"), Kind);
        item->setData(QStringLiteral("online"), Status);
        items << item;
    }
    model.invisibleRootItem()->appendRows(items);
}

QPointF quadCenter(const QSGGeometry &g, int row)
{
    const auto *v = g.vertexDataAsTexturedPoint2D() + row * 4;
    return QPointF((v[0].x + v[3].x) / 2.0, (v[0].y + v[3].y) / 2.0);
}

} // namespace

class TestMarkerQuadBuffer : public QObject
{
    Q_OBJECT
private slots:
    void movingTrucksRewritesOnlyTheirQuads()
    {
        QStandardItemModel model;
        fill(model, 10000);
        MarkerLayer layer;
        layer.setModel(&model);
        QSGGeometry geometry(MarkerQuadBuffer::attributes(), 0, 0, QSGGeometry::UnsignedIntType);
        MarkerQuadBuffer buffer;
        const double unitsPerPixel = 0.5;
        QVERIFY(buffer.update(&geometry, layer.markers(), layer.takeChanges(), unitsPerPixel)); // atlas made
        QCOMPARE(buffer.quadsWritten(), quint64(10000));
        QCOMPARE(geometry.vertexCount(), 40000);
        QCOMPARE(geometry.indexCount(), 60000);
        const QByteArray before(static_cast<const char *>(geometry.vertexData()), 40000 * geometry.sizeOfVertex());

        // Move 500 of the trucks north by 0.01°.
        for (int r = 9200; r < 9700; ++r)
            model.item(r)->setData(model.item(r)->data(Lat).toDouble() + 0.01, Lat);
        const MarkerChanges changes = layer.takeChanges();
        QVERIFY(!changes.structure);
        QCOMPARE(changes.rows.size(), 500);
        QVERIFY(!buffer.update(&geometry, layer.markers(), changes, unitsPerPixel));
        QCOMPARE(buffer.quadsWritten(), quint64(10500));

        const int stride = geometry.sizeOfVertex() * 4;
        const char *after = static_cast<const char *>(geometry.vertexData());
        for (int r = 0; r < 10000; ++r) {
            const bool moved = r >= 9200 && r < 9700;
            const bool same = std::memcmp(before.constData() + r * stride, after + r * stride, size_t(stride)) == 0;
            QVERIFY2(same != moved, qPrintable(QStringLiteral("row %1").arg(r)));
        }
        // A moved quad sits where its new coordinate projects (north = smaller y).
        const QPointF expected = LocalFrame::toLocal(
            WebMercator::project(model.item(9300)->data(Lat).toDouble(), model.item(9300)->data(Lon).toDouble()));
        const QPointF got = quadCenter(geometry, 9300);
        QVERIFY(std::abs(got.x() - expected.x()) < 0.01);
        QVERIFY(std::abs(got.y() - expected.y()) < 0.01);
    }

    void zoomRewritesEverythingAtConstantPixelSize()
    {
        QList<MapMarker> markers(3);
        for (int i = 0; i < 3; ++i) {
            markers[i].world = WebMercator::project(33.4 + i * 0.01, 126.5);
            markers[i].kind = QStringLiteral("solar");
            markers[i].valid = true;
        }
        QSGGeometry geometry(MarkerQuadBuffer::attributes(), 0, 0, QSGGeometry::UnsignedIntType);
        MarkerQuadBuffer buffer;
        buffer.update(&geometry, markers, MarkerChanges{}, 1.0);
        const auto *v = geometry.vertexDataAsTexturedPoint2D();
        const double sideAt1 = v[1].x - v[0].x;
        buffer.update(&geometry, markers, MarkerChanges{false, {}}, 0.25); // zoomed in two levels
        QCOMPARE(buffer.quadsWritten(), quint64(6));
        v = geometry.vertexDataAsTexturedPoint2D();
        QCOMPARE(v[1].x - v[0].x, sideAt1 * 0.25);
        // The quad covers the whole disc and its ring, in pixels.
        QVERIFY(sideAt1 >= 2 * (MarkerStyle::kRadius + MarkerStyle::kRingWidth));
        QVERIFY(sideAt1 <= 2 * (MarkerStyle::kRadius + MarkerStyle::kRingWidth) + 4);
    }

    void invalidRowsCoverNothing()
    {
        QList<MapMarker> markers(2);
        markers[0].world = WebMercator::project(33.4, 126.5);
        markers[0].kind = QStringLiteral("wind");
        markers[0].valid = true;
        QSGGeometry geometry(MarkerQuadBuffer::attributes(), 0, 0, QSGGeometry::UnsignedIntType);
        MarkerQuadBuffer buffer;
        buffer.update(&geometry, markers, MarkerChanges{}, 1.0);
        const auto *v = geometry.vertexDataAsTexturedPoint2D() + 4;
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(v[i].x, v[0].x);
            QCOMPARE(v[i].y, v[0].y);
        }
    }

    void newLookRebuildsTheAtlasAndAllQuads()
    {
        QList<MapMarker> markers(2);
        for (int i = 0; i < 2; ++i) {
            markers[i].world = WebMercator::project(33.4, 126.5 + i * 0.01);
            markers[i].kind = QStringLiteral("wind");
            markers[i].valid = true;
        }
        QSGGeometry geometry(MarkerQuadBuffer::attributes(), 0, 0, QSGGeometry::UnsignedIntType);
        MarkerQuadBuffer buffer(2.0);
        buffer.update(&geometry, markers, MarkerChanges{}, 1.0);
        markers[1].kind = QStringLiteral("thermal");
        QVERIFY(buffer.update(&geometry, markers, MarkerChanges{false, {1}}, 1.0));
        QCOMPARE(buffer.quadsWritten(), quint64(4)); // both rows: every texture rectangle moved

        // The texture rectangle of each row shows its own kind's colour at its centre.
        const QImage atlas = buffer.atlasImage();
        const auto *v = geometry.vertexDataAsTexturedPoint2D();
        for (int row = 0; row < 2; ++row) {
            const auto *q = v + row * 4;
            const QPoint texel(int((q[0].tx + q[3].tx) / 2 * atlas.width()), int((q[0].ty + q[3].ty) / 2 * atlas.height()));
            QCOMPARE(QColor(atlas.pixel(texel)), MapPalette::markerColor(markers[row].kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkerQuadBuffer)
#include "tst_markerquadbuffer.moc"

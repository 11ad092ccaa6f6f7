// SPDX-License-Identifier: MIT
// LabelPlacer: names centred on their anchor, moved off markers, never over each other or out of
// the view.
#include "labelplacer.h"
#include "mapframe.h"

#include <QtTest>

using namespace et::map;

namespace {

MarkerDot dotAt(QPointF p)
{
    return MarkerDot{0, p, MarkerStyle::kRadius, Qt::blue, Qt::white};
}

} // namespace

class TestLabelPlacer : public QObject
{
    Q_OBJECT
private slots:
    void centresOnTheAnchor()
    {
        const auto rects = LabelPlacer::place({{QPointF(200, 100), QSizeF(40, 16)}}, {}, QSizeF(400, 300));
        QCOMPARE(rects.size(), 1);
        QCOMPARE(rects.first(), QRectF(180, 92, 40, 16));
    }

    void movesOffAMarker()
    {
        // A marker exactly at the anchor: the name goes below it (8 + 6 + 2 + 1 = 17 px lower).
        const auto rects = LabelPlacer::place({{QPointF(200, 100), QSizeF(40, 16)}}, {dotAt(QPointF(200, 100))},
                                              QSizeF(400, 300));
        QCOMPARE(rects.first(), QRectF(180, 109, 40, 16));
        // Markers below too: above it.
        const auto above = LabelPlacer::place({{QPointF(200, 100), QSizeF(40, 16)}},
                                              {dotAt(QPointF(200, 100)), dotAt(QPointF(200, 117))}, QSizeF(400, 300));
        QCOMPARE(above.first(), QRectF(180, 75, 40, 16));
    }

    void firstComeFirstServedAndInsideTheView()
    {
        const auto rects = LabelPlacer::place({{QPointF(200, 100), QSizeF(40, 16)},
                                               {QPointF(210, 104), QSizeF(40, 16)}, // overlaps the first
                                               {QPointF(5, 100), QSizeF(40, 16)}},  // would leave the view
                                              {}, QSizeF(400, 300));
        QCOMPARE(rects.at(0), QRectF(180, 92, 40, 16));
        QVERIFY(!rects.at(1).intersects(rects.at(0)));
        QVERIFY(rects.at(2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"

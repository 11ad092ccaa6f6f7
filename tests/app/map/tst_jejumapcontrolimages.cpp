// SPDX-License-Identifier: MIT
// JejuMap's frames checked against stored control images (tests/app/map/control/), as QGIS's
// render tests do: the base map, markers with clusters, a disaster circle and HVDC flows. The
// software scene graph (offscreen) and OpenGL (tst_jejumapcontrolimages_xvfb, llvmpipe) must both
// match the same control image, so the two renderers cannot drift apart unnoticed. A mismatch
// writes the rendered frame and a difference image into the test's working folder (the build
// folder under ctest) and names them in the failure. ET_WRITE_CONTROL_IMAGES=1 remakes the
// control images from the software renderer (see control/README.md).
#include "controlimagechecker.h"
#include "jejumapscene.h"

#include <QGuiApplication>
#include <QPainter>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <algorithm>
#include <cmath>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using namespace et::test;

namespace {

// One set of control images, made by the software renderer, and a tolerance per renderer (the
// measured figures behind both are in control/README.md).
//
// The software renderer draws the control images bit for bit, run after run. It may differ by 16
// in a channel (rounding between the CPU-specific blend routines) on 0.02 % of the pixels (96 of
// 800×600): one marker that goes missing (~200 pixels) already fails.
const ImageComparison::Tolerance kSoftwareTolerance{16, 0.0002};
// OpenGL on llvmpipe draws the same picture with other edges: region outlines, coast and circle
// rims without antialiasing (no multisampling), badges, digits and arrows shaded by another
// rasteriser. Inside shapes the two agree within 4 levels; on edges they differ by up to the whole
// step between the colours either side. 0.5 % of the pixels (2,400) may differ by more than 64;
// the worst scene, the clusters, needs 0.23 %. A GPU path that stopped drawing the flow lines
// (0.79 % of their frame) fails, and so does a colour off by more than 64 over a 49-pixel square.
const ImageComparison::Tolerance kOpenGlTolerance{64, 0.005};

} // namespace

class TestJejuMapControlImages : public QObject, protected JejuMapScene
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(); }
    void cleanupTestCase() { closeWindow(); }
    void init() { reset(); }
    void baseMap();
    void markersAndClusters();
    void disasterCircle();
    void flows();
    void alteredFrameFailsWithADifferenceImage();

private:
    /// The scene's frame checked against control/<scene>.png.
    void verifyScene(const QString &scene);
    static ControlImageChecker checker() { return ControlImageChecker(QStringLiteral(ET_SOURCE_DIR "/tests/app/map/control")); }
    /// The software scene graph makes the control images; OpenGL only compares with them.
    static bool isSoftware() { return QGuiApplication::platformName() == u"offscreen"; }
    static ImageComparison::Tolerance tolerance() { return isSoftware() ? kSoftwareTolerance : kOpenGlTolerance; }
    /// "<scene>-offscreen" or "<scene>-xcb": the name of the files a mismatch writes.
    static QString caseName(const QString &scene) { return scene + u'-' + QGuiApplication::platformName(); }
};

void TestJejuMapControlImages::verifyScene(const QString &scene)
{
    const QImage frame = grab(QStringLiteral("control-") + scene);
    const QString failure = checker().check(caseName(scene), scene, frame, tolerance(), isSoftware());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestJejuMapControlImages::baseMap()
{
    // The island alone: land, sea, the 43 eup/myeon/dong outlines, their names and the scale bar.
    m_markers.removeRows(0, m_markers.rowCount());
    verifyScene(QStringLiteral("base"));
}

void TestJejuMapControlImages::markersAndClusters()
{
    // 600 markers become count badges; the selected wind farm stays a marker of its own on top,
    // and an emergency among them rings its badge red.
    addManyMarkers(600);
    m_markers.item(0)->setData(true, Selected);
    m_markers.item(40)->setData(QStringLiteral("emergency"), Status);
    // Clustering runs off the GUI thread: wait for the result that has seen the emergency, not an
    // earlier one for the same rows. (The selected marker stays a member; it is drawn on its own.)
    const auto &clusters = m_map->currentClusters();
    QTRY_VERIFY(m_map->isClustered() && std::any_of(clusters.cbegin(), clusters.cend(), [](const auto &c) {
        return c.alert && c.rows.contains(40);
    }));
    verifyScene(QStringLiteral("clusters"));
}

void TestJejuMapControlImages::disasterCircle()
{
    // A severity-5 typhoon area of 8 km over Andeok and a severity-2 one of 4 km near Seongsan,
    // under the three markers.
    m_circles.appendRow(circleRow(33.30, 126.45, 8.0, 5));
    m_circles.appendRow(circleRow(33.44, 126.85, 4.0, 2));
    verifyScene(QStringLiteral("circle"));
}

void TestJejuMapControlImages::flows()
{
    // The three HVDC links from their mainland terminals (resources/data/jeju-assets.json) to the
    // Jeju converters: #1 importing 150 MW, #2 importing 380 of its 400 MW (orange from 90 %),
    // #3 exporting 80 MW (arrows pointing north). Arrows stand still: the scene turns animation off.
    m_flows.appendRow(flowRow({34.3675, 126.5928}, {33.515, 126.579}, 150, 300, QStringLiteral("HVDC #1")));
    m_flows.appendRow(flowRow({34.487, 126.263}, {33.442, 126.333}, 380, 400, QStringLiteral("HVDC #2")));
    m_flows.appendRow(flowRow({34.311, 126.755}, {33.519, 126.596}, -80, 200, QStringLiteral("HVDC #3")));
    verifyScene(QStringLiteral("flows"));
}

void TestJejuMapControlImages::alteredFrameFailsWithADifferenceImage()
{
    if (ControlImageChecker::writingControls())
        QSKIP("writing control images, not checking them");
    // The base map's frame passes; the same frame with a patch just larger than the renderer's
    // allowance painted over the middle of the island fails, and the files the failure names
    // show the frame and, in red, exactly the pixels beyond the tolerance.
    m_markers.removeRows(0, m_markers.rowCount());
    const QImage frame = grab(QStringLiteral("control-base-again"));
    ControlImageChecker check = checker();
    QVERIFY2(check.check(caseName(QStringLiteral("unaltered")), QStringLiteral("base"), frame, tolerance()).isEmpty(),
             qPrintable(check.lastComparison().summary()));
    const qsizetype missedBefore = check.lastComparison().mismatched();

    const int side = int(std::ceil(std::sqrt(tolerance().pixelFraction * frame.width() * frame.height()))) + 10;
    const QRect patch(QPoint(frame.width() / 2, frame.height() / 2) - QPoint(side / 2, side / 2), QSize(side, side));
    QImage altered = frame;
    QPainter(&altered).fillRect(patch, QColor(0x20, 0x60, 0xc0));
    const QString name = caseName(QStringLiteral("altered"));
    const QString renderedPath = QDir::current().absoluteFilePath(QStringLiteral("tst_jejumapcontrolimages-%1-rendered.png").arg(name));
    const QString differencePath = QDir::current().absoluteFilePath(QStringLiteral("tst_jejumapcontrolimages-%1-difference.png").arg(name));
    QFile::remove(renderedPath);
    QFile::remove(differencePath);
    const QString failure = check.check(name, QStringLiteral("base"), altered, tolerance());
    QVERIFY2(!failure.isEmpty(), "a painted-over patch passed the check");
    QVERIFY2(failure.contains(renderedPath) && failure.contains(differencePath), qPrintable(failure));
    const qsizetype missed = check.lastComparison().mismatched();
    QVERIFY(missed >= side * side && missed <= missedBefore + side * side);

    QCOMPARE(QImage(renderedPath).convertToFormat(QImage::Format_RGB32), altered.convertToFormat(QImage::Format_RGB32));
    const QImage difference = QImage(differencePath).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(difference.size(), frame.size());
    qsizetype red = 0, redInPatch = 0;
    for (int y = 0; y < difference.height(); ++y) {
        for (int x = 0; x < difference.width(); ++x) {
            const bool isRed = difference.pixel(x, y) == qRgb(0xff, 0, 0);
            red += isRed ? 1 : 0;
            redInPatch += isRed && patch.contains(x, y) ? 1 : 0;
        }
    }
    QCOMPARE(redInPatch, qsizetype(side) * side);
    QCOMPARE(red, missed);
}

QTEST_MAIN(TestJejuMapControlImages)
#include "tst_jejumapcontrolimages.moc"

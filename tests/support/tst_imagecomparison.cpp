// SPDX-License-Identifier: MIT
// The control-image checker of the rendering tests, checked itself: the per-channel tolerance
// holds up to and including its limit in each of R, G, B and A and not one level past it, the
// share of pixels allowed to miss likewise, images of another size never match, and a mismatch
// writes the rendered and difference images where the failure message says. With
// ET_WRITE_CONTROL_IMAGES=1 a checker that may write saves the control instead.
#include "controlimagechecker.h"
#include "imagecomparison.h"

#include <QTemporaryDir>
#include <QTest>

using et::test::ControlImageChecker;
using et::test::ImageComparison;

namespace {

/// A 40×30 picture with a few colours and a half-transparent band, so every channel has room to
/// move both ways.
QImage picture()
{
    QImage image(40, 30, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgba(60 + 3 * x, 200 - 4 * y, (x * y) % 180 + 40, y < 10 ? 128 : 255));
    }
    return image;
}

/// `image` with channel `channel` (0 R, 1 G, 2 B, 3 A) of pixel `p` raised by `by`.
QImage nudged(QImage image, QPoint p, int channel, int by)
{
    const QRgb c = image.pixel(p);
    int v[4] = {qRed(c), qGreen(c), qBlue(c), qAlpha(c)};
    v[channel] += by;
    image.setPixel(p, qRgba(v[0], v[1], v[2], v[3]));
    return image;
}

} // namespace

class TestImageComparison : public QObject
{
    Q_OBJECT
private slots:
    void identicalImagesMatch()
    {
        const ImageComparison c = ImageComparison::compare(picture(), picture(), {0, 0.0});
        QVERIFY(c.matches());
        QCOMPARE(c.pixels(), qsizetype(40 * 30));
        QCOMPARE(c.mismatched(), qsizetype(0));
        QCOMPARE(c.maxDifference(), (std::array<int, 4>{0, 0, 0, 0}));
        // The difference image is the faded control: grey, no red or yellow anywhere.
        const QImage d = c.difference();
        QCOMPARE(d.size(), picture().size());
        for (int y = 0; y < d.height(); ++y) {
            for (int x = 0; x < d.width(); ++x) {
                const QRgb p = d.pixel(x, y);
                QVERIFY(qRed(p) == qGreen(p) && qGreen(p) == qBlue(p));
            }
        }
    }

    void channelToleranceIsInclusive_data()
    {
        QTest::addColumn<int>("channel");
        QTest::newRow("red") << 0;
        QTest::newRow("green") << 1;
        QTest::newRow("blue") << 2;
        QTest::newRow("alpha") << 3;
    }

    void channelToleranceIsInclusive()
    {
        QFETCH(int, channel);
        const int tolerance = 12;
        const QPoint p(7, 3); // in the half-transparent band: alpha can rise there
        const QImage control = picture();
        const ImageComparison atLimit = ImageComparison::compare(nudged(control, p, channel, tolerance), control, {tolerance, 0.0});
        QVERIFY2(atLimit.matches(), qPrintable(atLimit.summary()));
        QCOMPARE(atLimit.maxDifference()[channel], tolerance);
        QCOMPARE(atLimit.difference().pixel(p), qRgb(0xff, 0xd0, 0x00)); // yellow: differs within the tolerance

        const ImageComparison past = ImageComparison::compare(nudged(control, p, channel, tolerance + 1), control, {tolerance, 0.0});
        QVERIFY(!past.matches());
        QCOMPARE(past.mismatched(), qsizetype(1));
        QCOMPARE(past.difference().pixel(p), qRgb(0xff, 0x00, 0x00));
        QVERIFY2(past.summary().startsWith(QStringLiteral("1 of 1200 pixels")), qPrintable(past.summary()));
    }

    void pixelShareAllowsSomeMisses()
    {
        const QImage control = picture();
        QImage rendered = control;
        for (int x = 0; x < 12; ++x)
            rendered = nudged(rendered, QPoint(x, 20), 1, -40);
        // 12 of 1200 pixels miss: 1 % lets them through, anything less does not.
        QVERIFY(ImageComparison::compare(rendered, control, {8, 0.01}).matches());
        QVERIFY(!ImageComparison::compare(rendered, control, {8, 0.0099}).matches());
        QCOMPARE(ImageComparison::compare(rendered, control, {8, 0.01}).mismatched(), qsizetype(12));
        // The same pixels within a wider channel tolerance are no misses at all.
        QCOMPARE(ImageComparison::compare(rendered, control, {40, 0.0}).mismatched(), qsizetype(0));
    }

    void otherSizesNeverMatch()
    {
        const ImageComparison c = ImageComparison::compare(picture().copy(0, 0, 40, 29), picture(), {255, 1.0});
        QVERIFY(!c.matches());
        QVERIFY(c.difference().isNull());
        QCOMPARE(c.summary(), QStringLiteral("the rendered image is 40×29, the control 40×30"));
    }

    void mismatchWritesTheRenderedAndDifferenceImages()
    {
        QTemporaryDir controls, output;
        QVERIFY(picture().save(controls.filePath(QStringLiteral("scene.png"))));
        ControlImageChecker checker(controls.path(), output.path());
        QVERIFY2(checker.check(QStringLiteral("same"), QStringLiteral("scene"), picture(), {0, 0.0}).isEmpty(),
                 qPrintable(checker.lastComparison().summary()));
        QVERIFY(QDir(output.path()).isEmpty()); // nothing written for a match

        const QImage rendered = nudged(picture(), QPoint(30, 25), 2, 100);
        const QString failure = checker.check(QStringLiteral("moved"), QStringLiteral("scene"), rendered, {8, 0.0});
        const QString program = QStringLiteral("tst_imagecomparison");
        const QString renderedPath = QDir(output.path()).filePath(program + QStringLiteral("-moved-rendered.png"));
        const QString differencePath = QDir(output.path()).filePath(program + QStringLiteral("-moved-difference.png"));
        QVERIFY2(failure.contains(renderedPath) && failure.contains(differencePath), qPrintable(failure));
        QVERIFY2(failure.contains(controls.filePath(QStringLiteral("scene.png"))), qPrintable(failure));
        QCOMPARE(QImage(renderedPath).convertToFormat(QImage::Format_ARGB32), rendered);
        const QImage difference(differencePath);
        QCOMPARE(difference.pixel(30, 25), qRgb(0xff, 0x00, 0x00));
        QCOMPARE(qRed(difference.pixel(29, 25)), qGreen(difference.pixel(29, 25)));
    }

    void missingControlSaysHowToMakeIt()
    {
        QTemporaryDir controls, output;
        ControlImageChecker checker(controls.path(), output.path());
        const QString failure = checker.check(QStringLiteral("new"), QStringLiteral("nothing"), picture(), {0, 0.0});
        QVERIFY2(failure.contains(QStringLiteral("ET_WRITE_CONTROL_IMAGES=1")), qPrintable(failure));
        QVERIFY(QFile::exists(QDir(output.path()).filePath(QStringLiteral("tst_imagecomparison-new-rendered.png"))));
    }

    void writeModeWritesTheControl()
    {
        QTemporaryDir controls, output;
        ControlImageChecker checker(controls.path(), output.path());
        qputenv("ET_WRITE_CONTROL_IMAGES", "1");
        const QString written = checker.check(QStringLiteral("make"), QStringLiteral("scene"), picture(), {0, 0.0});
        // A checker that may not write (the second renderer of a shared set) still compares.
        const QString compared = checker.check(QStringLiteral("second"), QStringLiteral("scene"),
                                               nudged(picture(), QPoint(1, 1), 0, 50), {0, 0.0}, false);
        qunsetenv("ET_WRITE_CONTROL_IMAGES");
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QCOMPARE(QImage(checker.controlPath(QStringLiteral("scene"))).convertToFormat(QImage::Format_ARGB32), picture());
        QVERIFY(!compared.isEmpty());
        QVERIFY(!ControlImageChecker::writingControls());
    }
};

QTEST_GUILESS_MAIN(TestImageComparison)
#include "tst_imagecomparison.moc"

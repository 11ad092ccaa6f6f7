// SPDX-License-Identifier: MIT
// The real energytruck-console process with its bundled backend (no --server) takes a screenshot
// into a temporary data folder; the PNG must be 1440×900 and show a map (sea, land and markers),
// not a blank window. Bad options must fail with exit status 2 and say what was wrong.
#include "client/accountdirectory.h"
#include "localaccount.h"
#include "mbtilesfixture.h"

#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// The cache of the bundled backend's local account in `dataDir` (each user has a folder of their own).
QString bundledCache(const QString &dataDir)
{
    return et::client::AccountDirectory::cachePathFor(dataDir, QStringLiteral("bundled"), et::app::LocalAccount::email());
}
QString consoleBinary()
{
    return QStringLiteral(ET_BIN_DIR "/energytruck-console");
}

// Runs the console to a screenshot with the settings in `dir` (never the user's remembered pack).
struct ScreenshotRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray log;
};

ScreenshotRun runScreenshot(const QTemporaryDir &dir, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(consoleBinary(), args + QStringList{"--lang", "en", "--data-dir", dir.filePath("data")});
    ScreenshotRun run;
    run.finished = p.waitForFinished(60000);
    if (!run.finished)
        p.kill();
    run.log = p.readAll();
    run.exitCode = p.exitCode();
    return run;
}

// Quantise to 4 bits per channel so anti-aliasing does not inflate the count of colours.
QRgb quantised(QRgb c)
{
    return qRgb(qRed(c) & 0xF0, qGreen(c) & 0xF0, qBlue(c) & 0xF0);
}
} // namespace

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void badOptionsExitWithStatus2_data();
    void badOptionsExitWithStatus2();
    void screenshotWithTheBundledServer();
    void corruptCacheIsMovedAsideAndRebuilt();
    void screenshotShowsTheMapPack();
    void missingMapPackStillGivesAScreenshot();
    void bundledServerDiesWithAKilledConsole();
};

void TestConsoleScreenshot::badOptionsExitWithStatus2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("bad view") << QStringList{"--view", "weather"} << "--view";
    QTest::newRow("bad language") << QStringList{"--lang", "fr"} << "--lang";
    QTest::newRow("bad server url") << QStringList{"--server", "not a url"} << "--server";
    QTest::newRow("server and offline") << QStringList{"--server", "http://127.0.0.1:1", "--offline"} << "--offline";
    QTest::newRow("bad theme") << QStringList{"--theme", "purple"} << "--theme";
    QTest::newRow("screenshot not png") << QStringList{"--screenshot", "out.jpg"} << "--screenshot";
    QTest::newRow("bad tile url") << QStringList{"--tile-url", "ftp://tiles.example.org/{z}/{x}.png"} << "--tile-url";
    QTest::newRow("at no time") << QStringList{"--at", "yesterday"} << "--at";
    QTest::newRow("at without offset") << QStringList{"--at", "2026-08-14T09:30"} << "--at";
    QTest::newRow("at beyond the cache") << QStringList{"--at", "8d"} << "--at";
    QTest::newRow("at another view") << QStringList{"--at", "6h", "--view", "dispatch"} << "--at";
}

void TestConsoleScreenshot::badOptionsExitWithStatus2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QProcess p;
    p.start(consoleBinary(), args + QStringList{"--data-dir", dir.path()});
    QVERIFY2(p.waitForFinished(30000), "the console did not exit");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestConsoleScreenshot::screenshotWithTheBundledServer()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("energy.png"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(consoleBinary(), {"--view", "energy", "--lang", "en", "--data-dir", dir.filePath("data"),
                              "--screenshot", png});
    const bool finished = p.waitForFinished(60000);
    const QByteArray log = p.readAll();
    if (!finished)
        p.kill();
    QVERIFY2(finished, log.constData());
    QVERIFY2(p.exitCode() == 0, log.constData());

    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(1440, 900));

    // The bundled server was started in the data folder and the cache was filled from it.
    QVERIFY(QFile::exists(dir.filePath("data/server.sqlite")));
    QVERIFY(QFile::exists(bundledCache(dir.filePath("data"))));
    // ... and it was stopped when the console exited: its port no longer answers.
    const auto match = QRegularExpression(QStringLiteral("ready at QUrl\\(\"http://127\\.0\\.0\\.1:(\\d+)\"\\)"))
                           .match(QString::fromUtf8(log));
    QVERIFY2(match.hasMatch(), log.constData());
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), match.captured(1).toUShort());
    QVERIFY2(!probe.waitForConnected(1000), "the bundled server outlived the console");

    // A right-hand strip of the window is map: it must show sea, land and coloured markers.
    QHash<QRgb, int> histogram;
    const int x0 = 700;
    int pixels = 0;
    for (int y = 0; y < 840; y += 2) {
        for (int x = x0; x < image.width(); x += 2) {
            ++histogram[quantised(image.pixel(x, y))];
            ++pixels;
        }
    }
    QVERIFY2(histogram.size() > 30, qPrintable(QString::number(histogram.size())));
    // The two largest colours are sea and land; together most of the map, neither all of it.
    QList<int> counts = histogram.values();
    std::sort(counts.begin(), counts.end(), std::greater<>());
    const double first = double(counts.at(0)) / pixels, second = double(counts.at(1)) / pixels;
    QVERIFY2(first < 0.85 && second > 0.10, qPrintable(QStringLiteral("%1 / %2").arg(first).arg(second)));
    // Saturated pixels are markers (greys of land, sea and text are not saturated).
    int saturated = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        if (QColor(it.key()).hsvSaturation() > 120)
            saturated += it.value();
    }
    QVERIFY2(saturated > 200, qPrintable(QString::number(saturated)));
}

void TestConsoleScreenshot::corruptCacheIsMovedAsideAndRebuilt()
{
    QTemporaryDir dir;
    const QString cache = bundledCache(dir.filePath(QStringLiteral("data")));
    const QString cacheFolder = QFileInfo(cache).absolutePath();
    QVERIFY(QDir().mkpath(cacheFolder));
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 131 + 7) % 256));
    {
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    // The console starts anyway, fills a new cache from its bundled server and shows it.
    const ScreenshotRun run = runScreenshot(dir, {"--view", "dispatch", "--screenshot", dir.filePath("shot.png")});
    QVERIFY2(run.finished && run.exitCode == 0, run.log.constData());
    QVERIFY2(run.log.contains("moved to"), run.log.constData());
    QVERIFY(QImage(dir.filePath("shot.png")).width() > 0);
    // Nothing was lost: the damaged file is kept exactly as it was, beside the new one.
    const QStringList aside = QDir(cacheFolder).entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile f(QDir(cacheFolder).filePath(aside.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk);
    QVERIFY(QFile::exists(cache));
}

void TestConsoleScreenshot::screenshotShowsTheMapPack()
{
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("jeju.mbtiles"));
    const QList<et::test::FixtureTile> tiles = et::test::jejuTiles();
    QVERIFY(et::test::writeMbtiles(pack, et::test::jejuMetadata(), tiles).isEmpty());
    const QString png = dir.filePath(QStringLiteral("pack.png"));
    const ScreenshotRun run = runScreenshot(dir, {"--tiles", pack, "--screenshot", png});
    QVERIFY2(run.finished && run.exitCode == 0, run.log.constData());
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    // Every tile of the pack has its own colour: much of the map pane must be those colours.
    QSet<QRgb> packColours;
    for (const auto &t : tiles)
        packColours.insert(et::test::fixtureColour(t.z, t.x, t.y).rgb() | 0xff000000u);
    int fromPack = 0, pixels = 0;
    for (int y = 0; y < 840; y += 2) {
        for (int x = 700; x < image.width(); x += 2) {
            ++pixels;
            fromPack += packColours.contains(image.pixel(x, y) | 0xff000000u) ? 1 : 0;
        }
    }
    QVERIFY2(fromPack > pixels / 4, qPrintable(QStringLiteral("%1 of %2").arg(fromPack).arg(pixels)));
}

void TestConsoleScreenshot::missingMapPackStillGivesAScreenshot()
{
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("gone.mbtiles"));
    const QString png = dir.filePath(QStringLiteral("nopack.png"));
    const ScreenshotRun run = runScreenshot(dir, {"--tiles", gone, "--screenshot", png});
    QVERIFY2(run.finished && run.exitCode == 0, run.log.constData());
    QVERIFY2(run.log.contains("does not exist") && run.log.contains(gone.toUtf8()), run.log.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1440, 900));
}

void TestConsoleScreenshot::bundledServerDiesWithAKilledConsole()
{
    // kill -9 gives the console no chance to stop its server: the kernel must (PR_SET_PDEATHSIG),
    // or an orphaned server keeps the port and the database after every crash.
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(consoleBinary(), {"--view", "dispatch", "--lang", "en", "--data-dir", dir.filePath("data")});
    QVERIFY(p.waitForStarted(10000));
    const QRegularExpression ready(QStringLiteral("ready at QUrl\\(\"http://127\\.0\\.0\\.1:(\\d+)\"\\)"));
    QByteArray log;
    QRegularExpressionMatch match;
    QElapsedTimer waited;
    waited.start();
    while (!match.hasMatch() && waited.elapsed() < 30000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        log += p.readAll();
        match = ready.match(QString::fromUtf8(log));
    }
    QVERIFY2(match.hasMatch(), log.constData());
    const quint16 port = match.captured(1).toUShort();
    {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY2(probe.waitForConnected(2000), "the bundled server does not answer");
    }
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(5000));
    auto answers = [port] {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        return probe.waitForConnected(300);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!answers(), "the bundled server outlived a killed console", 5000);
}

QTEST_GUILESS_MAIN(TestConsoleScreenshot)
#include "tst_consolescreenshot.moc"

// SPDX-License-Identifier: MIT
// The map pack the operator opens is remembered (QSettings, in a private XDG_CONFIG_HOME) and
// comes back at the next start; --tiles wins for one run without replacing it; closing forgets it.
#include "mappacksettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using et::app::MapPackSettings;

class TestMapPackSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void remembersTheOpenedPack();
    void commandLinePackIsForOneRun();
    void closeForgetsThePack();

private:
    /// Settings as the console makes them from --tiles, --tile-url and --data-dir.
    std::unique_ptr<MapPackSettings> settings(const QString &tilesFile = {}) const;

    QTemporaryDir m_config;
};

void TestMapPackSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("EnergyTruckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mappacksettings"));
    QVERIFY2(QSettings().fileName().startsWith(m_config.path()), qPrintable(QSettings().fileName()));
}

std::unique_ptr<MapPackSettings> TestMapPackSettings::settings(const QString &tilesFile) const
{
    return std::make_unique<MapPackSettings>(tilesFile, QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"),
                                             m_config.filePath(QStringLiteral("data")));
}

void TestMapPackSettings::remembersTheOpenedPack()
{
    const QString pack = m_config.filePath(QStringLiteral("jeju.mbtiles"));
    {
        const auto first = settings();
        QVERIFY(first->tilesFile().isEmpty());
        QCOMPARE(first->tileUrlTemplate(), QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
        QCOMPARE(first->tileCacheDirectory(), m_config.filePath(QStringLiteral("data/tiles")));
        QSignalSpy changed(first.get(), &MapPackSettings::tilesFileChanged);
        first->open(QUrl::fromLocalFile(pack)); // what the file dialog hands over
        QCOMPARE(first->tilesFile(), pack);
        QCOMPARE(changed.size(), 1);
    }
    QSettings().sync();
    const auto next = settings(); // the next start
    QCOMPARE(next->tilesFile(), pack);
}

void TestMapPackSettings::commandLinePackIsForOneRun()
{
    const QString remembered = QSettings().value(QLatin1String(MapPackSettings::kSettingsKey)).toString();
    QVERIFY(!remembered.isEmpty());
    const auto run = settings(QStringLiteral("/srv/packs/other.mbtiles"));
    QCOMPARE(run->tilesFile(), QStringLiteral("/srv/packs/other.mbtiles"));
    QCOMPARE(settings()->tilesFile(), remembered);
}

void TestMapPackSettings::closeForgetsThePack()
{
    const auto shown = settings();
    QVERIFY(!shown->tilesFile().isEmpty());
    QSignalSpy changed(shown.get(), &MapPackSettings::tilesFileChanged);
    shown->close();
    QVERIFY(shown->tilesFile().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(settings()->tilesFile().isEmpty());
}

QTEST_GUILESS_MAIN(TestMapPackSettings)
#include "tst_mappacksettings.moc"

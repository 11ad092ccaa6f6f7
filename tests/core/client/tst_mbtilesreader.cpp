// SPDX-License-Identifier: MIT
// MbtilesReader against real MBTiles files written by the test: XYZ ids with the TMS row flip,
// overzoom past maxzoom, and a clear error for each kind of bad file.
#include "mbtilesfixture.h"
#include "tiles/mbtilesreader.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using et::client::MbtilesReader;
using et::domain::geo::TileId;

class TestMbtilesReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QColor centreColour(const QByteArray &bytes)
    {
        const QImage image = QImage::fromData(bytes);
        return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = path(QStringLiteral("jeju.mbtiles"));
        const QString error = et::test::writeMbtiles(m_good, et::test::jejuMetadata(), et::test::jejuTiles());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readsMetadata()
    {
        MbtilesReader reader;
        const auto opened = reader.open(m_good);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QCOMPARE(reader.metadata().name, QStringLiteral("Jeju test pack"));
        QCOMPARE(reader.metadata().format, QStringLiteral("png"));
        QCOMPARE(reader.metadata().minZoom, 10);
        QCOMPARE(reader.metadata().maxZoom, 12);
        QCOMPARE(reader.metadata().attribution, QStringLiteral("test tiles"));
        QVERIFY(reader.metadata().bounds.has_value());
        QCOMPARE(reader.metadata().bounds->left(), 126.1);
        QCOMPARE(reader.metadata().bounds->top(), 33.1);
        QCOMPARE(reader.metadata().bounds->right(), 127.0);
        QCOMPARE(reader.metadata().bounds->bottom(), 33.6);
    }

    void readsEveryTileByXyzId()
    {
        MbtilesReader reader;
        QVERIFY(reader.open(m_good).ok());
        for (const et::test::FixtureTile &t : et::test::jejuTiles()) {
            const auto tile = reader.tile(TileId{t.z, t.x, t.y});
            QVERIFY2(tile.ok(), qPrintable(tile.error().toString()));
            QCOMPARE(tile.value().source, (TileId{t.z, t.x, t.y}));
            QCOMPARE(tile.value().sourceRect, QRectF(0, 0, 1, 1));
            QCOMPARE(centreColour(tile.value().bytes), et::test::fixtureColour(t.z, t.x, t.y));
        }
    }

    // Jeju City hall (33.4996 N, 126.5312 E) lies in XYZ tile 12/3487/1643, stored at TMS row 2452
    // (worked out by hand). A blob written straight at that row must come back for the XYZ id.
    void flipsTheRowOfJejuCityHall()
    {
        const QString file = path(QStringLiteral("cityhall.mbtiles"));
        QVERIFY(et::test::writeMbtiles(file, et::test::jejuMetadata(), {}).isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cityhall"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (12, 3487, 2452, ?)"));
            q.addBindValue(et::test::solidPng(Qt::magenta, 8));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cityhall"));
        MbtilesReader reader;
        QVERIFY(reader.open(file).ok());
        const auto tile = reader.tile(TileId{12, 3487, 1643});
        QVERIFY2(tile.ok(), qPrintable(tile.error().toString()));
        QCOMPARE(centreColour(tile.value().bytes), QColor(Qt::magenta));
        QVERIFY(!reader.tile(TileId{12, 3487, 2452}).ok()); // the raw TMS row is not an XYZ id here
    }

    // Zoom 14 tile 13950/6572 (City hall) is cell (2, 0) of the 4×4 cells of 12/3487/1643.
    void overzoomReturnsTheAncestorPart()
    {
        MbtilesReader reader;
        QVERIFY(reader.open(m_good).ok());
        const auto tile = reader.tile(TileId{14, 13950, 6572});
        QVERIFY2(tile.ok(), qPrintable(tile.error().toString()));
        QCOMPARE(tile.value().source, (TileId{12, 3487, 1643}));
        QCOMPARE(tile.value().sourceRect, QRectF(0.5, 0.0, 0.25, 0.25));
        QCOMPARE(centreColour(tile.value().bytes), et::test::fixtureColour(12, 3487, 1643));
    }

    void missingTileAndOutsideWorldAreErrors()
    {
        MbtilesReader reader;
        QVERIFY(reader.open(m_good).ok());
        const auto missing = reader.tile(TileId{10, 0, 0});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().toString().contains(QLatin1String("10/0/0")), qPrintable(missing.error().toString()));
        QCOMPARE(missing.error().field, QLatin1String(MbtilesReader::kMissingTileField)); // the map passes over these
        QVERIFY(!reader.tile(TileId{3, 8, 0}).ok());
        QVERIFY(!reader.tile(TileId{-1, 0, 0}).ok());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // a phrase of the error a person reads
        QTest::newRow("no tiles table") << "notiles" << "\"tiles\" is missing";
        QTest::newRow("no metadata table") << "nometadata" << "\"metadata\" is missing";
        QTest::newRow("format pbf") << "pbf" << "\"pbf\" is not a raster format";
        QTest::newRow("not sqlite") << "text" << "not an SQLite database";
        QTest::newRow("empty file") << "empty" << "not an SQLite database";
        QTest::newRow("missing file") << "absent" << "does not exist";
        QTest::newRow("bad bounds") << "bounds" << "metadata.bounds";
        QTest::newRow("minzoom above maxzoom") << "zooms" << "above maxzoom";
    }

    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString file = path(kind + QStringLiteral(".mbtiles"));
        auto meta = et::test::jejuMetadata();
        auto set = [&meta](const QString &key, const QString &value) {
            for (auto &entry : meta)
                if (entry.first == key)
                    entry.second = value;
        };
        if (kind == QLatin1String("notiles")) {
            QVERIFY(et::test::writeMbtiles(file, meta, {}, false).isEmpty());
        } else if (kind == QLatin1String("nometadata")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data)")));
            db.close();
        } else if (kind == QLatin1String("pbf")) {
            set(QStringLiteral("format"), QStringLiteral("pbf"));
            QVERIFY(et::test::writeMbtiles(file, meta, {}).isEmpty());
        } else if (kind == QLatin1String("bounds")) {
            set(QStringLiteral("bounds"), QStringLiteral("126.1,33.1,nan,33.6"));
            QVERIFY(et::test::writeMbtiles(file, meta, {}).isEmpty());
        } else if (kind == QLatin1String("zooms")) {
            set(QStringLiteral("minzoom"), QStringLiteral("13"));
            QVERIFY(et::test::writeMbtiles(file, meta, {}).isEmpty());
        } else if (kind != QLatin1String("absent")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("name,value\nformat,png\n");
        }
        QSqlDatabase::removeDatabase(kind);
        const QByteArray before = QFile::exists(file) ? [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }() : QByteArray();

        MbtilesReader reader;
        const auto opened = reader.open(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().toString().contains(expected), qPrintable(opened.error().toString()));
        QVERIFY2(opened.error().toString().contains(file), qPrintable(opened.error().toString()));
        QVERIFY(!reader.isOpen());
        QVERIFY(!reader.tile(TileId{10, 871, 410}).ok());
        if (QFile::exists(file)) { // read-only: the bad file is left as it was
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
    }

    void corruptAndEmptyBlobsAreErrors()
    {
        const QString file = path(QStringLiteral("corrupt.mbtiles"));
        QList<et::test::FixtureTile> tiles{{10, 871, 410, QByteArray("this is no png")},
                                           {10, 872, 410, QByteArray()},
                                           {10, 873, 410, et::test::solidPng(Qt::blue)}};
        QVERIFY(et::test::writeMbtiles(file, et::test::jejuMetadata(), tiles).isEmpty());
        MbtilesReader reader;
        QVERIFY(reader.open(file).ok());
        const auto corrupt = reader.tile(TileId{10, 871, 410});
        QVERIFY(!corrupt.ok());
        QVERIFY2(corrupt.error().toString().contains(QLatin1String("10/871/410"))
                     && corrupt.error().toString().contains(QLatin1String("corrupt")),
                 qPrintable(corrupt.error().toString()));
        QVERIFY(corrupt.error().field != QLatin1String(MbtilesReader::kMissingTileField)); // the map shows these
        const auto empty = reader.tile(TileId{10, 872, 410});
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().toString().contains(QLatin1String("empty")), qPrintable(empty.error().toString()));
        // The good tile next to them still reads.
        const auto good = reader.tile(TileId{10, 873, 410});
        QVERIFY2(good.ok(), qPrintable(good.error().toString()));
        QCOMPARE(centreColour(good.value().bytes), QColor(Qt::blue));
    }
};

QTEST_GUILESS_MAIN(TestMbtilesReader)
#include "tst_mbtilesreader.moc"

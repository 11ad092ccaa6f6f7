// SPDX-License-Identifier: MIT
#pragma once
// Writes real MBTiles 1.3 files for tests: an SQLite database with `metadata` and `tiles`, and
// solid-colour PNG tiles made with QImage, stored at TMS rows (the row flip written out here on
// its own, so a reader that forgets it reads the wrong tile).

#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <utility>

namespace et::test {

struct FixtureTile
{
    int z, x, y; // XYZ
    QByteArray bytes;
};

/// A distinct, known colour per tile of the fixture.
inline QColor fixtureColour(int z, int x, int y)
{
    return QColor::fromRgb((z * 40) % 256, (x * 37) % 256, (y * 53) % 256);
}

inline QByteArray solidPng(const QColor &colour, int size = 256)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Every tile at z 10..12 over Jeju (126.1..127.0 E, 33.1..33.6 N), in its fixtureColour().
inline QList<FixtureTile> jejuTiles()
{
    // Tile ranges of that box, worked out by hand from the Web Mercator formulas.
    const int ranges[3][5] = {{10, 870, 873, 410, 412}, {11, 1741, 1746, 820, 824}, {12, 3482, 3492, 1641, 1648}};
    QList<FixtureTile> tiles;
    for (const auto &r : ranges)
        for (int x = r[1]; x <= r[2]; ++x)
            for (int y = r[3]; y <= r[4]; ++y)
                tiles.append({r[0], x, y, solidPng(fixtureColour(r[0], x, y), 256)});
    return tiles;
}

/// Writes the file; returns an empty string or what went wrong.
inline QString writeMbtiles(const QString &path, const QList<std::pair<QString, QString>> &metadata,
                            const QList<FixtureTile> &tiles, bool withTilesTable = true)
{
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        auto run = [&](const QString &sql) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        };
        run(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        if (withTilesTable)
            run(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"));
        db.transaction();
        for (const auto &[key, value] : metadata) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(value);
            if (error.isEmpty() && !q.exec())
                error = q.lastError().text();
        }
        for (const FixtureTile &t : tiles) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(t.z);
            q.addBindValue(t.x);
            q.addBindValue((1 << t.z) - 1 - t.y); // TMS: row 0 is the southernmost
            q.addBindValue(t.bytes);
            if (error.isEmpty() && !q.exec())
                error = q.lastError().text();
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline QList<std::pair<QString, QString>> jejuMetadata(const QString &format = QStringLiteral("png"))
{
    return {{QStringLiteral("name"), QStringLiteral("Jeju test pack")},
            {QStringLiteral("format"), format},
            {QStringLiteral("bounds"), QStringLiteral("126.1,33.1,127.0,33.6")},
            {QStringLiteral("minzoom"), QStringLiteral("10")},
            {QStringLiteral("maxzoom"), QStringLiteral("12")},
            {QStringLiteral("attribution"), QStringLiteral("test tiles")}};
}

} // namespace et::test

// SPDX-License-Identifier: MIT
#include "mbtilesreader.h"

#include "tileslogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using et::domain::Error;
using et::domain::Ok;
using et::domain::Result;
using et::domain::Status;
using et::domain::geo::TileId;
using et::domain::geo::TileMath;

namespace et::client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("et::client::MbtilesReader", text);
}

bool matchesFormat(const QByteArray &bytes, const QString &format)
{
    if (format == QLatin1String("png"))
        return bytes.startsWith("\x89PNG\r\n\x1a\n");
    if (format == QLatin1String("jpg"))
        return bytes.startsWith("\xff\xd8\xff");
    if (format == QLatin1String("webp"))
        return bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
    return false;
}

} // namespace

MbtilesReader::MbtilesReader() = default;

MbtilesReader::~MbtilesReader()
{
    close();
}

void MbtilesReader::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_metadata = {};
}

Status MbtilesReader::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{{}, tr("map pack %1 does not exist").arg(path)};
    // QSQLITE would happily create a database for an empty or foreign file; check the header first.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{{}, tr("cannot read map pack %1: %2").arg(path, file.errorString())};
    if (!file.read(16).startsWith("SQLite format 3"))
        return Error{{}, tr("%1 is not an MBTiles file (not an SQLite database)").arg(path)};
    file.close();

    m_connection = QStringLiteral("et-mbtiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = {};
            close();
            return Error{{}, tr("cannot open map pack %1: %2").arg(path, why)};
        }
    }
    Status status = readMetadata();
    if (!status) {
        close();
        return Error{{}, tr("map pack %1: %2").arg(path, status.error().toString())};
    }
    qCInfo(lcClientTiles) << "opened map pack" << path << m_metadata.format << "zoom" << m_metadata.minZoom
                          << ".." << m_metadata.maxZoom;
    return Ok{};
}

Status MbtilesReader::readMetadata()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QStringList tables = db.tables(QSql::AllTables);
    const QStringList views = db.tables(QSql::Views);
    auto has = [&](const QString &name) { return tables.contains(name) || views.contains(name); };
    if (!has(QStringLiteral("metadata")))
        return Error{{}, tr("the table \"metadata\" is missing")};
    if (!has(QStringLiteral("tiles")))
        return Error{{}, tr("the table \"tiles\" is missing")};

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, value FROM metadata")))
        return Error{QStringLiteral("metadata"), q.lastError().text()};
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString().trimmed(), q.value(1).toString().trimmed());

    MbtilesMetadata meta;
    meta.name = values.value(QStringLiteral("name"));
    meta.attribution = values.value(QStringLiteral("attribution"));
    meta.format = values.value(QStringLiteral("format")).toLower();
    if (meta.format == QLatin1String("jpeg"))
        meta.format = QStringLiteral("jpg");
    if (meta.format.isEmpty())
        return Error{QStringLiteral("metadata.format"), tr("missing (expected png, jpg or webp)")};
    if (meta.format != QLatin1String("png") && meta.format != QLatin1String("jpg")
        && meta.format != QLatin1String("webp"))
        return Error{QStringLiteral("metadata.format"),
                     tr("\"%1\" is not a raster format this map can draw (expected png, jpg or webp)").arg(meta.format)};

    // MBTiles 1.3 makes minzoom/maxzoom optional; without them, ask the tiles table.
    auto zoomValue = [&](const QString &key, const char *aggregate) -> Result<int> {
        bool ok = false;
        if (values.contains(key)) {
            const int z = values.value(key).toInt(&ok);
            if (!ok || z < 0 || z > TileMath::kMaxZoom)
                return Error{QStringLiteral("metadata.") + key,
                             tr("\"%1\" is not a zoom level 0..%2").arg(values.value(key)).arg(TileMath::kMaxZoom)};
            return z;
        }
        QSqlQuery zq(db);
        if (!zq.exec(QStringLiteral("SELECT %1(zoom_level) FROM tiles").arg(QLatin1String(aggregate))) || !zq.next()
            || zq.value(0).isNull())
            return Error{QStringLiteral("metadata.") + key, tr("missing, and the tiles table is empty")};
        return zq.value(0).toInt();
    };
    const Result<int> minZoom = zoomValue(QStringLiteral("minzoom"), "MIN");
    if (!minZoom)
        return minZoom.error();
    const Result<int> maxZoom = zoomValue(QStringLiteral("maxzoom"), "MAX");
    if (!maxZoom)
        return maxZoom.error();
    if (minZoom.value() > maxZoom.value())
        return Error{QStringLiteral("metadata.minzoom"),
                     tr("minzoom %1 is above maxzoom %2").arg(minZoom.value()).arg(maxZoom.value())};
    meta.minZoom = minZoom.value();
    meta.maxZoom = maxZoom.value();

    if (values.contains(QStringLiteral("bounds"))) {
        const QStringList parts = values.value(QStringLiteral("bounds")).split(u',');
        double v[4] = {0, 0, 0, 0};
        bool valid = parts.size() == 4;
        for (int i = 0; valid && i < 4; ++i)
            v[i] = parts.at(i).trimmed().toDouble(&valid);
        valid = valid && v[0] >= -180 && v[2] <= 180 && v[0] < v[2] && v[1] >= -90 && v[3] <= 90 && v[1] < v[3];
        if (!valid)
            return Error{QStringLiteral("metadata.bounds"),
                         tr("\"%1\" is not west,south,east,north in degrees").arg(values.value(QStringLiteral("bounds")))};
        meta.bounds = QRectF(v[0], v[1], v[2] - v[0], v[3] - v[1]);
    }
    m_metadata = meta;
    return Ok{};
}

Result<MbtilesTile> MbtilesReader::tile(const TileId &id) const
{
    if (m_connection.isEmpty())
        return Error{{}, tr("no map pack is open")};
    if (!TileMath::isValid(id))
        return Error{{}, tr("tile %1/%2/%3 is outside the world").arg(id.z).arg(id.x).arg(id.y)};

    MbtilesTile out;
    out.source = id;
    out.sourceRect = QRectF(0, 0, 1, 1);
    if (id.z > m_metadata.maxZoom) {
        // Overzoom: draw the matching part of the deepest tile the pack has.
        out.source = TileMath::parent(id, id.z - m_metadata.maxZoom);
        out.sourceRect = TileMath::partOfAncestor(id, out.source);
    }
    const int tmsRow = TileMath::tmsRow(out.source);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    q.addBindValue(out.source.z);
    q.addBindValue(out.source.x);
    q.addBindValue(tmsRow);
    const QString name = QStringLiteral("%1/%2/%3").arg(out.source.z).arg(out.source.x).arg(out.source.y);
    if (!q.exec())
        return Error{{}, tr("cannot read tile %1: %2").arg(name, q.lastError().text())};
    if (!q.next())
        return Error{QLatin1String(kMissingTileField), tr("the map pack has no tile %1").arg(name)};
    out.bytes = q.value(0).toByteArray();
    if (out.bytes.isEmpty())
        return Error{{}, tr("tile %1 is empty").arg(name)};
    if (!matchesFormat(out.bytes, m_metadata.format))
        return Error{{}, tr("tile %1 is not a %2 image (corrupt blob)").arg(name, m_metadata.format)};
    return out;
}

} // namespace et::client

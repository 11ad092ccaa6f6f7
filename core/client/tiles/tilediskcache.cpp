// SPDX-License-Identifier: MIT
#include "tilediskcache.h"

#include "tileslogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using et::domain::Error;
using et::domain::Ok;
using et::domain::Status;
using et::domain::geo::TileId;

namespace et::client {

QString TileDiskCache::directoryFor(const QString &root, const QString &urlTemplate)
{
    // One folder per template so switching tile servers never mixes their images.
    const QByteArray hash = QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(root).filePath(QString::fromLatin1(hash));
}

TileDiskCache::TileDiskCache(const QString &root, const QString &urlTemplate, qint64 maxBytes)
    : m_dir(directoryFor(root, urlTemplate)), m_maxBytes(maxBytes)
{
    QDirIterator it(m_dir, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        m_size += it.fileInfo().size();
    }
}

QString TileDiskCache::filePath(const TileId &id) const
{
    return QDir(m_dir).filePath(QStringLiteral("%1/%2/%3.tile").arg(id.z).arg(id.x).arg(id.y));
}

std::optional<QByteArray> TileDiskCache::read(const TileId &id) const
{
    QFile file(filePath(id));
    if (!file.open(QIODevice::ReadWrite))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return std::nullopt;
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime); // recently used
    return bytes;
}

Status TileDiskCache::write(const TileId &id, const QByteArray &bytes)
{
    const QString path = filePath(id);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Error{{}, QCoreApplication::translate("et::client::TileDiskCache", "cannot create the tile cache folder %1")
                             .arg(QFileInfo(path).path())};
    const qint64 previous = QFileInfo(path).size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{{}, QCoreApplication::translate("et::client::TileDiskCache", "cannot write the cached tile %1: %2")
                             .arg(path, file.errorString())};
    m_size += bytes.size() - previous;
    if (m_size > m_maxBytes)
        prune();
    return Ok{};
}

void TileDiskCache::prune()
{
    QList<QFileInfo> files;
    QDirIterator it(m_dir, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.append(it.fileInfo());
    }
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    // Prune to 90 % of the cap so that not every following write walks the folder again.
    m_size = 0;
    for (const QFileInfo &f : files)
        m_size += f.size();
    const qint64 target = m_maxBytes * 9 / 10;
    for (const QFileInfo &f : files) {
        if (m_size <= target)
            break;
        if (QFile::remove(f.filePath()))
            m_size -= f.size();
    }
    qCDebug(lcClientTiles) << "pruned tile cache" << m_dir << "to" << m_size << "bytes";
}

} // namespace et::client

// SPDX-License-Identifier: MIT
// The user's favorite centers in the offline cache (class Store, see store.h).
#include "store.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace et::client {

QSet<QString> Store::favoriteCenters() const
{
    QSet<QString> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT center_id FROM favorite_centers")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

domain::Status Store::setFavoriteCenter(const QString &centerId, bool favorite)
{
    if (!m_open)
        return domain::Error{{}, tr("the cache is not open")};
    if (centerId.trimmed().isEmpty())
        return domain::Error{QStringLiteral("center_id"), tr("a favorite needs a center")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (favorite) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO favorite_centers (center_id, added_at) VALUES (?, ?)"));
        q.addBindValue(centerId);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    } else {
        q.prepare(QStringLiteral("DELETE FROM favorite_centers WHERE center_id = ?"));
        q.addBindValue(centerId);
    }
    if (!q.exec())
        return domain::Error{{}, tr("saving a favorite failed: %1").arg(q.lastError().text())};
    emit favoritesChanged();
    return domain::Ok{};
}

} // namespace et::client

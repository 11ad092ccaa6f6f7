// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace et::client {

/// One entity as the offline cache files it: the row of its kind's table. The JSON column is the
/// source of truth (validated by the domain codec before it is accepted); the other columns exist
/// to query and sort by. Shared by every path that writes entities into the cache (sync changes,
/// live events, a command's accepted answer), so only data the UI can decode ever lands.
struct CacheRow
{
    QStringList columns;
    QVariantList values;

    void add(const QString &column, const QVariant &value);
    /// Inserts this row into `table`, or updates the row with its id in place.
    bool upsert(QSqlQuery &query, const QString &table) const;

    /// Decodes `change.data` with its entity's codec and builds the row; the error names the field.
    /// A change whose id disagrees with its payload is refused (it would file the entity wrongly).
    static domain::Result<CacheRow> forChange(const domain::Change &change);
    /// The cache table of an entity kind.
    static QString tableFor(domain::EntityKind kind);
};

} // namespace et::client

// SPDX-License-Identifier: MIT
#pragma once

#include "client/store.h"
#include "domain/change.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace et::test {

/// A real Store in a temporary SQLite file, filled from JSON the way the sync engine fills it:
/// the JSON is decoded with the domain codecs and written through Store::applyChanges.
class StoreFixture
{
public:
    /// Opens DIR/cache.sqlite in a fresh temporary folder; false with `error` on failure.
    bool open(QString *error);
    /// Applies data/jeju-snapshot.json (a ChangeBatch: 8 assets, 3 trucks, 2 disasters, 5 centers,
    /// 1 balance).
    domain::Status applySnapshot();
    /// open() then applySnapshot(): "" when both worked, else what failed.
    QString openWithSnapshot();
    /// Applies one upsert of `entity` ("asset", "truck", ...) with the next cursor.
    domain::Status upsert(const QString &entity, const QJsonObject &data);
    domain::Status remove(const QString &entity, const QString &id);

    /// The entity's JSON in the snapshot file, to derive changed versions from.
    static QJsonObject snapshotEntity(const QString &entity, const QString &id);
    static domain::Result<domain::ChangeBatch> snapshot();

    client::Store &store() { return *m_store; }
    QString dataDir() const { return m_dir.path(); }

private:
    domain::Status applyJson(const QJsonObject &change);

    QTemporaryDir m_dir;
    std::unique_ptr<client::Store> m_store;
    qint64 m_cursor = 0;
};

} // namespace et::test

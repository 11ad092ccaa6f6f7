// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/center.h"
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/dispatchorder.h"
#include "domain/energybalance.h"
#include "domain/result.h"
#include "domain/truck.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace et::client {

/// The client's offline cache: a SQLite file (via Qt SQL, WAL) holding the last known state of
/// every entity plus the sync cursor. The schema is migrated step by step, keyed by
/// PRAGMA user_version. Everything written arrives through applyChanges(), which validates each
/// change with the domain codecs first so the cache never holds data the UI cannot decode.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    /// Creates or migrates; clear error on a corrupt file.
    domain::Status open(const QString &filePath);
    void close();
    bool isOpen() const;
    QString filePath() const;

    QList<domain::Asset> assets() const;
    QList<domain::Truck> trucks() const;
    QList<domain::Disaster> disasters() const;
    QList<domain::Center> centers() const;
    std::optional<domain::EnergyBalance> balance() const;
    qint64 cursor() const;         ///< 0 = never synced
    QDateTime lastSyncedAt() const; ///< invalid = never synced

    /// Applies changes in ONE transaction and stores newCursor; if any change's data does not
    /// decode, nothing is written and the error names the change and field.
    domain::Status applyChanges(const QList<domain::Change> &changes, qint64 newCursor);

    /// The schema version this build writes (PRAGMA user_version after open()).
    static int schemaVersion();

signals:
    /// Once per kind touched, after commit.
    void changed(et::domain::EntityKind kind);
    /// After every successful applyChanges(): the cursor and lastSyncedAt() may have moved.
    void syncStateChanged();

private:
    domain::Status migrate();
    QStringList readJsonColumn(const QString &sql) const;

    QString m_connectionName;
    QString m_filePath;
    bool m_open = false;
};

} // namespace et::client

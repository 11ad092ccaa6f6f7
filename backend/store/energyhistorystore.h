// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorypoint.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>

namespace et::domain {
struct Asset;
struct EnergyBalance;
} // namespace et::domain

namespace et::backend {

class Store;

/// History read back from the database: points oldest first, all in the order of `columns`.
struct HistoryRows
{
    domain::EnergyHistoryColumns columns;
    QList<domain::EnergyHistoryPoint> points;
};

/// The island's energy history in the server's database (schema 4): one row per simulated
/// minute, kept `minuteDays` (90 by default), and the hourly means of those minutes, written as
/// each hour completes and kept `hourDays` (ten years) — so beyond 90 days history is hourly, and
/// the file stays bounded (see docs/api.md "Storage" for the sizes).
///
/// The simulation hands each minute to record(); the minutes wait in memory for the store's next
/// commit (Store::setHistory), which writes them, the hours they complete and the retention's
/// deletes in the same transaction as the tick's other writes — a restarted server has exactly
/// the minutes its simulation state has. A transaction that fails keeps them for the next.
class EnergyHistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMinuteDays = 90;
    static constexpr int kDefaultHourDays = 3653;

    /// Attaches itself to `store` (Store::setHistory) and detaches when destroyed.
    explicit EnergyHistoryStore(Store &store, QObject *parent = nullptr);
    ~EnergyHistoryStore() override;

    /// Reads what the database holds (after Store::open).
    domain::Status open();
    /// Simulated days minutes and hourly means are kept.
    void setRetention(int minuteDays, int hourDays);

    /// One simulated minute, for the next commit.
    void record(const domain::EnergyBalance &balance, const QList<domain::Asset> &assets);

    /// Store::commit's side: whether minutes wait, writing them inside its open transaction, and
    /// whether that transaction committed.
    bool hasPending() const { return !m_pending.isEmpty(); }
    domain::Status writePending();
    void endTransaction(bool committed);

    /// The newest minute written (invalid before the first).
    QDateTime newest() const;
    /// Where the 1-minute rows begin: `minuteDays` before the newest minute. Steps finer than an
    /// hour cannot be answered before it.
    QDateTime minuteHorizon() const;
    int minuteDays() const { return m_minuteDays; }
    /// The first stored time at or after `from` (UTC seconds) among the minutes, or with `hourly`
    /// the hourly means and the minutes; nothing when there is none.
    domain::Result<std::optional<qint64>> firstAtOrAfter(qint64 from, bool hourly) const;
    /// History in [from, to) (UTC seconds): the minute rows, or with `hourly` the hourly means
    /// where they are written and the minutes after them (the hour in progress).
    domain::Result<HistoryRows> read(qint64 from, qint64 to, bool hourly) const;

private:
    struct Pending
    {
        domain::EnergyHistoryColumns columns;
        domain::EnergyHistoryPoint point;
    };
    struct Written
    {
        qint64 newest = -1;        ///< the newest minute row's t
        qint64 rolledThrough = -1; ///< hourly means exist for the hours before this
    };

    domain::Result<int> columnsId(const domain::EnergyHistoryColumns &columns);
    domain::Status insert(const QString &table, int columnsId, const domain::EnergyHistoryPoint &point);
    domain::Status writeHourlyMeans();
    domain::Status applyRetention();
    /// Appends the rows of [from, to) and the columns id of each.
    domain::Status readTable(const QString &table, qint64 from, qint64 to, QList<domain::EnergyHistoryPoint> &points,
                             QList<int> &columnsIds) const;

    Store &m_store;
    QList<Pending> m_pending;
    QHash<QString, int> m_idByKey;                          ///< columns key -> id
    QHash<int, domain::EnergyHistoryColumns> m_columnsById;
    QList<int> m_columnsAdded;                              ///< ids made by the open transaction
    Written m_written;                                      ///< as committed
    Written m_staged;                                       ///< as the open transaction leaves it
    int m_minuteDays = kDefaultMinuteDays;
    int m_hourDays = kDefaultHourDays;
};

} // namespace et::backend

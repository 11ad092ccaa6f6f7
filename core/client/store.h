// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/center.h"
#include "domain/centernotice.h"
#include "domain/centerreview.h"
#include "domain/change.h"
#include "domain/alarm/alarm.h"
#include "domain/disaster.h"
#include "domain/dispatch/dispatchplan.h"
#include "domain/dispatchorder.h"
#include "domain/energybalance.h"
#include "domain/energy/energyforecast.h"
#include "domain/energyhistorypage.h"
#include "domain/operatorcommand.h"
#include "domain/result.h"
#include "domain/truck.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QSqlQuery;

namespace et::client {

/// A command waiting in the outbox, with how often sending it has failed so far.
struct QueuedCommand
{
    domain::OperatorCommand command;
    int attempts = 0;
    QString lastError; ///< why the last attempt failed (network, server busy); empty before the first
};

/// A command the server refused, kept for the operator until dismissed.
struct RejectedCommand
{
    domain::OperatorCommand command;
    QString reason;  ///< the server's message, for the operator
    QString code;    ///< the server's error code ("conflict", "not_found", ...)
    QDateTime rejectedAt;
};

/// The client's offline cache: a SQLite file (via Qt SQL, WAL) holding the last known state of
/// every entity, the sync cursor, and the outbox of operator commands not yet confirmed by the
/// server. The schema is migrated step by step, keyed by PRAGMA user_version. Entities arrive
/// through applyChanges() (sync and live events) or acknowledge() (a command's answer), which
/// validate each one with the domain codecs first, so the cache never holds data the UI cannot
/// decode.
///
/// The energy history (storehistory.cpp) holds the last kHistoryDays of 1-minute points for the
/// charts and the time slider, offline too; the sync engine appends the pages it fetches.
///
/// The optimistic effect of a queued command (a new order shown as pending, a cancellation shown
/// as cancelling) is not written into the entity tables: it is derived from the outbox whenever
/// orders() or disasters() are read. Queuing a command and showing its effect are therefore one
/// write, a crash can never separate them, and a refused command is rolled back by deleting its
/// outbox row — the server's state shows again, however many updates arrived meanwhile.
class Store : public QObject
{
    Q_OBJECT
public:
    /// How applyChanges() treats what is already cached.
    enum class Apply {
        Merge,      ///< upsert and delete the given changes (deltas, live events)
        ReplaceAll, ///< first drop every cached entity (not the outbox): the start of a fresh snapshot
    };

    /// Error codes of open(): the file is damaged (not SQLite, truncated, fails quick_check) — it
    /// may be moved aside (StoreRecovery); or it was written by a newer program — leave it alone.
    static constexpr const char *kDamagedCode = "damaged";
    static constexpr const char *kNewerSchemaCode = "newer_schema";

    /// Who opens the file. The owner checks it (quick_check), creates or migrates it, and writes.
    /// A reader is a second connection for reading on another thread (HistoryReader): the owner
    /// has already checked and migrated the file, so a reader only opens it read-only and refuses
    /// a schema version other than this build's.
    enum class Access { Owner, Reader };

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    /// Creates or migrates; clear error on a corrupt file (see StoreRecovery for moving it aside).
    domain::Status open(const QString &filePath, Access access = Access::Owner);
    void close();
    bool isOpen() const;
    QString filePath() const;

    QList<domain::Asset> assets() const;
    QList<domain::Truck> trucks() const;
    /// With the outbox's acknowledgements shown.
    QList<domain::Disaster> disasters() const;
    QList<domain::Center> centers() const;
    /// Newest first, with the outbox's new orders (pending) and cancellations (cancelling) shown.
    QList<domain::DispatchOrder> orders() const;
    std::optional<domain::EnergyBalance> balance() const;
    /// The last forecast the server issued, if one was cached and still decodes.
    std::optional<domain::energy::EnergyForecastResult> forecast() const;
    /// The truck dispatch's suggestions the server computed last, if cached and still decoding.
    std::optional<domain::dispatch::DispatchPlan> dispatchPlan() const;
    /// The alarms the server raised, with what the outbox's commands will do to them.
    QList<domain::alarm::Alarm> alarms() const;
    qint64 cursor() const;         ///< 0 = never synced
    QDateTime lastSyncedAt() const; ///< invalid = never synced

    /// Applies changes in ONE transaction and stores newCursor; if any change's data does not
    /// decode, nothing is written and the error names the change and field.
    domain::Status applyChanges(const QList<domain::Change> &changes, qint64 newCursor, Apply mode = Apply::Merge);

    // --- the outbox (storeoutbox.cpp) ---
    /// Queues a command; its optimistic effect shows at once. Refused when the key is taken.
    domain::Status enqueue(const domain::OperatorCommand &command);
    /// Every queued command, oldest first (the order they must be sent in).
    QList<QueuedCommand> outbox() const;
    int outboxSize() const;
    /// The server accepted the command: it leaves the outbox and, in the same transaction, the
    /// server's answer `entity` is cached unless what is cached is newer (by updated_at).
    domain::Status acknowledge(const QString &key, const QJsonObject &entity);
    /// The server refused the command: it leaves the outbox and is kept among the rejections,
    /// in one transaction; its optimistic effect disappears with it.
    domain::Status reject(const QString &key, const QString &reason, const QString &code);
    /// Counts a failed attempt (the command stays queued).
    domain::Status noteAttempt(const QString &key, const QString &error);
    /// Rejections the operator has not dismissed, newest first.
    QList<RejectedCommand> rejections() const;
    domain::Status dismissRejection(const QString &key);
    /// Puts commands read from a damaged cache back into this one (keys already here are skipped).
    domain::Status restoreOutbox(const QList<QueuedCommand> &commands);

    // --- the energy history (storehistory.cpp) ---
    /// Simulated days of minutes the cache keeps, counted back from its newest minute.
    static constexpr int kHistoryDays = 7;
    /// Appends a page of 1-minute points (GET /energy/history) and drops the minutes that are
    /// kHistoryDays or more before the newest, in one transaction. A minute already cached is
    /// replaced (the server's minutes never change, so it is the same). A page of another step,
    /// or a point that is not one minute, is refused and nothing is written.
    domain::Status appendHistory(const domain::EnergyHistoryPage &page);
    /// The cached minutes of [from, to), oldest first, as a 1-minute page (`has_more` false).
    /// A range read on the table's time order: what the time slider asks on every step.
    domain::Result<domain::EnergyHistoryPage> history(const QDateTime &from, const QDateTime &to) const;
    /// The newest and the oldest cached minute; invalid when there is none.
    QDateTime newestHistoryMinute() const;
    QDateTime oldestHistoryMinute() const;
    qint64 historyMinutes() const;
    /// Forgets every cached minute (a server whose history ends before ours is another one).
    domain::Status clearHistory();

    // --- the trucks' charge over time (storetrucksoc.cpp) ---
    /// Hours of each truck's SoC the cache keeps, counted back from its newest sample.
    static constexpr int kTruckSocHours = 48;
    /// One truck's SoC as the cache saw it, a sample per simulated minute (the last update of
    /// that minute), oldest first, from `from` on. Recorded by applyChanges() from every truck
    /// change it caches, so it is there offline and after a restart.
    QList<QPair<QDateTime, double>> truckSocHistory(const QString &truckId, const QDateTime &from) const;

    // --- the centers' notices and reviews (storecentercommunity.cpp) ---
    /// Operators' notices and closures (`centerId` empty: every center's) that end after `after`,
    /// with the outbox's new ones shown; by start, newest first.
    QList<domain::CenterNotice> centerNotices(const QString &centerId, const QDateTime &after) const;
    /// The visible reviews (`centerId` empty: every center's), with the outbox's writes shown and
    /// the ones being hidden left out; newest first.
    QList<domain::CenterReview> centerReviews(const QString &centerId) const;

    /// The user's favorite centers (by id): kept in this cache only, never sent, so they work
    /// offline and survive restarts; each user's cache is their own.
    QSet<QString> favoriteCenters() const;
    domain::Status setFavoriteCenter(const QString &centerId, bool favorite);

    // --- the center search (storecenters.cpp) ---
    /// What the center search asks of the cache. Each word of `text` must occur in the name, an
    /// address or the services (through the FTS5 trigram index without a box; by substring on the
    /// rows within a box, and for words under three characters — many Korean words are two
    /// syllables); `category` exactly; the box in degrees when `hasBox`.
    struct CenterFilter
    {
        QString text;
        QString category;
        bool hasBox = false;
        double south = 0.0, west = 0.0, north = 0.0, east = 0.0;
    };
    /// The centers that pass `filter`, with only the fields a ranking reads (id, name, category,
    /// position, addresses, services, hours, closing days), so a search over many rows decodes no JSON;
    /// centersById() reads the few it shows whole.
    QList<domain::Center> centerCandidates(const CenterFilter &filter) const;
    QList<domain::Center> centersById(const QStringList &ids) const;

    // --- the private self-check (storeselfcheck.cpp) ---
    /// The user's self-check: their answers and the needs profile they gave. On this device, in
    /// this user's cache only; never sent, never logged.
    struct SelfCheckRecord
    {
        QDateTime takenAt;
        QList<int> answers;
        QHash<QString, double> profile; ///< need -> weight in [0, 1]
    };
    std::optional<SelfCheckRecord> selfCheck() const;
    domain::Status saveSelfCheck(const SelfCheckRecord &record);
    /// Forgets it in one action: the row is deleted with SQLite's secure delete (freed pages are
    /// overwritten) and the write-ahead log is checkpointed and truncated, so the answers are
    /// left in no file.
    domain::Status deleteSelfCheck();

    /// The schema version this build writes (PRAGMA user_version after open()).
    static int schemaVersion();

signals:
    /// Once per kind touched, after commit (also when a queued command changes what a kind shows).
    void changed(et::domain::EntityKind kind);
    /// After every successful applyChanges(): the cursor and lastSyncedAt() may have moved.
    void syncStateChanged();
    /// A command was queued, acknowledged or rejected.
    void outboxChanged();
    void rejectionsChanged();
    /// Minutes were appended to the energy history or dropped from it.
    void historyChanged();
    void favoritesChanged();
    /// The self-check was saved or deleted.
    void selfCheckChanged();

private:
    bool recordTruckSoc(QSqlQuery &q, const QString &truckId, const QJsonObject &truck);
    bool pruneTruckSoc(QSqlQuery &q);

    domain::Status migrate();
    /// The rest of open() for a reader: the schema version must be this build's.
    domain::Status openedForReading();
    QStringList readJsonColumn(const QString &sql) const;
    /// id → cached JSON of one table, with the outbox's optimistic effects on that kind applied.
    QList<QJsonObject> withOptimisticEffects(domain::EntityKind kind, const QString &sql) const;
    domain::Status commitOrRollback(const QString &what);
    domain::Result<domain::OperatorCommand> queuedCommand(const QString &key) const;
    domain::Result<int> historyColumnsId(const domain::EnergyHistoryColumns &columns);
    /// The columns the history rows name, read again when one is missing (another process may
    /// have added it).
    const QHash<int, domain::EnergyHistoryColumns> &historyColumns(int needed) const;
    QVariant historyScalar(const QString &sql) const;

    QString m_connectionName;
    QString m_filePath;
    bool m_open = false;
    mutable QHash<int, domain::EnergyHistoryColumns> m_historyColumns;
};

} // namespace et::client

// SPDX-License-Identifier: MIT
#pragma once

#include "historywindow.h"

#include "domain/asset.h"
#include "domain/change.h"
#include "domain/energybalance.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace et::client {
class HistoryReader;
struct HistoryRead;
class Store;
} // namespace et::client

namespace et::models {

class TimeCursor;

/// The island's energy at the instant the Energy view shows (`Console.energy`), which the
/// balance, the assets and the flows read instead of the Store: while the TimeCursor is live, the
/// cached live balance and assets; once it is scrubbed, the minute of the cached history that
/// holds the instant — its balance (EnergyHistoryPoint::toBalance, the links' names and ratings
/// from the live balance) and each asset with that minute's output (an asset the minute has no
/// output for did not report then and is left out; names, positions and statuses are today's,
/// which history does not keep).
///
/// History is read off the GUI thread (client::HistoryReader) a HistoryWindow at a time; stepping
/// inside the window reads nothing. Until the window around a new instant arrives, `loading` is
/// true and the last minute shown stays. It also tells the cursor where the data begins and ends.
class EnergyInstant : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool live READ live NOTIFY changed)
    /// There is something to show at the instant: a balance (live), the minute is cached (scrubbed).
    Q_PROPERTY(bool available READ available NOTIFY changed)
    /// The minute shown (its start): the live balance's time, or the scrubbed minute.
    Q_PROPERTY(QDateTime minute READ minute NOTIFY changed)
    /// Waiting for the history around the instant.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// Why the cached history could not be read ("" when it could).
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    /// Neither is owned; both outlive this.
    EnergyInstant(client::Store *store, TimeCursor *cursor, QObject *parent = nullptr);
    ~EnergyInstant() override;

    client::Store *store() const { return m_store; }
    TimeCursor *cursor() const { return m_cursor; }
    bool live() const;
    bool available() const { return m_balance.has_value(); }
    QDateTime minute() const { return m_balance ? m_balance->timestamp : m_minute; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    /// What the view shows now.
    const std::optional<domain::EnergyBalance> &balance() const { return m_balance; }
    const QList<domain::Asset> &assets() const { return m_assets; }

    /// Range reads asked of the history reader so far (tests and benchmarks).
    quint64 readsRequested() const { return m_readsRequested; }

signals:
    /// What balance() or assets() give changed.
    void changed();
    void loadingChanged();

private:
    void readLive(domain::EntityKind kind);
    void onInstant();
    void onHistoryChanged();
    void onRead(const client::HistoryRead &read);
    void onReadFailed(quint64 id, const QString &message);
    /// Asks the reader for the window around `minute` (or, when invalid, only the history's ends).
    void requestWindow(const QDateTime &minute);
    /// Rebuilds what is shown from the live entities or the window; emits changed() if it differs.
    void show();
    void setLoading(bool loading);
    bool inCachedRange(const QDateTime &minute) const;
    void updateCursorRange();

    client::Store *m_store;
    TimeCursor *m_cursor;
    std::unique_ptr<client::HistoryReader> m_reader;
    std::optional<domain::EnergyBalance> m_liveBalance;
    QList<domain::Asset> m_liveAssets;
    HistoryWindow m_window;
    QDateTime m_oldest, m_newest; ///< the cached history's ends, as the reader last saw them
    QDateTime m_minute;           ///< the scrubbed minute (invalid while live)
    quint64 m_pending = 0;        ///< the newest request not answered yet (0: none)
    QDateTime m_pendingFrom, m_pendingTo;
    quint64 m_readsRequested = 0;
    bool m_loading = false;
    QString m_error;
    std::optional<domain::EnergyBalance> m_balance;
    QList<domain::Asset> m_assets;
};

} // namespace et::models

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"

#include "alarmcachereader.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QDateTime>
#include <QSet>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

class ConnectionStatus;

/// The alarm bar and list of every view (issue 18, docs/alarms.md): the cached alarms that are
/// not normal, grouped by incident (its own alarm first, then its children), the worst group
/// first — shelved ones only when `showShelved` — plus the console's own alarm for a lost
/// connection (raised when the sync engine goes offline after having been online, high, cleared
/// when it is back; acknowledged here, never sent). The bar's figures: how many need
/// acknowledging, the worst priority, the most important alarm in words, and a flood (more than
/// 10 raised in 10 minutes) as one count. `now` is the simulation's time (TimeCursor::latest): it
/// decides what a shelf still hides. `urgentRaised` fires once per urgent alarm newly
/// unacknowledged (the app sounds it and shows a desktop notification).
class AlarmListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ rowCount NOTIFY alarmsChanged)
    Q_PROPERTY(bool showShelved READ showShelved WRITE setShowShelved NOTIFY alarmsChanged)
    Q_PROPERTY(int unacknowledgedCount READ unacknowledgedCount NOTIFY alarmsChanged)
    Q_PROPERTY(int shelvedCount READ shelvedCount NOTIFY alarmsChanged)
    /// "urgent", "high", "medium", "low", or "" when nothing is open.
    Q_PROPERTY(QString worstPriority READ worstPriority NOTIFY alarmsChanged)
    /// The first row's alarm in words, for the bar.
    Q_PROPERTY(QString headline READ headline NOTIFY alarmsChanged)
    /// Alarms raised in the last 10 minutes when they are more than 10 (a flood), else 0.
    Q_PROPERTY(int floodCount READ floodCount NOTIFY alarmsChanged)
    /// Whether the alarm list is open (the bar's button, or --show-alarms at start).
    Q_PROPERTY(bool listOpen READ listOpen WRITE setListOpen NOTIFY listOpenChanged)
public:
    enum Role {
        AlarmIdRole = Qt::UserRole + 1,
        PriorityRole,
        StateRole,
        SourceRole,
        SourceTextRole,
        SubjectRole,
        MessageRole,
        RaisedAtRole,
        UnacknowledgedRole,
        ShelvedRole,
        ShelvedUntilRole,
        ShelveReasonRole,
        ChildRole,    ///< grouped under an incident's own alarm
        LocalRole,    ///< the console's own (lost connection): acknowledged here, never sent
        JournalRole,  ///< its steps in words, newest first
    };

    AlarmListModel(client::Store *store, ConnectionStatus *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool showShelved() const { return m_showShelved; }
    void setShowShelved(bool show);
    int unacknowledgedCount() const;
    int shelvedCount() const { return m_shelved; }
    QString worstPriority() const;
    QString headline() const;
    int floodCount() const { return m_flood; }
    bool listOpen() const { return m_listOpen; }
    void setListOpen(bool open)
    {
        if (m_listOpen != open) {
            m_listOpen = open;
            emit listOpenChanged();
        }
    }
    /// The simulation's time, which shelves and floods are judged at.
    void setNow(const QDateTime &now);

    /// Acknowledges the console's own alarm (the server's go through OperatorCommands).
    Q_INVOKABLE void acknowledgeLocal(const QString &alarmId);

signals:
    void alarmsChanged();
    void urgentRaised(const QString &text);
    void listOpenChanged();

private:
    /// Reads the alarms from the cache (when they changed), on AlarmCacheReader's thread when the
    /// cache is a file; reload() re-derives the rows, at most every kReloadMs in a flood.
    void reread();
    void reloadSoon();
    void reload();
    void connectionChanged();
    QString describe(const domain::alarm::Alarm &a) const;

    static constexpr int kReloadMs = 250;
    client::Store *m_store;
    ConnectionStatus *m_connection;
    AlarmCacheReader *m_reader = nullptr;
    QTimer m_reloadPause;   ///< running: a reload happened less than kReloadMs ago
    bool m_reloadDue = false;
    QDateTime m_now;
    bool m_showShelved = false;
    bool m_listOpen = false;
    bool m_wasOnline = false;
    std::optional<domain::alarm::Alarm> m_local; ///< the lost connection
    QList<domain::alarm::Alarm> m_cached; ///< the cache's alarms, as last read
    QList<domain::alarm::Alarm> m_rows;
    int m_shelved = 0;
    int m_flood = 0;
    QSet<QString> m_announced; ///< urgent alarms already sounded (by id and raise time)
};

} // namespace et::models

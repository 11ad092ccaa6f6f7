// SPDX-License-Identifier: MIT
#pragma once

#include "client/auditreader.h"

#include <QAbstractListModel>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class RestClient;
}

namespace et::models {

/// The server's audit trail for an administrator, newest first: when (Jeju time), who (e-mail and
/// role), what (method and path, request id) and the answer (status, result), with the server's
/// verdict on the hash chain above it. Read live through AuditReader on refresh() (the console
/// calls it when the Audit view opens and on its Refresh button), never from the offline cache.
class AuditLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// A reading is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Why the last reading failed ("" after one that worked).
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    /// Whether a reading has worked yet (chainOk and chainText say something only then).
    Q_PROPERTY(bool chainKnown READ chainKnown NOTIFY resultChanged)
    Q_PROPERTY(bool chainOk READ chainOk NOTIFY resultChanged)
    /// "Chain intact: 1,234 entries" or "Chain broken at entry 17: <the server's reason>".
    Q_PROPERTY(QString chainText READ chainText NOTIFY resultChanged)
public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        AtRole,
        TimeRole,
        UserRole,
        UserRoleNameRole,
        MethodRole,
        PathRole,
        StatusRole,
        ResultRole,
        RequestIdRole
    };

    /// `rest` may be null (no server: refresh() fails with a message). Not owned.
    explicit AuditLogModel(client::RestClient *rest, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int roleOf(const QByteArray &name) const;

    /// Reads the trail again (ignored while a reading runs).
    Q_INVOKABLE void refresh();
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool chainKnown() const { return m_chain.has_value(); }
    bool chainOk() const { return m_chain && m_chain->ok; }
    QString chainText() const;
    /// A reading has ended, well or not (the view has something to show).
    bool loaded() const { return m_loaded; }

signals:
    void countChanged();
    void busyChanged();
    void resultChanged();

private:
    void apply(const domain::Result<client::AuditTrail> &result);
    void setBusy(bool busy);

    client::AuditReader m_reader;
    QList<domain::AuditEntry> m_rows; ///< newest first
    std::optional<domain::AuditVerification> m_chain;
    QString m_errorText;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace et::models

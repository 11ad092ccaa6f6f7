// SPDX-License-Identifier: MIT
#include "auditlogmodel.h"

#include "domain/errorcode.h"
#include "jejutime.h"
#include "modelslogging.h"

#include <algorithm>

namespace et::models {

AuditLogModel::AuditLogModel(client::RestClient *rest, QObject *parent)
    : QAbstractListModel(parent), m_reader(rest, 500)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    return {{SeqRole, "seq"},           {AtRole, "at"},         {TimeRole, "time"},     {UserRole, "user"},
            {UserRoleNameRole, "role"}, {MethodRole, "method"}, {PathRole, "path"},     {StatusRole, "status"},
            {ResultRole, "result"},     {RequestIdRole, "requestId"}};
}

int AuditLogModel::roleOf(const QByteArray &name) const
{
    return roleNames().key(name, -1);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const domain::AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case SeqRole: return e.seq;
    case AtRole: return e.at;
    case TimeRole: return JejuTime::format(e.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserRole: return e.email;
    case UserRoleNameRole: return e.role;
    case MethodRole: return e.method;
    case PathRole: return e.path;
    case StatusRole: return e.status;
    case ResultRole: return e.result;
    case RequestIdRole: return e.requestId;
    }
    return {};
}

QString AuditLogModel::chainText() const
{
    if (!m_chain)
        return {};
    if (m_chain->ok)
        return tr("Chain intact: %L1 entries").arg(m_chain->entries);
    return tr("Chain broken at entry %L1: %2").arg(m_chain->firstBadSeq).arg(m_chain->reason);
}

void AuditLogModel::refresh()
{
    if (m_busy)
        return;
    setBusy(true);
    m_reader.read([this](const domain::Result<client::AuditTrail> &result) { apply(result); });
}

void AuditLogModel::apply(const domain::Result<client::AuditTrail> &result)
{
    m_loaded = true;
    if (!result.ok()) {
        const domain::Error &e = result.error();
        qCInfo(lcModels).noquote() << "reading the audit trail failed:" << e.toString();
        // What was shown stays: an admin whose network hiccups keeps the list they were reading.
        m_errorText = e.code == domain::errorcode::forbidden
                          ? tr("The audit trail is for administrators only. The server said: %1").arg(e.toString())
                          : tr("The audit trail could not be read: %1").arg(e.toString());
        emit resultChanged();
        setBusy(false);
        return;
    }
    beginResetModel();
    m_rows = result.value().entries;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
    m_chain = result.value().verification;
    m_errorText.clear();
    emit countChanged();
    emit resultChanged();
    setBusy(false);
}

void AuditLogModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

} // namespace et::models

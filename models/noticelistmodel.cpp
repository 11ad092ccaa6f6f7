// SPDX-License-Identifier: MIT
#include "noticelistmodel.h"

namespace et::models {

NoticeListModel::NoticeListModel(QObject *parent) : QAbstractListModel(parent) {}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notice &notice = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return notice.key;
    case TextRole:
    case Qt::DisplayRole:
        return notice.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    return {{KeyRole, "key"}, {TextRole, "message"}};
}

qsizetype NoticeListModel::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

void NoticeListModel::post(const QString &key, const QString &text)
{
    if (text.isEmpty()) {
        dismiss(key);
        return;
    }
    if (const qsizetype row = indexOf(key); row >= 0) {
        if (m_rows.at(row).text == text)
            return;
        m_rows[row].text = text;
        const QModelIndex changed = index(int(row));
        emit dataChanged(changed, changed, {TextRole, Qt::DisplayRole});
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({key, text});
    endInsertRows();
    emit countChanged();
}

void NoticeListModel::dismiss(const QString &key)
{
    const qsizetype row = indexOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

QString NoticeListModel::text(const QString &key) const
{
    const qsizetype row = indexOf(key);
    return row < 0 ? QString() : m_rows.at(row).text;
}

} // namespace et::models

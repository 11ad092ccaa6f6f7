// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QString>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// Messages the operator must read once, each until dismissed: the keychain cannot be used, the
/// cache was damaged and rebuilt, the bundled server could not start, the server cannot be reached.
/// Each comes from one source (its key), so a source that speaks again replaces its own message
/// rather than piling up, and one source never hides another's. Oldest first: what went wrong
/// first is usually the cause of what followed.
class NoticeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { KeyRole = Qt::UserRole + 1, TextRole };

    explicit NoticeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows `text` under `key`, replacing what that key said before; an empty text dismisses it.
    void post(const QString &key, const QString &text);
    Q_INVOKABLE void dismiss(const QString &key);
    /// The text under `key` ("" when none).
    QString text(const QString &key) const;

signals:
    void countChanged();

private:
    struct Notice
    {
        QString key;
        QString text;
    };
    qsizetype indexOf(const QString &key) const;

    QList<Notice> m_rows;
};

} // namespace et::models

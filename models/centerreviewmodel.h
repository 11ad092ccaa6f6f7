// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QtQml/qqmlregistration.h>

#include <functional>

namespace et::models {

/// The reviews of one center (`centerId`), newest first, read from the cache — offline too —
/// with its average stars and count over the visible reviews and the signed-in user's own
/// (`myStars`, `myText`; 0 and "" when none). write() creates or edits the user's review through
/// the outbox (one per user and center: the id is theirs); hide() lets an admin hide one with a
/// reason (the server deletes it from every cache and keeps it with the reason). Roles:
/// reviewId, author, stars, text, updatedAt, mine.
class CenterReviewModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString centerId READ centerId WRITE setCenterId NOTIFY centerIdChanged)
    Q_PROPERTY(double average READ average NOTIFY contentChanged)
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY contentChanged)
    Q_PROPERTY(int myStars READ myStars NOTIFY contentChanged)
    Q_PROPERTY(QString myText READ myText NOTIFY contentChanged)
    Q_PROPERTY(bool canWrite READ canWrite NOTIFY userChanged)
    Q_PROPERTY(bool canHide READ canHide NOTIFY userChanged)
    Q_PROPERTY(int maxTextLength READ maxTextLength CONSTANT)
    /// Why the last write() or hide() was not queued ("" after one that was).
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    explicit CenterReviewModel(client::Store *store, QObject *parent = nullptr);

    QString centerId() const { return m_centerId; }
    void setCenterId(const QString &id);
    double average() const { return m_average; }
    int reviewCount() const { return m_count; }
    int myStars() const { return m_myStars; }
    QString myText() const { return m_myText; }
    bool canWrite() const { return !m_userId.isEmpty() && m_mayWrite && m_mayWrite(); }
    bool canHide() const { return m_mayHide && m_mayHide(); }
    int maxTextLength() const;
    QString problem() const { return m_problem; }

    /// The signed-in user ("" when nobody) and what their role lets them do.
    void setUser(const QString &userId, std::function<bool()> mayWrite, std::function<bool()> mayHide);

    /// Writes (or edits) the user's review of `centerId`: "" when queued, else why not.
    Q_INVOKABLE QString write(int stars, const QString &text);
    /// Hides review `reviewId` with `reason` (admins): "" when queued, else why not.
    Q_INVOKABLE QString hide(const QString &reviewId, const QString &reason);

signals:
    void centerIdChanged();
    void userChanged();
    void problemChanged();

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;

private:
    QString refuse(const QString &why);

    QString m_centerId;
    QString m_userId;
    QString m_problem;
    std::function<bool()> m_mayWrite;
    std::function<bool()> m_mayHide;
    // Filled by readRows() with the rows (read on the GUI thread, like every list model here).
    mutable double m_average = 0.0;
    mutable int m_count = 0;
    mutable int m_myStars = 0;
    mutable QString m_myText;
};

} // namespace et::models

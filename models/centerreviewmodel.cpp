// SPDX-License-Identifier: MIT
#include "centerreviewmodel.h"

#include "client/store.h"
#include "domain/operatorcommand.h"
#include "modelslogging.h"

namespace et::models {

using domain::CenterReview;

CenterReviewModel::CenterReviewModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::CenterReview}, parent)
{
    reload();
}

int CenterReviewModel::maxTextLength() const
{
    return int(CenterReview::kMaxTextLength);
}

void CenterReviewModel::setCenterId(const QString &id)
{
    if (id == m_centerId)
        return;
    m_centerId = id;
    emit centerIdChanged();
    reload();
    emit contentChanged(); // the summary belongs to the center even when no row changed
}

void CenterReviewModel::setUser(const QString &userId, std::function<bool()> mayWrite, std::function<bool()> mayHide)
{
    m_userId = userId;
    m_mayWrite = std::move(mayWrite);
    m_mayHide = std::move(mayHide);
    emit userChanged();
    reload();
    emit contentChanged();
}

QList<QByteArray> CenterReviewModel::columnNames() const
{
    return {"reviewId", "author", "stars", "text", "updatedAt", "mine"};
}

QList<EntityListModel::Row> CenterReviewModel::readRows(const client::Store &store) const
{
    QList<Row> rows;
    m_myStars = 0;
    m_myText.clear();
    if (m_centerId.isEmpty()) {
        m_average = 0.0;
        m_count = 0;
        return rows;
    }
    const QList<CenterReview> reviews = store.centerReviews(m_centerId);
    const domain::ReviewSummary summary = domain::ReviewSummary::of(reviews, m_centerId);
    m_average = summary.average;
    m_count = summary.count;
    for (const CenterReview &r : reviews) {
        const bool mine = !m_userId.isEmpty() && r.userId == m_userId;
        if (mine) {
            m_myStars = r.stars;
            m_myText = r.text;
        }
        rows.append({r.id, {r.id, r.author, r.stars, r.text, r.updatedAt, mine}});
    }
    return rows;
}

QString CenterReviewModel::refuse(const QString &why)
{
    m_problem = why;
    emit problemChanged();
    return why;
}

QString CenterReviewModel::write(int stars, const QString &text)
{
    if (!canWrite())
        return refuse(tr("Sign in to write a review."));
    if (m_centerId.isEmpty())
        return refuse(tr("Choose a center first."));
    if (stars < CenterReview::kMinStars || stars > CenterReview::kMaxStars)
        return refuse(tr("Give 1 to 5 stars."));
    const QString trimmed = text.trimmed();
    if (const qsizetype length = trimmed.toUcs4().size(); length > CenterReview::kMaxTextLength)
        return refuse(tr("The review is %1 characters long; at most %2.").arg(length).arg(CenterReview::kMaxTextLength));
    CenterReview review;
    review.centerId = m_centerId;
    review.userId = m_userId;
    review.id = CenterReview::idFor(m_centerId, m_userId);
    review.stars = stars;
    review.text = trimmed;
    const auto stored = store()->enqueue(domain::OperatorCommand::writeCenterReview(review, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()));
    if (!stored.ok()) {
        qCWarning(lcModels).noquote() << "review not queued:" << stored.error().toString();
        return refuse(tr("The review could not be saved: %1").arg(stored.error().toString()));
    }
    return refuse({});
}

QString CenterReviewModel::hide(const QString &reviewId, const QString &reason)
{
    if (!canHide())
        return refuse(tr("Only administrators may hide a review."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refuse(tr("Say why the review is hidden (kept in the audit trail)."));
    if (why.size() > CenterReview::kMaxHideReasonLength)
        return refuse(tr("The reason is %1 characters long; at most %2.").arg(why.size()).arg(CenterReview::kMaxHideReasonLength));
    const auto stored = store()->enqueue(domain::OperatorCommand::hideCenterReview(reviewId, why, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()));
    if (!stored.ok())
        return refuse(tr("The review could not be hidden: %1").arg(stored.error().toString()));
    return refuse({});
}

} // namespace et::models

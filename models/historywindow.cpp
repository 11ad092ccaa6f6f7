// SPDX-License-Identifier: MIT
#include "historywindow.h"

#include <algorithm>

namespace et::models {

namespace {
constexpr qint64 kMinute = 60;
} // namespace

QDateTime HistoryWindow::minuteOf(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const qint64 s = instant.toSecsSinceEpoch();
    // Floor, not truncation: an instant before 1970 still falls into the minute that holds it.
    const qint64 floored = s - ((s % kMinute) + kMinute) % kMinute;
    return QDateTime::fromSecsSinceEpoch(floored, Qt::UTC);
}

std::pair<QDateTime, QDateTime> HistoryWindow::rangeAround(const QDateTime &minute, const QDateTime &oldest, const QDateTime &newest)
{
    QDateTime from = minute.addSecs(-kSpanMinutes / 2 * kMinute);
    if (oldest.isValid() && newest.isValid()) {
        // Slide inside the cached minutes: no read spends its span on minutes that are not there.
        const QDateTime end = newest.addSecs(kMinute);
        from = std::min(from, end.addSecs(-kSpanMinutes * kMinute));
        from = std::max(from, oldest);
    }
    return {from, from.addSecs(kSpanMinutes * kMinute)};
}

void HistoryWindow::setPage(domain::EnergyHistoryPage page)
{
    m_page = std::move(page);
    m_assetColumn.clear();
    m_assetColumn.reserve(m_page.columns.assetIds.size());
    for (qsizetype i = 0; i < m_page.columns.assetIds.size(); ++i)
        m_assetColumn.insert(m_page.columns.assetIds[i], i);
}

void HistoryWindow::clear()
{
    setPage({});
}

bool HistoryWindow::covers(const QDateTime &minute) const
{
    return !isEmpty() && minute >= m_page.from && minute < m_page.to;
}

bool HistoryWindow::complete() const
{
    return !isEmpty() && m_page.points.size() == m_page.from.secsTo(m_page.to) / kMinute;
}

bool HistoryWindow::nearEdge(const QDateTime &minute, const QDateTime &oldest, const QDateTime &newest) const
{
    if (!covers(minute))
        return false;
    const qint64 margin = kMarginMinutes * kMinute;
    const bool nearStart = minute.secsTo(m_page.from) > -margin && (!oldest.isValid() || m_page.from > oldest);
    const bool nearEnd = minute.secsTo(m_page.to) < margin && (!newest.isValid() || m_page.to <= newest);
    return nearStart || nearEnd;
}

const domain::EnergyHistoryPoint *HistoryWindow::pointAt(const QDateTime &minute) const
{
    if (!covers(minute))
        return nullptr;
    const auto &points = m_page.points;
    // Points are in time order, one a minute: a complete window finds it by its offset.
    const qint64 offset = m_page.from.secsTo(minute) / kMinute;
    if (offset < points.size() && points[offset].timestamp == minute)
        return &points[offset];
    const auto it = std::lower_bound(points.cbegin(), points.cend(), minute,
                                     [](const domain::EnergyHistoryPoint &p, const QDateTime &t) { return p.timestamp < t; });
    return it != points.cend() && it->timestamp == minute ? &*it : nullptr;
}

std::optional<double> HistoryWindow::assetOutput(const domain::EnergyHistoryPoint &point, const QString &id) const
{
    const auto column = m_assetColumn.constFind(id);
    if (column == m_assetColumn.cend() || *column >= point.assetOutputMw.size())
        return std::nullopt;
    return point.assetOutputMw[*column];
}

} // namespace et::models

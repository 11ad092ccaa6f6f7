// SPDX-License-Identifier: MIT
#include "centerfiltermodel.h"
#include "centerlistmodel.h"

#include "domain/geo/geodesy.h"

#include <QtMath>
#include <cmath>

namespace et::models {

CenterFilterModel::CenterFilterModel(CenterListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    m_roleName = source->roleOf("name");
    m_roleCategory = source->roleOf("category");
    m_roleAddress = source->roleOf("address");
    m_roleServices = source->roleOf("services");
    m_roleLat = source->roleOf("latitude");
    m_roleLon = source->roleOf("longitude");
    m_roleDistance = source->roleOf("distanceKm");
    m_roleStatus = source->roleOf("status");
    m_roleEvenings = source->roleOf("openEvenings");
    m_roleWeekends = source->roleOf("openWeekends");
    m_roleFavorite = source->roleOf("favorite");
    setSortRole(m_roleName);
    setDynamicSortFilter(true);
    sort(0);
    connect(this, &QAbstractItemModel::rowsInserted, this, &CenterFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CenterFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CenterFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CenterFilterModel::selectionChanged);
    connect(source, &EntityListModel::selectionChanged, this, &CenterFilterModel::selectionChanged);
    connect(source, &EntityListModel::contentChanged, this, &CenterFilterModel::categoriesChanged);
}

QVariant CenterFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == m_roleDistance && index.isValid()) {
        if (!m_hasOrigin)
            return {};
        return sourceDistance(mapToSource(index).row());
    }
    return QSortFilterProxyModel::data(index, role);
}

void CenterFilterModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    refilter();
}

void CenterFilterModel::setOpenNowOnly(bool on)
{
    if (on == m_openNowOnly)
        return;
    m_openNowOnly = on;
    refilter();
}

void CenterFilterModel::setEveningsOnly(bool on)
{
    if (on == m_eveningsOnly)
        return;
    m_eveningsOnly = on;
    refilter();
}

void CenterFilterModel::setWeekendsOnly(bool on)
{
    if (on == m_weekendsOnly)
        return;
    m_weekendsOnly = on;
    refilter();
}

void CenterFilterModel::setFavoritesOnly(bool on)
{
    if (on == m_favoritesOnly)
        return;
    m_favoritesOnly = on;
    refilter();
}

void CenterFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
}

QStringList CenterFilterModel::categories() const
{
    QStringList out;
    for (int r = 0; r < m_source->rowCount(); ++r) {
        const QString c = m_source->data(m_source->index(r), m_roleCategory).toString();
        if (!c.isEmpty() && !out.contains(c))
            out.append(c);
    }
    out.sort();
    return out;
}

void CenterFilterModel::setRadiusKm(double km)
{
    if (!std::isfinite(km) || km < 0.0 || km == m_radiusKm)
        return;
    m_radiusKm = km;
    refilter();
}

bool CenterFilterModel::setOrigin(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || latitude < -90.0 || latitude > 90.0
        || longitude < -180.0 || longitude > 180.0)
        return false;
    m_hasOrigin = true;
    m_originLat = latitude;
    m_originLon = longitude;
    setSortRole(m_roleDistance);
    refilter();
    // Distances of rows that stay visible changed too.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {m_roleDistance});
    return true;
}

void CenterFilterModel::clearOrigin()
{
    if (!m_hasOrigin)
        return;
    m_hasOrigin = false;
    setSortRole(m_roleName);
    refilter();
}

int CenterFilterModel::selectedRow() const
{
    const int sourceRow = m_source->selectedRow();
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_source->index(sourceRow)).row();
}

void CenterFilterModel::select(int row)
{
    m_source->select(row >= 0 && row < rowCount() ? mapToSource(index(row, 0)).row() : -1);
}

QVariantMap CenterFilterModel::get(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    QVariantMap map = m_source->get(mapToSource(index(row, 0)).row());
    if (m_hasOrigin)
        map.insert(QStringLiteral("distanceKm"), data(index(row, 0), m_roleDistance));
    return map;
}

double CenterFilterModel::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    return domain::geo::Geodesy::distanceKm(lat1, lon1, lat2, lon2);
}

bool CenterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QModelIndex i = m_source->index(sourceRow);
    if (!m_category.isEmpty() && i.data(m_roleCategory).toString() != m_category)
        return false;
    if (!m_query.isEmpty()) {
        const bool hit = i.data(m_roleName).toString().contains(m_query, Qt::CaseInsensitive)
            || i.data(m_roleAddress).toString().contains(m_query, Qt::CaseInsensitive)
            || i.data(m_roleServices).toString().contains(m_query, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    if (m_hasOrigin && m_radiusKm > 0.0 && sourceDistance(sourceRow) > m_radiusKm)
        return false;
    if (m_openNowOnly && i.data(m_roleStatus).toString() != u"open")
        return false;
    if (m_eveningsOnly && !i.data(m_roleEvenings).toBool())
        return false;
    if (m_weekendsOnly && !i.data(m_roleWeekends).toBool())
        return false;
    if (m_favoritesOnly && !i.data(m_roleFavorite).toBool())
        return false;
    return true;
}

bool CenterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_hasOrigin)
        return sourceDistance(left.row()) < sourceDistance(right.row());
    return QString::localeAwareCompare(left.data(m_roleName).toString(), right.data(m_roleName).toString()) < 0;
}

void CenterFilterModel::refilter()
{
    const int before = rowCount();
    invalidate(); // filter and sort both depend on the origin
    emit filterChanged();
    if (before != rowCount())
        emit countChanged();
    emit selectionChanged();
}

double CenterFilterModel::sourceDistance(int sourceRow) const
{
    const QModelIndex i = m_source->index(sourceRow);
    return distanceKm(m_originLat, m_originLon, i.data(m_roleLat).toDouble(), i.data(m_roleLon).toDouble());
}

} // namespace et::models

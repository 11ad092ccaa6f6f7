// SPDX-License-Identifier: MIT
#include "centerfiltermodel.h"
#include "centerlistmodel.h"
#include "centerrules.h"
#include "centerrankwording.h"
#include "modelslogging.h"

#include "client/store.h"
#include "domain/geo/geodesy.h"

#include <QSettings>
#include <cmath>

namespace et::models {

namespace {

using domain::centers::RankingWeights;

const QString kDistance = QStringLiteral("distance");
const QString kOpenNow = QStringLiteral("openNow");
const QString kExpertise = QStringLiteral("expertise");
const QString kProgram = QStringLiteral("program");

RankingWeights savedWeights()
{
    const QVariantMap saved = QSettings().value(QLatin1String(CenterFilterModel::kWeightsKey)).toMap();
    RankingWeights w;
    if (saved.isEmpty())
        return w;
    RankingWeights read{saved.value(kDistance).toDouble(), saved.value(kOpenNow).toDouble(),
                        saved.value(kExpertise).toDouble(), saved.value(kProgram).toDouble()};
    return read.check().ok() ? read : w; // a damaged setting falls back to the seed's weights
}

} // namespace

CenterFilterModel::CenterFilterModel(CenterListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    m_roleId = source->roleOf("centerId");
    m_roleName = source->roleOf("name");
    m_roleCategory = source->roleOf("category");
    m_roleDistance = source->roleOf("distanceKm");
    m_roleScore = source->roleOf("score");
    m_roleSummary = source->roleOf("rankSummary");
    m_roleReasons = source->roleOf("reasons");
    m_query.weights = savedWeights();
    setDynamicSortFilter(false); // the search decides membership and order; see search()
    // contentChanged ends every reload of the source that changed anything (rows, open-now,
    // notices, favorites): the search runs once, at once.
    connect(source, &EntityListModel::contentChanged, this, &CenterFilterModel::search);
    connect(this, &QAbstractItemModel::rowsInserted, this, &CenterFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CenterFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CenterFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CenterFilterModel::selectionChanged);
    connect(source, &EntityListModel::selectionChanged, this, &CenterFilterModel::selectionChanged);
    connect(source, &EntityListModel::contentChanged, this, &CenterFilterModel::categoriesChanged);
    search();
}

QVariant CenterFilterModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && (role == m_roleDistance || role == m_roleScore || role == m_roleSummary || role == m_roleReasons)) {
        const auto found = m_ranked.constFind(QSortFilterProxyModel::data(index, m_roleId).toString());
        if (found == m_ranked.cend())
            return {};
        if (role == m_roleDistance)
            return hasOrigin() ? QVariant(found->distanceKm) : QVariant();
        if (role == m_roleScore)
            return found->score;
        if (role == m_roleSummary)
            return found->summary;
        return found->reasons;
    }
    return QSortFilterProxyModel::data(index, role);
}

void CenterFilterModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query.text)
        return;
    m_query.text = trimmed;
    changeQuery();
}

void CenterFilterModel::setOpenNowOnly(bool on)
{
    if (on == m_query.openNowOnly)
        return;
    m_query.openNowOnly = on;
    changeQuery();
}

void CenterFilterModel::setEveningsOnly(bool on)
{
    if (on == m_query.eveningsOnly)
        return;
    m_query.eveningsOnly = on;
    changeQuery();
}

void CenterFilterModel::setWeekendsOnly(bool on)
{
    if (on == m_query.weekendsOnly)
        return;
    m_query.weekendsOnly = on;
    changeQuery();
}

void CenterFilterModel::setFavoritesOnly(bool on)
{
    if (on == m_favoritesOnly)
        return;
    m_favoritesOnly = on;
    changeQuery();
}

void CenterFilterModel::setSortBy(const QString &sortBy)
{
    if (sortBy == m_sortBy || (sortBy != u"rank" && sortBy != u"distance" && sortBy != u"name"))
        return;
    m_sortBy = sortBy;
    changeQuery();
}

void CenterFilterModel::setCategory(const QString &category)
{
    if (category == m_query.category)
        return;
    m_query.category = category;
    changeQuery();
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
    if (!std::isfinite(km) || km < 0.0 || km == m_query.radiusKm)
        return;
    m_query.radiusKm = km;
    changeQuery();
}

bool CenterFilterModel::setOrigin(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || latitude < -90.0 || latitude > 90.0
        || longitude < -180.0 || longitude > 180.0)
        return false;
    m_query.origin = std::make_pair(latitude, longitude);
    changeQuery();
    return true;
}

void CenterFilterModel::clearOrigin()
{
    if (!m_query.origin)
        return;
    m_query.origin.reset();
    changeQuery();
}

QVariantMap CenterFilterModel::weights() const
{
    return {{kDistance, m_query.weights.distance}, {kOpenNow, m_query.weights.openNow},
            {kExpertise, m_query.weights.expertise}, {kProgram, m_query.weights.program}};
}

QString CenterFilterModel::weightsError(double distance, double openNow, double expertise, double program) const
{
    const RankingWeights w{distance, openNow, expertise, program};
    const auto checked = w.check();
    if (checked.ok())
        return {};
    const double sum = distance + openNow + expertise + program;
    return std::isfinite(sum) && std::abs(sum - 1.0) > 1e-6 ? tr("The weights must add up to 1.00 (now %1).").arg(sum, 0, 'f', 2)
                                                             : tr("Each weight must be between 0 and 1.");
}

bool CenterFilterModel::setWeights(double distance, double openNow, double expertise, double program)
{
    const RankingWeights w{distance, openNow, expertise, program};
    if (!w.check().ok())
        return false;
    m_query.weights = w;
    QSettings().setValue(QLatin1String(kWeightsKey), weights());
    emit weightsChanged();
    changeQuery();
    return true;
}

void CenterFilterModel::resetWeights()
{
    const RankingWeights seed;
    setWeights(seed.distance, seed.openNow, seed.expertise, seed.program);
}

QVariantMap CenterFilterModel::needs() const
{
    QVariantMap out;
    for (auto it = m_query.needs.cbegin(); it != m_query.needs.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void CenterFilterModel::setNeeds(const QVariantMap &needs)
{
    QHash<QString, double> next;
    for (auto it = needs.cbegin(); it != needs.cend(); ++it) {
        const double w = it.value().toDouble();
        if (std::isfinite(w) && w > 0.0)
            next.insert(it.key(), std::min(w, 1.0));
    }
    if (next == m_query.needs)
        return;
    m_query.needs = next;
    changeQuery();
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
    const QModelIndex i = index(row, 0);
    for (const auto &[role, name] : {std::pair{m_roleDistance, "distanceKm"}, std::pair{m_roleScore, "score"},
                                     std::pair{m_roleSummary, "rankSummary"}, std::pair{m_roleReasons, "reasons"}})
        map.insert(QLatin1String(name), data(i, role));
    return map;
}

double CenterFilterModel::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    return domain::geo::Geodesy::distanceKm(lat1, lon1, lat2, lon2);
}

bool CenterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_ranked.contains(m_source->index(sourceRow).data(m_roleId).toString());
}

bool CenterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Ranked &l = m_ranked[left.data(m_roleId).toString()];
    const Ranked &r = m_ranked[right.data(m_roleId).toString()];
    if (m_sortBy == u"distance" && hasOrigin() && l.distanceKm != r.distanceKm)
        return l.distanceKm < r.distanceKm;
    if (m_sortBy == u"name" || (m_sortBy == u"distance" && !hasOrigin()))
        return QString::localeAwareCompare(left.data(m_roleName).toString(), right.data(m_roleName).toString()) < 0;
    return l.order < r.order;
}

void CenterFilterModel::changeQuery()
{
    search();
    emit filterChanged();
}

void CenterFilterModel::search()
{
    const client::Store *store = m_source->cache();
    QHash<QString, Ranked> ranked;
    if (store && store->isOpen()) {
        client::CenterQuery q = m_query;
        q.now = m_source->now();
        q.notices = store->centerNotices({}, q.now);
        if (m_favoritesOnly) {
            q.onlyIds = store->favoriteCenters();
            if (q.onlyIds.isEmpty())
                q.onlyIds.insert(QString()); // none is a favorite: nothing passes
        }
        const client::CenterSearch engine(CenterRules::openNow(), CenterRules::needs());
        const auto found = engine.run(*store, q);
        if (!found.ok()) {
            qCWarning(lcModels).noquote() << "center search failed:" << found.error().toString();
        } else {
            int order = 0;
            for (const auto &r : found.value())
                ranked.insert(r.center.id, {order++, r.score, r.distanceKm, CenterRankWording::summary(r),
                                            CenterRankWording::reasons(r, q.weights)});
        }
    }
    const int before = rowCount();
    m_ranked = std::move(ranked);
    invalidate(); // membership and order both come from the search
    sort(0);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {m_roleDistance, m_roleScore, m_roleSummary, m_roleReasons});
    if (before != rowCount())
        emit countChanged();
    emit selectionChanged();
    emit searched();
}

} // namespace et::models

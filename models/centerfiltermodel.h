// SPDX-License-Identifier: MIT
#pragma once

#include "client/centersearch.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

namespace et::models {

class CenterListModel;

/// The center search of the Centers view over a CenterListModel, answered by client::CenterSearch
/// on the offline cache (its FTS5 trigram index for the text, its position index for the radius):
/// a text query (each word in the name, an address or the services), an exact category, an origin
/// (GPS, a point on the map or the map's centre) with a radius, open now, after 18:00, at weekends
/// and favorites. Rows are ranked by the explained score (0.35 distance + 0.25 open now + 0.20
/// expertise + 0.20 program by default; the weights can be changed and must sum to 1), or sorted
/// by distance or name; each row carries `score`, `rankSummary` (one line) and `reasons` (the
/// four parts, each with its weight, value and why, in words). The needs come from the private
/// self-check. Selection is kept by id in the source model, so it survives filtering.
class CenterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(bool hasOrigin READ hasOrigin NOTIFY filterChanged)
    Q_PROPERTY(double originLatitude READ originLatitude NOTIFY filterChanged)
    Q_PROPERTY(double originLongitude READ originLongitude NOTIFY filterChanged)
    Q_PROPERTY(double radiusKm READ radiusKm WRITE setRadiusKm NOTIFY filterChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
    /// Only the centers open now / open after 18:00 / open on Saturday or Sunday.
    Q_PROPERTY(bool openNowOnly READ openNowOnly WRITE setOpenNowOnly NOTIFY filterChanged)
    Q_PROPERTY(bool eveningsOnly READ eveningsOnly WRITE setEveningsOnly NOTIFY filterChanged)
    Q_PROPERTY(bool weekendsOnly READ weekendsOnly WRITE setWeekendsOnly NOTIFY filterChanged)
    /// Only the user's favorites.
    Q_PROPERTY(bool favoritesOnly READ favoritesOnly WRITE setFavoritesOnly NOTIFY filterChanged)
    /// "rank" (the explained score, the default), "distance" or "name".
    Q_PROPERTY(QString sortBy READ sortBy WRITE setSortBy NOTIFY filterChanged)
    /// The ranking's weights {distance, openNow, expertise, program}; see setWeights().
    Q_PROPERTY(QVariantMap weights READ weights NOTIFY weightsChanged)
    /// The needs profile the ranking matches (need -> weight); empty without a self-check.
    Q_PROPERTY(QVariantMap needs READ needs WRITE setNeeds NOTIFY filterChanged)
public:
    explicit CenterFilterModel(CenterListModel *source, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int count() const { return rowCount(); }
    QString query() const { return m_query.text; }
    void setQuery(const QString &query);
    QString category() const { return m_query.category; }
    void setCategory(const QString &category); ///< "" = every category
    QStringList categories() const;
    bool hasOrigin() const { return m_query.origin.has_value(); }
    double originLatitude() const { return m_query.origin ? m_query.origin->first : 0.0; }
    double originLongitude() const { return m_query.origin ? m_query.origin->second : 0.0; }
    double radiusKm() const { return m_query.radiusKm; }
    void setRadiusKm(double km); ///< 0 = no limit; needs an origin to have an effect

    /// Measures distances from this point; false (and nothing changes) for an invalid coordinate.
    Q_INVOKABLE bool setOrigin(double latitude, double longitude);
    Q_INVOKABLE void clearOrigin();

    bool openNowOnly() const { return m_query.openNowOnly; }
    void setOpenNowOnly(bool on);
    bool eveningsOnly() const { return m_query.eveningsOnly; }
    void setEveningsOnly(bool on);
    bool weekendsOnly() const { return m_query.weekendsOnly; }
    void setWeekendsOnly(bool on);
    bool favoritesOnly() const { return m_favoritesOnly; }
    void setFavoritesOnly(bool on);
    QString sortBy() const { return m_sortBy; }
    void setSortBy(const QString &sortBy);

    QVariantMap weights() const;
    /// Sets the ranking's weights; refused (false, with the reason in `weightsError`) unless each
    /// is in [0, 1] and they sum to 1. Kept in the user's settings.
    Q_INVOKABLE bool setWeights(double distance, double openNow, double expertise, double program);
    Q_INVOKABLE void resetWeights();
    Q_INVOKABLE QString weightsError(double distance, double openNow, double expertise, double program) const;
    QVariantMap needs() const;
    void setNeeds(const QVariantMap &needs);

    int selectedRow() const;
    Q_INVOKABLE void select(int row);
    Q_INVOKABLE QVariantMap get(int row) const;

    /// Great-circle distance in km (domain::geo::Geodesy, through QtPositioning).
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
    static constexpr auto kWeightsKey = "centers/rankingWeights";

signals:
    void countChanged();
    void filterChanged();
    void categoriesChanged();
    void selectionChanged();
    void weightsChanged();
    /// The search ran again (the rows, their order or their scores may have changed).
    void searched();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Ranked
    {
        int order = 0;
        double score = 0.0;
        double distanceKm = 0.0;
        QString summary;
        QVariantList reasons;
    };
    void changeQuery();
    void search();

    CenterListModel *m_source;
    client::CenterQuery m_query;
    bool m_favoritesOnly = false;
    QString m_sortBy = QStringLiteral("rank");
    QHash<QString, Ranked> m_ranked;
    int m_roleId, m_roleName, m_roleCategory, m_roleDistance, m_roleScore, m_roleSummary, m_roleReasons;
};

} // namespace et::models

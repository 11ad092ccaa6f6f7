// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <QtQml/qqmlregistration.h>

namespace et::models {

class CenterListModel;

/// The center search of the Centers view over a CenterListModel: a text query (name, address or
/// services, case-insensitive), an exact category (건강증진센터구분) and an optional point with a
/// radius, and open now, after 18:00 or at weekends. With a point, rows carry `distanceKm` and are sorted nearest first; without one they are
/// sorted by name. Selection is kept by id in the source model, so it survives filtering.
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
public:
    explicit CenterFilterModel(CenterListModel *source, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int count() const { return rowCount(); }
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString category() const { return m_category; }
    void setCategory(const QString &category); ///< "" = every category
    QStringList categories() const;
    bool hasOrigin() const { return m_hasOrigin; }
    double originLatitude() const { return m_originLat; }
    double originLongitude() const { return m_originLon; }
    double radiusKm() const { return m_radiusKm; }
    void setRadiusKm(double km); ///< 0 = no limit; needs an origin to have an effect

    /// Measures distances from this point; false (and nothing changes) for an invalid coordinate.
    Q_INVOKABLE bool setOrigin(double latitude, double longitude);
    Q_INVOKABLE void clearOrigin();

    bool openNowOnly() const { return m_openNowOnly; }
    void setOpenNowOnly(bool on);
    bool eveningsOnly() const { return m_eveningsOnly; }
    void setEveningsOnly(bool on);
    bool weekendsOnly() const { return m_weekendsOnly; }
    void setWeekendsOnly(bool on);
    bool favoritesOnly() const { return m_favoritesOnly; }
    void setFavoritesOnly(bool on);

    int selectedRow() const;
    Q_INVOKABLE void select(int row);
    Q_INVOKABLE QVariantMap get(int row) const;

    /// Great-circle distance in km (domain::geo::Geodesy, through QtPositioning).
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

signals:
    void countChanged();
    void filterChanged();
    void categoriesChanged();
    void selectionChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    double sourceDistance(int sourceRow) const;

    CenterListModel *m_source;
    QString m_query;
    QString m_category;
    bool m_hasOrigin = false;
    double m_originLat = 0.0;
    double m_originLon = 0.0;
    double m_radiusKm = 0.0;
    bool m_openNowOnly = false;
    bool m_eveningsOnly = false;
    bool m_weekendsOnly = false;
    bool m_favoritesOnly = false;
    int m_roleStatus, m_roleEvenings, m_roleWeekends, m_roleFavorite;
    int m_roleName, m_roleCategory, m_roleAddress, m_roleServices, m_roleLat, m_roleLon, m_roleDistance;
};

} // namespace et::models

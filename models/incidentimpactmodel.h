// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/incidentimpact.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// The selected incident's impact for the Disasters view, from the offline cache (the server's
/// assessment travels with the disaster, so it is there offline too): a row per asset or facility
/// at risk, red first, with its intensity, damage probability, state and inspection colour; and as
/// properties the summary (the model that judged it, the hazard's own severity, unserved MW, the
/// deficit and the trucks it takes), the unserved demand by eup/myeon/dong, the facilities that may
/// lose power, and the priority supply — each share with the rule that placed it, in words, and
/// the trucks the cached dispatch plan sends there.
class IncidentImpactModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString disasterId READ disasterId WRITE setDisasterId NOTIFY disasterIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY impactChanged)
    /// False until the server's assessment is in the cache.
    Q_PROPERTY(bool assessed READ assessed NOTIFY impactChanged)
    Q_PROPERTY(QDateTime computedAt READ computedAt NOTIFY impactChanged)
    /// How it was judged, in words ("Holland wind field", …).
    Q_PROPERTY(QString modelText READ modelText NOTIFY impactChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY impactChanged)
    /// The hazard's own severity by its rule (0: the model has none; the operator's stands).
    Q_PROPERTY(int hazardSeverity READ hazardSeverity NOTIFY impactChanged)
    /// "green", "orange", "red" or "".
    Q_PROPERTY(QString alert READ alert NOTIFY impactChanged)
    Q_PROPERTY(double unservedMw READ unservedMw NOTIFY impactChanged)
    Q_PROPERTY(double deficitMwh READ deficitMwh NOTIFY impactChanged)
    Q_PROPERTY(int trucksNeeded READ trucksNeeded NOTIFY impactChanged)
    Q_PROPERTY(double availableMwh READ availableMwh NOTIFY impactChanged)
    /// Rows by inspection colour.
    Q_PROPERTY(int redCount READ redCount NOTIFY impactChanged)
    Q_PROPERTY(int orangeCount READ orangeCount NOTIFY impactChanged)
    Q_PROPERTY(int yellowCount READ yellowCount NOTIFY impactChanged)
    /// [{region, mw}], the largest first.
    Q_PROPERTY(QVariantList unservedByRegion READ unservedByRegion NOTIFY impactChanged)
    /// [{facilityId, name, kind, lifeCritical, lossProbability, outageHours, backupHours, needMwh, approximate}]
    Q_PROPERTY(QVariantList facilitiesWithoutPower READ facilitiesWithoutPower NOTIFY impactChanged)
    /// [{facilityId, name, mwh, rule, ruleText, trucks}] in the order they were served.
    Q_PROPERTY(QVariantList supply READ supply NOTIFY impactChanged)
public:
    enum Role {
        SiteIdRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,   ///< "asset" or "facility"
        TypeRole,       ///< the asset's kind or the facility's
        IntensityRole,
        ProbabilityRole,
        StateRole,      ///< "ok", "inspect", "likely_damaged"
        PriorityRole,   ///< "green", "yellow", "orange", "red"
        ApproximateRole,
        LatitudeRole,
        LongitudeRole,
    };

    /// Without a store it shows only what showImpact() gives it (a what-if's own assessment).
    explicit IncidentImpactModel(client::Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString disasterId() const { return m_disasterId; }
    void setDisasterId(const QString &id);
    bool assessed() const { return m_impact.has_value(); }
    QDateTime computedAt() const { return m_impact ? m_impact->computedAt : QDateTime(); }
    QString modelText() const;
    QString unit() const;
    int hazardSeverity() const { return m_impact ? m_impact->hazardSeverity : 0; }
    QString alert() const;
    double unservedMw() const { return m_impact ? m_impact->unservedMw : 0.0; }
    double deficitMwh() const { return m_impact ? m_impact->deficitMwh : 0.0; }
    int trucksNeeded() const { return m_impact ? m_impact->trucksNeeded : 0; }
    double availableMwh() const { return m_impact ? m_impact->availableMwh : 0.0; }
    /// Rows of inspection colour `priority` ("red", "orange", "yellow", "green").
    int countOf(const QString &priority) const;
    int redCount() const { return countOf(QStringLiteral("red")); }
    int orangeCount() const { return countOf(QStringLiteral("orange")); }
    int yellowCount() const { return countOf(QStringLiteral("yellow")); }
    QVariantList unservedByRegion() const;
    QVariantList facilitiesWithoutPower() const;
    QVariantList supply() const;

    /// The rule of a share in the operator's words.
    static QString ruleText(domain::dispatch::EnergyShare::Rule rule);
    /// Shows `impact` (none: empty), with no trucks planned: for a model without a store.
    void showImpact(const std::optional<domain::hazard::IncidentImpact> &impact);
    const std::optional<domain::hazard::IncidentImpact> &impact() const { return m_impact; }

signals:
    void disasterIdChanged();
    void impactChanged();

private:
    void reload();
    void show(const std::optional<domain::hazard::IncidentImpact> &impact, const QHash<QString, QStringList> &trucks);

    client::Store *m_store;
    QString m_disasterId;
    std::optional<domain::hazard::IncidentImpact> m_impact;
    QList<domain::hazard::ImpactedSite> m_rows; ///< the sites at risk (probability > 0)
    QHash<QString, QStringList> m_trucksByFacility; ///< from the cached plan's priority suggestions
};

} // namespace et::models

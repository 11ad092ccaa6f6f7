// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/dispatchplan.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// The truck dispatch's suggestions of the cached plan (client::Store::dispatchPlan, the server's
/// last planning round; offline the last one synced), a row each, best first, for the Dispatch
/// view's suggestions panel: the truck, the task and its site, the arrival with its P10–P90, the
/// energy and its value with the parts, the best other truck, the route's points, and the
/// explanation in words (`explanation`, built here so the view shows numbers, not rules).
///
/// accept() turns a suggestion into an ordinary order through the outbox
/// (domain::dispatch::orderForSuggestion: applied once, offline too); reject() hides it from
/// this console until a round no longer suggests it (a rejection is the operator's, not the
/// server's: nothing is sent); acceptAll() accepts every suggestion shown.
class DispatchSuggestionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// When the plan was computed (simulation time); invalid before the first.
    Q_PROPERTY(QDateTime computedAt READ computedAt NOTIFY planChanged)
    /// The plan's totals over all its suggestions (also the ones this console hid).
    Q_PROPERTY(double totalValueKrw READ totalValueKrw NOTIFY planChanged)
    Q_PROPERTY(double chargeKwh READ chargeKwh NOTIFY planChanged)
    Q_PROPERTY(double deliverKwh READ deliverKwh NOTIFY planChanged)
    /// Why the last accept could not queue its order ("" after one that did), for the view.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    enum Role {
        SuggestionIdRole = Qt::UserRole + 1,
        TruckIdRole,
        TruckNameRole,
        KindRole,         ///< "charge" or "deliver"
        SiteIdRole,
        SiteNameRole,
        WindowStartRole,
        WindowEndRole,
        ArrivalRole,
        ArrivalP10Role,
        ArrivalP90Role,
        TravelKmRole,
        OnRoadsRole,
        EnergyKwhRole,
        ValueKrwRole,
        EnergyValueKrwRole,
        EnergyCostKrwRole,
        WearKrwRole,
        TravelKrwRole,
        LatenessKrwRole,
        AlternativeTruckRole,    ///< "" when no other truck could do it
        AlternativeLaterMinRole, ///< how much later the alternative would arrive (negative: sooner)
        AlternativeValueKrwRole,
        RouteRole,               ///< [QGeoCoordinate] from the truck to the site, empty for a straight line
        ExplanationRole,
    };

    explicit DispatchSuggestionModel(client::Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QDateTime computedAt() const { return m_plan.computedAt; }
    double totalValueKrw() const { return m_plan.totalValueKrw; }
    double chargeKwh() const { return m_plan.chargeKwh; }
    double deliverKwh() const { return m_plan.deliverKwh; }
    QString problem() const { return m_problem; }

    /// Queues row's suggestion as an order; "" when queued, else why not (translated).
    Q_INVOKABLE QString accept(int row);
    /// Hides row's suggestion on this console.
    Q_INVOKABLE void reject(int row);
    /// Accepts every row shown; returns how many were queued.
    Q_INVOKABLE int acceptAll();

    /// The sentence a row's suggestion is explained with.
    static QString explain(const domain::dispatch::DispatchSuggestion &s);

signals:
    void countChanged();
    void planChanged();
    void problemChanged();
    /// A suggestion was queued as an order (for a short confirmation on screen).
    void accepted(const QString &description);

public slots:
    void reload();

private:
    QList<domain::dispatch::DispatchSuggestion> shown() const;

    client::Store *m_store;
    domain::dispatch::DispatchPlan m_plan;
    QList<domain::dispatch::DispatchSuggestion> m_rows;
    QSet<QString> m_hidden; ///< accepted or rejected here: not offered again
    QString m_problem;

    QString noteProblem(const QString &problem);
};

} // namespace et::models

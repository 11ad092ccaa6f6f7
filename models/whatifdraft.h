// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"
#include "domain/hazard/incidentimpact.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace et::client {
class Store;
}

namespace et::models {

class HazardShapes;
class IncidentImpactModel;
class OperatorCommands;

/// A what-if: a hypothetical incident an operator drafts to ask "what if this happened?" It lives
/// in this object only — never in the outbox, never sent — and is assessed on this console by the
/// same IncidentImpact the server runs, over the cached assets, trucks and centers and the bundled
/// map (WhatIfInputs), so it works with no server. The map draws it in its own colour marked
/// DRAFT (HazardShapes), `impact` holds its tables, and `comparison` sets it beside the present
/// (the open incidents' impacts from the cache). Dragging moves the whole footprint (a typhoon's
/// track too). An operator with manage_disasters can promote it: then, and only then, it becomes
/// an ordinary create command in the outbox.
///
/// The assessment runs on a worker thread, the newest draft winning, so a drag never waits for it.
class WhatIfDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    /// True once the newest draft's assessment is in (false while it is computed).
    Q_PROPERTY(bool assessed READ assessed NOTIFY changed)
    /// Why the draft cannot be assessed or promoted (an incomplete body), or what the cache lacked.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    /// Where the drag handle sits: the draft's centre (a typhoon's fix nearest Jeju).
    Q_PROPERTY(QGeoCoordinate centre READ centre NOTIFY changed)
    /// The draft's severity: the operator's, or the hazard's own rating when it has none.
    Q_PROPERTY(int severity READ severity NOTIFY changed)
    /// How long the last assessment took on the worker, ms.
    Q_PROPERTY(double assessMs READ assessMs NOTIFY changed)
    Q_PROPERTY(et::models::IncidentImpactModel *impact READ impact CONSTANT)
    /// [{key, label, unit, decimals, present, draft, together}]: the present (every open incident),
    /// the draft alone, and both (sites and facilities counted once; MW, MWh and trucks summed).
    Q_PROPERTY(QVariantList comparison READ comparison NOTIFY changed)
    /// Trucks free of an order now, and whether the present and the draft together need more.
    /// The first five sites at risk, red first: [{name, priority, probability}] (the card lists
    /// these; the whole table is `impact`).
    Q_PROPERTY(QVariantList topSites READ topSites NOTIFY changed)
    Q_PROPERTY(int freeTrucks READ freeTrucks NOTIFY changed)
    Q_PROPERTY(bool shortOfTrucks READ shortOfTrucks NOTIFY changed)
    Q_PROPERTY(bool canPromote READ canPromote NOTIFY changed)
public:
    WhatIfDraft(client::Store *store, HazardShapes *shapes, OperatorCommands *commands, QObject *parent = nullptr);
    ~WhatIfDraft() override;

    /// Drafts (or redrafts) from `body`, as POST /disasters takes it; keeps the drag offset.
    Q_INVOKABLE void setBody(const QVariantMap &body);
    /// Moves the whole footprint so its centre is at `centre`.
    Q_INVOKABLE void moveTo(const QGeoCoordinate &centre);
    Q_INVOKABLE void moveBy(double dLat, double dLon);
    /// Queues the draft as a real incident (manage_disasters only) and ends the draft; its id, or
    /// "" with the reason in `problem`.
    Q_INVOKABLE QString promote();
    Q_INVOKABLE void discard();

    bool active() const { return m_draft.has_value(); }
    bool assessed() const { return m_assessed; }
    QString problem() const { return m_problem; }
    QString title() const { return m_draft ? m_draft->title : QString(); }
    QGeoCoordinate centre() const;
    int severity() const;
    double assessMs() const { return m_assessMs; }
    IncidentImpactModel *impact() const { return m_impactModel; }
    QVariantList comparison() const { return m_comparison; }
    QVariantList topSites() const;
    int freeTrucks() const { return m_freeTrucks; }
    bool shortOfTrucks() const { return m_shortOfTrucks; }
    bool canPromote() const;

    /// Who may promote (the console's signed-in role); none: nobody.
    void setPermissionCheck(std::function<bool()> canPromote);
    /// The draft as it stands, with its impact when assessed (for tests and the overlay).
    std::optional<domain::Disaster> draft() const { return m_draft; }

signals:
    void changed();
    /// The newest draft's assessment is shown (the tables, the overlay, the comparison).
    void assessedChanged();

private:
    void assess();
    void finished(quint64 seq, const domain::hazard::IncidentImpact &impact, double ms);
    void compare();
    std::shared_ptr<const domain::hazard::IncidentInputs> inputs();

    client::Store *m_store;
    HazardShapes *m_shapes;
    OperatorCommands *m_commands;
    IncidentImpactModel *m_impactModel;
    std::function<bool()> m_canPromote;
    QThreadPool m_pool; ///< one worker; waits for it on destruction
    QTimer m_refresh;   ///< assesses again over a cache that moved on

    QVariantMap m_body;                   ///< as the operator drew it, before the drag
    std::optional<domain::Disaster> m_base; ///< m_body read
    std::optional<domain::Disaster> m_draft; ///< m_base moved by the drag
    double m_dLat = 0.0;
    double m_dLon = 0.0;
    bool m_assessed = false;
    bool m_running = false;
    bool m_again = false;
    quint64 m_seq = 0;
    double m_assessMs = 0.0;
    QString m_problem;
    QString m_inputsProblem;
    std::shared_ptr<const domain::hazard::IncidentInputs> m_inputs;
    bool m_inputsStale = true;
    QVariantList m_comparison;
    int m_freeTrucks = 0;
    bool m_shortOfTrucks = false;
};

} // namespace et::models

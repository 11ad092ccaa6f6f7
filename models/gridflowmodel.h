// SPDX-License-Identifier: MIT
#pragma once

#include "hvdcflowmodel.h"

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// Every flow the Energy view draws on the map (JejuMap's `flows` contract, as HvdcFlowModel):
/// the HVDC links from the mainland, and inside the island each generator's output into its
/// substation and each converter station's import into (or export out of) its substation. Which
/// substation a plant feeds is in resources/data/jeju-grid-topology.json — assumed (nearest
/// substation), so those rows carry `approximate` true and the map draws them fainter; `kind` is the
/// plant's (the line takes its marker colour); `mw` is the plant's or converter's current output,
/// with the same sign rule as the links (positive: from → to).
class GridFlowModel : public et::models::HvdcFlowModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit GridFlowModel(client::Store *store, QObject *parent = nullptr);

    struct Connection
    {
        QString from;
        QString to;
    };
    /// The bundled topology, read once.
    static const QList<Connection> &connections();

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;
};

} // namespace et::models

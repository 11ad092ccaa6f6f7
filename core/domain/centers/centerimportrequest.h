// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>

namespace et::domain::centers {

/// The body of `POST /api/v1/centers/import`: the Jeju centers an operator read from a standard
/// data file (CenterCsvImporter, on their machine: the file itself may be larger than a request
/// may be), and whether to only compute what would change. fromJson() refuses the whole request
/// at the first bad center, naming it: a center outside Jeju, an id that is not the stable key of
/// its name and address (the merge relies on it), a repeat, or more than kMaxCenters.
struct CenterImportRequest
{
    static constexpr int kMaxCenters = 200;

    QList<Center> centers;
    bool dryRun = false;

    static Result<CenterImportRequest> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

} // namespace et::domain::centers

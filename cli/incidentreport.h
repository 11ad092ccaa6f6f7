// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"

#include <QCoreApplication>
#include <QTextStream>

namespace et::cli {

/// `disaster impact ID [--json]`: an incident's assessed impact from the cache — the server's
/// hazard::IncidentImpact that travels with the disaster — as tables (assets and facilities by
/// inspection priority, facilities that may lose power, unserved demand by eup/myeon/dong, the
/// deficit and trucks needed, the priority supply with its rules) or as the API's JSON.
class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
public:
    static int print(const QList<domain::Disaster> &disasters, const QString &id, bool json, QTextStream &out, QTextStream &err);
};

} // namespace et::cli

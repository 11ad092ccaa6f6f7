// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/hourlyvalues.h"
#include "domain/energy/kpxforecaster.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace et::domain::energy {

/// The mean absolute error of 1–24 h forecasts against an observed hourly series, for several
/// methods compared on exactly the same targets: a (issue, lead) pair counts only when the
/// observation and every method's forecast are numbers, so no method is scored on hours another
/// one skipped.
class ForecastSkill
{
public:
    using Method = std::function<KpxForecaster::Forecast(qsizetype issue)>;

    struct Score
    {
        QString method;
        std::array<double, KpxForecaster::kLeads> maeByLead{}; ///< [lead − 1], MW
        double mae = 0.0;                                      ///< over every lead, MW
    };

    struct Comparison
    {
        QList<Score> scores;      ///< in the order the methods were given
        qsizetype targets = 0;    ///< (issue, lead) pairs scored, the same for every method
        qsizetype issues = 0;
        double meanObserved = 0.0; ///< over the scored targets, MW (to read the MAE against)
    };

    /// Issues every hour in [firstIssue, endIssue) (hours of `observed`), each method once per
    /// issue; targets beyond the series are left out.
    static Comparison compare(const HourlyValues &observed, qsizetype firstIssue, qsizetype endIssue,
                              const QList<std::pair<QString, Method>> &methods);
};

} // namespace et::domain::energy

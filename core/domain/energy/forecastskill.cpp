// SPDX-License-Identifier: MIT
#include "domain/energy/forecastskill.h"

#include <cmath>

namespace et::domain::energy {

ForecastSkill::Comparison ForecastSkill::compare(const HourlyValues &observed, qsizetype firstIssue, qsizetype endIssue,
                                                 const QList<std::pair<QString, Method>> &methods)
{
    constexpr int kLeads = KpxForecaster::kLeads;
    const qsizetype n = methods.size();
    QList<std::array<double, kLeads>> sums(n, std::array<double, kLeads>{});
    std::array<qsizetype, kLeads> counts{};
    QList<KpxForecaster::Forecast> forecasts(n);
    Comparison out;
    double observedSum = 0.0;
    for (qsizetype issue = std::max<qsizetype>(0, firstIssue); issue < endIssue; ++issue) {
        for (qsizetype m = 0; m < n; ++m)
            forecasts[m] = methods.at(m).second(issue);
        ++out.issues;
        for (int k = 0; k < kLeads; ++k) {
            const qsizetype target = issue + k;
            if (target >= observed.size() || !std::isfinite(observed.at(target)))
                continue;
            bool all = true;
            for (qsizetype m = 0; m < n && all; ++m)
                all = std::isfinite(forecasts[m][size_t(k)]);
            if (!all)
                continue;
            ++counts[size_t(k)];
            observedSum += observed.at(target);
            for (qsizetype m = 0; m < n; ++m)
                sums[m][size_t(k)] += std::abs(forecasts[m][size_t(k)] - observed.at(target));
        }
    }
    for (int k = 0; k < kLeads; ++k)
        out.targets += counts[size_t(k)];
    out.meanObserved = out.targets > 0 ? observedSum / double(out.targets) : 0.0;
    for (qsizetype m = 0; m < n; ++m) {
        Score s;
        s.method = methods.at(m).first;
        double total = 0.0;
        for (int k = 0; k < kLeads; ++k) {
            s.maeByLead[size_t(k)] = counts[size_t(k)] > 0 ? sums[m][size_t(k)] / double(counts[size_t(k)]) : 0.0;
            total += sums[m][size_t(k)];
        }
        s.mae = out.targets > 0 ? total / double(out.targets) : 0.0;
        out.scores << s;
    }
    return out;
}

} // namespace et::domain::energy

// SPDX-License-Identifier: MIT
#include "domain/dispatch/priorityallocation.h"

#include <algorithm>
#include <numeric>

namespace et::domain::dispatch {

QList<double> PriorityAllocation::maxMinFair(double available, const QList<double> &needs)
{
    QList<double> out(needs.size(), 0.0);
    QList<qsizetype> order(needs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return needs[a] < needs[b]; });
    double left = std::max(0.0, available);
    // Smallest needs first: while the equal share of what is left covers a need, it is met in
    // full; the first need it does not cover sets the level for all that remain.
    for (qsizetype k = 0; k < order.size(); ++k) {
        const double level = left / double(order.size() - k);
        const double need = std::max(0.0, needs[order[k]]);
        if (need <= level) {
            out[order[k]] = need;
            left -= need;
        } else {
            for (qsizetype j = k; j < order.size(); ++j)
                out[order[j]] = level;
            break;
        }
    }
    return out;
}

QList<EnergyShare> PriorityAllocation::allocate(double availableMwh, const QList<EnergyNeed> &needs)
{
    QList<double> critical, other;
    for (const EnergyNeed &n : needs)
        (n.lifeCritical ? critical : other) << n.mwh;
    const QList<double> criticalShares = maxMinFair(availableMwh, critical);
    const double left = std::max(0.0, availableMwh - std::accumulate(criticalShares.cbegin(), criticalShares.cend(), 0.0));
    const QList<double> otherShares = maxMinFair(left, other);
    QList<EnergyShare> out;
    qsizetype c = 0, o = 0;
    for (const EnergyNeed &n : needs) {
        if (n.lifeCritical)
            out << EnergyShare{n.id, criticalShares[c++], EnergyShare::Rule::LifeCritical};
        else
            out << EnergyShare{n.id, otherShares[o++], EnergyShare::Rule::FairShare};
    }
    return out;
}

} // namespace et::domain::dispatch

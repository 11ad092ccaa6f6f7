// SPDX-License-Identifier: MIT
#include "domain/energy/curtailmenthindcast.h"

#include <QTimeZone>

#include <algorithm>

namespace et::domain::energy {

CurtailmentHindcast::Totals CurtailmentHindcast::run(const std::function<IslandBalance::Config(QDate)> &gridOn, QDate first, QDate last,
                                                     const HourSource &hour, double thresholdMw)
{
    Totals t;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        const IslandBalance balance(gridOn(day));
        bool curtailedToday = false;
        for (int h = 0; h < 24; ++h) {
            const QDateTime start(day, QTime(h, 0), QTimeZone(9 * 3600));
            const HindcastHour in = hour(start);
            BalanceInput b;
            b.time = start;
            b.demandMw = in.demandMw;
            b.renewables = in.renewables;
            b.assetDetail = false;
            const BalanceResult r = balance.dispatch(b);
            double windCut = 0.0, solarCut = 0.0;
            for (qsizetype i = 0; i < in.renewables.size(); ++i) {
                const double cut = std::max(0.0, in.renewables.at(i).availableMw) - r.renewableOutputMw.at(i);
                (in.renewables.at(i).wind ? windCut : solarCut) += cut;
            }
            ++t.hoursSimulated;
            t.windMwh += windCut;
            t.solarMwh += solarCut;
            if (windCut + solarCut > thresholdMw)
                ++t.anyHours;
            if (windCut > thresholdMw) {
                ++t.windHours;
                ++t.windHoursByMonth[day.month() - 1];
                curtailedToday = true;
            }
        }
        t.windDays += curtailedToday ? 1 : 0;
    }
    return t;
}

} // namespace et::domain::energy

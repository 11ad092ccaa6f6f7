// SPDX-License-Identifier: MIT
#include "forecastreport.h"

#include "jejuclock.h"
#include "texttable.h"

#include "domain/energy/forecastjson.h"

#include <QJsonDocument>

namespace et::cli {

namespace {
QString number(double v)
{
    return QString::number(v, 'f', 0);
}

QString band(const domain::energy::Band &b)
{
    return QStringLiteral("%1 (%2–%3)").arg(number(b.p50), number(b.p10), number(b.p90));
}
} // namespace

int ForecastReport::print(const std::optional<domain::energy::EnergyForecastResult> &forecast, bool json, QTextStream &out, QTextStream &err)
{
    if (!forecast) {
        err << tr("no forecast in the cache yet; run sync with --server") << '\n';
        return 1;
    }
    if (json) {
        out << QJsonDocument(domain::energy::ForecastJson::toJson(*forecast)).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    out << tr("energy forecast issued %1 KST").arg(kst(forecast->issued, "yyyy-MM-dd HH:mm")) << '\n';
    if (forecast->windows.isEmpty()) {
        out << tr("no curtailment expected in the next 24 h") << '\n';
    } else {
        TextTable windows({tr("curtailment from"), tr("to"), tr("hours"), tr("MWh (P10–P90)"), tr("peak MW")});
        for (const auto &w : forecast->windows)
            windows.addRow({kst(w.start, "MM-dd HH:mm"), kst(w.end, "MM-dd HH:mm"), QString::number(w.start.secsTo(w.end) / 3600.0, 'f', 2),
                            band(w.energyMwh), number(w.peakMw)});
        out << windows.render();
    }
    TextTable hours({tr("hour (KST)"), tr("demand MW"), tr("wind MW"), tr("solar MW"), tr("HVDC net MW"), tr("curtailment MW (P10–P90)"),
                     tr("SMP ₩/kWh"), tr("gCO₂/kWh")});
    for (const auto &s : forecast->hours.mid(0, 24))
        hours.addRow({kst(s.time, "MM-dd HH:mm"), number(s.demandMw.p50), number(s.windMw.p50), number(s.solarMw.p50),
                      number(s.importMw.p50 - s.exportMw.p50), band(s.curtailmentMw), number(s.smpKrwPerKwh.p50), number(s.carbonGPerKwh.p50)});
    out << hours.render();
    return 0;
}

} // namespace et::cli

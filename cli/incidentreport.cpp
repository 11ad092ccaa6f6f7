// SPDX-License-Identifier: MIT
#include "incidentreport.h"

#include "jejuclock.h"
#include "texttable.h"

#include "domain/hazard/incidentimpactjson.h"

#include <QJsonDocument>

namespace et::cli {

using namespace domain::hazard;

namespace {
QString fixed(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString percent(double probability)
{
    return QStringLiteral("%1 %").arg(fixed(probability * 100.0, 0));
}
} // namespace

int IncidentReport::print(const QList<domain::Disaster> &disasters, const QString &id, bool json, QTextStream &out, QTextStream &err)
{
    const auto d = std::find_if(disasters.cbegin(), disasters.cend(), [&](const domain::Disaster &x) { return x.id == id; });
    if (d == disasters.cend()) {
        err << tr("no disaster \"%1\" in the cache; check the id with: list disasters").arg(id) << '\n';
        return 1;
    }
    if (d->impact.isEmpty()) {
        err << tr("disaster \"%1\" has no assessed impact in the cache yet; run sync with --server").arg(id) << '\n';
        return 1;
    }
    const auto impact = IncidentImpactJson::fromJson(d->impact);
    if (!impact.ok()) {
        err << tr("the cached impact of \"%1\" does not read: %2").arg(id, impact.error().toString()) << '\n';
        return 1;
    }
    if (json) {
        out << QJsonDocument(IncidentImpactJson::toJson(impact.value())).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const IncidentImpact &i = impact.value();
    const QString unit = IncidentImpact::unitOf(i.model);
    out << tr("%1 (%2), severity %3 of 5; assessed %4 KST by %5")
               .arg(d->title.isEmpty() ? d->id : d->title, domain::toString(d->type))
               .arg(d->severity)
               .arg(kst(i.computedAt, "yyyy-MM-dd HH:mm"), IncidentImpact::toString(i.model));
    if (i.hazardSeverity > 0)
        out << tr("; the hazard rates it %1 (%2)").arg(i.hazardSeverity).arg(i.alert ? HazardSeverity::toString(*i.alert) : QString());
    out << '\n';
    out << tr("unserved %1 MW, deficit %2 MWh over the expected outage, %3 trucks needed; %4 MWh on the trucks to share")
               .arg(fixed(i.unservedMw, 1), fixed(i.deficitMwh, 1))
               .arg(i.trucksNeeded)
               .arg(fixed(i.availableMwh, 2))
        << "\n\n";

    TextTable sites({tr("inspect"), tr("state"), tr("site"), tr("type"), unit.isEmpty() ? tr("intensity") : tr("intensity (%1)").arg(unit),
                     tr("P(damage)")});
    for (const ImpactedSite &s : i.sites) {
        if (s.impact.probability <= 0.0)
            continue;
        sites.addRow({FragilityCurve::toString(s.impact.priority), FragilityCurve::toString(s.impact.state),
                      s.name + (s.approximate ? QStringLiteral(" ~") : QString()), s.type, fixed(s.impact.intensity, 1),
                      percent(s.impact.probability)});
    }
    out << tr("assets and facilities at risk: %1 (~ = approximate position)").arg(sites.rowCount()) << '\n' << sites.render() << '\n';

    if (!i.facilitiesWithoutPower.isEmpty()) {
        TextTable dark({tr("facility"), tr("kind"), tr("life-critical"), tr("P(no power)"), tr("outage h"), tr("backup h"), tr("need MWh")});
        for (const FacilityWithoutPower &f : i.facilitiesWithoutPower)
            dark.addRow({f.name, f.kind, f.outage.lifeCritical ? tr("yes") : tr("no"), percent(f.outage.lossProbability),
                         fixed(f.outage.outageHours, 0), fixed(f.outage.backupHours, 0), fixed(f.outage.needMwh, 2)});
        out << tr("facilities that may lose power") << '\n' << dark.render() << '\n';
    }
    if (!i.unservedByRegion.isEmpty()) {
        TextTable regions({tr("eup/myeon/dong"), tr("unserved MW")});
        for (const auto &[region, mw] : i.unservedByRegion)
            regions.addRow({region, fixed(mw, 2)});
        out << tr("unserved demand") << '\n' << regions.render() << '\n';
    }
    if (!i.supply.isEmpty()) {
        TextTable supply({tr("facility"), tr("MWh"), tr("rule")});
        for (const PrioritySupply &s : i.supply)
            supply.addRow({s.name, fixed(s.mwh, 2), IncidentImpactJson::toString(s.rule)});
        out << tr("priority supply (life-critical first, then max-min fair)") << '\n' << supply.render();
    }
    return 0;
}

} // namespace et::cli

// SPDX-License-Identifier: MIT
#include "whatifinputs.h"

#include "client/store.h"
#include "domain/energy/jejuassetcatalog.h"
#include "jejudata/bundledislandmap.h"
#include "modelslogging.h"

#include <QCoreApplication>
#include <QFile>

namespace et::models {

namespace {

// Read once per process: the file is bundled and does not change.
const QHash<QString, double> &bundledLoadShare()
{
    static const QHash<QString, double> share = [] {
        QFile f(QStringLiteral(":/et/models/jeju-assets.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcModels) << "substation load shares not bundled:" << f.errorString();
            return QHash<QString, double>();
        }
        const auto catalog = domain::energy::JejuAssetCatalog::read(f.readAll());
        if (!catalog.ok()) {
            qCWarning(lcModels).noquote() << "substation load shares do not read:" << catalog.error().toString();
            return QHash<QString, double>();
        }
        return catalog.value().loadShare;
    }();
    return share;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("et::models::WhatIfInputs", text);
}

} // namespace

WhatIfInputs WhatIfInputs::fromCache(const client::Store &store)
{
    WhatIfInputs out;
    domain::hazard::IncidentInputs &in = out.inputs;
    QStringList missing;
    if (store.isOpen()) {
        in.assets = store.assets();
        in.trucks = store.trucks();
        for (const domain::Center &c : store.centers())
            in.facilities << domain::hazard::CriticalFacility::ofCenter(c);
        if (const auto balance = store.balance()) {
            in.islandDemandMw = balance->demandMw;
            in.now = balance->timestamp;
        } else if (const auto forecast = store.forecast(); forecast && !forecast->quarterHours.isEmpty()) {
            in.islandDemandMw = forecast->quarterHours.first().demandMw.p50;
            in.now = forecast->quarterHours.first().time;
        }
    }
    if (in.assets.isEmpty())
        missing << tr("the assets");
    if (in.islandDemandMw <= 0.0)
        missing << tr("the island's demand");
    if (!in.now.isValid())
        in.now = QDateTime::currentDateTimeUtc();
    const auto &facilities = jejudata::BundledIslandMap::criticalFacilities();
    if (facilities.ok())
        in.facilities = facilities.value() + in.facilities;
    else
        missing << tr("the critical facilities");
    const auto &regions = jejudata::BundledIslandMap::regions();
    if (regions.ok())
        in.regions = regions.value();
    else
        missing << tr("the eup/myeon/dong map");
    in.loadShare = bundledLoadShare();
    if (in.loadShare.isEmpty())
        missing << tr("the substations' load shares");
    if (!missing.isEmpty())
        out.problem = tr("Assessed without %1: not in this console's cache yet.").arg(missing.join(QStringLiteral(", ")));
    return out;
}

} // namespace et::models

// SPDX-License-Identifier: MIT
#include "centerrules.h"

#include "jejudata/bundledcenterneeds.h"
#include "jejudata/bundledholidays.h"
#include "modelslogging.h"

namespace et::models {

const domain::centers::OpenNow &CenterRules::openNow()
{
    static const domain::centers::OpenNow instance = [] {
        static const domain::energy::KoreanHolidays none;
        const auto &calendar = jejudata::BundledHolidays::calendar();
        if (!calendar.ok())
            qCWarning(lcModels).noquote() << "open-now without holidays:" << calendar.error().toString();
        return domain::centers::OpenNow(calendar.ok() ? calendar.value() : none);
    }();
    return instance;
}

const domain::centers::CenterNeeds &CenterRules::needs()
{
    static const domain::centers::CenterNeeds &instance = []() -> const domain::centers::CenterNeeds & {
        static const domain::centers::CenterNeeds none;
        const auto &rules = jejudata::BundledCenterNeeds::rules();
        if (!rules.ok())
            qCWarning(lcModels).noquote() << "ranking without the needs rules:" << rules.error().toString();
        return rules.ok() ? rules.value() : none;
    }();
    return instance;
}

} // namespace et::models

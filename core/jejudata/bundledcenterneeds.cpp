// SPDX-License-Identifier: MIT
#include "jejudata/bundledcenterneeds.h"

#include <QFile>

namespace et::jejudata {

const domain::Result<domain::centers::CenterNeeds> &BundledCenterNeeds::rules()
{
    static const domain::Result<domain::centers::CenterNeeds> rules = []() -> domain::Result<domain::centers::CenterNeeds> {
        QFile file(QStringLiteral(":/et/jejudata/center-needs.json"));
        if (!file.open(QIODevice::ReadOnly))
            return domain::Error{QStringLiteral("center-needs.json"), file.errorString()};
        return domain::centers::CenterNeeds::read(file.readAll());
    }();
    return rules;
}

} // namespace et::jejudata

// SPDX-License-Identifier: MIT
#include "centerstaff.h"

#include <QStringList>

namespace et::models {

namespace {
QVariant count(const std::optional<int> &n)
{
    return n ? QVariant(*n) : QVariant();
}
} // namespace

QVariantMap CenterStaff::of(const domain::Center &c)
{
    return {{QStringLiteral("doctors"), count(c.doctors)},
            {QStringLiteral("nurses"), count(c.nurses)},
            {QStringLiteral("socialWorkers"), count(c.socialWorkers)},
            {QStringLiteral("nutritionists"), count(c.nutritionists)},
            {QStringLiteral("other"), c.otherStaff},
            {QStringLiteral("text"), text(c)}};
}

QString CenterStaff::text(const domain::Center &c)
{
    QStringList parts;
    // A published 0 is said (no doctor there); an unknown count is left out, never shown as 0.
    if (c.doctors)
        parts << tr("Doctors %1").arg(*c.doctors);
    if (c.nurses)
        parts << tr("Nurses %1").arg(*c.nurses);
    if (c.socialWorkers)
        parts << tr("Social workers %1").arg(*c.socialWorkers);
    if (c.nutritionists)
        parts << tr("Nutritionists %1").arg(*c.nutritionists);
    if (!c.otherStaff.isEmpty() && c.otherStaff != u"0")
        parts << tr("Other: %1").arg(c.otherStaff);
    return parts.join(QStringLiteral(" · "));
}

} // namespace et::models

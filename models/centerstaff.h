// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace et::models {

/// A center's staff as the console shows it, for a `staff` role of the centers' list: a map
/// {doctors, nurses, socialWorkers, nutritionists (each a count, or undefined when unknown),
/// other (the published free text), text ("Doctors 1 · Nurses 4 · …", "" when nothing is known)}.
class CenterStaff
{
    Q_DECLARE_TR_FUNCTIONS(CenterStaff)
public:
    static QVariantMap of(const domain::Center &center);
    static QString text(const domain::Center &center);
};

} // namespace et::models

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/windturbinemodel.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace et::domain::energy {

/// windpowerlib's turbine library (the OpenEnergy Platform's turbine data, MIT): power_curves.csv
/// (one row per type, W by wind speed in m/s, empty where a maker publishes no value) and
/// turbine_data.csv (nominal power in W, rotor diameter, hub heights as "78; 80;100", sometimes
/// with decimal commas such as "87,5"). Pure: the caller passes both files' bytes.
/// A row that cannot be read is left out and named in issues() ("power_curves.csv line 5
/// (E-70/2000): ..."), so one bad row costs that type only.
class WindTurbineLibrary
{
public:
    /// Fails only when a file as a whole is unusable (no header, no speed columns, no type column).
    static Result<WindTurbineLibrary> parse(const QByteArray &powerCurvesCsv, const QByteArray &turbineDataCsv);

    QStringList types() const; ///< sorted
    qsizetype size() const { return m_models.size(); }
    bool contains(const QString &type) const { return m_models.contains(type); }
    /// The model for a type, or an error naming the type when the library has no curve for it.
    Result<WindTurbineModel> model(const QString &type) const;
    const QStringList &issues() const { return m_issues; }

private:
    QHash<QString, WindTurbineModel> m_models;
    QStringList m_issues;
};

} // namespace et::domain::energy

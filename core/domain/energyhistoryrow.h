// SPDX-License-Identifier: MIT
#pragma once

#include "energyhistorypoint.h"

#include <QByteArray>
#include <QVariant>

#include <array>

namespace et::domain {

/// How the server's database and the console's cache keep one history point in a table row,
/// compactly: whole hundredths (0.01 MW, 0.01 KRW/kWh or 0.01 gCO₂eq/kWh — the resolution the
/// live balance is given in, so a minute is kept exactly) in eight INTEGER columns (carbon may be
/// NULL: rows kept before it was), and the per-link and
/// per-asset lists as one BLOB each of little-endian 32-bit integers, INT32_MIN for "no value" —
/// 4 bytes a value instead of 8 for a double or ~8 for JSON text. Decoding refuses a BLOB of
/// the wrong length, so a row whose columns were mixed up is an error, never numbers under the
/// wrong asset.
class EnergyHistoryRow
{
public:
    /// The scalar columns, in the order scalars() gives them (for the stores' SQL).
    static constexpr const char *kScalarColumns = "demand, thermal, wind, solar, truck_discharge, curtailment, smp, carbon";
    static constexpr size_t kScalarCount = 8;
    using Scalars = std::array<QVariant, kScalarCount>;

    /// A value in hundredths; values beyond ±21,474,836.47 cannot occur (the codecs refuse more
    /// than 5,000 MW) and are clamped.
    static qint32 toHundredths(double value);
    static double fromHundredths(qint64 hundredths) { return double(hundredths) / 100.0; }

    static QByteArray pack(const HistoryValues &values);
    static Result<HistoryValues> unpack(const QByteArray &blob, qsizetype expectedValues);

    /// Demand, thermal, wind, solar, truck discharge, curtailment, SMP and carbon intensity in
    /// hundredths (qint32; carbon a null QVariant when the point has none), to bind to SQL.
    static Scalars scalars(const EnergyHistoryPoint &point);
    /// The point a row holds: Unix seconds `t`, its minutes, the scalars as SQL gives them (whole
    /// hundredths; only carbon may be NULL) and the two BLOBs, which must have one value per
    /// column of `columns`.
    static Result<EnergyHistoryPoint> decode(qint64 t, int minutes, const Scalars &scalars, const QByteArray &hvdc,
                                             const QByteArray &assets, const EnergyHistoryColumns &columns);

    /// Points read from rows written under different columns (`columnsIds[i]` for `points[i]`,
    /// each in `byId`), brought to one set: the columns of all, in order of first appearance,
    /// with each point's values rearranged to them (nothing where it had none).
    static EnergyHistoryColumns unite(QList<EnergyHistoryPoint> &points, const QList<int> &columnsIds,
                                      const QHash<int, EnergyHistoryColumns> &byId);
};

} // namespace et::domain

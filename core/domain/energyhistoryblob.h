// SPDX-License-Identifier: MIT
#pragma once

#include "energyhistorycolumns.h"

#include <QByteArray>

namespace et::domain {

/// How the server's database and the console's cache keep history values compactly: whole
/// hundredths (0.01 MW or 0.01 KRW/kWh — the resolution the live balance is given in, so a
/// minute is kept exactly), and the per-link and per-asset lists as one BLOB of little-endian
/// 32-bit integers, INT32_MIN for "no value" — 4 bytes a value instead of 8 for a double or ~8
/// for JSON text. unpack() refuses a BLOB of the wrong length, so a row whose columns were
/// mixed up is an error, never numbers under the wrong asset.
class EnergyHistoryBlob
{
public:
    /// A value in hundredths; values beyond ±21,474,836.47 cannot occur (the codecs refuse
    /// more than 5,000 MW) and are clamped.
    static qint32 toHundredths(double value);
    static double fromHundredths(qint64 hundredths);

    static QByteArray pack(const HistoryValues &values);
    static Result<HistoryValues> unpack(const QByteArray &blob, qsizetype expectedValues);
};

} // namespace et::domain

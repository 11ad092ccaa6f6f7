// SPDX-License-Identifier: MIT
#include "energyhistoryblob.h"

#include <QtEndian>

#include <cmath>
#include <limits>

namespace et::domain {

namespace {
constexpr qint32 kNoValue = std::numeric_limits<qint32>::min();
constexpr double kLimit = double(std::numeric_limits<qint32>::max());
} // namespace

qint32 EnergyHistoryBlob::toHundredths(double value)
{
    const double h = std::round(value * 100.0);
    if (!std::isfinite(h))
        return 0;
    return qint32(std::clamp(h, -kLimit, kLimit));
}

double EnergyHistoryBlob::fromHundredths(qint64 hundredths)
{
    return double(hundredths) / 100.0;
}

QByteArray EnergyHistoryBlob::pack(const HistoryValues &values)
{
    QByteArray out(values.size() * qsizetype(sizeof(qint32)), Qt::Uninitialized);
    char *at = out.data();
    for (const auto &v : values) {
        qToLittleEndian<qint32>(v ? toHundredths(*v) : kNoValue, at);
        at += sizeof(qint32);
    }
    return out;
}

Result<HistoryValues> EnergyHistoryBlob::unpack(const QByteArray &blob, qsizetype expectedValues)
{
    if (blob.size() != expectedValues * qsizetype(sizeof(qint32)))
        return Error{{}, QStringLiteral("holds %1 bytes; %2 values take %3").arg(blob.size()).arg(expectedValues).arg(expectedValues * 4)};
    HistoryValues out;
    out.reserve(expectedValues);
    const char *at = blob.constData();
    for (qsizetype i = 0; i < expectedValues; ++i, at += sizeof(qint32)) {
        const qint32 v = qFromLittleEndian<qint32>(at);
        out << (v == kNoValue ? std::nullopt : std::optional<double>(fromHundredths(v)));
    }
    return out;
}

} // namespace et::domain

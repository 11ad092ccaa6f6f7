// SPDX-License-Identifier: MIT
#include "energyhistoryrow.h"

#include <QHash>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace et::domain {

namespace {
constexpr qint32 kNoValue = std::numeric_limits<qint32>::min();
constexpr double kLimit = double(std::numeric_limits<qint32>::max());
} // namespace

qint32 EnergyHistoryRow::toHundredths(double value)
{
    const double h = std::round(value * 100.0);
    if (!std::isfinite(h))
        return 0;
    return qint32(std::clamp(h, -kLimit, kLimit));
}

QByteArray EnergyHistoryRow::pack(const HistoryValues &values)
{
    QByteArray out(values.size() * qsizetype(sizeof(qint32)), Qt::Uninitialized);
    char *at = out.data();
    for (const auto &v : values) {
        qToLittleEndian<qint32>(v ? toHundredths(*v) : kNoValue, at);
        at += sizeof(qint32);
    }
    return out;
}

Result<HistoryValues> EnergyHistoryRow::unpack(const QByteArray &blob, qsizetype expectedValues)
{
    if (blob.size() != expectedValues * qsizetype(sizeof(qint32)))
        return Error{{}, QStringLiteral("holds %1 bytes; %2 values take %3").arg(blob.size()).arg(expectedValues).arg(expectedValues * 4)};
    // Written in place: the time slider decodes 43 values for each of 10,080 minutes.
    HistoryValues out(expectedValues);
    std::optional<double> *to = out.data();
    const char *at = blob.constData();
    for (qsizetype i = 0; i < expectedValues; ++i, at += sizeof(qint32)) {
        const qint32 v = qFromLittleEndian<qint32>(at);
        if (v != kNoValue)
            to[i] = fromHundredths(v);
    }
    return out;
}

EnergyHistoryRow::Scalars EnergyHistoryRow::scalars(const EnergyHistoryPoint &p)
{
    return {toHundredths(p.demandMw),
            toHundredths(p.thermalMw),
            toHundredths(p.windMw),
            toHundredths(p.solarMw),
            toHundredths(p.truckDischargeMw),
            toHundredths(p.curtailmentMw),
            toHundredths(p.smpKrwPerKwh),
            p.carbonGPerKwh ? QVariant(toHundredths(*p.carbonGPerKwh)) : QVariant(QMetaType::fromType<qint32>())};
}

Result<EnergyHistoryPoint> EnergyHistoryRow::decode(qint64 t, int minutes, const Scalars &scalars, const QByteArray &hvdc,
                                                    const QByteArray &assets, const EnergyHistoryColumns &columns)
{
    EnergyHistoryPoint p;
    p.timestamp = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    p.minutes = minutes;
    double *values[] = {&p.demandMw, &p.thermalMw, &p.windMw, &p.solarMw, &p.truckDischargeMw, &p.curtailmentMw, &p.smpKrwPerKwh};
    static_assert(std::size(values) == kScalarCount - 1);
    for (size_t i = 0; i < std::size(values); ++i) {
        if (scalars[i].isNull())
            return Error{QString::fromLatin1(kScalarColumns).split(QStringLiteral(", ")).value(qsizetype(i)), QStringLiteral("is NULL")};
        *values[i] = fromHundredths(scalars[i].toLongLong());
    }
    if (const QVariant &carbon = scalars[kScalarCount - 1]; !carbon.isNull())
        p.carbonGPerKwh = fromHundredths(carbon.toLongLong());
    auto links = unpack(hvdc, columns.hvdcLinkIds.size());
    if (!links.ok())
        return links.error().prefixed(QStringLiteral("hvdc"));
    auto outputs = unpack(assets, columns.assetIds.size());
    if (!outputs.ok())
        return outputs.error().prefixed(QStringLiteral("assets"));
    p.hvdcFlowMw = std::move(links).value();
    p.assetOutputMw = std::move(outputs).value();
    return p;
}

EnergyHistoryColumns EnergyHistoryRow::unite(QList<EnergyHistoryPoint> &points, const QList<int> &columnsIds,
                                             const QHash<int, EnergyHistoryColumns> &byId)
{
    EnergyHistoryColumns all;
    QList<int> seen;
    for (const int id : columnsIds) {
        if (!seen.contains(id)) {
            seen << id;
            all = all.united(byId.value(id));
        }
    }
    // Almost always one set of columns: nothing to rearrange.
    if (seen.size() > 1) {
        for (qsizetype i = 0; i < points.size(); ++i) {
            const EnergyHistoryColumns own = byId.value(columnsIds.value(i));
            points[i].hvdcFlowMw = EnergyHistoryColumns::remap(points[i].hvdcFlowMw, own.hvdcLinkIds, all.hvdcLinkIds);
            points[i].assetOutputMw = EnergyHistoryColumns::remap(points[i].assetOutputMw, own.assetIds, all.assetIds);
        }
    }
    return all;
}

} // namespace et::domain

// SPDX-License-Identifier: MIT
#include "energyhistoryaggregator.h"

namespace et::domain {

namespace {
/// Minute-weighted means of per-column values, skipping points without a value.
class ColumnMeans
{
public:
    void add(const HistoryValues &values, double weight)
    {
        if (m_sum.size() < values.size()) {
            m_sum.resize(values.size(), 0.0);
            m_weight.resize(values.size(), 0.0);
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i))
                continue;
            m_sum[i] += *values.at(i) * weight;
            m_weight[i] += weight;
        }
    }
    HistoryValues means() const
    {
        HistoryValues out;
        out.reserve(m_sum.size());
        for (qsizetype i = 0; i < m_sum.size(); ++i)
            out << (m_weight.at(i) > 0.0 ? std::optional<double>(m_sum.at(i) / m_weight.at(i)) : std::nullopt);
        return out;
    }

private:
    QList<double> m_sum;
    QList<double> m_weight;
};
} // namespace

std::optional<EnergyHistoryPoint> EnergyHistoryAggregator::combine(const QList<EnergyHistoryPoint> &points, const QDateTime &start)
{
    if (points.isEmpty())
        return std::nullopt;
    EnergyHistoryPoint out;
    out.timestamp = start.toUTC();
    out.minutes = 0;
    double demand = 0.0, thermal = 0.0, wind = 0.0, solar = 0.0, truck = 0.0, curtailment = 0.0;
    double smpByEnergy = 0.0, energy = 0.0, smpByTime = 0.0;
    // Carbon over the points that have it: emissions over consumption (demand-weighted), or the
    // time mean when nothing was consumed.
    double carbonByEnergy = 0.0, carbonEnergy = 0.0, carbonByTime = 0.0, carbonMinutes = 0.0;
    ColumnMeans links, assets;
    for (const auto &p : points) {
        const double w = p.minutes;
        out.minutes += p.minutes;
        demand += p.demandMw * w;
        thermal += p.thermalMw * w;
        wind += p.windMw * w;
        solar += p.solarMw * w;
        truck += p.truckDischargeMw * w;
        curtailment += p.curtailmentMw * w;
        smpByEnergy += p.smpKrwPerKwh * p.demandMw * w;
        energy += p.demandMw * w;
        smpByTime += p.smpKrwPerKwh * w;
        if (p.carbonGPerKwh) {
            carbonByEnergy += *p.carbonGPerKwh * p.demandMw * w;
            carbonEnergy += p.demandMw * w;
            carbonByTime += *p.carbonGPerKwh * w;
            carbonMinutes += w;
        }
        links.add(p.hvdcFlowMw, w);
        assets.add(p.assetOutputMw, w);
    }
    const double minutes = out.minutes;
    out.demandMw = demand / minutes;
    out.thermalMw = thermal / minutes;
    out.windMw = wind / minutes;
    out.solarMw = solar / minutes;
    out.truckDischargeMw = truck / minutes;
    out.curtailmentMw = curtailment / minutes;
    out.smpKrwPerKwh = energy > 0.0 ? smpByEnergy / energy : smpByTime / minutes;
    if (carbonMinutes > 0.0)
        out.carbonGPerKwh = carbonEnergy > 0.0 ? carbonByEnergy / carbonEnergy : carbonByTime / carbonMinutes;
    out.hvdcFlowMw = links.means();
    out.assetOutputMw = assets.means();
    return out;
}

QList<EnergyHistoryPoint> EnergyHistoryAggregator::aggregate(const QList<EnergyHistoryPoint> &points, HistoryStep step)
{
    QList<EnergyHistoryPoint> out;
    QList<EnergyHistoryPoint> bucket;
    qint64 bucketStart = 0;
    auto close = [&] {
        if (auto p = combine(bucket, QDateTime::fromSecsSinceEpoch(bucketStart, Qt::UTC)))
            out << *p;
        bucket.clear();
    };
    for (const auto &p : points) {
        const qint64 start = historyBucketStart(p.timestamp.toSecsSinceEpoch(), step);
        if (!bucket.isEmpty() && start != bucketStart)
            close();
        bucketStart = start;
        bucket << p;
    }
    close();
    return out;
}

} // namespace et::domain

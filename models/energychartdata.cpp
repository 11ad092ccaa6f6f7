// SPDX-License-Identifier: MIT
#include "energychartdata.h"

#include "forecastchartseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::models {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The position of `series` in EnergyChartData::kStack, or -1.
int stackLayer(EnergyChartData::Series series)
{
    const auto &stack = EnergyChartData::kStack;
    const auto it = std::find(stack.begin(), stack.end(), series);
    return it == stack.end() ? -1 : int(it - stack.begin());
}

/// One layer's value at increasing times: linear between its points, NaN outside its span (a
/// value there is unknown, not zero), 0 for a layer with no points at all. A negative value
/// stacks as 0: an HVDC export is not supply.
class LayerWalker
{
public:
    explicit LayerWalker(const QList<QPointF> &points) : m_points(points) {}
    double at(double x)
    {
        if (m_points.isEmpty())
            return 0.0;
        if (x < m_points.constFirst().x() || x > m_points.constLast().x())
            return kNaN;
        while (m_next < m_points.size() && m_points[m_next].x() < x)
            ++m_next;
        const QPointF &b = m_points[m_next]; // the first point at or after x
        if (b.x() == x || m_next == 0)
            return supply(b.y());
        const QPointF &a = m_points[m_next - 1];
        return supply(a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    }

private:
    static double supply(double y) { return std::isnan(y) ? kNaN : std::max(0.0, y); }
    const QList<QPointF> &m_points;
    qsizetype m_next = 0;
};

/// Whether two series hold the same points, NaN values (gaps) counting as equal.
bool samePoints(const QList<QPointF> &a, const QList<QPointF> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const QPointF &p, const QPointF &q) {
        return p.x() == q.x() && (p.y() == q.y() || (std::isnan(p.y()) && std::isnan(q.y())));
    });
}

/// The index of the point of `points` nearest in time to `ms`, or -1 when `ms` is more than half
/// a step (the series' mean spacing) beyond its ends.
qsizetype nearestIndex(const QList<QPointF> &points, double ms)
{
    if (points.isEmpty())
        return -1;
    const double halfStep = points.size() > 1
        ? (points.constLast().x() - points.constFirst().x()) / double(points.size() - 1) / 2.0 : 0.0;
    if (ms < points.constFirst().x() - halfStep || ms > points.constLast().x() + halfStep)
        return -1;
    const auto it = std::lower_bound(points.cbegin(), points.cend(), ms, [](const QPointF &p, double x) { return p.x() < x; });
    if (it == points.cend())
        return points.size() - 1;
    if (it == points.cbegin())
        return 0;
    const auto before = it - 1;
    return (ms - before->x() <= it->x() - ms ? before : it) - points.cbegin();
}

/// The measured points, then the forecast's after the last of them.
QList<QPointF> joined(const QList<QPointF> &measured, const QList<QPointF> &forecast)
{
    if (forecast.isEmpty())
        return measured;
    if (measured.isEmpty())
        return forecast;
    const auto after = std::upper_bound(forecast.cbegin(), forecast.cend(), measured.constLast().x(),
                                        [](double x, const QPointF &p) { return x < p.x(); });
    QList<QPointF> out;
    out.reserve(measured.size() + (forecast.cend() - after));
    out.append(measured);
    for (auto it = after; it != forecast.cend(); ++it)
        out.append(*it);
    return out;
}

bool sameTime(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}
} // namespace

EnergyChartData::EnergyChartData(QObject *parent) : QObject(parent)
{
    setNow(QDateTime::currentDateTimeUtc());
}

QString EnergyChartData::seriesKey(Series series)
{
    switch (series) {
    case Thermal: return QStringLiteral("thermal");
    case HvdcImport: return QStringLiteral("hvdcImport");
    case Wind: return QStringLiteral("wind");
    case Solar: return QStringLiteral("solar");
    case Trucks: return QStringLiteral("trucks");
    case Curtailment: return QStringLiteral("curtailment");
    case Demand: return QStringLiteral("demand");
    case Smp: return QStringLiteral("smp");
    case CarbonIntensity: return QStringLiteral("carbonIntensity");
    case ForecastLower: return QStringLiteral("forecastLower");
    case ForecastUpper: return QStringLiteral("forecastUpper");
    case AssetOutput: return QStringLiteral("assetOutput");
    }
    return {};
}

domain::Status EnergyChartData::setSeries(Series series, std::span<const QPointF> points)
{
    return setSeries(series, QList<QPointF>(points.begin(), points.end()));
}

domain::Status EnergyChartData::check(Series series, const QList<QPointF> &points)
{
    if (series < 0 || series >= kSeriesCount)
        return domain::Error{{}, tr("there is no chart series %1").arg(int(series))};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        const auto field = [&] { return QStringLiteral("%1[%2]").arg(seriesKey(series)).arg(i); };
        if (!std::isfinite(p.x()))
            return domain::Error{field(), tr("the time is not a finite number")};
        if (std::isinf(p.y()))
            return domain::Error{field(), tr("the value is infinite (use NaN for a gap)")};
        if (i > 0 && !(p.x() > points[i - 1].x()))
            return domain::Error{field(), tr("the time %1 does not follow the previous point's %2")
                                              .arg(QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).toString(Qt::ISODateWithMs),
                                                   QDateTime::fromMSecsSinceEpoch(qint64(points[i - 1].x()), Qt::UTC)
                                                       .toString(Qt::ISODateWithMs))};
    }
    return domain::Ok{};
}

domain::Status EnergyChartData::setSeries(Series series, QList<QPointF> points)
{
    if (auto checked = check(series, points); !checked.ok())
        return checked;
    m_measured[series] = std::move(points);
    rejoin({series});
    return domain::Ok{};
}

domain::Status EnergyChartData::setMeasured(const SeriesPoints &points)
{
    for (int s = 0; s < AssetOutput; ++s) {
        if (auto checked = check(Series(s), points[size_t(s)]); !checked.ok())
            return checked;
    }
    std::copy(points.begin(), points.begin() + AssetOutput, m_measured.begin());
    rejoinAll();
    return domain::Ok{};
}

domain::Status EnergyChartData::setAssetOutput(const QString &assetId, QList<QPointF> points)
{
    if (auto checked = check(AssetOutput, points); !checked.ok())
        return checked;
    const bool otherAsset = assetId != m_assetId;
    const QList<QPointF> before = m_series[AssetOutput];
    m_assetId = assetId;
    m_measured[AssetOutput] = std::move(points);
    m_forecast[AssetOutput] = m_assetForecasts.value(assetId);
    rejoin({AssetOutput});
    if (otherAsset && samePoints(before, m_series[AssetOutput]))
        emit assetOutputChanged(); // replace() said nothing: the points stayed, the asset did not
    return domain::Ok{};
}

domain::Status EnergyChartData::setForecast(const domain::energy::EnergyForecastResult &forecast)
{
    auto read = ForecastChartSeries::of(forecast);
    if (!read.ok())
        return read.error().prefixed(QStringLiteral("forecast"));
    ForecastChartSeries series = std::move(read).value();
    for (int s = 0; s < AssetOutput; ++s) {
        if (auto checked = check(Series(s), series.island[size_t(s)]); !checked.ok())
            return checked.error().prefixed(QStringLiteral("forecast"));
    }
    for (auto it = series.assets.cbegin(); it != series.assets.cend(); ++it) {
        if (auto checked = check(AssetOutput, it.value()); !checked.ok())
            return checked.error().prefixed(QStringLiteral("forecast.%1").arg(it.key()));
    }
    m_forecast = std::move(series.island);
    m_assetForecasts = std::move(series.assets);
    m_forecast[AssetOutput] = m_assetForecasts.value(m_assetId);
    rejoinAll();
    return domain::Ok{};
}

void EnergyChartData::clearForecast()
{
    m_forecast = {};
    m_assetForecasts.clear();
    rejoinAll();
}

void EnergyChartData::rejoinAll()
{
    rejoin({Thermal, HvdcImport, Wind, Solar, Trucks, Curtailment, Demand, Smp, CarbonIntensity, ForecastLower, ForecastUpper,
            AssetOutput});
}

domain::Status EnergyChartData::setLive(const SeriesPoints &points, const QString &assetId)
{
    for (int s = 0; s < kSeriesCount; ++s) {
        if (auto checked = check(Series(s), points[size_t(s)]); !checked.ok())
            return checked.error().prefixed(QStringLiteral("live"));
    }
    m_live = points;
    m_liveAssetId = assetId;
    rejoinAll();
    return domain::Ok{};
}

QList<QPointF> EnergyChartData::measuredAndLive(Series series) const
{
    const bool liveApplies = series != AssetOutput || m_liveAssetId == m_assetId;
    return liveApplies ? joined(m_measured[series], m_live[series]) : m_measured[series];
}

void EnergyChartData::rejoin(std::initializer_list<Series> series)
{
    const bool hadHistory = m_hasHistory;
    const double hadForecastFrom = m_forecastFromMs;
    const auto any = [](const SeriesPoints &points) {
        return std::any_of(points.cbegin(), points.cbegin() + CarbonIntensity + 1, [](const QList<QPointF> &p) { return !p.isEmpty(); });
    };
    m_hasHistory = any(m_measured) || any(m_live);
    for (Series s : series)
        replace(s, joined(measuredAndLive(s), m_forecast[s]));
    // The forecast takes over at its first point that is drawn, in whichever series.
    m_forecastFromMs = kNaN;
    for (int s = 0; s < kSeriesCount; ++s) {
        const QList<QPointF> &forecast = m_forecast[s];
        if (forecast.isEmpty())
            continue;
        const QList<QPointF> measured = measuredAndLive(Series(s));
        const double measuredEnd = measured.isEmpty() ? -qInf() : measured.constLast().x();
        const auto first = std::upper_bound(forecast.cbegin(), forecast.cend(), measuredEnd,
                                            [](double x, const QPointF &p) { return x < p.x(); });
        if (first != forecast.cend() && !(first->x() >= m_forecastFromMs))
            m_forecastFromMs = first->x();
    }
    if (hadHistory != m_hasHistory || !sameTime(hadForecastFrom, m_forecastFromMs))
        emit contentChanged();
    updateValuesNow();
}

void EnergyChartData::replace(Series series, QList<QPointF> &&points)
{
    if (samePoints(points, m_series[series]))
        return;
    m_series[series] = std::move(points);
    if (const int layer = stackLayer(series); layer >= 0) {
        for (size_t i = size_t(layer); i < m_stackTops.size(); ++i)
            m_stackTops[i].reset();
    }
    emit seriesChanged(series);
    switch (series) {
    case Thermal: emit thermalChanged(); break;
    case HvdcImport: emit hvdcImportChanged(); break;
    case Wind: emit windChanged(); break;
    case Solar: emit solarChanged(); break;
    case Trucks: emit trucksChanged(); break;
    case Curtailment: emit curtailmentChanged(); break;
    case Demand: emit demandChanged(); break;
    case Smp: emit smpChanged(); break;
    case CarbonIntensity: emit carbonIntensityChanged(); break;
    case ForecastLower: emit forecastLowerChanged(); break;
    case ForecastUpper: emit forecastUpperChanged(); break;
    case AssetOutput: emit assetOutputChanged(); break;
    }
}

void EnergyChartData::clear()
{
    const bool hadAsset = !m_assetId.isEmpty();
    m_assetId.clear();
    m_measured = {};
    m_live = {};
    m_liveAssetId.clear();
    m_forecast = {};
    m_assetForecasts.clear();
    const bool assetPointsBefore = !m_series[AssetOutput].isEmpty();
    rejoinAll();
    if (hadAsset && !assetPointsBefore)
        emit assetOutputChanged();
}

void EnergyChartData::setNow(const QDateTime &now, Follow follow)
{
    const double ms = now.isValid() ? double(now.toMSecsSinceEpoch()) : 0.0;
    if (ms == m_nowMs && follow == m_follow)
        return;
    m_follow = follow;
    m_nowMs = ms;
    emit nowChanged();
    if (m_followsNow)
        followNow(true);
    updateValuesNow();
}

void EnergyChartData::updateValuesNow()
{
    QVariantMap values;
    for (int s = 0; s < kSeriesCount; ++s) {
        const QList<QPointF> &points = m_series[s];
        const auto after = std::upper_bound(points.cbegin(), points.cend(), m_nowMs, [](double x, const QPointF &p) { return x < p.x(); });
        if (after == points.cbegin())
            continue;
        const QPointF &last = *(after - 1);
        if (m_nowMs - last.x() <= kNowToleranceMs && !std::isnan(last.y()))
            values.insert(seriesKey(Series(s)), last.y());
    }
    if (values == m_valuesNow)
        return;
    m_valuesNow = values;
    emit valuesNowChanged();
}

bool EnergyChartData::setVisibleRange(double fromMs, double toMs)
{
    if (!std::isfinite(fromMs) || !std::isfinite(toMs) || !(fromMs < toMs))
        return false;
    if (fromMs == m_fromMs && toMs == m_toMs && !m_followsNow)
        return true;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_followsNow = false;
    emit visibleRangeChanged();
    return true;
}

void EnergyChartData::resetVisibleRange()
{
    m_followsNow = true;
    followNow(false);
}

void EnergyChartData::followNow(bool keepPage)
{
    if (keepPage && m_follow == Follow::Paged && m_fromMs < m_toMs && m_nowMs >= m_fromMs + kPageMarginMs && m_nowMs <= m_toMs - kPageMarginMs)
        return;
    const double hour = std::floor(m_nowMs / kFollowStepMs) * kFollowStepMs;
    const double from = hour - kDefaultHalfSpanMs;
    const double to = hour + kFollowStepMs + kDefaultHalfSpanMs;
    if (from == m_fromMs && to == m_toMs)
        return;
    m_fromMs = from;
    m_toMs = to;
    emit visibleRangeChanged();
}

QList<QPointF> EnergyChartData::stackTop(Series series) const
{
    const int layer = stackLayer(series);
    if (layer < 0)
        return {};
    if (!m_stackTops[size_t(layer)])
        m_stackTops[size_t(layer)] = computeStackTop(layer);
    return *m_stackTops[size_t(layer)];
}

QList<QPointF> EnergyChartData::computeStackTop(int layer) const
{
    const QList<QPointF> &own = m_series[kStack[size_t(layer)]];
    std::vector<LayerWalker> below;
    for (int i = 0; i < layer; ++i)
        below.emplace_back(m_series[kStack[size_t(i)]]);
    QList<QPointF> top;
    top.reserve(own.size());
    for (const QPointF &p : own) {
        double sum = std::isnan(p.y()) ? kNaN : std::max(0.0, p.y());
        for (LayerWalker &w : below)
            sum += w.at(p.x());
        top.append(QPointF(p.x(), sum));
    }
    return top;
}

QList<QPointF> EnergyChartData::stackBase(Series series) const
{
    for (int layer = stackLayer(series) - 1; layer >= 0; --layer) {
        if (!m_series[kStack[size_t(layer)]].isEmpty())
            return stackTop(kStack[size_t(layer)]);
    }
    return {};
}

QVariantMap EnergyChartData::valuesAt(double ms) const
{
    QVariantMap values;
    for (int s = 0; s < kSeriesCount; ++s) {
        const qsizetype i = nearestIndex(m_series[s], ms);
        if (i < 0)
            continue;
        const QPointF &p = m_series[s][i];
        if (std::isnan(p.y()))
            continue;
        if (!values.contains(QStringLiteral("time")))
            values.insert(QStringLiteral("time"), p.x());
        values.insert(seriesKey(Series(s)), p.y());
    }
    if (values.contains(QStringLiteral("time")))
        values.insert(QStringLiteral("forecast"), values.value(QStringLiteral("time")).toDouble() >= m_forecastFromMs);
    return values;
}

ChartSeriesSummary EnergyChartData::summaryOf(Series series, double fromMs, double toMs) const
{
    if (series < 0 || series >= kSeriesCount)
        return {};
    const QList<QPointF> &points = m_series[series];
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), fromMs, byX);
    double low = qInf(), high = -qInf(), highTime = 0, mwh = 0;
    const QPointF *previous = nullptr;
    for (auto it = begin; it != points.cend() && it->x() <= toMs; ++it) {
        if (std::isnan(it->y())) {
            previous = nullptr; // no energy is counted across a gap
            continue;
        }
        low = std::min(low, it->y());
        if (it->y() > high) {
            high = it->y();
            highTime = it->x();
        }
        if (previous)
            mwh += (previous->y() + it->y()) / 2.0 * (it->x() - previous->x()) / 3.6e6;
        previous = &*it;
    }
    if (!std::isfinite(high))
        return {};
    return {true, low, high, highTime, mwh};
}

} // namespace et::models

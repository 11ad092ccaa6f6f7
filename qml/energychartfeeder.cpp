// SPDX-License-Identifier: MIT
#include "energychartfeeder.h"

#include "chartaxes.h"
#include "consoleqmllogging.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace et::app {

using models::EnergyChartData;

namespace {
/// The points of `points` with x in [from, to].
std::span<const QPointF> visibleSlice(const QList<QPointF> &points, double from, double to)
{
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), from, [](const QPointF &p, double x) { return p.x() < x; });
    const auto end = std::upper_bound(begin, points.cend(), to, [](double x, const QPointF &p) { return x < p.x(); });
    return {begin, end};
}

/// Widens [low, high] by the finite values of `points`.
void extend(std::span<const QPointF> points, double &low, double &high)
{
    for (const QPointF &p : points) {
        if (std::isfinite(p.y())) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
}

bool isStacked(EnergyChartData::Series s)
{
    return std::find(EnergyChartData::kStack.begin(), EnergyChartData::kStack.end(), s) != EnergyChartData::kStack.end();
}
} // namespace

EnergyChartFeeder::EnergyChartFeeder(QObject *parent) : QObject(parent)
{
    m_refillTimer.setSingleShot(true);
    m_refillTimer.setInterval(0);
    connect(&m_refillTimer, &QTimer::timeout, this, &EnergyChartFeeder::refillPending);
}

void EnergyChartFeeder::setSource(models::EnergyChartData *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &EnergyChartData::seriesChanged, this, &EnergyChartFeeder::scheduleRefillOf);
        connect(m_source, &EnergyChartData::visibleRangeChanged, this, [this] {
            updateTicks();
            scheduleRefillAll();
        });
    }
    emit sourceChanged();
    updateTicks();
    scheduleRefillAll();
}

void EnergyChartFeeder::setColumns(int columns)
{
    columns = std::max(0, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    emit columnsChanged();
    updateTicks();
    scheduleRefillAll();
}

void EnergyChartFeeder::setDecimating(bool decimating)
{
    if (decimating == m_decimating)
        return;
    m_decimating = decimating;
    emit decimatingChanged();
    scheduleRefillAll();
}

void EnergyChartFeeder::setRightSeries(int series)
{
    if (series == m_rightSeries)
        return;
    m_rightSeries = series;
    emit rightSeriesChanged();
    updateScales();
}

void EnergyChartFeeder::attach(EnergyChartData::Series which, QObject *series)
{
    auto *chartSeries = qobject_cast<QAbstractSeries *>(series);
    if (!chartSeries || (!qobject_cast<QXYSeries *>(series) && !qobject_cast<QAreaSeries *>(series))) {
        qCWarning(lcConsoleQml) << "EnergyChartFeeder: cannot draw" << EnergyChartData::seriesKey(which) << "in" << series
                                << "(a LineSeries or AreaSeries is needed)";
        return;
    }
    m_attachments.append({which, chartSeries});
    fill(m_attachments.constLast());
    // A hidden series is left empty (Qt Charts lays out and outlines even what it does not show).
    connect(chartSeries, &QAbstractSeries::visibleChanged, this, [this, which] { scheduleRefillOf(which); });
}

void EnergyChartFeeder::scheduleRefillAll()
{
    m_refillAll = true;
    m_refillTimer.start();
}

void EnergyChartFeeder::scheduleRefillOf(EnergyChartData::Series changed)
{
    if (changed >= 0 && changed < EnergyChartData::kSeriesCount)
        m_changed[size_t(changed)] = true;
    m_refillTimer.start();
}

bool EnergyChartFeeder::dependsOn(EnergyChartData::Series drawn, EnergyChartData::Series changed) const
{
    // A stacked layer moves every layer above it; the forecast's P10 is its band's lower edge.
    const auto layerOf = [](EnergyChartData::Series s) {
        return int(std::find(EnergyChartData::kStack.begin(), EnergyChartData::kStack.end(), s) - EnergyChartData::kStack.begin());
    };
    return drawn == changed || (isStacked(changed) && isStacked(drawn) && layerOf(drawn) > layerOf(changed))
        || (changed == EnergyChartData::ForecastLower && drawn == EnergyChartData::ForecastUpper);
}

void EnergyChartFeeder::refillPending()
{
    m_refillTimer.stop(); // when called directly
    // Qt Charts lays every series on an axis out again each time that axis's min or max changes:
    // the value axes (bound to the scales in QML) and the time axis move first, the time axis
    // in one setRange, then the series get their points.
    updateScales();
    if (m_source && m_source->visibleFromMs() != m_originMs) {
        m_originMs = m_source->visibleFromMs(); // every point moves: all are refilled
        m_refillAll = true;
    }
    applyTimeRange();
    for (const Attachment &a : std::as_const(m_attachments)) {
        bool depends = m_refillAll;
        for (int s = 0; s < EnergyChartData::kSeriesCount && !depends; ++s)
            depends = m_changed[size_t(s)] && dependsOn(a.which, EnergyChartData::Series(s));
        if (depends)
            fill(a);
    }
    m_refillAll = false;
    m_changed.fill(false);
    emit refilled();
}

void EnergyChartFeeder::applyTimeRange()
{
    if (!m_source)
        return;
    const double length = m_source->visibleToMs() - m_source->visibleFromMs(); // from originMs
    for (const Attachment &a : std::as_const(m_attachments)) {
        if (!a.series)
            continue;
        for (QAbstractAxis *axis : a.series->attachedAxes()) {
            auto *time = qobject_cast<QValueAxis *>(axis);
            if (time && time->orientation() == Qt::Horizontal && (time->min() != 0.0 || time->max() != length))
                time->setRange(0.0, length);
        }
    }
}

QList<QPointF> EnergyChartFeeder::reduce(std::span<const QPointF> points, models::ColumnExtremes keep) const
{
    if (!m_decimating)
        return QList<QPointF>(points.begin(), points.end());
    if (!m_source || m_columns < 1)
        return {};
    return models::dropFlatRuns(models::decimateMinMax(points, m_source->visibleFromMs(), m_source->visibleToMs(), m_columns, keep));
}

QList<QPointF> EnergyChartFeeder::lineOf(EnergyChartData::Series which) const
{
    if (!m_source)
        return {};
    return isStacked(which) ? m_source->stackTop(which) : m_source->points(which);
}

QList<QPointF> EnergyChartFeeder::lowerEdgeOf(EnergyChartData::Series which, const QList<QPointF> &upper) const
{
    QList<QPointF> lower;
    if (m_source && isStacked(which))
        lower = reduce(m_source->stackBase(which), models::ColumnExtremes::Lowest);
    else if (m_source && which == EnergyChartData::ForecastUpper)
        lower = reduce(m_source->points(EnergyChartData::ForecastLower), models::ColumnExtremes::Lowest);
    if (lower.isEmpty() && !upper.isEmpty())
        lower = {QPointF(upper.constFirst().x(), 0.0), QPointF(upper.constLast().x(), 0.0)};
    return lower;
}

void EnergyChartFeeder::fill(const Attachment &attachment)
{
    if (!attachment.series)
        return;
    // An area is filled up to its top edge: in a pixel column it reaches that column's highest
    // value, so its edge needs that point only (half of what a line needs to show its dips).
    const bool area = qobject_cast<QAreaSeries *>(attachment.series) != nullptr;
    const QList<QPointF> line = attachment.series->isVisible()
                                    ? reduce(lineOf(attachment.which), area ? models::ColumnExtremes::Highest : models::ColumnExtremes::LowestAndHighest)
                                    : QList<QPointF>();
    const auto fromOrigin = [this](QList<QPointF> points) {
        for (QPointF &p : points)
            p.rx() -= m_originMs;
        return points;
    };
    if (auto *areaSeries = qobject_cast<QAreaSeries *>(attachment.series)) {
        if (areaSeries->upperSeries())
            areaSeries->upperSeries()->replace(fromOrigin(line));
        if (areaSeries->lowerSeries())
            areaSeries->lowerSeries()->replace(fromOrigin(lowerEdgeOf(attachment.which, line)));
    } else if (auto *xy = qobject_cast<QXYSeries *>(attachment.series)) {
        xy->replace(fromOrigin(line));
    }
}

void EnergyChartFeeder::updateScales()
{
    double leftLow = 0, leftHigh = 0, rightLow = qInf(), rightHigh = -qInf(), assetLow = 0, assetHigh = 0;
    if (m_source) {
        const double from = m_source->visibleFromMs();
        const double to = m_source->visibleToMs();
        for (EnergyChartData::Series s : EnergyChartData::kStack)
            extend(visibleSlice(m_source->stackTop(s), from, to), leftLow, leftHigh);
        for (EnergyChartData::Series s : {EnergyChartData::Demand, EnergyChartData::ForecastUpper, EnergyChartData::ForecastLower})
            extend(visibleSlice(m_source->points(s), from, to), leftLow, leftHigh);
        if (m_rightSeries >= 0 && m_rightSeries < EnergyChartData::kSeriesCount)
            extend(visibleSlice(m_source->points(EnergyChartData::Series(m_rightSeries)), from, to), rightLow, rightHigh);
        extend(visibleSlice(m_source->points(EnergyChartData::AssetOutput), from, to), assetLow, assetHigh);
    }
    const auto left = models::ChartValueAxis::forRange(leftLow, leftHigh, kMaxValueIntervals);
    const auto right = models::ChartValueAxis::forRange(rightLow, rightHigh, kMaxValueIntervals);
    const auto asset = models::ChartValueAxis::forRange(assetLow, assetHigh, 2);
    if (left.max == m_leftMax && left.intervals == m_leftIntervals && right.min == m_rightMin && right.max == m_rightMax
        && right.intervals == m_rightIntervals && asset.max == m_assetMax)
        return;
    m_leftMax = left.max;
    m_leftIntervals = left.intervals;
    m_rightMin = right.min;
    m_rightMax = right.max;
    m_rightIntervals = right.intervals;
    m_assetMax = asset.max;
    emit scalesChanged();
}

void EnergyChartFeeder::updateTicks()
{
    if (!m_source || m_columns < 1) {
        m_ticks.setTicks({}, 0, 0);
        return;
    }
    const double from = m_source->visibleFromMs(), to = m_source->visibleToMs();
    m_ticks.setTicks(models::ChartTimeAxis::forRange(from, to, std::max(1, m_columns / kPixelsPerTimeLabel)).ticks, from, to);
}

} // namespace et::app

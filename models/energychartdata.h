// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <optional>
#include <span>

namespace et::models {

/// One series over a time range, in a few numbers (EnergyChartData::summaryOf()): its lowest and
/// highest value, when it was highest, and its energy (for a MW series, the integral over time).
struct ChartSeriesSummary
{
    Q_GADGET
    QML_VALUE_TYPE(chartSeriesSummary)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(double min MEMBER min)
    Q_PROPERTY(double max MEMBER max)
    Q_PROPERTY(double maxMs MEMBER maxMs)
    Q_PROPERTY(double energyMwh MEMBER energyMwh)
public:
    bool valid = false; ///< false when the series has no value in the range (the rest is 0)
    double min = 0;
    double max = 0;
    double maxMs = 0; ///< the time of the highest value, ms since the epoch
    double energyMwh = 0;
};

/// What the Energy view's chart draws: named time series of (ms since the epoch, value) points
/// for the island — generation by source (stacked in the order of the enum, thermal at the
/// bottom), curtailment (stacked on top of the generation: what could have been taken), demand,
/// SMP and carbon intensity — the forecast band (P10–P90) ahead of "now", and the output of one
/// asset. The history and forecast code fills it through the C++ setters; QML reads the time
/// range, "now", whether there is anything to show and, for the pointer, valuesAt(). The chart's
/// feeder (EnergyTruck.Console's EnergyChartFeeder) takes the points from points()/stackTop().
///
/// A series must be sorted by strictly increasing, finite time; a NaN value marks a gap. A series
/// that breaks the rule is refused with an error naming the point, and the old one stays.
class EnergyChartData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    /// The past/forecast boundary, ms since the epoch (0 until set).
    Q_PROPERTY(double nowMs READ nowMs NOTIFY nowChanged)
    /// The time range the chart shows. Until someone pans or zooms it is the 24 hours either side
    /// of now, and moves with now (followsNow).
    Q_PROPERTY(double visibleFromMs READ visibleFromMs NOTIFY visibleRangeChanged)
    Q_PROPERTY(double visibleToMs READ visibleToMs NOTIFY visibleRangeChanged)
    Q_PROPERTY(bool followsNow READ followsNow NOTIFY visibleRangeChanged)
    /// Whether any island series (generation, curtailment, demand, prices) has a point.
    Q_PROPERTY(bool hasHistory READ hasHistory NOTIFY contentChanged)
    Q_PROPERTY(bool hasForecast READ hasForecast NOTIFY contentChanged)
    /// The asset whose output AssetOutput holds ("" when none).
    Q_PROPERTY(QString assetId READ assetId NOTIFY assetOutputChanged)
public:
    enum Series {
        Thermal,
        HvdcImport,
        Wind,
        Solar,
        Trucks,
        Curtailment,
        Demand,
        Smp,             ///< ₩/kWh
        CarbonIntensity, ///< gCO₂/kWh
        ForecastLower,   ///< P10 of the forecast, MW
        ForecastUpper,   ///< P90 of the forecast, MW
        AssetOutput,     ///< the output of assetId, MW
    };
    Q_ENUM(Series)
    static constexpr int kSeriesCount = AssetOutput + 1;
    /// The stacked areas bottom to top: the generation by source, then curtailment on top.
    static constexpr std::array<Series, 6> kStack{Thermal, HvdcImport, Wind, Solar, Trucks, Curtailment};

    static constexpr double kDefaultHalfSpanMs = 24.0 * 3600.0 * 1000.0;

    explicit EnergyChartData(QObject *parent = nullptr);

    /// Replaces one series; an Error (and nothing changed) when the times are not finite and
    /// strictly increasing, or a value is infinite. Use setAssetOutput() for AssetOutput.
    domain::Status setSeries(Series series, QList<QPointF> points);
    domain::Status setSeries(Series series, std::span<const QPointF> points);
    /// The output history of `assetId` (replaces the previous asset's).
    domain::Status setAssetOutput(const QString &assetId, QList<QPointF> points);
    /// Empties every series.
    void clear();
    void setNow(const QDateTime &now);
    /// Shows [from, to] from now on (a pan or zoom; the time slider); refused unless from < to.
    Q_INVOKABLE bool setVisibleRange(double fromMs, double toMs);
    /// Back to the 24 hours either side of now, following now.
    Q_INVOKABLE void resetVisibleRange();

    const QList<QPointF> &points(Series series) const { return m_series[series]; }
    /// For a stacked series (kStack), its top edge: the sum of its own and every layer below's
    /// values at its own times (a layer's value between its points is interpolated; a layer
    /// without points adds nothing; a negative value, an HVDC export, adds nothing either).
    QList<QPointF> stackTop(Series series) const;
    /// The top edge of the layers below `series` (its area's lower edge): the stackTop() of the
    /// nearest layer below that has points, or empty (the zero line) for the bottom one.
    QList<QPointF> stackBase(Series series) const;

    /// Every series' value at `ms`, for the pointer: keys are seriesKey() names and hold the value
    /// of the series' nearest point in time, for series that cover `ms` (within half a step
    /// beyond their ends); "time" is the time of the nearest point of the first series (in enum
    /// order) that has one, the instant the values belong to. Empty when no series covers `ms`.
    Q_INVOKABLE QVariantMap valuesAt(double ms) const;

    /// `series` over [fromMs, toMs], for the chart's description; the energy is the integral
    /// over time by trapezoids between its points in the range (not across a gap).
    Q_INVOKABLE et::models::ChartSeriesSummary summaryOf(et::models::EnergyChartData::Series series, double fromMs,
                                                         double toMs) const;

    /// "thermal", "hvdcImport", "wind", "solar", "trucks", "curtailment", "demand", "smp",
    /// "carbonIntensity", "forecastLower", "forecastUpper", "assetOutput".
    Q_INVOKABLE static QString seriesKey(et::models::EnergyChartData::Series series);

    double nowMs() const { return m_nowMs; }
    double visibleFromMs() const { return m_fromMs; }
    double visibleToMs() const { return m_toMs; }
    bool followsNow() const { return m_followsNow; }
    bool hasHistory() const;
    bool hasForecast() const { return !m_series[ForecastLower].isEmpty() || !m_series[ForecastUpper].isEmpty(); }
    QString assetId() const { return m_assetId; }

signals:
    /// Any series changed (the feeder refills what depends on it).
    void seriesChanged(et::models::EnergyChartData::Series series);
    void thermalChanged();
    void hvdcImportChanged();
    void windChanged();
    void solarChanged();
    void trucksChanged();
    void curtailmentChanged();
    void demandChanged();
    void smpChanged();
    void carbonIntensityChanged();
    void forecastLowerChanged();
    void forecastUpperChanged();
    void assetOutputChanged();
    void nowChanged();
    void visibleRangeChanged();
    void contentChanged();

private:
    /// Replaces a series and says so (contentChanged too when that changes hasHistory/hasForecast).
    void store(Series series, QList<QPointF> &&points);
    /// Replaces a series and emits its own signals only.
    void replace(Series series, QList<QPointF> &&points);
    void followNow();
    QList<QPointF> computeStackTop(int layer) const;

    std::array<QList<QPointF>, kSeriesCount> m_series;
    /// stackTop() of each kStack layer, computed when first asked after a change below it.
    mutable std::array<std::optional<QList<QPointF>>, kStack.size()> m_stackTops;
    QString m_assetId;
    double m_nowMs = 0;
    double m_fromMs = 0;
    double m_toMs = 0;
    bool m_followsNow = true;
};

} // namespace et::models

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <span>

namespace et::domain::energy {
struct EnergyForecastResult;
}

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
/// SMP and carbon intensity — the forecast band (P10–P90 of demand), and the output of one asset.
///
/// Each series is the measured part (the cached history, HistoryChartLoader; setSeries(),
/// setMeasured(), setAssetOutput()), then the live part after it (the balances the history has
/// not brought yet, LiveChartTail; setLive()), then the forecast part (setForecast()): each part's
/// points after the last of those before it. points() is that joined series. QML reads the time range, "now" (the time cursor's instant), where the forecast
/// begins, the values now for the legend and the KPI tiles, and, for the pointer, valuesAt().
/// The chart's feeder (EnergyTruck.Console's EnergyChartFeeder) takes the points from
/// points()/stackTop().
///
/// A series must be sorted by strictly increasing, finite time; a NaN value marks a gap. A series
/// that breaks the rule is refused with an error naming the point, and the old one stays.
class EnergyChartData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    /// The instant the chart marks as now, ms since the epoch (0 until set): the time cursor's,
    /// the newest data while live, else the time the operator scrubbed to.
    Q_PROPERTY(double nowMs READ nowMs NOTIFY nowChanged)
    /// The time range the chart shows. Until someone pans or zooms it is the 24 hours either side
    /// of now, and moves with now (followsNow).
    Q_PROPERTY(double visibleFromMs READ visibleFromMs NOTIFY visibleRangeChanged)
    Q_PROPERTY(double visibleToMs READ visibleToMs NOTIFY visibleRangeChanged)
    Q_PROPERTY(bool followsNow READ followsNow NOTIFY visibleRangeChanged)
    /// Whether any island series (generation, curtailment, demand, prices) has a point.
    Q_PROPERTY(bool hasHistory READ hasHistory NOTIFY contentChanged)
    Q_PROPERTY(bool hasForecast READ hasForecast NOTIFY contentChanged)
    /// Where the forecast takes over from the measured series, ms since the epoch (its first point
    /// drawn); NaN when there is no forecast.
    Q_PROPERTY(double forecastFromMs READ forecastFromMs NOTIFY contentChanged)
    /// Each series' value at now, for the legend and the KPI tiles: keyed like valuesAt(), the
    /// value of the series' last point at or before now if it is at most kNowToleranceMs old
    /// (a gap or a series that ended earlier gives no value).
    Q_PROPERTY(QVariantMap valuesNow READ valuesNow NOTIFY valuesNowChanged)
    /// The asset whose output AssetOutput holds ("" when none), and whether it has a point.
    Q_PROPERTY(QString assetId READ assetId NOTIFY assetOutputChanged)
    Q_PROPERTY(bool hasAssetOutput READ hasAssetOutput NOTIFY assetOutputChanged)
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
        CarbonIntensity, ///< gCO₂eq/kWh of what the island consumes
        ForecastLower,   ///< P10 of the demand forecast, MW
        ForecastUpper,   ///< P90 of the demand forecast, MW
        AssetOutput,     ///< the output of assetId, MW
    };
    Q_ENUM(Series)
    static constexpr int kSeriesCount = AssetOutput + 1;
    /// The stacked areas bottom to top: the generation by source, then curtailment on top.
    static constexpr std::array<Series, 6> kStack{Thermal, HvdcImport, Wind, Solar, Trucks, Curtailment};

    using SeriesPoints = std::array<QList<QPointF>, kSeriesCount>;

    static constexpr double kDefaultHalfSpanMs = 24.0 * 3600.0 * 1000.0;
    /// Following now, the range moves in whole hours: [hour − 24 h, hour + 1 h + 24 h] for the
    /// hour now is in. A live minute or a scrub within the hour moves the "now" line only, and
    /// Qt Charts does not lay 48 hours of series out again for a one-minute shift.
    static constexpr double kFollowStepMs = 3600.0 * 1000.0;
    /// Following a scrubbed instant (setNow(…, Paged)), the range stays while the instant is
    /// more than this far from both of its ends, and is centred on the instant's hour again
    /// when it comes closer: a drag along the time slider moves the "now" line over a still
    /// chart, as a playhead moves over a track, and the chart turns a page about once a day
    /// scrubbed instead of at every slider pixel (47 minutes).
    static constexpr double kPageMarginMs = 6.0 * 3600.0 * 1000.0;
    /// How the range follows now: by the hour (live), or by pages (a scrubbed instant).
    enum class Follow { Hourly, Paged };
    /// How old a point may be and still count as the value now (a forecast step is 15 minutes).
    static constexpr double kNowToleranceMs = 20.0 * 60.0 * 1000.0;

    explicit EnergyChartData(QObject *parent = nullptr);

    /// Replaces the measured part of one series; an Error (and nothing changed) when the times
    /// are not finite and strictly increasing, or a value is infinite. Use setAssetOutput() for
    /// AssetOutput.
    domain::Status setSeries(Series series, QList<QPointF> points);
    domain::Status setSeries(Series series, std::span<const QPointF> points);
    /// Replaces the measured part of every series but AssetOutput at once (a history read): all
    /// are checked first, and nothing changes when one is refused.
    domain::Status setMeasured(const SeriesPoints &points);
    /// The newest minutes after the history (every series; AssetOutput is `assetId`'s and is
    /// drawn only while that is the asset of setAssetOutput()). Checked like setSeries().
    domain::Status setLive(const SeriesPoints &points, const QString &assetId);
    /// The output history of `assetId` (replaces the previous asset's); its forecast follows it
    /// when the last setForecast() had one for that asset.
    domain::Status setAssetOutput(const QString &assetId, QList<QPointF> points);
    /// The forecast part of every series from the forecast's quarter-hour steps (the next 24 h):
    /// the expected (P50) generation by source (HVDC import is import − export), curtailment,
    /// demand, SMP and carbon intensity, demand's P10 and P90 as the band, and each asset's
    /// expected output (ForecastChartSeries). Refused, keeping the old forecast, when its steps
    /// are out of time order or a value is not finite.
    domain::Status setForecast(const domain::energy::EnergyForecastResult &forecast);
    void clearForecast();
    /// Empties every series, measured and forecast.
    void clear();
    void setNow(const QDateTime &now, Follow follow = Follow::Hourly);
    /// Shows [from, to] from now on (a pan or zoom; the time slider); refused unless from < to.
    Q_INVOKABLE bool setVisibleRange(double fromMs, double toMs);
    /// Back to the 24 hours either side of now, following now.
    Q_INVOKABLE void resetVisibleRange();

    /// The series as drawn: the measured points, then the forecast's after them.
    const QList<QPointF> &points(Series series) const { return m_series[series]; }
    const QList<QPointF> &measuredPoints(Series series) const { return m_measured[series]; }
    const QList<QPointF> &forecastPoints(Series series) const { return m_forecast[series]; }
    const QList<QPointF> &livePoints(Series series) const { return m_live[series]; }
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
    /// order) that has one, the instant the values belong to; "forecast" is true when that
    /// instant is in the forecast part. Empty when no series covers `ms`.
    Q_INVOKABLE QVariantMap valuesAt(double ms) const;
    QVariantMap valuesNow() const { return m_valuesNow; }

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
    bool hasHistory() const { return m_hasHistory; }
    bool hasForecast() const { return !std::isnan(m_forecastFromMs); }
    double forecastFromMs() const { return m_forecastFromMs; }
    QString assetId() const { return m_assetId; }
    bool hasAssetOutput() const { return !m_series[AssetOutput].isEmpty(); }

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
    void valuesNowChanged();

private:
    static domain::Status check(Series series, const QList<QPointF> &points);
    /// Joins the measured and forecast parts of each series into what is drawn, says what
    /// changed, and renews forecastFromMs, hasHistory/hasForecast and valuesNow.
    void rejoin(std::initializer_list<Series> series);
    void rejoinAll();
    /// The measured part of `series` with the live points after it.
    QList<QPointF> measuredAndLive(Series series) const;
    /// Replaces a drawn series and emits its own signals only.
    void replace(Series series, QList<QPointF> &&points);
    /// Puts the range around now: by the hour, or, Paged and `keepPage`, only when now nears an end.
    void followNow(bool keepPage);
    void updateValuesNow();
    QList<QPointF> computeStackTop(int layer) const;

    SeriesPoints m_measured;
    SeriesPoints m_live;
    QString m_liveAssetId;
    SeriesPoints m_forecast;
    /// The forecast's expected output per asset; m_forecast[AssetOutput] is m_assetId's.
    QHash<QString, QList<QPointF>> m_assetForecasts;
    SeriesPoints m_series;
    /// stackTop() of each kStack layer, computed when first asked after a change below it.
    mutable std::array<std::optional<QList<QPointF>>, kStack.size()> m_stackTops;
    QString m_assetId;
    double m_nowMs = 0;
    double m_fromMs = 0;
    double m_toMs = 0;
    bool m_hasHistory = false; ///< a measured or live island series has a point
    double m_forecastFromMs = std::numeric_limits<double>::quiet_NaN();
    QVariantMap m_valuesNow;
    bool m_followsNow = true;
    Follow m_follow = Follow::Hourly;
};

} // namespace et::models

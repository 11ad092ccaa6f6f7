// SPDX-License-Identifier: MIT
#pragma once

#include "charttickmodel.h"
#include "energychartdata.h"
#include "minmaxdecimation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <span>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace et::app {

/// Puts an EnergyChartData's series into the Qt Charts series of a ChartView, reduced to two
/// points per pixel column of the visible range (models::decimateMinMax; flat runs cut to their
/// ends by models::dropFlatRuns), with one
/// QXYSeries::replace() per series: 60,480 points a week per series, appended one by one from
/// QML, would take seconds, and drawn in full would cost every frame. It refills what depends on
/// a series when it changes, everything when the range or the plot's width changes, and gives
/// the axes round ends and the time axis its grid lines and labels (KST) for ChartTimeGrid
/// and ChartTimeScale.
///
/// The Qt Charts series hold times relative to originMs, the start of the visible range when they
/// were filled, and the time axis runs from 0 to the range's length: Qt Charts lays every series
/// out again whenever an axis's range changes, so a new window (a scrub, a pan) costs one layout,
/// with the new points, instead of one more with the old ones.
///
/// attach(which, series): a LineSeries draws `which`; an AreaSeries draws it as its upper edge,
/// and its lower edge (if it has one) is the layer below (stacked series), the forecast's P10
/// (ForecastUpper), or zero. A series that is not visible is kept empty until it shows.
class EnergyChartFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(et::models::EnergyChartData *source READ source WRITE setSource NOTIFY sourceChanged)
    /// The plot area's width in pixels: how many columns the decimator keeps two points for.
    Q_PROPERTY(int columns READ columns WRITE setColumns NOTIFY columnsChanged)
    /// True (the default) draws the decimated points; false draws every point (for comparison).
    Q_PROPERTY(bool decimating READ decimating WRITE setDecimating NOTIFY decimatingChanged)
    /// The series the right axis shows (Smp or CarbonIntensity): rightMin/rightMax follow it.
    Q_PROPERTY(int rightSeries READ rightSeries WRITE setRightSeries NOTIFY rightSeriesChanged)
    /// Round axis ends for what is visible: 0–leftMax MW for the areas, demand and forecast;
    /// rightMin–rightMax for the right axis; 0–assetMax MW for the asset's output.
    Q_PROPERTY(double leftMax READ leftMax NOTIFY scalesChanged)
    Q_PROPERTY(double rightMin READ rightMin NOTIFY scalesChanged)
    Q_PROPERTY(double rightMax READ rightMax NOTIFY scalesChanged)
    Q_PROPERTY(double assetMax READ assetMax NOTIFY scalesChanged)
    /// What the series' x values are counted from (ms since the epoch): x = time − originMs.
    Q_PROPERTY(double originMs READ originMs NOTIFY refilled)
    /// The time axis' grid lines and labels, on round Jeju hours (models::ChartTimeAxis), as a
    /// model with roles ms and label.
    Q_PROPERTY(et::models::ChartTickModel *ticks READ ticks CONSTANT)
    /// How many steps each value axis has between its ends (its tickCount is one more).
    Q_PROPERTY(int leftIntervals READ leftIntervals NOTIFY scalesChanged)
    Q_PROPERTY(int rightIntervals READ rightIntervals NOTIFY scalesChanged)
public:
    static constexpr int kMaxValueIntervals = 4; // more: Qt Charts elides the labels of a low plot
    static constexpr int kPixelsPerTimeLabel = 56;

    explicit EnergyChartFeeder(QObject *parent = nullptr);

    models::EnergyChartData *source() const { return m_source; }
    void setSource(models::EnergyChartData *source);
    int columns() const { return m_columns; }
    void setColumns(int columns);
    bool decimating() const { return m_decimating; }
    void setDecimating(bool decimating);
    int rightSeries() const { return m_rightSeries; }
    void setRightSeries(int series);
    double leftMax() const { return m_leftMax; }
    double rightMin() const { return m_rightMin; }
    double rightMax() const { return m_rightMax; }
    double assetMax() const { return m_assetMax; }
    double originMs() const { return m_originMs; }
    models::ChartTickModel *ticks() { return &m_ticks; }
    int leftIntervals() const { return m_leftIntervals; }
    int rightIntervals() const { return m_rightIntervals; }

    /// `series` (a Qt Charts LineSeries or AreaSeries) draws `which` from now on.
    Q_INVOKABLE void attach(et::models::EnergyChartData::Series which, QObject *series);
    /// Whether a change waits for the next turn of the event loop to reach the series.
    Q_INVOKABLE bool hasPendingRefill() const { return m_refillTimer.isActive(); }

signals:
    void sourceChanged();
    void columnsChanged();
    void decimatingChanged();
    void rightSeriesChanged();
    void scalesChanged();
    /// The chart's series were refilled (after a change of data, range or width).
    void refilled();

private:
    struct Attachment
    {
        models::EnergyChartData::Series which;
        QPointer<QAbstractSeries> series;
    };

    /// Refills everything at the next turn of the event loop.
    void scheduleRefillAll();
    /// Refills, at the next turn, what draws `changed` or stands on it.
    void scheduleRefillOf(models::EnergyChartData::Series changed);
    void refillPending();
    bool dependsOn(models::EnergyChartData::Series drawn, models::EnergyChartData::Series changed) const;
    void fill(const Attachment &attachment);
    /// What `which` draws as a line (a stacked series' top edge).
    QList<QPointF> lineOf(models::EnergyChartData::Series which) const;
    /// An area's lower edge: the layer below, the forecast's P10, or zero under `upper`.
    QList<QPointF> lowerEdgeOf(models::EnergyChartData::Series which, const QList<QPointF> &upper) const;
    QList<QPointF> reduce(std::span<const QPointF> points, models::ColumnExtremes keep) const;
    void updateScales();
    void updateTicks();
    /// Sets the time axes of the attached series to the visible range (one setRange each).
    void applyTimeRange();

    QPointer<models::EnergyChartData> m_source;
    QList<Attachment> m_attachments;
    QTimer m_refillTimer;
    std::array<bool, models::EnergyChartData::kSeriesCount> m_changed{};
    bool m_refillAll = false;
    int m_columns = 0;
    bool m_decimating = true;
    int m_rightSeries = models::EnergyChartData::Smp;
    double m_leftMax = 0;
    double m_rightMin = 0;
    double m_rightMax = 0;
    double m_assetMax = 0;
    int m_leftIntervals = 1;
    int m_rightIntervals = 1;
    double m_originMs = 0;
    models::ChartTickModel m_ticks;
};

} // namespace et::app

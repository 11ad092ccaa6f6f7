// SPDX-License-Identifier: MIT
#pragma once

#include "consoleviewswindow.h"
#include "energychartdata.h"
#include "minmaxdecimation.h"

#include <QAbstractSeries>

#include <memory>

namespace et::test {

/// The console's real Main.qml on the Energy view, offscreen, over a real cache (ConsoleViewsWindow:
/// the snapshot, whose balance is at now()): what the Energy chart's tests look at.
class EnergyChartWindow
{
public:
    /// The snapshot balance's time, 2026-11-23 14:00 KST: the chart's "now".
    static QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC); }

    EnergyChartWindow();
    ~EnergyChartWindow();

    /// "" once the window shows the laid-out chart and the history loader's first read is in;
    /// else what went wrong.
    QString open();
    /// Every QML warning so far.
    QStringList warnings() const { return m_ui->warnings(); }

    QQuickWindow *window() const { return m_ui->window(); }
    QQuickItem *find(const char *objectName) const { return m_ui->find(objectName); }
    /// The series `objectName` of the ChartView `view`.
    template<typename T>
    T *series(const char *view, const char *objectName) const
    {
        return qobject_cast<T *>(seriesOf(find(view), objectName));
    }
    /// The objectNames of the ChartView `view`'s series, in the order it draws them.
    QStringList seriesOrder(const char *view) const;
    /// The island chart's pixel columns (its feeder's).
    int columns() const;
    /// `points` reduced as the island chart's feeder reduces them for the visible range.
    QList<QPointF> decimated(const QList<QPointF> &points,
                             models::ColumnExtremes keep = models::ColumnExtremes::LowestAndHighest) const;
    /// The chart's series count time from the feeder's originMs: the same points as the chart
    /// holds them (x − originMs), and drawn points back to times.
    double originMs() const;
    QList<QPointF> fromOrigin(QList<QPointF> points) const;
    QList<QPointF> toTimes(QList<QPointF> drawn) const;
    /// Whether the history loader's reads have all reached the chart (waits up to 10 s).
    bool historySettled();
    /// Whether every change of the chart's data has reached its Qt Charts series (waits up to 5 s).
    bool chartSettled();

    models::ConsoleController &console() { return m_ui->console(); }
    models::EnergyChartData &data() { return *console().energyChart(); }
    models::Appearance &appearance() { return m_ui->appearance(); }
    StoreFixture &fixture() { return m_ui->fixture(); }

private:
    /// A ChartView's series by ChartView.series(i): the chart, not the view, owns its series, so
    /// they are not the view's QObject children.
    static QList<QAbstractSeries *> allSeries(QQuickItem *view);
    static QAbstractSeries *seriesOf(QQuickItem *view, const char *objectName);

    std::unique_ptr<ConsoleViewsWindow> m_ui;
};

} // namespace et::test

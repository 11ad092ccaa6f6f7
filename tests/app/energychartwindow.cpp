// SPDX-License-Identifier: MIT
#include "energychartwindow.h"

#include "minmaxdecimation.h"

#include <QQuickWindow>
#include <QTest>

namespace et::test {

EnergyChartWindow::EnergyChartWindow() = default;
EnergyChartWindow::~EnergyChartWindow() = default;

QString EnergyChartWindow::open()
{
    m_ui = std::make_unique<ConsoleViewsWindow>();
    if (QString error = m_ui->open(); !error.isEmpty())
        return error;
    if (data().nowMs() != double(now().toMSecsSinceEpoch()))
        return QStringLiteral("the chart's now is not the snapshot balance's time");
    console().setCurrentView(QStringLiteral("energy"));
    if (!QTest::qWaitFor([this] { return find("energyChart") && find("energyChart")->isVisible() && columns() > 100; }))
        return QStringLiteral("the chart was not laid out");
    return historySettled() ? QString() : QStringLiteral("the history loader's first read did not come");
}

int EnergyChartWindow::columns() const
{
    QQuickItem *chart = find("energyChart");
    QObject *feeder = chart ? chart->property("feeder").value<QObject *>() : nullptr;
    return feeder ? feeder->property("columns").toInt() : 0;
}

QList<QPointF> EnergyChartWindow::decimated(const QList<QPointF> &points, models::ColumnExtremes keep) const
{
    const models::EnergyChartData &d = *m_ui->console().energyChart();
    return fromOrigin(models::dropFlatRuns(models::decimateMinMax(points, d.visibleFromMs(), d.visibleToMs(), columns(), keep)));
}

double EnergyChartWindow::originMs() const
{
    QQuickItem *chart = find("energyChart");
    QObject *feeder = chart ? chart->property("feeder").value<QObject *>() : nullptr;
    return feeder ? feeder->property("originMs").toDouble() : 0.0;
}

QList<QPointF> EnergyChartWindow::fromOrigin(QList<QPointF> points) const
{
    const double origin = originMs();
    for (QPointF &p : points)
        p.rx() -= origin;
    return points;
}

QList<QPointF> EnergyChartWindow::toTimes(QList<QPointF> drawn) const
{
    const double origin = originMs();
    for (QPointF &p : drawn)
        p.rx() += origin;
    return drawn;
}

bool EnergyChartWindow::historySettled()
{
    return QTest::qWaitFor([this] { return !m_ui->console().historyChart()->reading(); }, 10000);
}

bool EnergyChartWindow::chartSettled()
{
    return QTest::qWaitFor([this] {
        for (const char *chart : {"energyChart", "assetOutputChart"}) {
            QQuickItem *item = find(chart);
            QObject *feeder = item ? item->property("feeder").value<QObject *>() : nullptr;
            bool pending = false;
            if (feeder && !QMetaObject::invokeMethod(feeder, "hasPendingRefill", Q_RETURN_ARG(bool, pending)))
                return false;
            if (pending)
                return false;
        }
        return true;
    }, 5000);
}

QList<QAbstractSeries *> EnergyChartWindow::allSeries(QQuickItem *view)
{
    QList<QAbstractSeries *> out;
    for (int i = 0; view && i < view->property("count").toInt(); ++i) {
        QAbstractSeries *s = nullptr;
        QMetaObject::invokeMethod(view, "series", Q_RETURN_ARG(QAbstractSeries *, s), Q_ARG(int, i));
        out << s;
    }
    return out;
}

QAbstractSeries *EnergyChartWindow::seriesOf(QQuickItem *view, const char *objectName)
{
    for (QAbstractSeries *s : allSeries(view)) {
        if (s && s->objectName() == QLatin1String(objectName))
            return s;
    }
    return nullptr;
}

QStringList EnergyChartWindow::seriesOrder(const char *view) const
{
    QStringList names;
    for (QAbstractSeries *s : allSeries(find(view)))
        names << (s ? s->objectName() : QString());
    return names;
}

} // namespace et::test

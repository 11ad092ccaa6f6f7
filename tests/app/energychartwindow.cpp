// SPDX-License-Identifier: MIT
#include "energychartwindow.h"

#include "minmaxdecimation.h"
#include "windowloader.h"

#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

namespace et::test {

EnergyChartWindow::EnergyChartWindow() = default;

EnergyChartWindow::~EnergyChartWindow()
{
    m_engine.reset();
    m_console.reset();
    m_fixture.reset();
}

QString EnergyChartWindow::open()
{
    m_fixture = std::make_unique<StoreFixture>();
    if (QString error = m_fixture->openWithSnapshot(); !error.isEmpty())
        return error;
    m_console = std::make_unique<models::ConsoleController>(&m_fixture->store(), nullptr);
    if (data().nowMs() != double(now().toMSecsSinceEpoch()))
        return QStringLiteral("the chart's now is not the snapshot balance's time");
    qputenv("XDG_CONFIG_HOME", m_configDir.path().toUtf8());
    m_mapPack = std::make_unique<app::MapPackSettings>(QString(), QString(), m_configDir.path());
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    m_engine = app::makeWindowEngine({.appearance = &m_appearance, .preferences = &m_preferences, .console = m_console.get(), .mapPack = m_mapPack.get()});
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, m_engine.get(), [this](const QList<QQmlError> &list) {
        for (const auto &w : list)
            m_warnings << w.toString();
    });
    m_console->setCurrentView(QStringLiteral("energy"));
    m_engine->load(app::windowUrl(QStringLiteral("Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return QStringLiteral("Main.qml did not load: ") + m_warnings.join(u'\n');
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window))
        return QStringLiteral("no window");
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
    const models::EnergyChartData &d = *m_console->energyChart();
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
    return QTest::qWaitFor([this] { return !m_console->historyChart()->reading(); }, 10000);
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

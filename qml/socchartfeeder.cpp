// SPDX-License-Identifier: MIT
#include "socchartfeeder.h"

#include <QXYSeries>

namespace et::app {

void SocChartFeeder::setSource(models::TruckSocHistory *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &models::TruckSocHistory::changed, this, &SocChartFeeder::refill);
    refill();
    emit sourceChanged();
}

void SocChartFeeder::attach(QObject *series)
{
    m_series = series;
    refill();
}

void SocChartFeeder::refill()
{
    auto *xy = qobject_cast<QXYSeries *>(m_series.data());
    if (!xy)
        return;
    xy->replace(m_source ? m_source->points() : QList<QPointF>{});
}

} // namespace et::app

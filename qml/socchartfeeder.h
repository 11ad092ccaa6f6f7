// SPDX-License-Identifier: MIT
#pragma once

#include "trucksochistory.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace et::app {

/// Puts a truck's SoC history (models::TruckSocHistory) into a Qt Charts line series with one
/// QXYSeries::replace() each time it changes: a day of minutes appended point by point from QML
/// would re-lay the chart out 1,440 times.
class SocChartFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(et::models::TruckSocHistory *source READ source WRITE setSource NOTIFY sourceChanged)
public:
    using QObject::QObject;

    models::TruckSocHistory *source() const { return m_source; }
    void setSource(models::TruckSocHistory *source);
    /// The series that draws the history (a LineSeries of a ChartView; a QObject here so that
    /// the header needs no Qt Charts).
    Q_INVOKABLE void attach(QObject *series);

signals:
    void sourceChanged();

private:
    void refill();

    QPointer<models::TruckSocHistory> m_source;
    QPointer<QObject> m_series;
};

} // namespace et::app

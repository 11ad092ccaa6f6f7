// SPDX-License-Identifier: MIT
#include "searchorigin.h"

#include "modelslogging.h"

#include <QFileInfo>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QVariantMap>

namespace et::models {

SearchOrigin::SearchOrigin(QObject *parent) : QObject(parent) {}

bool SearchOrigin::startNmea(const QString &source, QString *error)
{
    QGeoPositionInfoSource *gps = nullptr;
    if (source.startsWith(QLatin1String("serial:"))) {
        // A receiver on a serial port: QtPositioning's NMEA plugin reads it in real time.
        gps = QGeoPositionInfoSource::createSource(QStringLiteral("nmea"), QVariantMap{{QStringLiteral("nmea.source"), source}}, this);
        if (!gps) {
            if (error)
                *error = tr("the NMEA position plugin is not installed");
            return false;
        }
        m_gpsName = source.mid(7);
    } else {
        // A log file, replayed at the pace of its own timestamps.
        auto *file = new QFile(source, this);
        if (!file->open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read the NMEA file %1: %2").arg(source, file->errorString());
            delete file;
            return false;
        }
        auto *nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
        nmea->setDevice(file);
        file->setParent(nmea);
        gps = nmea;
        m_gpsName = QFileInfo(source).fileName();
    }
    delete m_gps;
    m_gps = gps;
    connect(gps, &QGeoPositionInfoSource::positionUpdated, this, &SearchOrigin::onPosition);
    connect(gps, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error e) {
        qCWarning(lcModels) << "GPS error" << e << "from" << m_gpsName;
        emit changed();
    });
    gps->startUpdates();
    qCInfo(lcModels).noquote() << "GPS from NMEA" << m_gpsName;
    emit changed();
    return true;
}

void SearchOrigin::onPosition(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    m_fix = info.coordinate();
    emit changed();
}

QString SearchOrigin::source() const
{
    if (m_mode == Mode::Point && m_point.isValid())
        return QStringLiteral("point");
    if (m_mode == Mode::Auto && m_fix.isValid())
        return QStringLiteral("gps");
    return QStringLiteral("map");
}

QGeoCoordinate SearchOrigin::coordinate() const
{
    const QString s = source();
    return s == u"point" ? m_point : s == u"gps" ? m_fix : m_mapCentre;
}

QString SearchOrigin::description() const
{
    const QGeoCoordinate c = coordinate();
    const QString at = c.isValid() ? QStringLiteral("%1°N %2°E").arg(c.latitude(), 0, 'f', 4).arg(c.longitude(), 0, 'f', 4) : QString();
    const QString s = source();
    if (s == u"gps")
        return tr("From the GPS (%1) at %2").arg(m_gpsName, at);
    if (s == u"point")
        return tr("From the point chosen on the map, %1").arg(at);
    if (m_gps && !m_fix.isValid())
        return tr("From the map's centre (GPS %1: no fix yet)").arg(m_gpsName);
    return tr("From the map's centre");
}

void SearchOrigin::setPicking(bool on)
{
    if (on == m_picking)
        return;
    m_picking = on;
    emit changed();
}

void SearchOrigin::setMapCentre(const QGeoCoordinate &centre)
{
    if (!centre.isValid() || centre == m_mapCentre)
        return;
    m_mapCentre = centre;
    if (source() == u"map")
        emit changed();
}

void SearchOrigin::useMapCentre()
{
    m_mode = Mode::Map;
    m_picking = false;
    emit changed();
}

void SearchOrigin::useGps()
{
    m_mode = Mode::Auto;
    m_picking = false;
    emit changed();
}

bool SearchOrigin::usePoint(const QGeoCoordinate &point)
{
    if (!point.isValid())
        return false;
    m_point = point;
    m_mode = Mode::Point;
    m_picking = false;
    emit changed();
    return true;
}

} // namespace et::models

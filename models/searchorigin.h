// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QObject>
#include <QPointer>

#include <QtQml/qqmlregistration.h>

class QGeoPositionInfoSource;
class QGeoPositionInfo;

namespace et::models {

/// Where the center search measures from (issue 19), and which source that is: a GPS speaking
/// NMEA (a serial receiver, "serial:/dev/ttyUSB0", through QtPositioning's NMEA plugin, or an NMEA
/// log file replayed at the pace of its timestamps by QNmeaPositionInfoSource, from `--nmea`), a point the user clicked on the map, or the map's
/// centre. A GPS fix is preferred while it is fresh; a clicked point holds until the user goes
/// back to the map centre or the GPS; otherwise the search follows the map. `description` says
/// in words which one is in use, so the view never hides where distances come from.
class SearchOrigin : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    /// "gps", "point" or "map".
    Q_PROPERTY(QString source READ source NOTIFY changed)
    Q_PROPERTY(QGeoCoordinate coordinate READ coordinate NOTIFY changed)
    Q_PROPERTY(bool gpsConfigured READ gpsConfigured NOTIFY changed)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    /// The next click on the map sets the point (the map's drawing area is armed meanwhile).
    Q_PROPERTY(bool picking READ picking WRITE setPicking NOTIFY changed)
public:
    explicit SearchOrigin(QObject *parent = nullptr);

    /// Starts a GPS from an NMEA source: a file path (replayed) or "serial:PORT". False with
    /// `error` set when the file cannot be read or the plugin is missing.
    bool startNmea(const QString &source, QString *error = nullptr);

    QString source() const;
    QGeoCoordinate coordinate() const;
    bool gpsConfigured() const { return !m_gps.isNull(); }
    bool hasFix() const { return m_fix.isValid(); }
    QString description() const;
    bool picking() const { return m_picking; }
    void setPicking(bool on);

    /// Follows the map's centre while the source is "map".
    void setMapCentre(const QGeoCoordinate &centre);
    Q_INVOKABLE void useMapCentre();
    Q_INVOKABLE void useGps();
    /// A point on the map; false for an invalid coordinate.
    Q_INVOKABLE bool usePoint(const QGeoCoordinate &point);

signals:
    void changed();

private:
    void onPosition(const QGeoPositionInfo &info);
    enum class Mode { Auto, Point, Map };
    Mode m_mode = Mode::Auto;
    QPointer<QGeoPositionInfoSource> m_gps;
    QString m_gpsName;
    QGeoCoordinate m_fix;
    QGeoCoordinate m_point;
    QGeoCoordinate m_mapCentre;
    bool m_picking = false;
};

} // namespace et::models

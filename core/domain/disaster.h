// SPDX-License-Identifier: MIT
#pragma once

#include "disasterhazard.h"
#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace et::domain {

enum class DisasterType { Typhoon, Earthquake, Flood, Outage, Wildfire, HeavySnow };
enum class DisasterStatus { Active, Monitoring, Resolved };

/// A disaster (an incident the command center runs): a circle that marks it on the map, a
/// severity from 1 (minor) to 5 (catastrophic), what it is physically (`hazard`: a typhoon's track,
/// an earthquake's magnitude and depth, a drawn polygon, outage regions), the trucks reserved for
/// critical facilities, and the server's assessment of its `impact` (hazard::IncidentImpact as
/// JSON; the server computes it, a client never sends it).
///
/// A registration may leave out what the hazard gives: the circle when there is a polygon or a
/// track (fitCircle), the severity when there is a track or a magnitude (0 until the server rates
/// it). It may name its own id (the server takes "dis-" and up to 60 letters, digits or dashes:
/// isValidClientId), so a console can show a disaster it created offline under the id it will
/// keep (toRegistrationJson leaves the id out: a console's create command adds it).
struct Disaster
{
    QString id;
    DisasterType type = DisasterType::Outage;
    int severity = 1;
    double lat = 0.0;
    double lon = 0.0;
    double radiusKm = 0.0;
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    DisasterStatus status = DisasterStatus::Active;
    QString title;
    QString description;
    QDateTime updatedAt;
    /// When an operator acknowledged it (the server's simulated time); absent until then.
    std::optional<QDateTime> acknowledgedAt;
    DisasterHazard hazard;
    QStringList reservedTruckIds;
    QJsonObject impact;

    /// Whether `id` is one a client may choose.
    static bool isValidClientId(QStringView id);
    /// Sets the circle from the hazard where the request left it out: a polygon's centroid and
    /// farthest vertex; a track's fix nearest Jeju and the reach of its 15 m/s wind there (100 km
    /// when the fix says nothing).
    void fitCircle();

    /// A stored disaster as the server sends it (every field, with id and updated_at).
    static Result<Disaster> fromJson(const QJsonValue &value);
    /// A registration request: the same fields without id and updated_at, which the server assigns.
    static Result<Disaster> fromRegistrationJson(const QJsonValue &value);
    QJsonObject toJson() const;
    QJsonObject toRegistrationJson() const;
    bool operator==(const Disaster &) const = default;
};

QString toString(DisasterType type);
QString toString(DisasterStatus status);
std::optional<DisasterType> disasterTypeFromString(QStringView text);
std::optional<DisasterStatus> disasterStatusFromString(QStringView text);

} // namespace et::domain

// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace et::domain {

enum class DisasterType { Typhoon, Earthquake, Flood, Outage, Wildfire, HeavySnow };
enum class DisasterStatus { Active, Monitoring, Resolved };

/// A disaster with a circular affected area. Severity runs 1 (minor) to 5 (catastrophic).
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

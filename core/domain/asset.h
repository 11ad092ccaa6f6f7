// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace et::domain {

enum class AssetKind { HvdcConverter, Thermal, Wind, Solar, Substation };
enum class AssetStatus { Online, Offline, Maintenance, Emergency };

/// A fixed energy asset on Jeju: an HVDC converter station, a thermal plant, a wind farm, the
/// aggregated solar of one eup/myeon, or a substation. `approximate` marks positions that are
/// known only to the town (not surveyed), so the UI can say so.
struct Asset
{
    QString id;
    AssetKind kind = AssetKind::Substation;
    QString name;      ///< Korean name as used locally
    QString nameEn;
    double lat = 0.0;
    double lon = 0.0;
    double capacityMw = 0.0;
    double outputMw = 0.0; ///< current output (import for HVDC converters); negative = export/consumption
    AssetStatus status = AssetStatus::Online;
    bool approximate = false;
    QString region;    ///< eup/myeon/dong the asset lies in
    QDateTime updatedAt;

    static Result<Asset> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const Asset &) const = default;
};

QString toString(AssetKind kind);
QString toString(AssetStatus status);
std::optional<AssetKind> assetKindFromString(QStringView text);
std::optional<AssetStatus> assetStatusFromString(QStringView text);

} // namespace et::domain

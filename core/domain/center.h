// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QJsonObject>
#include <QString>
#include <QTime>

#include <optional>

namespace et::domain {

/// A public health-promotion or mental-health center, as published in the national standard data
/// (전국건강증진센터표준데이터). Free-text fields stay as published; opening times may be unknown.
struct Center
{
    QString id;          ///< stable: derived from name + address by the importer
    QString name;
    QString category;    ///< 건강증진센터구분 as published
    QString roadAddress;
    QString lotAddress;
    double lat = 0.0;
    double lon = 0.0;
    QString services;    ///< 건강증진업무내용
    QTime opensAt;       ///< invalid when the source gives none
    QTime closesAt;
    QString closedDays;  ///< 휴무일정보, free text
    QString phone;
    QString operatorName;
    QString dataDate;    ///< 데이터기준일자 (YYYY-MM-DD)
    std::optional<double> distanceKm; ///< only in search results around a point

    static Result<Center> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const Center &) const = default;
};

} // namespace et::domain

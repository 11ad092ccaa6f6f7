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
    /// Staff as published (의사수, 간호사수, 사회복지사수, 영양사수); nullopt = not published, unknown.
    std::optional<int> doctors;
    std::optional<int> nurses;
    std::optional<int> socialWorkers;
    std::optional<int> nutritionists;
    QString otherStaff;  ///< 기타인력현황, free text ("운동지도사(1)", "4"); "" = not published
    std::optional<double> distanceKm; ///< only in search results around a point

    /// The most staff a published count may give (the largest center in the standard data has 42
    /// social workers); a larger number is a typo, refused rather than shown.
    static constexpr int kMaxStaffCount = 9999;
    static constexpr qsizetype kMaxOtherStaffLength = 500;

    /// True when any staff figure is known.
    bool hasStaff() const;
    static Result<Center> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const Center &) const = default;
};

} // namespace et::domain

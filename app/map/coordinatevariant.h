// SPDX-License-Identifier: MIT
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QVariant>

namespace et::map {

/// Reads coordinates handed over from QML or a model: a QGeoCoordinate value or a
/// {latitude, longitude} object (what a JavaScript literal becomes). One place, so every map API
/// that takes coordinates accepts the same forms and rejects the same garbage.
class CoordinateVariant
{
public:
    /// An invalid QGeoCoordinate when `value` is neither form or its numbers are missing, not
    /// finite or out of range.
    static QGeoCoordinate toCoordinate(const QVariant &value);
    /// Every element of a list (QVariantList or any sequence a QVariant can iterate), invalid ones
    /// included as invalid coordinates so callers can count and report them.
    static QList<QGeoCoordinate> toCoordinates(const QVariant &list);
};

} // namespace et::map

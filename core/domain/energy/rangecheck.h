// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <cmath>
#include <initializer_list>

/// Input checks shared by the energy models: a value that is not a finite number inside the
/// model's range becomes an Error naming the field, never a silently clamped number.
namespace et::domain::energy::rangecheck {

inline bool within(double value, double low, double high)
{
    return std::isfinite(value) && value >= low && value <= high;
}

/// "latitude: 91 is outside [-90, 90] °" or "latitude: is not a number".
inline Error outOfRange(const char *field, double value, double low, double high, const char *unit = "")
{
    if (!std::isfinite(value))
        return Error{QString::fromLatin1(field), QStringLiteral("is not a number")};
    return Error{QString::fromLatin1(field), QStringLiteral("%1 is outside [%2, %3]%4")
                                                 .arg(value)
                                                 .arg(low)
                                                 .arg(high)
                                                 .arg(*unit ? QStringLiteral(" ") + QString::fromUtf8(unit) : QString())};
}

/// Ok when `value` is finite and in [low, high], else the error above.
inline Status require(const char *field, double value, double low, double high, const char *unit = "")
{
    if (within(value, low, high))
        return Ok{};
    return outOfRange(field, value, low, high, unit);
}

/// One field of a model's input and the closed range it must lie in.
struct Check
{
    const char *field;
    double value;
    double low;
    double high;
    const char *unit = "";
};

/// The first failing check's error, or Ok.
inline Status requireAll(std::initializer_list<Check> checks)
{
    for (const Check &c : checks) {
        if (!within(c.value, c.low, c.high))
            return outOfRange(c.field, c.value, c.low, c.high, c.unit);
    }
    return Ok{};
}

} // namespace et::domain::energy::rangecheck

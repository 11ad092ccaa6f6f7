// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace et::cli {

/// `t` on Jeju's clock (KST, UTC+9 without daylight saving) in `format`: operators read KST
/// whatever zone the machine is set to.
inline QString kst(const QDateTime &t, const char *format)
{
    return t.toTimeZone(QTimeZone(9 * 3600)).toString(QString::fromLatin1(format));
}

} // namespace et::cli

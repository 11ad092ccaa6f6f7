// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"

namespace et::test {

/// A valid disaster for registration tests; `startedAt` defaults to a fixed instant.
domain::Disaster makeDisaster(domain::DisasterType type, int severity, double lat, double lon, double radiusKm,
                              const QDateTime &startedAt = QDateTime(QDate(2025, 8, 20), QTime(6, 0), Qt::UTC));

} // namespace et::test

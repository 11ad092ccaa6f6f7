// SPDX-License-Identifier: MIT
// Disaster::fromJson (what the server sends) and Disaster::fromRegistrationJson (what a client
// POSTs) on the same bytes. A registration the server accepts is stored with the id and time the
// server assigns and sent to every console, so it must decode as a stored disaster too.
#include "fuzzsupport.h"

#include "domain/disaster.h"

using et::domain::Disaster;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto stored = et::fuzz::decodeAndRoundTrip(data, size, &Disaster::fromJson);
    const auto object = et::fuzz::parseObject(data, size);
    if (!object)
        return 0;
    const auto registration = Disaster::fromRegistrationJson(*object);
    // A stored disaster has every field a registration has, so it is a valid registration too.
    if (stored)
        FUZZ_CHECK(registration.ok(), registration.error().toString());
    if (!registration.ok())
        return 0;
    // The registration JSON carries no id (a console's create command adds its own).
    Disaster anonymous = registration.value();
    anonymous.id.clear();
    et::fuzz::checkWireRoundTrip(anonymous, [](const Disaster &d) { return d.toRegistrationJson(); }, &Disaster::fromRegistrationJson);
    Disaster assigned = registration.value();
    assigned.id = QStringLiteral("dis-0123456789ab");
    // A severity left to the hazard is rated by the server (1 to 5) before it is stored.
    assigned.severity = std::max(assigned.severity, 1);
    assigned.updatedAt = QDateTime(QDate(2024, 4, 13), QTime(3, 1, 54), Qt::UTC);
    et::fuzz::checkWireRoundTrip(assigned, &Disaster::fromJson);
    return 0;
}

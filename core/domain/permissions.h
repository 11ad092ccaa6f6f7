// SPDX-License-Identifier: MIT
#pragma once

#include "useraccount.h"

#include <QString>

namespace et::domain {

/// What a request or a WebSocket channel needs. The server checks it on every endpoint and
/// channel (backend's route table names one per route); the console uses the same table to show
/// only the controls a user may use — the server stays the authority.
enum class Permission {
    ReadGrid,        ///< assets, energy balance, HVDC flows, centers
    ReadDisasters,   ///< disasters and their impact
    ReadFleet,       ///< trucks and dispatch orders
    Dispatch,        ///< create and cancel dispatch orders
    ManageDisasters, ///< register, acknowledge and resolve disasters
    HandleAlarms,    ///< acknowledge and shelve alarms
    ManageUsers,     ///< create users, change roles, disable users
    ReadAudit,       ///< the audit trail
    ManageCenters,   ///< import centers from the standard data, post notices and closures on a center
    ReviewCenters,   ///< write (and edit) one's own review of a center
    ModerateReviews, ///< hide an abusive review, with a reason
};

/// The one role table. Viewer: ReadGrid, ReadDisasters, ReadFleet and ReviewCenters (a review is
/// a signed-in person's own word). Operator: a viewer's, plus Dispatch, ManageDisasters,
/// HandleAlarms and ManageCenters. Partner: ReadGrid, ReadDisasters and ReviewCenters (what
/// partner agencies are granted; no fleet). Admin: everything, and only an admin
/// ModerateReviews, ManageUsers and ReadAudit.
bool allows(UserRole role, Permission permission);

/// The permission a WebSocket channel needs to be subscribed ("energy", "assets": ReadGrid;
/// "trucks", "orders": ReadFleet; "disasters": ReadDisasters; "centers": ReadGrid); nullopt for
/// an unknown channel.
std::optional<Permission> permissionForChannel(const QString &channel);

QString toString(Permission permission);
std::optional<Permission> permissionFromString(QStringView text);

} // namespace et::domain

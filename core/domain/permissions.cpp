// SPDX-License-Identifier: MIT
#include "permissions.h"

#include "streamevent.h"

namespace et::domain {

namespace {
constexpr EnumName<Permission> kPermissions[] = {
    {Permission::ReadGrid, u"read_grid"},         {Permission::ReadDisasters, u"read_disasters"},
    {Permission::ReadFleet, u"read_fleet"},       {Permission::Dispatch, u"dispatch"},
    {Permission::ManageDisasters, u"manage_disasters"}, {Permission::HandleAlarms, u"handle_alarms"}, {Permission::ManageUsers, u"manage_users"},
    {Permission::ReadAudit, u"read_audit"},       {Permission::ManageCenters, u"manage_centers"},
    {Permission::ReviewCenters, u"review_centers"}, {Permission::ModerateReviews, u"moderate_reviews"},
};
} // namespace

QString toString(Permission p) { return enumToString<Permission>(p, kPermissions); }
std::optional<Permission> permissionFromString(QStringView t) { return enumFromString<Permission>(t, kPermissions); }

bool allows(UserRole role, Permission permission)
{
    switch (role) {
    case UserRole::Admin:
        return true;
    case UserRole::Operator:
        return permission != Permission::ManageUsers && permission != Permission::ReadAudit && permission != Permission::ModerateReviews;
    case UserRole::Viewer:
        return permission == Permission::ReadGrid || permission == Permission::ReadDisasters || permission == Permission::ReadFleet
               || permission == Permission::ReviewCenters;
    case UserRole::Partner:
        return permission == Permission::ReadGrid || permission == Permission::ReadDisasters || permission == Permission::ReviewCenters;
    }
    return false;
}

std::optional<Permission> permissionForChannel(const QString &channel)
{
    if (channel == channel::energy || channel == channel::assets || channel == channel::centers)
        return Permission::ReadGrid;
    if (channel == channel::alarms)
        return Permission::ReadDisasters;
    if (channel == channel::trucks || channel == channel::orders || channel == channel::dispatch)
        return Permission::ReadFleet;
    if (channel == channel::disasters)
        return Permission::ReadDisasters;
    return std::nullopt;
}

} // namespace et::domain

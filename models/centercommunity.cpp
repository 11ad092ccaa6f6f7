// SPDX-License-Identifier: MIT
#include "centercommunity.h"

#include "domain/permissions.h"

namespace et::models {

CenterCommunity::CenterCommunity(client::Store *store, QObject *parent)
    : QObject(parent),
      m_import(new CenterImport(store, this)),
      m_notices(new CenterNoticeModel(store, this)),
      m_reviews(new CenterReviewModel(store, this))
{
    m_import->setPermissionCheck([this] { return may(domain::Permission::ManageCenters); });
    m_notices->setPermissionCheck([this] { return may(domain::Permission::ManageCenters); });
}

bool CenterCommunity::may(domain::Permission permission) const
{
    return m_user && domain::allows(m_user->role, permission);
}

void CenterCommunity::setUser(const std::optional<domain::UserAccount> &user)
{
    m_user = user;
    m_reviews->setUser(user ? user->id : QString(), [this] { return may(domain::Permission::ReviewCenters); },
                       [this] { return may(domain::Permission::ModerateReviews); });
    emit m_import->changed();
    emit m_notices->permissionChanged();
}

} // namespace et::models

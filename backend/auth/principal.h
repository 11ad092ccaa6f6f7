// SPDX-License-Identifier: MIT
#pragma once

#include "domain/useraccount.h"

namespace et::backend {

/// Who sent a request: the signed-in user (as the database has them now) and the login
/// (refresh-token family) their access token belongs to.
struct Principal
{
    domain::UserAccount user;
    QString loginId;
};

} // namespace et::backend

// SPDX-License-Identifier: MIT
#pragma once

#include "domain/useraccount.h"

#include <QList>
#include <QString>

namespace et::test {

/// One account a test signs in with. There are no default accounts on a server: tests make these
/// four on the host (ServerProcess::startWithTestAccounts) before starting it.
struct TestAccount
{
    QString email;
    QString password;
    et::domain::UserRole role;
};

/// The test account of `role`: `admin@test.invalid`, `operator@test.invalid`,
/// `viewer@test.invalid` or `partner@test.invalid`. The password is 24 random characters drawn
/// from QRandomGenerator::system() once per test process (never a constant), the same on every
/// call.
const TestAccount &testAccount(et::domain::UserRole role);

/// Every role, admin first (for loops over the role table).
const QList<et::domain::UserRole> &allRoles();

} // namespace et::test

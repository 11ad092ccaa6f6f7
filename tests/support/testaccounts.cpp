// SPDX-License-Identifier: MIT
#include "testaccounts.h"

#include <QRandomGenerator>

#include <array>

namespace et::test {

using domain::UserRole;

namespace {
QString randomPassword()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!");
    QString out;
    for (int i = 0; i < 24; ++i)
        out += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return out;
}
} // namespace

const QList<UserRole> &allRoles()
{
    static const QList<UserRole> roles{UserRole::Admin, UserRole::Operator, UserRole::Viewer, UserRole::Partner};
    return roles;
}

const TestAccount &testAccount(UserRole role)
{
    static const std::array<TestAccount, 4> accounts = [] {
        std::array<TestAccount, 4> out;
        for (int i = 0; i < 4; ++i) {
            const UserRole r = allRoles().at(i);
            out[size_t(i)] = TestAccount{domain::toString(r) + QStringLiteral("@test.invalid"), randomPassword(), r};
        }
        return out;
    }();
    return accounts[size_t(allRoles().indexOf(role))];
}

} // namespace et::test

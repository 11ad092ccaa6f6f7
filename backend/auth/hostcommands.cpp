// SPDX-License-Identifier: MIT
#include "auth/hostcommands.h"

#include "auth/accountstore.h"
#include "auth/secrets.h"
#include "serveroptions.h"
#include "store/store.h"
#include "domain/passwordline.h"

#include <cstdio>

namespace et::backend {

namespace {
int fail(int code, const QString &message)
{
    std::fprintf(stderr, "energytruck-server: %s\n", qPrintable(message));
    std::fflush(stderr);
    return code;
}
} // namespace

int HostCommands::run(const ServerOptions &o)
{
    const bool create = o.hostCommand == ServerOptions::HostCommand::CreateUser;
    const auto read = domain::PasswordLine::readStdin(create ? QStringLiteral("--create-user") : QStringLiteral("--set-password"));
    if (!read.ok())
        return fail(2, read.error().toString());
    const QString &password = read.value();
    if (password.size() < Secrets::kMinPasswordLength)
        return fail(2, QStringLiteral("the password (first line of stdin) must have at least %1 characters").arg(Secrets::kMinPasswordLength));
    Store store;
    if (auto s = store.open(o.dbPath); !s.ok())
        return fail(1, s.error().toString());
    AccountStore accounts(store);
    auto existing = accounts.userByEmail(o.accountEmail);
    if (!existing.ok())
        return fail(1, existing.error().toString());
    if (create && existing.value())
        return fail(kExitExists, QStringLiteral("a user with the e-mail %1 exists").arg(o.accountEmail));
    if (!create && !existing.value())
        return fail(kExitExists, QStringLiteral("no user has the e-mail %1").arg(o.accountEmail));
    const auto hash = Secrets::hashPassword(password);
    if (!hash)
        return fail(1, QStringLiteral("hashing the password failed"));
    if (create) {
        auto user = accounts.createUser(o.accountEmail, o.accountRole, *hash);
        if (!user.ok())
            return fail(1, user.error().toString());
        std::printf("created %s (%s) with id %s\n", qPrintable(o.accountEmail), qPrintable(domain::toString(o.accountRole)),
                    qPrintable(user.value().id));
    } else {
        auto done = accounts.setPasswordHash(o.accountEmail, *hash);
        if (!done.ok())
            return fail(1, done.error().toString());
        // A new password ends every login made with the old one.
        if (auto s = accounts.revokeLoginsOf(existing.value()->account.id); !s.ok())
            return fail(1, s.error().toString());
        std::printf("password of %s set\n", qPrintable(o.accountEmail));
    }
    std::fflush(stdout);
    return 0;
}

} // namespace et::backend

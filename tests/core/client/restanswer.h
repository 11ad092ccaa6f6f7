// SPDX-License-Identifier: MIT
#pragma once

#include "client/restclient.h"

#include <QTest>

#include <optional>

namespace et::test {

/// One asynchronous RestClient answer, waited for in a test that reads top to bottom; the test
/// fails (not hangs) when none comes.
template<typename T>
struct RestAnswer
{
    std::optional<domain::Result<T>> result;
    client::RestClient::Callback<T> callback()
    {
        return [this](domain::Result<T> r) { result.emplace(std::move(r)); };
    }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    /// The error of the answer that came (empty when it succeeded).
    const domain::Error &error() const { return result->error(); }
};

} // namespace et::test

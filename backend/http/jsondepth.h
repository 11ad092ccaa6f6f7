// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace et::backend {

/// How deeply a JSON text nests arrays and objects, found by a byte scan that skips strings (with
/// their escapes) — without parsing, so a hostile body of 64 KiB of `[` costs one pass and no
/// recursion. Malformed text gets a number too; the parser reports what is wrong with it.
class JsonDepth
{
public:
    static constexpr int kLimit = 16;

    static int of(const QByteArray &text);
};

} // namespace et::backend

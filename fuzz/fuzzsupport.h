// SPDX-License-Identifier: MIT
// Shared by every fuzz target: a check that aborts (so libFuzzer and the corpus replay both see
// a failed invariant as a crash), the project's own JSON entry point for raw bytes, and the wire
// round trip that every codec must survive.
#pragma once

#include "domain/jsonfieldreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <concepts>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <type_traits>

namespace et::fuzz {

[[noreturn]] inline void fail(const char *check, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n  %s\n", file, line, check, qPrintable(detail));
    std::abort();
}

/// The bytes as the network code hands them to the domain: one JSON object, or nothing.
inline std::optional<QJsonObject> parseObject(const uint8_t *data, size_t size)
{
    auto parsed = domain::parseJsonObject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok())
        return std::nullopt;
    return parsed.value();
}

/// The bytes as the query string of a GET request (what QHttpServerRequest::query() gives).
inline QUrlQuery parseQuery(const uint8_t *data, size_t size)
{
    QUrlQuery query;
    query.setQuery(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    return query;
}

inline QString compactText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace et::fuzz

/// Aborts with the condition and `detail` (a QString) when `cond` is false. Never compiled out.
#define FUZZ_CHECK(cond, detail)                                                                   \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::et::fuzz::fail(#cond, __FILE__, __LINE__, (detail));                                 \
    } while (false)

namespace et::fuzz {

/// What a peer sees of `value`: encoded, sent as compact JSON text, parsed and decoded again. It
/// must decode, to the same value, and encode to the same JSON: a value one side accepts and the
/// other side cannot read back (or reads differently) is a bug even when nothing crashes.
template<typename T, typename Encode, typename Decode>
T checkWireRoundTrip(const T &value, Encode encode, Decode decode)
{
    const QJsonObject json = encode(value);
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    auto reparsed = domain::parseJsonObject(text);
    FUZZ_CHECK(reparsed.ok(), QString::fromUtf8(text) + QStringLiteral(" -> ") + reparsed.error().toString());
    auto again = decode(reparsed.value());
    FUZZ_CHECK(again.ok(), QString::fromUtf8(text) + QStringLiteral(" -> ") + again.error().toString());
    if constexpr (std::equality_comparable<T>)
        FUZZ_CHECK(again.value() == value, QStringLiteral("decoded differently: ") + QString::fromUtf8(text));
    FUZZ_CHECK(encode(again.value()) == json, QStringLiteral("encodes differently: ") + QString::fromUtf8(text)
                                                  + QStringLiteral(" vs ") + compactText(encode(again.value())));
    return again.value();
}

/// The same for the usual pair toJson()/fromJson().
template<typename T, typename Decode>
T checkWireRoundTrip(const T &value, Decode decode)
{
    return checkWireRoundTrip(value, [](const T &v) { return v.toJson(); }, decode);
}

/// Decodes the input with `decode` (one of the fromJson functions). A refusal must say what is
/// wrong; an accepted value must survive the wire round trip. Gives the value when accepted.
template<typename Decode>
auto decodeAndRoundTrip(const uint8_t *data, size_t size, Decode decode)
    -> std::optional<std::decay_t<decltype(decode(QJsonObject()).value())>>
{
    const auto object = parseObject(data, size);
    if (!object)
        return std::nullopt;
    auto decoded = decode(*object);
    if (!decoded.ok()) {
        FUZZ_CHECK(!decoded.error().toString().isEmpty(), QStringLiteral("a refusal without a reason"));
        return std::nullopt;
    }
    checkWireRoundTrip(decoded.value(), decode);
    return decoded.value();
}

/// A number the decoder accepted must be the number that was sent: no silent truncation.
inline void checkKeptNumber(const QJsonObject &input, const QString &key, double decoded)
{
    const QJsonValue v = input.value(key);
    if (v.isDouble())
        FUZZ_CHECK(v.toDouble() == decoded,
                   QStringLiteral("%1: sent %2, decoded %3").arg(key).arg(v.toDouble(), 0, 'g', 17).arg(decoded, 0, 'g', 17));
}

} // namespace et::fuzz

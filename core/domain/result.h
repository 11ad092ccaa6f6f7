// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace et::domain {

/// Why a value could not be decoded or an operation failed. `field` names the offending field as
/// a path ("items[3].lat") so a person can find it in the payload; it is empty for whole-input errors.
struct Error
{
    Error() = default;
    Error(QString field, QString message, QString code = {})
        : field(std::move(field)), message(std::move(message)), code(std::move(code))
    {
    }

    QString field;
    QString message;
    /// A machine-readable reason when the error came from a peer, e.g. the server's error code
    /// ("cursor_expired", "conflict") or "unreachable" for no answer at all; empty otherwise.
    QString code;

    /// "items[3].lat: expected a number, got a string" — the form shown in logs and to users.
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    /// The same error seen from one level up, e.g. prefix("items[3]") turns "lat" into "items[3].lat".
    Error prefixed(const QString &parent) const
    {
        if (parent.isEmpty())
            return *this;
        return {field.isEmpty() ? parent : (field.startsWith(u'[') ? parent + field : parent + u'.' + field),
                message, code};
    }
};

/// A value or the reason there is none. The caller must look at ok() before value(): decoders
/// never hand back a silently defaulted value.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    /// The reason for failure; an empty Error when ok(), so that formatting a message for a
    /// check that passed (QVERIFY2 builds its text eagerly) is safe.
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// The value of an operation that returns nothing but may fail: `return Ok{};` or an Error.
struct Ok
{
    bool operator==(const Ok &) const = default;
};
using Status = Result<Ok>;

} // namespace et::domain

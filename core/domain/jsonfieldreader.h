// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTime>

#include <functional>
#include <optional>
#include <span>

namespace et::domain {

/// One name of an enum as it appears on the wire.
template<typename E>
struct EnumName
{
    E value;
    const char16_t *name;
};

/// Reads the fields of one JSON object with validation. Every getter checks presence, type and
/// range; the first problem is kept (with the field's name) and later getters become no-ops, so a
/// decoder reads all fields and then asks ok() once. Required fields have no defaults: a missing
/// field is an error. Unknown fields are ignored so that newer servers stay readable.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QJsonObject &object) : m_object(object) {}

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }
    /// Records a problem found by the caller's own cross-field checks.
    void fail(const QString &field, const QString &message);

    QString string(const QString &key);                  ///< required, non-empty
    QString optionalString(const QString &key);           ///< absent or null gives ""; wrong type is an error
    double number(const QString &key, double min, double max);
    std::optional<double> optionalNumber(const QString &key, double min, double max);
    int integer(const QString &key, int min, int max);
    /// A whole number beyond int's range, such as a cursor (JSON carries them exactly up to 2^53).
    qint64 integer64(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QDateTime dateTime(const QString &key);               ///< ISO 8601 with offset or Z, returned as UTC
    std::optional<QDateTime> optionalDateTime(const QString &key);
    QTime timeOfDay(const QString &key);                  ///< "9:00" or "09:00"
    double latitude(const QString &key) { return number(key, -90.0, 90.0); }
    double longitude(const QString &key) { return number(key, -180.0, 180.0); }
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);

    template<typename E>
    E enumValue(const QString &key, std::span<const EnumName<E>> names)
    {
        const QString text = string(key);
        if (!ok())
            return names.front().value;
        for (const auto &n : names) {
            if (text == QStringView(n.name))
                return n.value;
        }
        QStringList allowed;
        for (const auto &n : names)
            allowed << QString::fromUtf16(n.name);
        fail(key, QStringLiteral("unknown value \"%1\" (expected one of: %2)").arg(text, allowed.join(u", ")));
        return names.front().value;
    }

private:
    std::optional<QJsonValue> present(const QString &key);
    void typeError(const QString &key, const char *expected, const QJsonValue &got);

    QJsonObject m_object;
    std::optional<Error> m_error;
};

/// The wire name of an enum value (the first matching entry of `names`).
template<typename E>
QString enumToString(E value, std::span<const EnumName<E>> names)
{
    for (const auto &n : names) {
        if (n.value == value)
            return QString::fromUtf16(n.name);
    }
    return {};
}

/// Parses `text` as a wire name, or nothing.
template<typename E>
std::optional<E> enumFromString(QStringView text, std::span<const EnumName<E>> names)
{
    for (const auto &n : names) {
        if (text == QStringView(n.name))
            return n.value;
    }
    return std::nullopt;
}

/// The JSON type name of a value, for error messages ("a string", "null", ...).
QString jsonTypeName(const QJsonValue &value);

/// Decodes every element of `array` with `decode`; the first failure is reported as "[i].field".
template<typename T>
Result<QList<T>> decodeArray(const QJsonArray &array, const std::function<Result<T>(const QJsonValue &)> &decode)
{
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto r = decode(array.at(i));
        if (!r.ok())
            return r.error().prefixed(QStringLiteral("[%1]").arg(i));
        out.append(std::move(r).value());
    }
    return out;
}

/// Parses UTF-8 JSON text that must be an object; a clear error otherwise (with the byte offset).
Result<QJsonObject> parseJsonObject(const QByteArray &text);

/// Formats a timestamp the way the API does: UTC, ISO 8601 with milliseconds and "Z".
QString toIsoUtc(const QDateTime &time);

} // namespace et::domain

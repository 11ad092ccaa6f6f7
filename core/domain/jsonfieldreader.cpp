// SPDX-License-Identifier: MIT
#include "jsonfieldreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace et::domain {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

void JsonFieldReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = Error{field, message};
}

std::optional<QJsonValue> JsonFieldReader::present(const QString &key)
{
    if (m_error)
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    return *it;
}

void JsonFieldReader::typeError(const QString &key, const char *expected, const QJsonValue &got)
{
    fail(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), jsonTypeName(got)));
}

QString JsonFieldReader::string(const QString &key)
{
    const auto v = present(key);
    if (!v)
        return {};
    if (!v->isString()) {
        typeError(key, "a string", *v);
        return {};
    }
    const QString s = v->toString();
    if (s.trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return s;
}

QString JsonFieldReader::optionalString(const QString &key)
{
    if (m_error)
        return {};
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        typeError(key, "a string", v);
        return {};
    }
    return v.toString();
}

double JsonFieldReader::number(const QString &key, double min, double max)
{
    const auto v = present(key);
    if (!v)
        return 0.0;
    if (!v->isDouble()) {
        typeError(key, "a number", *v);
        return 0.0;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d)) {
        fail(key, QStringLiteral("must be a finite number"));
        return 0.0;
    }
    if (d < min || d > max) {
        fail(key, QStringLiteral("%1 is out of range [%2, %3]").arg(d).arg(min).arg(max));
        return 0.0;
    }
    return d;
}

std::optional<double> JsonFieldReader::optionalNumber(const QString &key, double min, double max)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return number(key, min, max);
}

int JsonFieldReader::integer(const QString &key, int min, int max)
{
    return static_cast<int>(integer64(key, min, max));
}

qint64 JsonFieldReader::integer64(const QString &key, qint64 min, qint64 max)
{
    const double d = number(key, double(min), double(max));
    if (m_error)
        return 0;
    // A fraction would be cut off silently by the conversion: 10.5 is not cursor 10.
    if (d != std::floor(d)) {
        fail(key, QStringLiteral("expected a whole number, got %1").arg(d));
        return 0;
    }
    return static_cast<qint64>(d);
}

bool JsonFieldReader::boolean(const QString &key)
{
    const auto v = present(key);
    if (!v)
        return false;
    if (!v->isBool()) {
        typeError(key, "a boolean", *v);
        return false;
    }
    return v->toBool();
}

static std::optional<QDateTime> parseIso(const QString &text)
{
    // Require an explicit offset or Z: a local time without zone would mean different instants
    // on the server and on a laptop in another time zone.
    static const QRegularExpression withZone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)\\z"));
    if (!withZone.match(text).hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QDateTime JsonFieldReader::dateTime(const QString &key)
{
    const QString text = string(key);
    if (m_error)
        return {};
    const auto t = parseIso(text);
    if (!t) {
        fail(key, QStringLiteral("\"%1\" is not an ISO 8601 time with a zone (e.g. 2026-11-23T05:00:00Z)").arg(text));
        return {};
    }
    // The wire form has four-digit years. A time that falls in year 0 or 10000 once moved to UTC
    // would be accepted here but written back as an empty string, which no reader takes.
    if (const int year = t->date().year(); year < 1 || year > 9999) {
        fail(key, QStringLiteral("\"%1\" is outside the years 0001-9999 in UTC").arg(text));
        return {};
    }
    return *t;
}

std::optional<QDateTime> JsonFieldReader::optionalDateTime(const QString &key)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return dateTime(key);
}

QTime JsonFieldReader::timeOfDay(const QString &key)
{
    const QString text = string(key);
    if (m_error)
        return {};
    static const QRegularExpression hm(QRegularExpression::anchoredPattern(QStringLiteral("(\\d{1,2}):(\\d{2})")));
    const auto m = hm.match(text.trimmed());
    const QTime t = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
    if (!t.isValid())
        fail(key, QStringLiteral("\"%1\" is not a time of day like 09:00").arg(text));
    return t;
}

QJsonObject JsonFieldReader::object(const QString &key)
{
    const auto v = present(key);
    if (!v)
        return {};
    if (!v->isObject()) {
        typeError(key, "an object", *v);
        return {};
    }
    return v->toObject();
}

QJsonArray JsonFieldReader::array(const QString &key)
{
    const auto v = present(key);
    if (!v)
        return {};
    if (!v->isArray()) {
        typeError(key, "an array", *v);
        return {};
    }
    return v->toArray();
}

Result<QJsonObject> parseJsonObject(const QByteArray &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{{}, QStringLiteral("malformed JSON at byte %1: %2").arg(err.offset).arg(err.errorString())};
    if (!doc.isObject())
        return Error{{}, QStringLiteral("expected a JSON object at the top level")};
    return doc.object();
}

QString toIsoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace et::domain

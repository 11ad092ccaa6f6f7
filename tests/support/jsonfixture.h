// SPDX-License-Identifier: MIT
#pragma once
// JSON fixtures written inline in codec tests (header only, needs et_domain).

#include "domain/jsonfieldreader.h"

#include <QJsonObject>

namespace et::test {

/// The object in `json`; a fixture that is not a JSON object stops the test run at once.
inline QJsonObject jsonObject(const char *json)
{
    const auto r = domain::parseJsonObject(QByteArray(json));
    if (!r.ok())
        qFatal("test fixture is not JSON: %s", qPrintable(r.error().toString()));
    return r.value();
}

/// The fixture with one field replaced, or removed when `value` is undefined.
inline QJsonObject jsonWith(const char *json, const QString &key, const QJsonValue &value)
{
    QJsonObject o = jsonObject(json);
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace et::test

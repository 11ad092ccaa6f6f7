// SPDX-License-Identifier: MIT
#pragma once

#include "clientlogging.h"

#include <QJsonObject>
#include <QList>

namespace et::client {

/// Decodes cached entity JSON (already parsed, optimistic effects applied) as T. A row that no
/// longer decodes is logged and left out rather than shown half-filled: it can only appear if the
/// file was altered behind the cache's back. Shared by the Store's readers (store*.cpp).
template<typename T>
QList<T> decodeObjects(const QList<QJsonObject> &rows, const char *what)
{
    QList<T> out;
    out.reserve(rows.size());
    for (const QJsonObject &json : rows) {
        auto r = T::fromJson(json);
        if (r.ok())
            out.append(std::move(r).value());
        else
            qCWarning(lcClientStore) << "skipping unreadable cached" << what << ":" << r.error().toString();
    }
    return out;
}

} // namespace et::client

// SPDX-License-Identifier: MIT
#include "storefixture.h"

#include "domain/jsonfieldreader.h"

#include <QFile>

namespace et::test {

QString StoreFixture::openWithSnapshot()
{
    QString error;
    if (!open(&error))
        return error;
    const auto applied = applySnapshot();
    return applied.ok() ? QString() : applied.error().toString();
}

bool StoreFixture::open(QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    m_store = std::make_unique<client::Store>();
    const auto status = m_store->open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    if (!status.ok()) {
        *error = status.error().toString();
        return false;
    }
    m_cursor = m_store->cursor();
    return true;
}

domain::Result<domain::ChangeBatch> StoreFixture::snapshot()
{
    QFile file(QStringLiteral(ET_SOURCE_DIR "/tests/models/data/jeju-snapshot.json"));
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error{file.fileName(), file.errorString()};
    auto object = domain::parseJsonObject(file.readAll());
    if (!object.ok())
        return object.error();
    return domain::ChangeBatch::fromJson(object.value());
}

domain::Status StoreFixture::applySnapshot()
{
    auto batch = snapshot();
    if (!batch.ok())
        return batch.error();
    m_cursor = std::max(m_cursor, batch.value().cursor);
    return m_store->applyChanges(batch.value().changes, batch.value().cursor);
}

QJsonObject StoreFixture::snapshotEntity(const QString &entity, const QString &id)
{
    auto batch = snapshot();
    if (!batch.ok())
        return {};
    for (const domain::Change &c : batch.value().changes) {
        if (domain::toString(c.entity) == entity && c.id == id)
            return c.data;
    }
    return {};
}

domain::Status StoreFixture::upsert(const QString &entity, const QJsonObject &data)
{
    return applyJson({{QStringLiteral("cursor"), double(m_cursor + 1)},
                      {QStringLiteral("entity"), entity},
                      {QStringLiteral("op"), QStringLiteral("upsert")},
                      {QStringLiteral("id"), data.value(QStringLiteral("id")).toString(QStringLiteral("current"))},
                      {QStringLiteral("data"), data}});
}

domain::Status StoreFixture::remove(const QString &entity, const QString &id)
{
    return applyJson({{QStringLiteral("cursor"), double(m_cursor + 1)},
                      {QStringLiteral("entity"), entity},
                      {QStringLiteral("op"), QStringLiteral("delete")},
                      {QStringLiteral("id"), id}});
}

domain::Status StoreFixture::applyJson(const QJsonObject &json)
{
    auto change = domain::Change::fromJson(json);
    if (!change.ok())
        return change.error();
    const auto status = m_store->applyChanges({change.value()}, change.value().cursor);
    if (status.ok())
        m_cursor = change.value().cursor;
    return status;
}

} // namespace et::test

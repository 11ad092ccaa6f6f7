// SPDX-License-Identifier: MIT
#include "store.h"

namespace et::client {

Store::Store(QObject *parent) : QObject(parent) {}
Store::~Store() = default;
domain::Status Store::open(const QString &) { return domain::Error{{}, QStringLiteral("not implemented")}; }
void Store::close() {}
bool Store::isOpen() const { return m_open; }
QString Store::filePath() const { return m_filePath; }
QList<domain::Asset> Store::assets() const { return {}; }
QList<domain::Truck> Store::trucks() const { return {}; }
QList<domain::Disaster> Store::disasters() const { return {}; }
QList<domain::Center> Store::centers() const { return {}; }
std::optional<domain::EnergyBalance> Store::balance() const { return std::nullopt; }
qint64 Store::cursor() const { return 0; }
QDateTime Store::lastSyncedAt() const { return {}; }
domain::Status Store::applyChanges(const QList<domain::Change> &, qint64) { return domain::Error{{}, QStringLiteral("not implemented")}; }
int Store::schemaVersion() { return 1; }

} // namespace et::client

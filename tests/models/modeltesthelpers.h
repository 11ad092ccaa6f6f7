// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QVariant>

#include <memory>

namespace et::test {

/// Watches `model` for as long as the returned tester lives: every signal it emits and every
/// answer it gives is checked against the QAbstractItemModel contract, and a broken rule fails the
/// running test function with the rule's name (QtTest reporting), so a model that announces one
/// row and inserts two fails where it happens instead of crashing a view later. Destroy the
/// tester before the model.
inline std::unique_ptr<QAbstractItemModelTester> contractTester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

/// The role number of `name` in `model`, or -1 — tests address roles by the names QML uses.
inline int role(const QAbstractItemModel &model, const QByteArray &name)
{
    const auto names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return -1;
}

inline QVariant value(const QAbstractItemModel &model, int row, const QByteArray &roleName)
{
    return model.data(model.index(row, 0), role(model, roleName));
}

/// The row whose `idRole` is `id`, or -1.
inline int rowOf(const QAbstractItemModel &model, const QByteArray &idRole, const QString &id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (value(model, r, idRole).toString() == id)
            return r;
    }
    return -1;
}

/// Index of the cached asset `id` in store.assets(), or -1.
template<typename Store>
int rowOfAsset(const Store &store, const char *id)
{
    const auto assets = store.assets();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        if (assets.at(i).id == QLatin1String(id))
            return int(i);
    }
    return -1;
}

} // namespace et::test

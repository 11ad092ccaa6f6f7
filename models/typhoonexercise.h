// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// "Replay a past typhoon": the typhoons that passed Jeju (the bundled JMA best tracks) as an
/// exercise incident — the real track, moved in time so its nearest approach to Jeju falls a few
/// hours after now (kLeadHours), so the cone, the swath and the impact are those of the real storm
/// and the time slider replays its approach. The body is POST /disasters' (a typhoon with its
/// `track`, the severity left to the hazard), for OperatorCommands::createDisaster.
class TyphoonExercise : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    /// [{index, label}] newest first, e.g. "1819 SOULIK · 2018-08 · 78 km".
    Q_PROPERTY(QVariantList storms READ storms CONSTANT)
    /// Why the bundled tracks could not be read ("" when they were).
    Q_PROPERTY(QString problem READ problem CONSTANT)
public:
    static constexpr int kLeadHours = 3;

    explicit TyphoonExercise(QObject *parent = nullptr);
    QVariantList storms() const;
    QString problem() const;
    /// The registration body of storm `index` replayed around `now`; empty for a bad index.
    Q_INVOKABLE QVariantMap bodyFor(int index, const QDateTime &now) const;
};

} // namespace et::models

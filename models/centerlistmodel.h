// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

#include <functional>

namespace et::models {

/// Public health-promotion and mental-health centers as cached from the server, for the Centers
/// view, each with whether it is open now (domain::centers::OpenNow on the wall clock, in KST,
/// with Korea's bundled holidays and Jeju's 4·3): `status` is "open", "closed", "closed_today"
/// or "uncertain", `openText` says it in words ("Open · closes 18:00, in 45 min", "Closed today ·
/// 추석", "Hours not understood: …"), and `dataDate` with `dataOld` (more than a year old) say how
/// current the published data is; `openEvenings` (after 18:00) and `openWeekends` serve the
/// search's filters; an operator's temporary closure overrides open-now and names its reason;
/// `powerRisk` says when an open incident's assessment puts it among the facilities that may lose
/// power; `staff` counts the published staff ("Doctors 1 · Nurses 4"); `favorite` is the user's own mark (Store::favoriteCenters). Re-derived every minute. Filtering and distance live in
/// CenterFilterModel on top of this.
// The base named in full: the QML type registrar matches base classes by their qualified name.
class CenterListModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit CenterListModel(client::Store *store, QObject *parent = nullptr);

    /// Marks a center the user's favorite (or not), in their own cache; false when it could not be saved.
    Q_INVOKABLE bool setFavorite(const QString &centerId, bool favorite);
    /// The seven days from today on Jeju's clock for `centerId`: [{day, date, text, closed}], each
    /// day's hours or why it is closed (the holiday's name), or that it cannot be told.
    Q_INVOKABLE QVariantList week(const QString &centerId) const;
    /// A route to the center in Kakao Map (its documented link: name, latitude, longitude), and a
    /// search for it in Naver Map (whose route scheme opens only its phone app).
    Q_INVOKABLE static QUrl kakaoRouteUrl(const QString &name, double latitude, double longitude);
    Q_INVOKABLE static QUrl naverSearchUrl(const QString &name, const QString &address);
    /// The clock open-now reads (tests set one); the wall clock by default.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    /// The cache the rows come from (CenterFilterModel searches it).
    const client::Store *cache() const { return store(); }
    static constexpr int kOldDataDays = 365;

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;

private:
    std::function<QDateTime()> m_clock;
    QTimer m_minute;
};

} // namespace et::models

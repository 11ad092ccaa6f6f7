// SPDX-License-Identifier: MIT
#include "centerlistmodel.h"

#include "client/store.h"
#include "centerrules.h"
#include "centerstaff.h"
#include "domain/centers/noticeoverride.h"
#include "domain/hazard/incidentimpactjson.h"
#include "domain/centers/opennow.h"
#include "modelslogging.h"

#include <QCoreApplication>
#include <QLocale>

namespace et::models {

namespace {

using domain::centers::OpenNow;
using domain::centers::OpenState;

QString hoursText(const domain::Center &c)
{
    if (!c.opensAt.isValid() || !c.closesAt.isValid())
        return {};
    return c.opensAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + c.closesAt.toString(QStringLiteral("HH:mm"));
}

QString clock(const QDateTime &t)
{
    return OpenNow::jejuTime(t).toString(QStringLiteral("HH:mm"));
}

/// "opens 09:00", "opens Mon 09:00" beyond today, "" when no opening is known.
QString opening(const OpenState &s, const QDateTime &now)
{
    if (!s.opensAt.isValid())
        return {};
    const QDate day = OpenNow::jejuTime(s.opensAt).date();
    return day == OpenNow::jejuTime(now).date() ? CenterListModel::tr("opens %1").arg(clock(s.opensAt))
                                                 : CenterListModel::tr("opens %1 %2").arg(QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat), clock(s.opensAt));
}

std::pair<QString, QString> openWords(const OpenState &s, const QDateTime &now)
{
    switch (s.kind) {
    case OpenState::Kind::Open:
        return {QStringLiteral("open"), CenterListModel::tr("Open · closes %1, in %2 min").arg(clock(s.closesAt)).arg(s.minutesUntilChange(now))};
    case OpenState::Kind::Closed: {
        const QString next = opening(s, now);
        // Closed by an operator's notice: its reason, before anything else.
        if (!s.reason.isEmpty())
            return {QStringLiteral("closed"), next.isEmpty() ? CenterListModel::tr("Temporarily closed · %1").arg(s.reason)
                                                             : CenterListModel::tr("Temporarily closed · %1 · %2").arg(s.reason, next)};
        return {QStringLiteral("closed"), next.isEmpty() ? CenterListModel::tr("Closed") : CenterListModel::tr("Closed · %1").arg(next)};
    }
    case OpenState::Kind::ClosedToday: {
        const QString why = s.reason.isEmpty() ? CenterListModel::tr("Closed today") : CenterListModel::tr("Closed today · %1").arg(s.reason);
        const QString next = opening(s, now);
        return {QStringLiteral("closed_today"), next.isEmpty() ? why : why + QStringLiteral(" · ") + next};
    }
    case OpenState::Kind::Uncertain:
        break;
    }
    return {QStringLiteral("uncertain"), s.rawText.isEmpty() ? CenterListModel::tr("Hours unknown: ask by phone")
                                                             : CenterListModel::tr("Hours not understood: “%1”").arg(s.rawText)};
}

/// Centers that may be without power because of an open incident (issue 19, point 10): the
/// server's assessment, cached with each disaster, lists the health centers among the facilities
/// whose substation may fail. center id -> "May be without power: TITLE (62 %, about 8 h)".
QHash<QString, QString> powerRisks(const client::Store &store)
{
    QHash<QString, QString> out;
    for (const domain::Disaster &d : store.disasters()) {
        if (d.status == domain::DisasterStatus::Resolved || d.impact.isEmpty())
            continue;
        const auto impact = domain::hazard::IncidentImpactJson::fromJson(d.impact);
        if (!impact.ok())
            continue;
        for (const auto &f : impact.value().facilitiesWithoutPower) {
            if (f.outage.lossProbability <= 0.0 || out.contains(f.outage.facilityId))
                continue;
            out.insert(f.outage.facilityId, CenterListModel::tr("May be without power: %1 (%2 %, about %3 h)")
                                                .arg(d.title)
                                                .arg(qRound(f.outage.lossProbability * 100))
                                                .arg(qRound(f.outage.outageHours)));
        }
    }
    return out;
}

} // namespace

CenterListModel::CenterListModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::Center, domain::EntityKind::CenterNotice, domain::EntityKind::Disaster}, parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Open-now moves with the clock: re-derived every minute (ten rows, no disk beyond the cache).
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &CenterListModel::reload);
    m_minute.start();
    connect(store, &client::Store::favoritesChanged, this, &CenterListModel::reload);
    reload();
}

bool CenterListModel::setFavorite(const QString &centerId, bool favorite)
{
    const auto saved = store()->setFavoriteCenter(centerId, favorite);
    if (!saved.ok())
        qCWarning(lcModels).noquote() << "favorite not saved:" << saved.error().toString();
    return saved.ok();
}

QDateTime CenterListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void CenterListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    reload();
}

QVariantList CenterListModel::week(const QString &centerId) const
{
    QVariantList out;
    if (!store() || !store()->isOpen())
        return out;
    const OpenNow &openNow = CenterRules::openNow();
    const QDate today = OpenNow::jejuTime(now()).date();
    for (const domain::Center &c : store()->centersById({centerId})) {
        const domain::centers::ClosingDays closing = domain::centers::ClosingDays::parse(c.closedDays);
        for (int i = 0; i < 7; ++i) {
            const QDate date = today.addDays(i);
            bool unknown = false;
            QString text;
            bool closed = false;
            if (!closing.understood && !c.closedDays.trimmed().isEmpty()) {
                text = tr("not understood: “%1”").arg(c.closedDays);
            } else if (const auto why = openNow.closedAllDay(c, closing, date, &unknown)) {
                closed = true;
                text = why->isEmpty() ? tr("closed") : tr("closed · %1").arg(*why);
            } else if (unknown) {
                text = tr("ask by phone (a holiday)");
            } else if (c.opensAt.isValid() && c.closesAt.isValid()) {
                text = hoursText(c);
            } else {
                text = tr("hours unknown");
            }
            out << QVariantMap{{QStringLiteral("day"), QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)},
                               {QStringLiteral("date"), date.toString(QStringLiteral("MM-dd"))},
                               {QStringLiteral("text"), text}, {QStringLiteral("closed"), closed}};
        }
    }
    return out;
}

QUrl CenterListModel::kakaoRouteUrl(const QString &name, double latitude, double longitude)
{
    // https://map.kakao.com/link/to/NAME,LAT,LNG (Kakao Maps' link API). A comma in the name
    // would split it: it becomes a space.
    QString label = name;
    label.replace(u',', u' ');
    QUrl url(QStringLiteral("https://map.kakao.com"));
    url.setPath(QStringLiteral("/link/to/%1,%2,%3").arg(label).arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6));
    return url;
}

QUrl CenterListModel::naverSearchUrl(const QString &name, const QString &address)
{
    QUrl url(QStringLiteral("https://map.naver.com"));
    url.setPath(QStringLiteral("/p/search/%1").arg(name + u' ' + address.section(u' ', 0, 2)));
    return url;
}

QList<QByteArray> CenterListModel::columnNames() const
{
    // distanceKm, score, rankSummary and reasons have no value here: CenterFilterModel's search
    // fills them relative to the chosen point and needs.
    return {"centerId", "name", "kind", "status", "category", "address", "roadAddress", "lotAddress", "latitude",
            "longitude", "phone", "hours", "closedDays", "services", "operatorName", "distanceKm", "openText",
            "dataDate", "dataOld", "openEvenings", "openWeekends", "favorite", "score", "rankSummary", "reasons", "staff", "powerRisk"};
}

QList<EntityListModel::Row> CenterListModel::readRows(const client::Store &store) const
{
    QList<Row> rows;
    const QDateTime now = this->now();
    const OpenNow &openNow = CenterRules::openNow();
    const QSet<QString> favorites = store.favoriteCenters();
    const QList<domain::CenterNotice> notices = store.centerNotices({}, now);
    const QHash<QString, QString> risks = powerRisks(store);
    for (const domain::Center &c : store.centers()) {
        const QString address = c.roadAddress.isEmpty() ? c.lotAddress : c.roadAddress;
        const domain::centers::ClosingDays closing = domain::centers::ClosingDays::parse(c.closedDays);
        const auto [status, words] = openWords(domain::centers::NoticeOverride::apply(c.id, openNow.at(c, closing, now), notices, now).state, now);
        const QDate dataDate = QDate::fromString(c.dataDate, Qt::ISODate);
        const bool old = !dataDate.isValid() || dataDate.daysTo(OpenNow::jejuTime(now).date()) > kOldDataDays;
        // The search's filters: open after 18:00 on its working days, and open on Saturday or
        // Sunday — only when its closing days were understood (never a guess).
        const bool evenings = OpenNow::opensEvenings(c, closing);
        const bool weekends = OpenNow::opensWeekends(c, closing);
        rows.append({c.id,
                     {c.id, c.name, QStringLiteral("center"), status, c.category, address, c.roadAddress, c.lotAddress, c.lat, c.lon,
                      c.phone, hoursText(c), c.closedDays, c.services, c.operatorName, QVariant(), words, c.dataDate, old, evenings,
                      weekends, favorites.contains(c.id), QVariant(), QVariant(), QVariant(), CenterStaff::text(c), risks.value(c.id)}});
    }
    return rows;
}

} // namespace et::models

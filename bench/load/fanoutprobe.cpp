// SPDX-License-Identifier: MIT
#include "fanoutprobe.h"

#include "eventwait.h"
#include "httpconnection.h"
#include "steadyclock.h"
#include "subscriberfleet.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <limits>

namespace et::bench {

namespace {
QByteArray probeDisaster(int n)
{
    const QJsonObject d{{QStringLiteral("type"), QStringLiteral("outage")},
                        {QStringLiteral("severity"), 1},
                        {QStringLiteral("lat"), 33.0},
                        {QStringLiteral("lon"), 126.0},
                        {QStringLiteral("radius_km"), 0.5},
                        {QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("ended_at"), QJsonValue::Null},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("title"), QStringLiteral("load probe %1").arg(n)},
                        {QStringLiteral("description"), QStringLiteral("fan-out benchmark")}};
    return QJsonDocument(d).toJson(QJsonDocument::Compact);
}
} // namespace

QJsonObject FanoutResult::toJson() const
{
    return {{QStringLiteral("triggers"), triggers},
            {QStringLiteral("created"), created},
            {QStringLiteral("clients"), clients},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("received"), received},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("complete_clients"), completeClients},
            {QStringLiteral("latency_from_send"), fromSend.toJson()},
            {QStringLiteral("post_answer"), postAnswer.toJson()},
            {QStringLiteral("first_receipt"), firstReceipt.toJson()},
            {QStringLiteral("spread"), spread.toJson()},
            {QStringLiteral("error"), error}};
}

FanoutProbe::FanoutProbe(SubscriberFleet &fleet, quint16 port, const QByteArray &accessToken)
    : m_fleet(fleet), m_port(port), m_accessToken(accessToken)
{
}

FanoutResult FanoutProbe::run(int triggers, int gapMs, int settleMs)
{
    FanoutResult result;
    result.triggers = triggers;
    result.clients = m_fleet.subscribed() - m_fleet.dropped();
    m_fleet.takeReceipts(); // anything older is not ours

    HttpConnection post(QHostAddress::LocalHost, m_port);
    post.setKeepBodies(true);
    post.setBearerToken(m_accessToken);
    post.open();
    waitUntil([&] { return post.isConnected(); }, 5000);

    QHash<quint64, qint64> sentAt;     // trigger number → ns
    QHash<QString, qint64> idSentAt;   // disaster id → ns of its POST
    int answers = 0;
    QObject::connect(&post, &HttpConnection::answered, &post, [&](const HttpConnection::Answer &a) {
        ++answers;
        const qint64 now = steadyNs();
        if (a.status != 201) {
            result.error = QStringLiteral("POST /api/v1/disasters answered %1 %2").arg(a.status).arg(a.error);
            return;
        }
        ++result.created;
        result.postAnswer.add(double(now - sentAt.value(a.tag)) / 1e6);
        const QString id = QJsonDocument::fromJson(a.body).object().value(QStringLiteral("id")).toString();
        idSentAt.insert(id, sentAt.value(a.tag));
    });
    for (int i = 0; i < triggers; ++i) {
        if (i > 0)
            pause(gapMs);
        sentAt.insert(quint64(i), steadyNs());
        post.request("POST", "/api/v1/disasters", quint64(i), probeDisaster(i));
    }

    // Collect until every subscriber has every event (or the settle time is up).
    QHash<QString, QHash<int, qint64>> seen; // id → client → first receipt
    auto collect = [&] {
        for (const Receipt &r : m_fleet.takeReceipts()) {
            auto &clients = seen[r.disasterId];
            if (clients.contains(r.client))
                ++result.duplicates;
            else
                clients.insert(r.client, r.atNs);
        }
        if (answers < triggers)
            return false;
        for (auto it = idSentAt.cbegin(); it != idSentAt.cend(); ++it) {
            if (seen.value(it.key()).size() < result.clients)
                return false;
        }
        return true;
    };
    waitUntil(collect, settleMs);

    result.expected = qint64(result.created) * result.clients;
    QHash<int, int> perClient;
    result.fromSend.reserve(std::size_t(result.expected));
    for (auto it = idSentAt.cbegin(); it != idSentAt.cend(); ++it) {
        const auto clients = seen.value(it.key());
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        for (auto c = clients.cbegin(); c != clients.cend(); ++c) {
            result.fromSend.add(double(c.value() - it.value()) / 1e6);
            ++perClient[c.key()];
            first = std::min(first, c.value());
            last = std::max(last, c.value());
        }
        if (!clients.isEmpty()) {
            result.firstReceipt.add(double(first - it.value()) / 1e6);
            result.spread.add(double(last - first) / 1e6);
        }
        result.received += clients.size();
    }
    for (auto it = perClient.cbegin(); it != perClient.cend(); ++it)
        result.completeClients += it.value() == result.created ? 1 : 0;
    if (result.error.isEmpty() && answers < triggers)
        result.error = QStringLiteral("%1 of %2 POSTs unanswered").arg(triggers - answers).arg(triggers);
    return result;
}

} // namespace et::bench

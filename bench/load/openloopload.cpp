// SPDX-License-Identifier: MIT
#include "openloopload.h"

#include "eventwait.h"
#include "httpconnection.h"
#include "steadyclock.h"

#include <QTimer>

#include <cmath>
#include <memory>
#include <vector>

namespace et::bench {

namespace {
constexpr int kGraceMs = 10000; ///< after the schedule, how long stragglers may take
} // namespace

QJsonObject OpenLoopResult::toJson() const
{
    QJsonObject byStatus;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("target_rate"), targetRate},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("scheduled"), scheduled},
            {QStringLiteral("answered"), answered},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("http_errors"), httpErrors},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("unanswered"), unanswered},
            {QStringLiteral("achieved_rate"), std::round(achievedRate * 10.0) / 10.0},
            {QStringLiteral("latency"), latency.toJson()},
            {QStringLiteral("statuses"), byStatus},
            {QStringLiteral("first_error"), firstError}};
}

OpenLoopLoad::OpenLoopLoad(Settings settings) : m_settings(std::move(settings)) {}

OpenLoopResult OpenLoopLoad::run()
{
    const Settings &s = m_settings;
    OpenLoopResult r;
    r.targetRate = s.rate;
    r.seconds = s.seconds;
    r.connections = s.connections;
    const qint64 total = qint64(std::llround(s.rate * s.seconds));
    const double intervalNs = 1e9 / s.rate;
    r.latency.reserve(std::size_t(total));
    r.byTarget.resize(s.targets.size());
    r.bodyBytesByTarget.fill(0, s.targets.size());

    std::vector<std::unique_ptr<HttpConnection>> connections;
    qint64 t0 = 0;
    auto onAnswer = [&](const HttpConnection::Answer &a) {
        const qint64 now = steadyNs();
        if (a.status == 0) {
            ++r.failed;
            if (r.firstError.isEmpty())
                r.firstError = a.error;
            return;
        }
        ++r.answered;
        ++r.statuses[a.status];
        if ((a.status >= 200 && a.status < 300) || a.status == 304)
            ++r.ok;
        else
            ++r.httpErrors;
        const qint64 due = t0 + qint64(double(a.tag) * intervalNs);
        const double ms = double(now - due) / 1e6;
        const auto target = qsizetype(a.tag % quint64(s.targets.size()));
        r.latency.add(ms);
        r.byTarget[target].add(ms);
        r.bodyBytesByTarget[target] += a.bodyBytes;
    };
    for (int i = 0; i < s.connections; ++i) {
        const QHostAddress source(QStringLiteral("127.0.0.%1").arg(s.firstSourceHost + i));
        connections.push_back(std::make_unique<HttpConnection>(QHostAddress::LocalHost, s.port, source));
        connections.back()->setBearerToken(s.accessToken);
        QObject::connect(connections.back().get(), &HttpConnection::answered, connections.back().get(), onAnswer);
        connections.back()->open();
    }
    waitUntil([&] {
        for (const auto &c : connections) {
            if (!c->isConnected())
                return false;
        }
        return true;
    }, 10000);

    // A 1 ms precise timer sends everything that has come due; at 2,000 req/s that is two
    // requests a tick, each with its own due time.
    qint64 next = 0;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(1);
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        const qint64 now = steadyNs();
        while (next < total && t0 + qint64(double(next) * intervalNs) <= now) {
            HttpConnection &c = *connections[std::size_t(next % s.connections)];
            c.request("GET", s.targets[qsizetype(next % s.targets.size())], quint64(next));
            ++next;
        }
        if (next >= total)
            pacer.stop();
    });
    t0 = steadyNs();
    pacer.start();
    waitUntil([&] { return next >= total; }, int(s.seconds * 1000) + 5000);
    waitUntil([&] { return r.answered + r.failed >= total; }, kGraceMs);
    r.scheduled = next;
    r.unanswered = r.scheduled - r.answered - r.failed;
    r.achievedRate = double(r.ok) / s.seconds;
    return r;
}

} // namespace et::bench

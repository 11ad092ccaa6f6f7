// SPDX-License-Identifier: MIT
#include "historyfixtures.h"

#include "httptestclient.h"

#include <QUrlQuery>

#include <cmath>
#include <limits>

namespace et::test {

using domain::EnergyHistoryPoint;

HttpReply getHistory(HttpTestClient &http, const QDateTime &from, const QDateTime &to, const QString &step)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), domain::toIsoUtc(from));
    q.addQueryItem(QStringLiteral("to"), domain::toIsoUtc(to));
    q.addQueryItem(QStringLiteral("step"), step);
    return http.get(QStringLiteral("/api/v1/energy/history?") + q.toString(QUrl::FullyEncoded));
}

std::optional<domain::EnergyHistoryPage> fetchAllMinutes(HttpTestClient &http, const QDateTime &from, const QDateTime &to, QString *error)
{
    std::optional<domain::EnergyHistoryPage> all;
    QDateTime next = from;
    for (int pages = 0; pages < 100; ++pages) {
        const HttpReply reply = getHistory(http, next, to);
        auto page = domain::EnergyHistoryPage::fromJson(reply.json);
        if (reply.status != 200 || !page.ok()) {
            if (error)
                *error = QStringLiteral("%1: %2 %3").arg(reply.status).arg(page.error().toString(), QString::fromUtf8(reply.body.left(300)));
            return std::nullopt;
        }
        if (!all) {
            all = page.value();
        } else {
            if (page.value().columns != all->columns) {
                if (error)
                    *error = QStringLiteral("the columns changed between pages");
                return std::nullopt;
            }
            all->points += page.value().points;
        }
        all->to = page.value().to;
        if (!page.value().hasMore)
            return all;
        next = page.value().to;
    }
    if (error)
        *error = QStringLiteral("more than 100 pages");
    return std::nullopt;
}

std::optional<EnergyHistoryPoint> meanOfMinutes(const QList<EnergyHistoryPoint> &minutes, const QDateTime &start, qint64 seconds)
{
    EnergyHistoryPoint sum;
    sum.timestamp = start;
    sum.minutes = 0;
    double smpTimesDemand = 0.0, carbonTimesDemand = 0.0;
    bool carbon = true; // the simulation's minutes all carry it
    for (const EnergyHistoryPoint &m : minutes) {
        if (m.timestamp < start || m.timestamp >= start.addSecs(seconds))
            continue;
        if (sum.minutes == 0) {
            sum.hvdcFlowMw = domain::HistoryValues(m.hvdcFlowMw.size(), 0.0);
            sum.assetOutputMw = domain::HistoryValues(m.assetOutputMw.size(), 0.0);
        }
        ++sum.minutes;
        sum.demandMw += m.demandMw;
        sum.thermalMw += m.thermalMw;
        sum.windMw += m.windMw;
        sum.solarMw += m.solarMw;
        sum.truckDischargeMw += m.truckDischargeMw;
        sum.curtailmentMw += m.curtailmentMw;
        smpTimesDemand += m.smpKrwPerKwh * m.demandMw;
        carbon = carbon && m.carbonGPerKwh.has_value();
        carbonTimesDemand += m.carbonGPerKwh.value_or(0.0) * m.demandMw;
        for (qsizetype i = 0; i < m.hvdcFlowMw.size(); ++i)
            *sum.hvdcFlowMw[i] += m.hvdcFlowMw[i].value_or(std::nan(""));
        for (qsizetype i = 0; i < m.assetOutputMw.size(); ++i)
            *sum.assetOutputMw[i] += m.assetOutputMw[i].value_or(std::nan(""));
    }
    if (sum.minutes == 0)
        return std::nullopt;
    const double n = sum.minutes;
    sum.smpKrwPerKwh = smpTimesDemand / sum.demandMw;
    if (carbon)
        sum.carbonGPerKwh = carbonTimesDemand / sum.demandMw; // emissions over consumption
    for (double *v : {&sum.demandMw, &sum.thermalMw, &sum.windMw, &sum.solarMw, &sum.truckDischargeMw, &sum.curtailmentMw})
        *v /= n;
    for (auto &v : sum.hvdcFlowMw)
        *v /= n;
    for (auto &v : sum.assetOutputMw)
        *v /= n;
    return sum;
}

double largestDifference(const EnergyHistoryPoint &a, const EnergyHistoryPoint &b)
{
    constexpr double kInfinite = std::numeric_limits<double>::infinity();
    if (a.timestamp != b.timestamp || a.minutes != b.minutes || a.hvdcFlowMw.size() != b.hvdcFlowMw.size()
        || a.assetOutputMw.size() != b.assetOutputMw.size())
        return kInfinite;
    double worst = 0.0;
    auto note = [&worst](double x, double y) { worst = std::max(worst, std::isnan(x - y) ? kInfinite : std::abs(x - y)); };
    note(a.demandMw, b.demandMw);
    note(a.thermalMw, b.thermalMw);
    note(a.windMw, b.windMw);
    note(a.solarMw, b.solarMw);
    note(a.truckDischargeMw, b.truckDischargeMw);
    note(a.curtailmentMw, b.curtailmentMw);
    note(a.smpKrwPerKwh, b.smpKrwPerKwh);
    if (a.carbonGPerKwh.has_value() != b.carbonGPerKwh.has_value())
        return kInfinite;
    if (a.carbonGPerKwh)
        note(*a.carbonGPerKwh, *b.carbonGPerKwh);
    for (const auto &[x, y] : {std::pair{&a.hvdcFlowMw, &b.hvdcFlowMw}, std::pair{&a.assetOutputMw, &b.assetOutputMw}}) {
        for (qsizetype i = 0; i < x->size(); ++i) {
            if (x->at(i).has_value() != y->at(i).has_value())
                return kInfinite;
            if (x->at(i))
                note(*x->at(i), *y->at(i));
        }
    }
    return worst;
}

} // namespace et::test

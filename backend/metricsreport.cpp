// SPDX-License-Identifier: MIT
#include "metricsreport.h"

namespace et::backend {

namespace {
void gauge(QByteArray &out, const char *name, const char *help, double value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
           + QByteArray::number(value, 'g', 15) + '\n';
}
} // namespace

QByteArray MetricsReport::render(const MetricsSnapshot &m)
{
    QByteArray out;
    out += "# HELP et_http_responses_total HTTP answers sent, by status code.\n"
           "# TYPE et_http_responses_total counter\n";
    for (auto it = m.httpResponsesByStatus.cbegin(); it != m.httpResponsesByStatus.cend(); ++it)
        out += "et_http_responses_total{status=\"" + QByteArray::number(it.key()) + "\"} " + QByteArray::number(it.value()) + '\n';
    gauge(out, "et_websocket_clients", "Connected WebSocket clients.", m.webSocketClients);
    gauge(out, "et_change_cursor", "Newest change-log cursor.", double(m.cursor));
    gauge(out, "et_sim_time_seconds", "Simulated time, Unix seconds.", double(m.simTime.toSecsSinceEpoch()));
    gauge(out, "et_demand_mw", "Island demand in the newest balance, MW.", m.demandMw);
    gauge(out, "et_curtailment_mw", "Renewable output curtailed in the newest balance, MW.", m.curtailmentMw);
    gauge(out, "et_smp_krw_per_kwh", "System marginal price in the newest balance, KRW/kWh.", m.smpKrwPerKwh);
    gauge(out, "et_renewable_share", "Wind and solar share of demand in the newest balance, 0..1.", m.renewableShare);
    return out;
}

} // namespace et::backend

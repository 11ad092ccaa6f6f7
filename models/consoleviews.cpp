// SPDX-License-Identifier: MIT
#include "consoleviews.h"

#include "consolecontroller.h"
#include "viewregistry.h"

#include "client/store.h"

#include <QCoreApplication>

namespace et::models {

namespace {
using View = ViewRegistry::View;
using domain::Permission;
} // namespace

void defineConsoleViews(ViewRegistry &registry, const ConsoleController &console, const client::Store &store)
{
    const ConsoleController *c = &console;
    const client::Store *cache = &store;
    registry.add({View::Energy, QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Energy"), QStringLiteral("⚡"),
                  QStringLiteral("Ctrl+1"), std::nullopt, c->assets(), nullptr, c->gridFlows(),
                  {{QT_TRANSLATE_NOOP("et::models::ViewRegistry", "HVDC converter"), QStringLiteral("hvdc")},
                   {QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Thermal"), QStringLiteral("thermal")},
                   {QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Wind"), QStringLiteral("wind")},
                   {QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Solar"), QStringLiteral("solar")},
                   {QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Substation"), QStringLiteral("substation")},
                   // The lines from plants into substations follow assumed connections.
                   {QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Feed lines: assumed"), QStringLiteral("neutral")},
                   // The disc around each asset grows with its output (MarkerStyle::outputRingRadius).
                   {QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Ring: output of capacity"), QStringLiteral("neutral")}},
                  QStringLiteral("EnergyPanel.qml"),
                  // A scrubbed instant has its data once its minute has been read (and a scrub
                  // asked for at start, --at, once it has happened).
                  [c] {
                      return c->balance()->available() && c->assets()->rowCount() > 0 && !c->energy()->loading()
                          && !c->time()->scrubPending();
                  }});
    registry.add({View::Dispatch, QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Dispatch"), QStringLiteral("⇄"),
                  QStringLiteral("Ctrl+2"), std::nullopt, c->trucks(), nullptr, nullptr,
                  {{QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Energy truck"), QStringLiteral("truck")}},
                  QStringLiteral("DispatchPanel.qml"), [c] { return c->trucks()->rowCount() > 0; }, c->trucks()});
    // An empty disaster list is data once anything has been synced: no disaster is a fact.
    registry.add({View::Disasters, QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Disasters"), QStringLiteral("⚠"),
                  QStringLiteral("Ctrl+3"), std::nullopt, c->disasters(), c->disasters(), nullptr,
                  {{QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Disaster and affected area"), QStringLiteral("disaster")}},
                  QStringLiteral("DisastersPanel.qml"),
                  [c, cache] { return c->disasters()->rowCount() > 0 || (cache->isOpen() && cache->cursor() > 0); }});
    registry.add({View::Centers, QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Centers"), QStringLiteral("✚"),
                  QStringLiteral("Ctrl+4"), std::nullopt, c->centers(), nullptr, nullptr,
                  {{QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Health center"), QStringLiteral("center")}},
                  QStringLiteral("CentersPanel.qml"), [c] { return c->allCenters()->rowCount() > 0; }});
    // Never cached and nothing on the map: there is something to show once the server answered
    // (the trail, or why not).
    registry.add({View::Audit, QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Audit"), QStringLiteral("☰"),
                  QStringLiteral("Ctrl+5"), Permission::ReadAudit, nullptr, nullptr, nullptr, {},
                  QStringLiteral("AuditPanel.qml"), [c] { return c->audit()->loaded() || !c->canReadAudit(); }});
    // The user's own settings: nothing on the map, always something to show.
    registry.add({View::Settings, QT_TRANSLATE_NOOP("et::models::ViewRegistry", "Settings"), QStringLiteral("⚙"),
                  QStringLiteral("Ctrl+6"), std::nullopt, nullptr, nullptr, nullptr, {},
                  QStringLiteral("SettingsPanel.qml"), [] { return true; }});
}

} // namespace et::models

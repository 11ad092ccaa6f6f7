// SPDX-License-Identifier: MIT
#pragma once

namespace et::client {
class Store;
}

namespace et::models {

class ConsoleController;
class ViewRegistry;

/// The console's views, written down once: what each is called, how it is reached, who may open
/// it, what the map shows for it and which panel it opens. A new view is one more row here (plus
/// its value in ViewRegistry::View and its panel's QML file).
void defineConsoleViews(ViewRegistry &registry, const ConsoleController &console, const client::Store &store);

} // namespace et::models

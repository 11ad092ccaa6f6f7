<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CentersPanel</name>
    <message>
        <source>Centers</source>
        <translation>Centers</translation>
    </message>
    <message>
        <source>%1 of %2 centers</source>
        <translation>%1 of %2 centers</translation>
    </message>
    <message>
        <source>Search name, address or service</source>
        <translation>Search name, address or service</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Any distance</translation>
    </message>
    <message>
        <source>Within %1 km</source>
        <translation>Within %1 km</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Operator console for Jeju&apos;s energy system: energy flows, energy trucks, disasters and public health centers.</source>
        <translation>Operator console for Jeju&apos;s energy system: energy flows, energy trucks, disasters and public health centers.</translation>
    </message>
    <message>
        <source>Use the backend at URL instead of starting the bundled one.</source>
        <translation>Use the backend at URL instead of starting the bundled one.</translation>
    </message>
    <message>
        <source>Show the cached data only; start and contact no server.</source>
        <translation>Show the cached data only; start and contact no server.</translation>
    </message>
    <message>
        <source>Folder for the offline cache (default: %1).</source>
        <translation>Folder for the offline cache (default: %1).</translation>
    </message>
    <message>
        <source>User interface language: ko or en.</source>
        <translation>User interface language: ko or en.</translation>
    </message>
    <message>
        <source>View to open: energy, dispatch, disasters or centers.</source>
        <translation>View to open: energy, dispatch, disasters or centers.</translation>
    </message>
    <message>
        <source>Render the first frame with data to FILE (PNG) and exit.</source>
        <translation>Render the first frame with data to FILE (PNG) and exit.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be combined with --server</source>
        <translation>cannot be combined with --server</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>&quot;%1&quot; is not an http:// or https:// URL with a host</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: ko, en</source>
        <translation>&quot;%1&quot; is not one of: ko, en</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; is not one of: %2</translation>
    </message>
    <message>
        <source>the file name must end in .png</source>
        <translation>the file name must end in .png</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>Colour theme: light or dark.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: light, dark</source>
        <translation>&quot;%1&quot; is not one of: light, dark</translation>
    </message>
    <message>
        <source>Draw the raster tiles of the MBTiles map pack FILE under the map (offline).</source>
        <translation>Draw the raster tiles of the MBTiles map pack FILE under the map (offline).</translation>
    </message>
    <message>
        <source>Draw raster tiles from an XYZ tile server, e.g. https://tile.example.org/{z}/{x}/{y}.png (kept in DIR/tiles for offline use).</source>
        <translation>Draw raster tiles from an XYZ tile server, e.g. https://tile.example.org/{z}/{x}/{y}.png (kept in DIR/tiles for offline use).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL with {z}, {x} and {y}</source>
        <translation>&quot;%1&quot; is not an http(s) URL with {z}, {x} and {y}</translation>
    </message>
</context>
<context>
    <name>DisastersPanel</name>
    <message>
        <source>Disasters</source>
        <translation>Disasters</translation>
    </message>
    <message>
        <source>No disasters reported</source>
        <translation>No disasters reported</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>%1 reported</translation>
    </message>
    <message>
        <source>%1 · severity %2 of 5 · radius %3 km</source>
        <translation>%1 · severity %2 of 5 · radius %3 km</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
</context>
<context>
    <name>DispatchPanel</name>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>%1 energy trucks</source>
        <translation>%1 energy trucks</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>State of charge</translation>
    </message>
    <message>
        <source>%1 % · %2 of %3 kWh</source>
        <translation>%1 % · %2 of %3 kWh</translation>
    </message>
    <message>
        <source>Heading to %1</source>
        <translation>Heading to %1</translation>
    </message>
    <message>
        <source>No destination</source>
        <translation>No destination</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>%1 driving · %2 charging · %3 discharging</source>
        <translation>%1 driving · %2 charging · %3 discharging</translation>
    </message>
</context>
<context>
    <name>EnergyPanel</name>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Island balance at %1</source>
        <translation>Island balance at %1</translation>
    </message>
    <message>
        <source>No balance in the cache yet</source>
        <translation>No balance in the cache yet</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>Renewable share</translation>
    </message>
    <message>
        <source>Curtailment</source>
        <translation>Curtailment</translation>
    </message>
    <message>
        <source>SMP (system marginal price)</source>
        <translation>SMP (system marginal price)</translation>
    </message>
    <message>
        <source>%1 ₩/kWh</source>
        <translation>%1 ₩/kWh</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermal</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>HVDC import</source>
        <translation>HVDC import</translation>
    </message>
    <message>
        <source>HVDC links (flow / rating)</source>
        <translation>HVDC links (flow / rating)</translation>
    </message>
    <message>
        <source>%1 / %2 MW</source>
        <translation>%1 / %2 MW</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>%1 of %2 MW</source>
        <translation>%1 of %2 MW</translation>
    </message>
    <message>
        <source>approx. position</source>
        <translation>approx. position</translation>
    </message>
    <message>
        <source>Supply by source</source>
        <translation>Supply by source</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>Trucks</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC converter</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermal</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Driving</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Charging</translation>
    </message>
    <message>
        <source>Discharging</source>
        <translation>Discharging</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>Typhoon</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>Earthquake</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Flood</translation>
    </message>
    <message>
        <source>Power outage</source>
        <translation>Power outage</translation>
    </message>
    <message>
        <source>Wildfire</source>
        <translation>Wildfire</translation>
    </message>
    <message>
        <source>Heavy snow</source>
        <translation>Heavy snow</translation>
    </message>
    <message>
        <source>Health promotion</source>
        <translation>Health promotion</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 KST</source>
        <translation>%1 KST</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Energy Truck Console — Jeju</source>
        <translation>Energy Truck Console — Jeju</translation>
    </message>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC converter</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermal</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>Substation</translation>
    </message>
    <message>
        <source>Energy truck</source>
        <translation>Energy truck</translation>
    </message>
    <message>
        <source>Disaster and affected area</source>
        <translation>Disaster and affected area</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Health center</translation>
    </message>
</context>
<context>
    <name>MapPackButton</name>
    <message>
        <source>Map pack</source>
        <translation>Map pack</translation>
    </message>
    <message>
        <source>Open map pack…</source>
        <translation>Open map pack…</translation>
    </message>
    <message>
        <source>Close map pack</source>
        <translation>Close map pack</translation>
    </message>
    <message>
        <source>Open map pack</source>
        <translation>Open map pack</translation>
    </message>
    <message>
        <source>MBTiles map packs (*.mbtiles)</source>
        <translation>MBTiles map packs (*.mbtiles)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Show all of Jeju</source>
        <translation>Show all of Jeju</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>The map could not be drawn: %1</translation>
    </message>
    <message>
        <source>Energy trucks</source>
        <translation>Energy trucks</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Centers</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>Disasters</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) here</source>
        <translation>
            <numerusform>%n item here</numerusform>
            <numerusform>%n items here</numerusform>
        </translation>
    </message>
    <message>
        <source>includes an emergency</source>
        <translation>includes an emergency</translation>
    </message>
</context>
<context>
    <name>MapTileNotes</name>
    <message>
        <source>Map tiles: %1</source>
        <translation>Map tiles: %1</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>Disasters</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Centers</translation>
    </message>
    <message>
        <source>Energy
Truck</source>
        <translation>Energy
Truck</translation>
    </message>
</context>
<context>
    <name>SelectableList</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nothing to show</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Data age: %1</source>
        <translation>Data age: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Cache only</source>
        <translation>Cache only</translation>
    </message>
</context>
<context>
    <name>et::app::BundledServer</name>
    <message>
        <source>The bundled server did not start within the time limit.</source>
        <translation>The bundled server did not start within the time limit.</translation>
    </message>
    <message>
        <source>Could not start the bundled server %1: %2</source>
        <translation>Could not start the bundled server %1: %2</translation>
    </message>
    <message>
        <source>The bundled server exited before it was ready (exit code %1).</source>
        <translation>The bundled server exited before it was ready (exit code %1).</translation>
    </message>
    <message>
        <source>The bundled server %1 was not found.</source>
        <translation>The bundled server %1 was not found.</translation>
    </message>
    <message>
        <source>The bundled server said &quot;%1&quot; instead of its address.</source>
        <translation>The bundled server said &quot;%1&quot; instead of its address.</translation>
    </message>
    <message>
        <source>The bundled server crashed before it was ready.</source>
        <translation>The bundled server crashed before it was ready.</translation>
    </message>
</context>
<context>
    <name>et::app::ConsoleSession</name>
    <message>
        <source>cannot create the data folder</source>
        <translation>cannot create the data folder</translation>
    </message>
</context>
<context>
    <name>et::client::MbtilesReader</name>
    <message>
        <source>map pack %1 does not exist</source>
        <translation>map pack %1 does not exist</translation>
    </message>
    <message>
        <source>cannot read map pack %1: %2</source>
        <translation>cannot read map pack %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1 is not an MBTiles file (not an SQLite database)</translation>
    </message>
    <message>
        <source>cannot open map pack %1: %2</source>
        <translation>cannot open map pack %1: %2</translation>
    </message>
    <message>
        <source>map pack %1: %2</source>
        <translation>map pack %1: %2</translation>
    </message>
    <message>
        <source>the table &quot;metadata&quot; is missing</source>
        <translation>the table &quot;metadata&quot; is missing</translation>
    </message>
    <message>
        <source>the table &quot;tiles&quot; is missing</source>
        <translation>the table &quot;tiles&quot; is missing</translation>
    </message>
    <message>
        <source>missing (expected png, jpg or webp)</source>
        <translation>missing (expected png, jpg or webp)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a raster format this map can draw (expected png, jpg or webp)</source>
        <translation>&quot;%1&quot; is not a raster format this map can draw (expected png, jpg or webp)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zoom level 0..%2</source>
        <translation>&quot;%1&quot; is not a zoom level 0..%2</translation>
    </message>
    <message>
        <source>missing, and the tiles table is empty</source>
        <translation>missing, and the tiles table is empty</translation>
    </message>
    <message>
        <source>minzoom %1 is above maxzoom %2</source>
        <translation>minzoom %1 is above maxzoom %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not west,south,east,north in degrees</source>
        <translation>&quot;%1&quot; is not west,south,east,north in degrees</translation>
    </message>
    <message>
        <source>no map pack is open</source>
        <translation>no map pack is open</translation>
    </message>
    <message>
        <source>tile %1/%2/%3 is outside the world</source>
        <translation>tile %1/%2/%3 is outside the world</translation>
    </message>
    <message>
        <source>cannot read tile %1: %2</source>
        <translation>cannot read tile %1: %2</translation>
    </message>
    <message>
        <source>the map pack has no tile %1</source>
        <translation>the map pack has no tile %1</translation>
    </message>
    <message>
        <source>tile %1 is empty</source>
        <translation>tile %1 is empty</translation>
    </message>
    <message>
        <source>tile %1 is not a %2 image (corrupt blob)</source>
        <translation>tile %1 is not a %2 image (corrupt blob)</translation>
    </message>
</context>
<context>
    <name>et::client::TileDiskCache</name>
    <message>
        <source>cannot create the tile cache folder %1</source>
        <translation>cannot create the tile cache folder %1</translation>
    </message>
    <message>
        <source>cannot write the cached tile %1: %2</source>
        <translation>cannot write the cached tile %1: %2</translation>
    </message>
</context>
<context>
    <name>et::client::XyzTileFetcher</name>
    <message>
        <source>the tile URL template %1 lacks %2</source>
        <translation>the tile URL template %1 lacks %2</translation>
    </message>
    <message>
        <source>the tile URL template %1 is not an http(s) URL</source>
        <translation>the tile URL template %1 is not an http(s) URL</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>empty answer</translation>
    </message>
    <message>
        <source>tile %1: %2</source>
        <translation>tile %1: %2</translation>
    </message>
</context>
<context>
    <name>et::map::TileImageCache</name>
    <message>
        <source>tile %1/%2/%3 cannot be decoded as an image</source>
        <translation>tile %1/%2/%3 cannot be decoded as an image</translation>
    </message>
</context>
<context>
    <name>et::models::ConnectionStatus</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Offline (cached data)</source>
        <translation>Offline (cached data)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
</context>
</TS>

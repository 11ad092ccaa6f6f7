<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionButton</name>
    <message>
        <source>Space or Enter presses it</source>
        <translation>Space or Enter presses it</translation>
    </message>
</context>
<context>
    <name>AlarmBar</name>
    <message>
        <source>Alarm flood: %1 alarms in the last 10 minutes, grouped by incident</source>
        <translation>Alarm flood: %1 alarms in the last 10 minutes, grouped by incident</translation>
    </message>
    <message>
        <source>%1 to acknowledge</source>
        <translation>%1 to acknowledge</translation>
    </message>
    <message>
        <source>%1 shelved</source>
        <translation>%1 shelved</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Alarms (%1)</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Show shelved (%1)</source>
        <translation>Show shelved (%1)</translation>
    </message>
    <message>
        <source>shelved until %1: %2</source>
        <translation>shelved until %1: %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Reason to shelve</source>
        <translation>Reason to shelve</translation>
    </message>
    <message>
        <source>Shelve 1 h</source>
        <translation>Shelve 1 h</translation>
    </message>
</context>
<context>
    <name>AssetOutputChart</name>
    <message>
        <source>Output of %1</source>
        <translation>Output of %1</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Reading the server&apos;s trail…</source>
        <translation>Reading the server&apos;s trail…</translation>
    </message>
    <message>
        <source>%1 newest entries</source>
        <translation>%1 newest entries</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>Only administrators can read the audit trail.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>The audit trail could not be read: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>Newest first; Up and Down scroll</source>
        <translation>Newest first; Up and Down scroll</translation>
    </message>
</context>
<context>
    <name>AuditRow</name>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>The offline cache was damaged (%1). It was moved to %2 and a new one is being filled from the server.</source>
        <translation>The offline cache was damaged (%1). It was moved to %2 and a new one is being filled from the server.</translation>
    </message>
    <message>
        <source>Its queued commands could not be read; check that recent orders reached the server.</source>
        <translation>Its queued commands could not be read; check that recent orders reached the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued command(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%n queued command was kept and will be sent.</numerusform>
            <numerusform>%n queued commands were kept and will be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterDetail</name>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Copy phone</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Route in Kakao Map</source>
        <translation>Route in Kakao Map</translation>
    </message>
    <message>
        <source>Find in Naver Map</source>
        <translation>Find in Naver Map</translation>
    </message>
</context>
<context>
    <name>CenterDetailPage</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <source>Notices from operators</source>
        <translation>Notices from operators</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message numerus="yes">
        <source>★ %1 · %n review(s)</source>
        <translation>
            <numerusform>★ %1 · %n review</numerusform>
            <numerusform>★ %1 · %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterImportCard</name>
    <message>
        <source>Import centers (standard data CSV)</source>
        <translation>Import centers (standard data CSV)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Queued: sent when the server can be reached.</source>
        <translation>Queued: sent when the server can be reached.</translation>
    </message>
    <message>
        <source>Uploaded: every console gets the centers with its next sync.</source>
        <translation>Uploaded: every console gets the centers with its next sync.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Import centers</source>
        <translation>Import centers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>CenterNotices</name>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Temporary closure</source>
        <translation>Temporary closure</translation>
    </message>
    <message>
        <source>Until tonight</source>
        <translation>Until tonight</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>For 3 hours</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>For 1 day</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>For 3 days</translation>
    </message>
    <message>
        <source>For 7 days</source>
        <translation>For 7 days</translation>
    </message>
    <message>
        <source>Reason (required), e.g. staff training this afternoon</source>
        <translation>Reason (required), e.g. staff training this afternoon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Close the form</translation>
    </message>
    <message>
        <source>Post a notice or closure…</source>
        <translation>Post a notice or closure…</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>No notices</translation>
    </message>
</context>
<context>
    <name>CenterRankReasons</name>
    <message>
        <source>Match %1 of 100</source>
        <translation>Match %1 of 100</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>CenterRankWording</name>
    <message>
        <source>stress</source>
        <translation>stress</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>low mood</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>addiction</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <source>physical health</source>
        <translation>physical health</translation>
    </message>
    <message>
        <source>%1 km away, within %2 km</source>
        <translation>%1 km away, within %2 km</translation>
    </message>
    <message>
        <source>no position to measure from</source>
        <translation>no position to measure from</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>open now</translation>
    </message>
    <message>
        <source>open, but closes in %1 min</source>
        <translation>open, but closes in %1 min</translation>
    </message>
    <message>
        <source>closed, opens at %1 today</source>
        <translation>closed, opens at %1 today</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>closed now</translation>
    </message>
    <message>
        <source>closed today (%1)</source>
        <translation>closed today (%1)</translation>
    </message>
    <message>
        <source>hours uncertain, never counted as open</source>
        <translation>hours uncertain, never counted as open</translation>
    </message>
    <message>
        <source>its kind covers %1</source>
        <translation>its kind covers %1</translation>
    </message>
    <message>
        <source>its services offer help with %1</source>
        <translation>its services offer help with %1</translation>
    </message>
    <message>
        <source>nothing listed for your needs</source>
        <translation>nothing listed for your needs</translation>
    </message>
    <message>
        <source>no needs given: take the self-check</source>
        <translation>no needs given: take the self-check</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Match %1</source>
        <translation>Match %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>helps with %1</source>
        <translation>helps with %1</translation>
    </message>
</context>
<context>
    <name>CenterReviews</name>
    <message>
        <source>No reviews yet</source>
        <translation>No reviews yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n review(s)</source>
        <translation>
            <numerusform>%1 %2 · %n review</numerusform>
            <numerusform>%1 %2 · %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Why hide it (required)</source>
        <translation>Why hide it (required)</translation>
    </message>
    <message>
        <source>Hide review</source>
        <translation>Hide review</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Hide…</translation>
    </message>
    <message>
        <source>Edit your review</source>
        <translation>Edit your review</translation>
    </message>
    <message>
        <source>Write a review</source>
        <translation>Write a review</translation>
    </message>
    <message>
        <source>What helped, what did not (up to %1 characters)</source>
        <translation>What helped, what did not (up to %1 characters)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Save review</translation>
    </message>
</context>
<context>
    <name>CenterRow</name>
    <message>
        <source>Remove from favorites</source>
        <translation>Remove from favorites</translation>
    </message>
    <message>
        <source>Add to favorites</source>
        <translation>Add to favorites</translation>
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
        <source>Data of %1: more than a year old, check by phone</source>
        <translation>Data of %1: more than a year old, check by phone</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Data of %1</translation>
    </message>
    <message>
        <source>From the keyboard: F in the list</source>
        <translation>From the keyboard: F in the list</translation>
    </message>
</context>
<context>
    <name>CenterSearchPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
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
        <source>Any distance</source>
        <translation>Any distance</translation>
    </message>
    <message>
        <source>Within %1 km</source>
        <translation>Within %1 km</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Best match</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nearest</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Map centre</source>
        <translation>Map centre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>Click the map to choose the point to search from</source>
        <translation>Click the map to choose the point to search from</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Open after 18:00</source>
        <translation>Open after 18:00</translation>
    </message>
    <message>
        <source>Open at weekends</source>
        <translation>Open at weekends</translation>
    </message>
    <message>
        <source>★ Favorites</source>
        <translation>★ Favorites</translation>
    </message>
    <message>
        <source>Ranked for your needs: %1</source>
        <translation>Ranked for your needs: %1</translation>
    </message>
    <message>
        <source>none stand out</source>
        <translation>none stand out</translation>
    </message>
    <message>
        <source>A private self-check ranks centers by what you need.</source>
        <translation>A private self-check ranks centers by what you need.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>Take the self-check</source>
        <translation>Take the self-check</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Where to get help</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>Close the import</translation>
    </message>
    <message>
        <source>Import centers (CSV)…</source>
        <translation>Import centers (CSV)…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Up and Down choose a center, Enter opens it, F adds it to the favorites or removes it.</source>
        <translation>Up and Down choose a center, Enter opens it, F adds it to the favorites or removes it.</translation>
    </message>
</context>
<context>
    <name>CenterStaff</name>
    <message>
        <source>Doctors %1</source>
        <translation>Doctors %1</translation>
    </message>
    <message>
        <source>Nurses %1</source>
        <translation>Nurses %1</translation>
    </message>
    <message>
        <source>Social workers %1</source>
        <translation>Social workers %1</translation>
    </message>
    <message>
        <source>Nutritionists %1</source>
        <translation>Nutritionists %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Other: %1</translation>
    </message>
</context>
<context>
    <name>ChartPointer</name>
    <message>
        <source>Chart&apos;s time range</source>
        <translation>Chart&apos;s time range</translation>
    </message>
    <message>
        <source>The wheel or + and − zoom, a drag or Left and Right pan, a double click or 0 goes back to the 24 hours around now.</source>
        <translation>The wheel or + and − zoom, a drag or Left and Right pan, a double click or 0 goes back to the 24 hours around now.</translation>
    </message>
</context>
<context>
    <name>ChartTimeScale</name>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>ChipToggle</name>
    <message>
        <source>Space or Enter chooses it</source>
        <translation>Space or Enter chooses it</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>Up and Down change the choice, Space opens the list</source>
        <translation>Up and Down change the choice, Space opens the list</translation>
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
    <message>
        <source>Select the entity ID of the view (e.g. truck-03) once it is in the cache.</source>
        <translation>Select the entity ID of the view (e.g. truck-03) once it is in the cache.</translation>
    </message>
    <message>
        <source>Take the screenshot no sooner than SECONDS after start (0-600).</source>
        <translation>Take the screenshot no sooner than SECONDS after start (0-600).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds 0-600</source>
        <translation>&quot;%1&quot; is not a whole number of seconds 0-600</translation>
    </message>
    <message>
        <source>needs --screenshot</source>
        <translation>needs --screenshot</translation>
    </message>
    <message>
        <source>Sign in to --server as EMAIL (with --password-stdin), or open EMAIL&apos;s cache.</source>
        <translation>Sign in to --server as EMAIL (with --password-stdin), or open EMAIL&apos;s cache.</translation>
    </message>
    <message>
        <source>Read the password of --user from the first line of stdin.</source>
        <translation>Read the password of --user from the first line of stdin.</translation>
    </message>
    <message>
        <source>Trust only the CA in FILE (PEM or DER) for an https:// server.</source>
        <translation>Trust only the CA in FILE (PEM or DER) for an https:// server.</translation>
    </message>
    <message>
        <source>needs --server URL and --user EMAIL</source>
        <translation>needs --server URL and --user EMAIL</translation>
    </message>
    <message>
        <source>Write what the screen says (window, connection, messages, first frames) to FILE as JSON lines; - for stdout.</source>
        <translation>Write what the screen says (window, connection, messages, first frames) to FILE as JSON lines; - for stdout.</translation>
    </message>
    <message>
        <source>Do not use the system keychain: keep the login in memory for this run only (for sessions where nobody can answer its password prompt).</source>
        <translation>Do not use the system keychain: keep the login in memory for this run only (for sessions where nobody can answer its password prompt).</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>View to open: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than the 7 days the cache keeps</source>
        <translation>&quot;%1&quot; is more than the 7 days the cache keeps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a time with its offset (2026-08-14T09:30+09:00) nor a span such as 90m, 6h or 2d</source>
        <translation>&quot;%1&quot; is neither a time with its offset (2026-08-14T09:30+09:00) nor a span such as 90m, 6h or 2d</translation>
    </message>
    <message>
        <source>Open the Energy view at TIME of the cached history: ISO 8601 with its offset (2026-08-14T09:30+09:00) or how long before the newest data (90m, 6h, 2d).</source>
        <translation>Open the Energy view at TIME of the cached history: ISO 8601 with its offset (2026-08-14T09:30+09:00) or how long before the newest data (90m, 6h, 2d).</translation>
    </message>
    <message>
        <source>only the Energy view has a time slider</source>
        <translation>only the Energy view has a time slider</translation>
    </message>
    <message>
        <source>Open the alarm list, shelved alarms included.</source>
        <translation>Open the alarm list, shelved alarms included.</translation>
    </message>
    <message>
        <source>Draft FILE (a disaster as POST /disasters takes it, JSON) as a what-if: assessed on this console, never sent.</source>
        <translation>Draft FILE (a disaster as POST /disasters takes it, JSON) as a what-if: assessed on this console, never sent.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>Scene graph: auto (software when OpenGL would be a software rasterizer), opengl or software.</source>
        <translation>Scene graph: auto (software when OpenGL would be a software rasterizer), opengl or software.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: auto, opengl, software</source>
        <translation>&quot;%1&quot; is not one of: auto, opengl, software</translation>
    </message>
    <message>
        <source>Use a GPS for the center search&apos;s position: an NMEA log FILE (replayed) or serial:PORT (a receiver, e.g. serial:/dev/ttyUSB0).</source>
        <translation>Use a GPS for the center search&apos;s position: an NMEA log FILE (replayed) or serial:PORT (a receiver, e.g. serial:/dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>Open the view on PAGE: for centers, selfCheck, info:crisis or info:mental-health.</source>
        <translation>Open the view on PAGE: for centers, selfCheck, info:crisis or info:mental-health.</translation>
    </message>
    <message>
        <source>Colour theme for this run: light, dark (the control room&apos;s greys) or high-contrast.</source>
        <translation>Colour theme for this run: light, dark (the control room&apos;s greys) or high-contrast.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: light, dark, high-contrast</source>
        <translation>&quot;%1&quot; is not one of: light, dark, high-contrast</translation>
    </message>
</context>
<context>
    <name>CrisisLine</name>
    <message>
        <source>In crisis? Call now — free, 24 hours</source>
        <translation>In crisis? Call now — free, 24 hours</translation>
    </message>
    <message>
        <source>Suicide prevention line</source>
        <translation>Suicide prevention line</translation>
    </message>
    <message>
        <source>Mental-health crisis line</source>
        <translation>Mental-health crisis line</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>In danger now: 119 or 112</source>
        <translation>In danger now: 119 or 112</translation>
    </message>
    <message>
        <source>Please call 109 now. You do not have to go through this alone.</source>
        <translation>Please call 109 now. You do not have to go through this alone.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
</context>
<context>
    <name>CurtailmentAlert</name>
    <message>
        <source>Curtailment forecast (next 24 h)</source>
        <translation>Curtailment forecast (next 24 h)</translation>
    </message>
    <message>
        <source>No forecast in the cache yet</source>
        <translation>No forecast in the cache yet</translation>
    </message>
    <message>
        <source>Curtailment expected %1–%2 (%3 h): about %4 MWh (P10–P90 %5–%6 MWh), peak %7</source>
        <translation>Curtailment expected %1–%2 (%3 h): about %4 MWh (P10–P90 %5–%6 MWh), peak %7</translation>
    </message>
    <message>
        <source>No curtailment expected in the next 24 h</source>
        <translation>No curtailment expected in the next 24 h</translation>
    </message>
    <message numerus="yes">
        <source>%n truck(s) of %1 in service could absorb it</source>
        <translation>
            <numerusform>%n truck of %1 in service could absorb it</numerusform>
            <numerusform>%n trucks of %1 in service could absorb it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n truck(s) in service could absorb only part of it</source>
        <translation>
            <numerusform>The %n truck in service could absorb only part of it</numerusform>
            <numerusform>All %n trucks in service could absorb only part of it</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan in Dispatch</source>
        <translation>Plan in Dispatch</translation>
    </message>
    <message>
        <source>Forecast issued %1</source>
        <translation>Forecast issued %1</translation>
    </message>
    <message>
        <source>Lowest-carbon hours: %1</source>
        <translation>Lowest-carbon hours: %1</translation>
    </message>
    <message>
        <source>Curtailment possible %1–%2 (%3 h): up to %4 MWh (P90), peak %5</source>
        <translation>Curtailment possible %1–%2 (%3 h): up to %4 MWh (P90), peak %5</translation>
    </message>
    <message>
        <source>Recomputed offline at %1 from the outlook issued at %2</source>
        <translation>Recomputed offline at %1 from the outlook issued at %2</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 old</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>in the future (check the clock)</source>
        <translation>in the future (check the clock)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>last synced %1 UTC, %2</source>
        <translation>last synced %1 UTC, %2</translation>
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
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>Energy in kWh</translation>
    </message>
    <message>
        <source>room for %1 kWh</source>
        <translation>room for %1 kWh</translation>
    </message>
    <message>
        <source>%1 kWh on board</source>
        <translation>%1 kWh on board</translation>
    </message>
    <message>
        <source>Send order</source>
        <translation>Send order</translation>
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
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>%1 driving · %2 charging · %3 discharging</source>
        <translation>%1 driving · %2 charging · %3 discharging</translation>
    </message>
    <message>
        <source>%1 % · %2/%3 kWh · SoH %4 %</source>
        <translation>%1 % · %2/%3 kWh · SoH %4 %</translation>
    </message>
    <message>
        <source>Board (%1)</source>
        <translation>Board (%1)</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <source>ETA %1 KST</source>
        <translation>ETA %1 KST</translation>
    </message>
    <message>
        <source>%1 kW this minute</source>
        <translation>%1 kW this minute</translation>
    </message>
    <message>
        <source>Energy trucks</source>
        <translation>Energy trucks</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermal</translation>
    </message>
    <message>
        <source>HVDC</source>
        <translation>HVDC</translation>
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
        <source>Trucks</source>
        <translation>Trucks</translation>
    </message>
    <message>
        <source>Curtailed</source>
        <translation>Curtailed</translation>
    </message>
    <message>
        <source>Forecast P10–P90</source>
        <translation>Forecast P10–P90</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Carbon intensity</translation>
    </message>
    <message>
        <source>Island energy, past and forecast</source>
        <translation>Island energy, past and forecast</translation>
    </message>
    <message>
        <source>%1–%2 MW</source>
        <translation>%1–%2 MW</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>₩/kWh</source>
        <translation>₩/kWh</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>No history yet</translation>
    </message>
    <message>
        <source>The chart fills in as the island&apos;s balances arrive.</source>
        <translation>The chart fills in as the island&apos;s balances arrive.</translation>
    </message>
    <message>
        <source>gCO₂eq/kWh</source>
        <translation>gCO₂eq/kWh</translation>
    </message>
    <message>
        <source>%1, forecast</source>
        <translation>%1, forecast</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>EnergyChartCard</name>
    <message>
        <source>Past and next 24 h</source>
        <translation>Past and next 24 h</translation>
    </message>
    <message>
        <source>Chosen time range</source>
        <translation>Chosen time range</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>Back to now</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Output of %1 (MW)</source>
        <translation>Output of %1 (MW)</translation>
    </message>
    <message>
        <source>No output history for this asset yet.</source>
        <translation>No output history for this asset yet.</translation>
    </message>
    <message>
        <source>Around %1</source>
        <translation>Around %1</translation>
    </message>
</context>
<context>
    <name>EnergyKpiTiles</name>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
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
        <source>Carbon intensity</source>
        <translation>Carbon intensity</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>Renewable share</translation>
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
        <source>A past minute from the cached history</source>
        <translation>A past minute from the cached history</translation>
    </message>
</context>
<context>
    <name>ForecastBackdrop</name>
    <message>
        <source>No forecast yet</source>
        <translation>No forecast yet</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Severity +1</source>
        <translation>Severity +1</translation>
    </message>
    <message>
        <source>Severity −1</source>
        <translation>Severity −1</translation>
    </message>
    <message>
        <source>Redraw area</source>
        <translation>Redraw area</translation>
    </message>
    <message>
        <source>Save area</source>
        <translation>Save area</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
</context>
<context>
    <name>IncidentCreateCard</name>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Severity %1</translation>
    </message>
    <message>
        <source>Title (e.g. Hallim flooding)</source>
        <translation>Title (e.g. Hallim flooding)</translation>
    </message>
    <message>
        <source>The real JMA best track, moved in time so its nearest approach to Jeju is 3 h from now.</source>
        <translation>The real JMA best track, moved in time so its nearest approach to Jeju is 3 h from now.</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>Magnitude</translation>
    </message>
    <message>
        <source>Depth km</source>
        <translation>Depth km</translation>
    </message>
    <message>
        <source>Water depth m</source>
        <translation>Water depth m</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Draw area</translation>
    </message>
    <message>
        <source>Place epicentre</source>
        <translation>Place epicentre</translation>
    </message>
    <message>
        <source>Draw circle</source>
        <translation>Draw circle</translation>
    </message>
    <message>
        <source>Click the centre on the map, then a point on the edge.</source>
        <translation>Click the centre on the map, then a point on the edge.</translation>
    </message>
    <message>
        <source>Click the corners on the map (%1 so far).</source>
        <translation>Click the corners on the map (%1 so far).</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <source>What-if (draft, never sent)</source>
        <translation>What-if (draft, never sent)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation>Promote to incident</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Severity %1 of 5</source>
        <translation>Severity %1 of 5</translation>
    </message>
    <message>
        <source>the hazard rates it %1</source>
        <translation>the hazard rates it %1</translation>
    </message>
    <message>
        <source>GDACS %1</source>
        <translation>GDACS %1</translation>
    </message>
    <message>
        <source>Judged by %1, %2</source>
        <translation>Judged by %1, %2</translation>
    </message>
    <message>
        <source>The impact follows once the server has assessed the incident.</source>
        <translation>The impact follows once the server has assessed the incident.</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>Unserved</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>Deficit</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Trucks needed</source>
        <translation>Trucks needed</translation>
    </message>
    <message>
        <source>At risk: %1 red · %2 orange · %3 yellow</source>
        <translation>At risk: %1 red · %2 orange · %3 yellow</translation>
    </message>
    <message>
        <source>Priority supply · %1 MWh on the trucks</source>
        <translation>Priority supply · %1 MWh on the trucks</translation>
    </message>
    <message>
        <source>Unserved demand by eup/myeon/dong</source>
        <translation>Unserved demand by eup/myeon/dong</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>The selected incident: its impact, trucks, commands and report</source>
        <translation>The selected incident: its impact, trucks, commands and report</translation>
    </message>
</context>
<context>
    <name>IncidentTrucksCard</name>
    <message>
        <source>No trucks reserved for its critical facilities</source>
        <translation>No trucks reserved for its critical facilities</translation>
    </message>
    <message>
        <source>Reserved for its critical facilities: %1</source>
        <translation>Reserved for its critical facilities: %1</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Release all</translation>
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
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>On its way</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 ₩/kWh</source>
        <translation>%1 ₩/kWh</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>No history yet.</translation>
    </message>
    <message>
        <source>Demand from %1 to %2, highest at %3.</source>
        <translation>Demand from %1 to %2, highest at %3.</translation>
    </message>
    <message>
        <source>Curtailed %1 MWh.</source>
        <translation>Curtailed %1 MWh.</translation>
    </message>
    <message>
        <source>Forecast up to %1 (P90) at %2.</source>
        <translation>Forecast up to %1 (P90) at %2.</translation>
    </message>
    <message>
        <source>%1 gCO₂eq/kWh</source>
        <translation>%1 gCO₂eq/kWh</translation>
    </message>
    <message>
        <source>likely damaged</source>
        <translation>likely damaged</translation>
    </message>
    <message>
        <source>inspect</source>
        <translation>inspect</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>starts in %1 h</source>
        <translation>starts in %1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>active, unacknowledged</source>
        <translation>active, unacknowledged</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>active, acknowledged</translation>
    </message>
    <message>
        <source>cleared, unacknowledged</source>
        <translation>cleared, unacknowledged</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>Choosing it shows it on the map</source>
        <translation>Choosing it shows it on the map</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Energy Truck Console — Jeju</source>
        <translation>Energy Truck Console — Jeju</translation>
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
    <message>
        <source>Map of Jeju</source>
        <translation>Map of Jeju</translation>
    </message>
    <message>
        <source>Arrow keys pan, + and − zoom, 0 shows all of Jeju; while a point is being placed, Enter places it at the centre.</source>
        <translation>Arrow keys pan, + and − zoom, 0 shows all of Jeju; while a point is being placed, Enter places it at the centre.</translation>
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
    <name>MapZoomButtons</name>
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
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Energy
Truck</source>
        <translation>Energy
Truck</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>PageBackRow</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
</context>
<context>
    <name>PressArea</name>
    <message>
        <source>Space or Enter presses it</source>
        <translation>Space or Enter presses it</translation>
    </message>
</context>
<context>
    <name>RankingWeights</name>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Seed 004 weights</source>
        <translation>Seed 004 weights</translation>
    </message>
    <message>
        <source>0 to 1; the four add up to 1</source>
        <translation>0 to 1; the four add up to 1</translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refused: %1 — %2</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 more)</translation>
    </message>
</context>
<context>
    <name>SelectableList</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nothing to show</translation>
    </message>
    <message>
        <source>Up and Down choose a row, and the map shows it</source>
        <translation>Up and Down choose a row, and the map shows it</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>Self-check (private)</source>
        <translation>Self-check (private)</translation>
    </message>
    <message>
        <source>Your last self-check, %1</source>
        <translation>Your last self-check, %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 of %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (not a validated scale)</source>
        <translation>%1: %2 of %3 (not a validated scale)</translation>
    </message>
    <message>
        <source>The ranking now looks for help with: %1</source>
        <translation>The ranking now looks for help with: %1</translation>
    </message>
    <message>
        <source>no need stands out</source>
        <translation>no need stands out</translation>
    </message>
    <message>
        <source>Delete my answers from this device</source>
        <translation>Delete my answers from this device</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>You said you have had thoughts of death or of hurting yourself. Please call 109 now — it is free and open day and night. In immediate danger, call 119.</source>
        <translation>You said you have had thoughts of death or of hurting yourself. Please call 109 now — it is free and open day and night. In immediate danger, call 119.</translation>
    </message>
    <message>
        <source>Use my answers for the ranking</source>
        <translation>Use my answers for the ranking</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Clear the answers</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>written for this console, not a validated instrument</source>
        <translation>written for this console, not a validated instrument</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>This run was started with %1; a choice here applies now and is kept for the next start.</source>
        <translation>This run was started with %1; a choice here applies now and is kept for the next start.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kept for you on this computer</source>
        <translation>Kept for you on this computer</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark (control room)</source>
        <translation>Dark (control room)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>MW (the grid&apos;s unit)</source>
        <translation>MW (the grid&apos;s unit)</translation>
    </message>
    <message>
        <source>kW (a truck&apos;s unit)</source>
        <translation>kW (a truck&apos;s unit)</translation>
    </message>
    <message>
        <source>Values in the panels; the charts&apos; axes stay in MW.</source>
        <translation>Values in the panels; the charts&apos; axes stay in MW.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Sound for urgent alarms</source>
        <translation>Sound for urgent alarms</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Urgent alarms still show in the alarm bar and as a desktop notification.</source>
        <translation>Urgent alarms still show in the alarm bar and as a desktop notification.</translation>
    </message>
    <message>
        <source>Connection and map</source>
        <translation>Connection and map</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Empty: the console&apos;s own server</source>
        <translation>Empty: the console&apos;s own server</translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation>Used from the next start.</translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation>Tile server</translation>
    </message>
    <message>
        <source>Map tiles drawn under the vector map; empty for none.</source>
        <translation>Map tiles drawn under the vector map; empty for none.</translation>
    </message>
    <message>
        <source>Map pack</source>
        <translation>Map pack</translation>
    </message>
    <message>
        <source>None: the vector map (and the tile server, if any)</source>
        <translation>None: the vector map (and the tile server, if any)</translation>
    </message>
    <message>
        <source>This run was started with --server or --offline; a server saved here is used from the next start without them.</source>
        <translation>This run was started with --server or --offline; a server saved here is used from the next start without them.</translation>
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
    <name>SettingsTextEntry</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Energy Truck Console — sign in</source>
        <translation>Energy Truck Console — sign in</translation>
    </message>
    <message>
        <source>Energy Truck Console</source>
        <translation>Energy Truck Console</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SituationReportRow</name>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Situation report (PDF)</source>
        <translation>Situation report (PDF)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>StartProblemWindow</name>
    <message>
        <source>Energy Truck Console — cannot start</source>
        <translation>Energy Truck Console — cannot start</translation>
    </message>
    <message>
        <source>The console cannot start</source>
        <translation>The console cannot start</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
    <message>
        <source>The connection, how old the data is and what waits to be sent</source>
        <translation>The connection, how old the data is and what waits to be sent</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>the offline cache %1 is damaged (%2) and could not be moved aside</source>
        <translation>the offline cache %1 is damaged (%2) and could not be moved aside</translation>
    </message>
</context>
<context>
    <name>SuggestionsCard</name>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Queue every suggestion shown as a dispatch order</source>
        <translation>Queue every suggestion shown as a dispatch order</translation>
    </message>
    <message>
        <source>No plan yet: the server plans when it issues a forecast.</source>
        <translation>No plan yet: the server plans when it issues a forecast.</translation>
    </message>
    <message>
        <source>Planned %1: %2 kWh from curtailment, %3 kWh delivered, worth ₩%4</source>
        <translation>Planned %1: %2 kWh from curtailment, %3 kWh delivered, worth ₩%4</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Hide this suggestion on this console</source>
        <translation>Hide this suggestion on this console</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Queue this suggestion as a dispatch order</source>
        <translation>Queue this suggestion as a dispatch order</translation>
    </message>
</context>
<context>
    <name>TimeSlider</name>
    <message>
        <source>The cached history cannot be read: %1</source>
        <translation>The cached history cannot be read: %1</translation>
    </message>
    <message>
        <source>Waiting for the cached history…</source>
        <translation>Waiting for the cached history…</translation>
    </message>
    <message>
        <source>Reading the cached history…</source>
        <translation>Reading the cached history…</translation>
    </message>
    <message>
        <source>No history cached for this minute</source>
        <translation>No history cached for this minute</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Show the newest data again</source>
        <translation>Show the newest data again</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Time shown</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Live · cached since %1</source>
        <translation>Live · cached since %1</translation>
    </message>
    <message>
        <source>Live · no history cached yet</source>
        <translation>Live · no history cached yet</translation>
    </message>
    <message>
        <source>Play speed %1×: change</source>
        <translation>Play speed %1×: change</translation>
    </message>
    <message>
        <source>Left and Right step a minute through the cached week</source>
        <translation>Left and Right step a minute through the cached week</translation>
    </message>
    <message>
        <source>Newest cached minute · offline, not live</source>
        <translation>Newest cached minute · offline, not live</translation>
    </message>
</context>
<context>
    <name>TruckKpiTiles</name>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Today (%1 KST)</source>
        <translation>Today (%1 KST)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Curtailment absorbed</source>
        <translation>Curtailment absorbed</translation>
    </message>
    <message>
        <source>Share absorbed</source>
        <translation>Share absorbed</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Value at SMP</source>
        <translation>Value at SMP</translation>
    </message>
    <message>
        <source>₩%1</source>
        <translation>₩%1</translation>
    </message>
    <message>
        <source>CO₂ avoided (at %1 g/kWh)</source>
        <translation>CO₂ avoided (at %1 g/kWh)</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>CO₂ avoided</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
</context>
<context>
    <name>TruckOrders</name>
    <message>
        <source>Orders for %1</source>
        <translation>Orders for %1</translation>
    </message>
    <message>
        <source>Charge %1 kWh at %2</source>
        <translation>Charge %1 kWh at %2</translation>
    </message>
    <message>
        <source>Deliver %1 kWh to %2</source>
        <translation>Deliver %1 kWh to %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>%1 of %2 kWh</source>
        <translation>%1 of %2 kWh</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>This truck is working on an order; cancel it to give a new one.</source>
        <translation>This truck is working on an order; cancel it to give a new one.</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Orders are given by operators; you can follow them here.</source>
        <translation>Orders are given by operators; you can follow them here.</translation>
    </message>
</context>
<context>
    <name>TruckSocChart</name>
    <message>
        <source>State of charge of %1, last 24 h</source>
        <translation>State of charge of %1, last 24 h</translation>
    </message>
    <message>
        <source>State of charge over the last 24 hours, now %1 %</source>
        <translation>State of charge over the last 24 hours, now %1 %</translation>
    </message>
    <message>
        <source>No state of charge recorded yet</source>
        <translation>No state of charge recorded yet</translation>
    </message>
    <message>
        <source>Hours before now · dashed: 20 % reserve and 95 % charge limit</source>
        <translation>Hours before now · dashed: 20 % reserve and 95 % charge limit</translation>
    </message>
</context>
<context>
    <name>WhatIfCompare</name>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Severity %1 of 5</source>
        <translation>Severity %1 of 5</translation>
    </message>
    <message>
        <source>Assessed on this console by %1 in %2 ms. Nothing is sent until it is promoted; drag ✥ on the map to move it.</source>
        <translation>Assessed on this console by %1 in %2 ms. Nothing is sent until it is promoted; drag ✥ on the map to move it.</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>Assessing…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Not enough trucks: %1 are free of an order.</source>
        <translation>Not enough trucks: %1 are free of an order.</translation>
    </message>
    <message>
        <source>%1 trucks are free of an order: enough for both.</source>
        <translation>%1 trucks are free of an order: enough for both.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation>Promote to incident</translation>
    </message>
    <message>
        <source>Sites at risk (%1)</source>
        <translation>Sites at risk (%1)</translation>
    </message>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>WhatIfGrip</name>
    <message>
        <source>Move the what-if</source>
        <translation>Move the what-if</translation>
    </message>
    <message>
        <source>Drag it, or move it with the arrow keys.</source>
        <translation>Drag it, or move it with the arrow keys.</translation>
    </message>
</context>
<context>
    <name>et::app::AlarmNotifier</name>
    <message>
        <source>Energy Truck Console</source>
        <translation>Energy Truck Console</translation>
    </message>
    <message>
        <source>Urgent alarm</source>
        <translation>Urgent alarm</translation>
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
    <message>
        <source>%1 Its last message: %2</source>
        <translation>%1 Its last message: %2</translation>
    </message>
</context>
<context>
    <name>et::app::ConsoleApp</name>
    <message>
        <source>nobody has signed in with the data folder %1 yet, so there is no cache to show</source>
        <translation>nobody has signed in with the data folder %1 yet, so there is no cache to show</translation>
    </message>
    <message>
        <source>cannot open the offline cache: %1</source>
        <translation>cannot open the offline cache: %1</translation>
    </message>
    <message>
        <source>the user interface failed to load (see the messages above)</source>
        <translation>the user interface failed to load (see the messages above)</translation>
    </message>
    <message>
        <source>the sign-in window failed to load (see the messages above)</source>
        <translation>the sign-in window failed to load (see the messages above)</translation>
    </message>
    <message>
        <source>the root object is not a window; cannot take a screenshot</source>
        <translation>the root object is not a window; cannot take a screenshot</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to (%2). Choose another folder with --data-dir DIR, or give your user account write access to this one, and start the console again.</source>
        <translation>The data folder %1 cannot be written to (%2). Choose another folder with --data-dir DIR, or give your user account write access to this one, and start the console again.</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>it cannot be created</translation>
    </message>
    <message>
        <source>Another program holds its database %1: close it (another console on the same data folder?) and start the console again.</source>
        <translation>Another program holds its database %1: close it (another console on the same data folder?) and start the console again.</translation>
    </message>
    <message>
        <source>Its database %1 is damaged: move it aside (keep it for a bug report) and start the console again; a new one is made.</source>
        <translation>Its database %1 is damaged: move it aside (keep it for a bug report) and start the console again; a new one is made.</translation>
    </message>
    <message>
        <source>The cached data is shown.</source>
        <translation>The cached data is shown.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). The cached data is shown and the console keeps trying; check the network and the address.</source>
        <translation>Cannot reach the server %1 (%2). The cached data is shown and the console keeps trying; check the network and the address.</translation>
    </message>
    <message>
        <source>Not connected to %1: %2. The cached data is shown.</source>
        <translation>Not connected to %1: %2. The cached data is shown.</translation>
    </message>
    <message>
        <source>%1 does not answer as an Energy Truck server does (%2). The cached data is shown; check the address given with --server.</source>
        <translation>%1 does not answer as an Energy Truck server does (%2). The cached data is shown; check the address given with --server.</translation>
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
    <name>et::app::LocalAccount</name>
    <message>
        <source>Could not start the bundled server %1: %2</source>
        <translation>Could not start the bundled server %1: %2</translation>
    </message>
    <message>
        <source>The bundled server&apos;s account could not be prepared. Its last message: %1</source>
        <translation>The bundled server&apos;s account could not be prepared. Its last message: %1</translation>
    </message>
</context>
<context>
    <name>et::app::MapPackSettings</name>
    <message>
        <source>&quot;%1&quot; is not a tile server: use an http:// or https:// address with {z}, {x} and {y}, or leave it empty for none.</source>
        <translation>&quot;%1&quot; is not a tile server: use an http:// or https:// address with {z}, {x} and {y}, or leave it empty for none.</translation>
    </message>
</context>
<context>
    <name>et::app::SituationReportExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>et::client::AlarmWording</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Asset likely damaged</source>
        <translation>Asset likely damaged</translation>
    </message>
    <message>
        <source>Facility past its backup power</source>
        <translation>Facility past its backup power</translation>
    </message>
    <message>
        <source>Energy deficit</source>
        <translation>Energy deficit</translation>
    </message>
    <message>
        <source>Truck below its reserve</source>
        <translation>Truck below its reserve</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>shelved</translation>
    </message>
    <message>
        <source>shelf lapsed</source>
        <translation>shelf lapsed</translation>
    </message>
    <message>
        <source>typhoon</source>
        <translation>typhoon</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>earthquake</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>flood</translation>
    </message>
    <message>
        <source>power outage</source>
        <translation>power outage</translation>
    </message>
    <message>
        <source>wildfire</source>
        <translation>wildfire</translation>
    </message>
    <message>
        <source>heavy snow</source>
        <translation>heavy snow</translation>
    </message>
    <message>
        <source>%1, severity %2 of 5</source>
        <translation>%1, severity %2 of 5</translation>
    </message>
    <message>
        <source>likely damaged (%1 %)</source>
        <translation>likely damaged (%1 %)</translation>
    </message>
    <message>
        <source>past its %1 h of backup power</source>
        <translation>past its %1 h of backup power</translation>
    </message>
    <message>
        <source>no backup power</source>
        <translation>no backup power</translation>
    </message>
    <message>
        <source>; needs %1 MWh</source>
        <translation>; needs %1 MWh</translation>
    </message>
    <message>
        <source>deficit %1 MWh, trucks carry %2 MWh</source>
        <translation>deficit %1 MWh, trucks carry %2 MWh</translation>
    </message>
    <message>
        <source>state of charge %1 %, below its reserve</source>
        <translation>state of charge %1 %, below its reserve</translation>
    </message>
    <message>
        <source>lost the connection to the server</source>
        <translation>lost the connection to the server</translation>
    </message>
</context>
<context>
    <name>et::client::AuditReader</name>
    <message>
        <source>the audit trail cannot be read without a server connection</source>
        <translation>the audit trail cannot be read without a server connection</translation>
    </message>
</context>
<context>
    <name>et::client::AuthSession</name>
    <message>
        <source>the server&apos;s sign-in answer is unusable: %1</source>
        <translation>the server&apos;s sign-in answer is unusable: %1</translation>
    </message>
    <message>
        <source>no saved sign-in for %1</source>
        <translation>no saved sign-in for %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>the server&apos;s refresh answer is unusable: %1</source>
        <translation>the server&apos;s refresh answer is unusable: %1</translation>
    </message>
</context>
<context>
    <name>et::client::CatchUp</name>
    <message>
        <source>the server cannot give the changes since cursor %1 (%2)</source>
        <translation>the server cannot give the changes since cursor %1 (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s change log ends at cursor %1, before this cache&apos;s cursor %2</source>
        <translation>the server&apos;s change log ends at cursor %1, before this cache&apos;s cursor %2</translation>
    </message>
    <message>
        <source>the server&apos;s change log ends at cursor %1, before cursor %2</source>
        <translation>the server&apos;s change log ends at cursor %1, before cursor %2</translation>
    </message>
    <message>
        <source>could not apply changes from the server: %1</source>
        <translation>could not apply changes from the server: %1</translation>
    </message>
</context>
<context>
    <name>et::client::CredentialStore</name>
    <message>
        <source>No keychain is available: the console cannot reach a D-Bus session (%1). Start it from a desktop session to keep sign-ins.</source>
        <translation>No keychain is available: the console cannot reach a D-Bus session (%1). Start it from a desktop session to keep sign-ins.</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) answers (%1). Install or start one to keep sign-ins.</source>
        <translation>No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) answers (%1). Install or start one to keep sign-ins.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked login keyring (%1). Unlock it (for example by signing in to the desktop) and restart the console to keep sign-ins.</source>
        <translation>The keychain has no unlocked login keyring (%1). Unlock it (for example by signing in to the desktop) and restart the console to keep sign-ins.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1). Allow the console to use it and restart the console to keep sign-ins.</source>
        <translation>Access to the keychain was refused (%1). Allow the console to use it and restart the console to keep sign-ins.</translation>
    </message>
    <message>
        <source>The keychain failed (%1). Restart the console to try it again.</source>
        <translation>The keychain failed (%1). Restart the console to try it again.</translation>
    </message>
    <message>
        <source>Until then secrets are kept in memory for this run only: you will have to sign in again next time.</source>
        <translation>Until then secrets are kept in memory for this run only: you will have to sign in again next time.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>Waiting for the system keychain (a password prompt may be open)</source>
        <translation>Waiting for the system keychain (a password prompt may be open)</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1); a password prompt for it may be open where nobody sees it. Answer the prompt or unlock the keyring to keep sign-ins.</source>
        <translation>The system keychain did not answer (%1); a password prompt for it may be open where nobody sees it. Answer the prompt or unlock the keyring to keep sign-ins.</translation>
    </message>
    <message>
        <source>The system keychain is not used in this run (%1): sign-ins are kept in memory until the console ends.</source>
        <translation>The system keychain is not used in this run (%1): sign-ins are kept in memory until the console ends.</translation>
    </message>
</context>
<context>
    <name>et::client::EventStream</name>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>no answer from the server for %1 s</translation>
    </message>
    <message>
        <source>unexpected binary message on the event stream</source>
        <translation>unexpected binary message on the event stream</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>connection closed by the server</translation>
    </message>
</context>
<context>
    <name>et::client::HistoryFill</name>
    <message>
        <source>the energy history from %1 could not be fetched: %2</source>
        <translation>the energy history from %1 could not be fetched: %2</translation>
    </message>
    <message>
        <source>the server answered %1 to %2 at %3 for the history from %4</source>
        <translation>the server answered %1 to %2 at %3 for the history from %4</translation>
    </message>
    <message>
        <source>the energy history from %1 could not be cached: %2</source>
        <translation>the energy history from %1 could not be cached: %2</translation>
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
    <name>et::client::ReplyClassifier</name>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>aborted</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>%1 failed: the answer broke off (%2)</source>
        <translation>%1 failed: the answer broke off (%2)</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2 %3 (request id %4)</source>
        <translation>%1 failed: HTTP %2 %3 (request id %4)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid JSON (request id %2): %3</source>
        <translation>%1: the server&apos;s answer is not valid JSON (request id %2): %3</translation>
    </message>
</context>
<context>
    <name>et::client::RestClient</name>
    <message>
        <source>unexpected answer from the server (request id %1): %2</source>
        <translation>unexpected answer from the server (request id %1): %2</translation>
    </message>
    <message>
        <source>%1 not sent: the server asked to wait %2 s</source>
        <translation>%1 not sent: the server asked to wait %2 s</translation>
    </message>
    <message>
        <source>%1 failed: signing in again is needed</source>
        <translation>%1 failed: signing in again is needed</translation>
    </message>
</context>
<context>
    <name>et::client::Store</name>
    <message>
        <source>is &quot;%1&quot; but the change is for &quot;%2&quot;</source>
        <translation>is &quot;%1&quot; but the change is for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>change %1 (%2 &quot;%3&quot;, cursor %4)</source>
        <translation>change %1 (%2 &quot;%3&quot;, cursor %4)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (wrong file header)</source>
        <translation>%1 is not a SQLite database (wrong file header)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cache %1 is unusable: %2</source>
        <translation>cache %1 is unusable: %2</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this program understands (%2); use a newer version or remove the file</source>
        <translation>its schema version %1 is newer than this program understands (%2); use a newer version or remove the file</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>migration to version %1 failed: %2</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>the cache is not open</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>has no id</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>writing the cache failed: %1</source>
        <translation>writing the cache failed: %1</translation>
    </message>
    <message>
        <source>committing to the cache failed: %1</source>
        <translation>committing to the cache failed: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>queuing command %1 failed: %2</source>
        <translation>queuing command %1 failed: %2</translation>
    </message>
    <message>
        <source>no queued command has the key %1</source>
        <translation>no queued command has the key %1</translation>
    </message>
    <message>
        <source>the answer is about &quot;%1&quot;, the command about &quot;%2&quot;</source>
        <translation>the answer is about &quot;%1&quot;, the command about &quot;%2&quot;</translation>
    </message>
    <message>
        <source>recording the answer to %1 failed: %2</source>
        <translation>recording the answer to %1 failed: %2</translation>
    </message>
    <message>
        <source>recording the answer to %1</source>
        <translation>recording the answer to %1</translation>
    </message>
    <message>
        <source>its order was refused: %1</source>
        <translation>its order was refused: %1</translation>
    </message>
    <message>
        <source>recording the refusal of %1 failed: %2</source>
        <translation>recording the refusal of %1 failed: %2</translation>
    </message>
    <message>
        <source>recording the refusal of %1</source>
        <translation>recording the refusal of %1</translation>
    </message>
    <message>
        <source>noting the attempt for %1 failed: %2</source>
        <translation>noting the attempt for %1 failed: %2</translation>
    </message>
    <message>
        <source>dismissing %1 failed: %2</source>
        <translation>dismissing %1 failed: %2</translation>
    </message>
    <message>
        <source>restoring the outbox failed: %1</source>
        <translation>restoring the outbox failed: %1</translation>
    </message>
    <message>
        <source>restoring the outbox</source>
        <translation>restoring the outbox</translation>
    </message>
    <message>
        <source>is not a JSON array</source>
        <translation>is not a JSON array</translation>
    </message>
    <message>
        <source>writing the history&apos;s columns failed: %1</source>
        <translation>writing the history&apos;s columns failed: %1</translation>
    </message>
    <message>
        <source>the cache keeps 1-minute history, not %1</source>
        <translation>the cache keeps 1-minute history, not %1</translation>
    </message>
    <message>
        <source>is %1, not one minute</source>
        <translation>is %1, not one minute</translation>
    </message>
    <message>
        <source>writing the energy history failed: %1</source>
        <translation>writing the energy history failed: %1</translation>
    </message>
    <message>
        <source>appending to the energy history</source>
        <translation>appending to the energy history</translation>
    </message>
    <message>
        <source>reading the energy history failed: %1</source>
        <translation>reading the energy history failed: %1</translation>
    </message>
    <message>
        <source>the cached minute at %1 names unknown columns %2</source>
        <translation>the cached minute at %1 names unknown columns %2</translation>
    </message>
    <message>
        <source>clearing the energy history failed: %1</source>
        <translation>clearing the energy history failed: %1</translation>
    </message>
    <message>
        <source>cache %1 is at schema version %2, not %3: its owner opens it first</source>
        <translation>cache %1 is at schema version %2, not %3: its owner opens it first</translation>
    </message>
    <message>
        <source>its disaster was refused: %1</source>
        <translation>its disaster was refused: %1</translation>
    </message>
    <message>
        <source>a favorite needs a center</source>
        <translation>a favorite needs a center</translation>
    </message>
    <message>
        <source>saving a favorite failed: %1</source>
        <translation>saving a favorite failed: %1</translation>
    </message>
    <message>
        <source>saving the self-check failed: %1</source>
        <translation>saving the self-check failed: %1</translation>
    </message>
    <message>
        <source>deleting the self-check failed: %1</source>
        <translation>deleting the self-check failed: %1</translation>
    </message>
</context>
<context>
    <name>et::client::SyncEngine</name>
    <message>
        <source>the event stream did not confirm the subscription within %1 s</source>
        <translation>the event stream did not confirm the subscription within %1 s</translation>
    </message>
    <message>
        <source>the server rejected a message: %1: %2</source>
        <translation>the server rejected a message: %1: %2</translation>
    </message>
    <message>
        <source>ignored a malformed message from the server: %1</source>
        <translation>ignored a malformed message from the server: %1</translation>
    </message>
    <message>
        <source>ignored event %1 (cursor %2): %3</source>
        <translation>ignored event %1 (cursor %2): %3</translation>
    </message>
    <message>
        <source>a live update could not be stored: %1</source>
        <translation>a live update could not be stored: %1</translation>
    </message>
    <message>
        <source>dropped live update %1 &quot;%2&quot; (cursor %3)</source>
        <translation>dropped live update %1 &quot;%2&quot; (cursor %3)</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>connection to %1 lost: %2</translation>
    </message>
    <message>
        <source>the energy history is not complete: %1</source>
        <translation>the energy history is not complete: %1</translation>
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
    <name>et::client::TlsConfig</name>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>cannot read the CA certificate file %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected)</source>
        <translation>%1 holds no certificate (PEM or DER expected)</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;: %3</source>
        <translation>certificate &quot;%1&quot; issued by &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1): check --ca-cert and the server address</source>
        <translation>the server&apos;s certificate is not trusted (%1): check --ca-cert and the server address</translation>
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
    <name>et::models::AlarmListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>et::models::AuditLogModel</name>
    <message>
        <source>Chain intact: %L1 entries</source>
        <translation>Chain intact: %L1 entries</translation>
    </message>
    <message>
        <source>Chain broken at entry %L1: %2</source>
        <translation>Chain broken at entry %L1: %2</translation>
    </message>
    <message>
        <source>The audit trail is for administrators only. The server said: %1</source>
        <translation>The audit trail is for administrators only. The server said: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>The audit trail could not be read: %1</translation>
    </message>
</context>
<context>
    <name>et::models::CenterFilterModel</name>
    <message>
        <source>The weights must add up to 1.00 (now %1).</source>
        <translation>The weights must add up to 1.00 (now %1).</translation>
    </message>
    <message>
        <source>Each weight must be between 0 and 1.</source>
        <translation>Each weight must be between 0 and 1.</translation>
    </message>
</context>
<context>
    <name>et::models::CenterImport</name>
    <message>
        <source>new center</source>
        <translation>new center</translation>
    </message>
    <message>
        <source>merged: replaces the center with its name and address</source>
        <translation>merged: replaces the center with its name and address</translation>
    </message>
    <message>
        <source>merged: unchanged</source>
        <translation>merged: unchanged</translation>
    </message>
    <message>
        <source>skipped: outside Jeju</source>
        <translation>skipped: outside Jeju</translation>
    </message>
    <message>
        <source>skipped: repeats an earlier row</source>
        <translation>skipped: repeats an earlier row</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a centers file</source>
        <translation>%1 is larger than %2 MB: not a centers file</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>No center in Jeju in this file (%n rows read).</source>
        <translation>
            <numerusform>No center in Jeju in this file (%n row read).</numerusform>
            <numerusform>No center in Jeju in this file (%n rows read).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only operators and administrators may import centers.</source>
        <translation>Only operators and administrators may import centers.</translation>
    </message>
    <message>
        <source>Load a file with centers in Jeju first.</source>
        <translation>Load a file with centers in Jeju first.</translation>
    </message>
    <message>
        <source>This file was uploaded already.</source>
        <translation>This file was uploaded already.</translation>
    </message>
    <message>
        <source>Too many centers for one upload (%1): split the file.</source>
        <translation>Too many centers for one upload (%1): split the file.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>The import could not be saved: %1</translation>
    </message>
    <message>
        <source>The server refused the import: %1</source>
        <translation>The server refused the import: %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 merged, %4 unchanged, %5 skipped (%6 outside Jeju)</source>
        <translation>%1 rows: %2 new, %3 merged, %4 unchanged, %5 skipped (%6 outside Jeju)</translation>
    </message>
</context>
<context>
    <name>et::models::CenterListModel</name>
    <message>
        <source>opens %1</source>
        <translation>opens %1</translation>
    </message>
    <message>
        <source>opens %1 %2</source>
        <translation>opens %1 %2</translation>
    </message>
    <message>
        <source>Open · closes %1, in %2 min</source>
        <translation>Open · closes %1, in %2 min</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed · %1</source>
        <translation>Closed · %1</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Closed today · %1</source>
        <translation>Closed today · %1</translation>
    </message>
    <message>
        <source>Hours unknown: ask by phone</source>
        <translation>Hours unknown: ask by phone</translation>
    </message>
    <message>
        <source>Hours not understood: “%1”</source>
        <translation>Hours not understood: “%1”</translation>
    </message>
    <message>
        <source>not understood: “%1”</source>
        <translation>not understood: “%1”</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>closed · %1</source>
        <translation>closed · %1</translation>
    </message>
    <message>
        <source>ask by phone (a holiday)</source>
        <translation>ask by phone (a holiday)</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>hours unknown</translation>
    </message>
    <message>
        <source>Temporarily closed · %1</source>
        <translation>Temporarily closed · %1</translation>
    </message>
    <message>
        <source>Temporarily closed · %1 · %2</source>
        <translation>Temporarily closed · %1 · %2</translation>
    </message>
    <message>
        <source>May be without power: %1 (%2 %, about %3 h)</source>
        <translation>May be without power: %1 (%2 %, about %3 h)</translation>
    </message>
</context>
<context>
    <name>et::models::CenterNoticeModel</name>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>until %1 %2</translation>
    </message>
    <message>
        <source>Only operators and administrators may post notices.</source>
        <translation>Only operators and administrators may post notices.</translation>
    </message>
    <message>
        <source>Say why (the reason is shown with the notice).</source>
        <translation>Say why (the reason is shown with the notice).</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2.</source>
        <translation>The reason is %1 characters long; at most %2.</translation>
    </message>
    <message>
        <source>The end must be in the future.</source>
        <translation>The end must be in the future.</translation>
    </message>
    <message numerus="yes">
        <source>The end may be at most %n days ahead.</source>
        <translation>
            <numerusform>The end may be at most %n day ahead.</numerusform>
            <numerusform>The end may be at most %n days ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice could not be saved: %1</source>
        <translation>The notice could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>et::models::CenterReviewModel</name>
    <message>
        <source>Sign in to write a review.</source>
        <translation>Sign in to write a review.</translation>
    </message>
    <message>
        <source>Choose a center first.</source>
        <translation>Choose a center first.</translation>
    </message>
    <message>
        <source>Give 1 to 5 stars.</source>
        <translation>Give 1 to 5 stars.</translation>
    </message>
    <message>
        <source>The review is %1 characters long; at most %2.</source>
        <translation>The review is %1 characters long; at most %2.</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>The review could not be saved: %1</translation>
    </message>
    <message>
        <source>Only administrators may hide a review.</source>
        <translation>Only administrators may hide a review.</translation>
    </message>
    <message>
        <source>Say why the review is hidden (kept in the audit trail).</source>
        <translation>Say why the review is hidden (kept in the audit trail).</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2.</source>
        <translation>The reason is %1 characters long; at most %2.</translation>
    </message>
    <message>
        <source>The review could not be hidden: %1</source>
        <translation>The review could not be hidden: %1</translation>
    </message>
</context>
<context>
    <name>et::models::CommandRejectionModel</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Order for %1: charge %2 kWh at %3</source>
        <translation>Order for %1: charge %2 kWh at %3</translation>
    </message>
    <message>
        <source>Order for %1: deliver %2 kWh to %3</source>
        <translation>Order for %1: deliver %2 kWh to %3</translation>
    </message>
    <message>
        <source>Cancelling order %1</source>
        <translation>Cancelling order %1</translation>
    </message>
    <message>
        <source>Acknowledging disaster %1</source>
        <translation>Acknowledging disaster %1</translation>
    </message>
    <message>
        <source>Reporting disaster %1</source>
        <translation>Reporting disaster %1</translation>
    </message>
    <message>
        <source>Updating disaster %1</source>
        <translation>Updating disaster %1</translation>
    </message>
    <message>
        <source>Resolving disaster %1</source>
        <translation>Resolving disaster %1</translation>
    </message>
    <message>
        <source>Acknowledging alarm %1</source>
        <translation>Acknowledging alarm %1</translation>
    </message>
    <message>
        <source>Shelving alarm %1</source>
        <translation>Shelving alarm %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n centers</source>
        <translation>
            <numerusform>Importing %n center</numerusform>
            <numerusform>Importing %n centers</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice on %1: %2</source>
        <translation>Notice on %1: %2</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Review of %1</translation>
    </message>
    <message>
        <source>Hiding review %1</source>
        <translation>Hiding review %1</translation>
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
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Reconnecting in %1 s</translation>
    </message>
    <message>
        <source>offline since %1 KST</source>
        <translation>offline since %1 KST</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>As of %1 KST · %2 old</source>
        <translation>As of %1 KST · %2 old</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting to be sent</source>
        <translation>
            <numerusform>%n command waiting to be sent</numerusform>
            <numerusform>%n commands waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last try: %2</source>
        <translation>%1 · last try: %2</translation>
    </message>
</context>
<context>
    <name>et::models::DestinationModel</name>
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
        <source>%1 · %2 · %3 km</source>
        <translation>%1 · %2 · %3 km</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 km · %4 min</source>
        <translation>%1 · %2 · %3 km · %4 min</translation>
    </message>
</context>
<context>
    <name>et::models::DispatchSuggestionModel</name>
    <message>
        <source>%1 → %2, arrives %3 (%4–%5), absorbs %6 kWh of the curtailment %7–%8, worth ₩%9</source>
        <translation>%1 → %2, arrives %3 (%4–%5), absorbs %6 kWh of the curtailment %7–%8, worth ₩%9</translation>
    </message>
    <message>
        <source>%1 → %2, arrives %3 (%4–%5), delivers %6 kWh in the expensive hours %7–%8, worth ₩%9</source>
        <translation>%1 → %2, arrives %3 (%4–%5), delivers %6 kWh in the expensive hours %7–%8, worth ₩%9</translation>
    </message>
    <message>
        <source>; no other truck could do it</source>
        <translation>; no other truck could do it</translation>
    </message>
    <message>
        <source>; %1 would arrive %2 min later and be worth ₩%3</source>
        <translation>; %1 would arrive %2 min later and be worth ₩%3</translation>
    </message>
    <message>
        <source>; %1 would arrive %2 min sooner but be worth only ₩%3</source>
        <translation>; %1 would arrive %2 min sooner but be worth only ₩%3</translation>
    </message>
    <message>
        <source>That suggestion is no longer offered.</source>
        <translation>That suggestion is no longer offered.</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>The order could not be saved: %1</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1 sent to %2</translation>
    </message>
</context>
<context>
    <name>et::models::EnergyChartData</name>
    <message>
        <source>there is no chart series %1</source>
        <translation>there is no chart series %1</translation>
    </message>
    <message>
        <source>the time is not a finite number</source>
        <translation>the time is not a finite number</translation>
    </message>
    <message>
        <source>the value is infinite (use NaN for a gap)</source>
        <translation>the value is infinite (use NaN for a gap)</translation>
    </message>
    <message>
        <source>the time %1 does not follow the previous point&apos;s %2</source>
        <translation>the time %1 does not follow the previous point&apos;s %2</translation>
    </message>
    <message>
        <source>%1 has %2 steps, the island %3</source>
        <translation>%1 has %2 steps, the island %3</translation>
    </message>
</context>
<context>
    <name>et::models::EnergyInstant</name>
    <message>
        <source>the energy history cannot be read: the cache has no file</source>
        <translation>the energy history cannot be read: the cache has no file</translation>
    </message>
</context>
<context>
    <name>et::models::ForecastModel</name>
    <message>
        <source>The cached forecast came without what it was computed from (an older server): it cannot be computed again offline</source>
        <translation>The cached forecast came without what it was computed from (an older server): it cannot be computed again offline</translation>
    </message>
    <message>
        <source>The forecast could not be computed again offline: %1</source>
        <translation>The forecast could not be computed again offline: %1</translation>
    </message>
</context>
<context>
    <name>et::models::HazardShapes</name>
    <message>
        <source>%1 at %2 KST</source>
        <translation>%1 at %2 KST</translation>
    </message>
    <message>
        <source> · %1 hPa</source>
        <translation> · %1 hPa</translation>
    </message>
    <message>
        <source> · %1 m/s</source>
        <translation> · %1 m/s</translation>
    </message>
    <message>
        <source>%1 is not on its track at %2 KST</source>
        <translation>%1 is not on its track at %2 KST</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
</context>
<context>
    <name>et::models::IncidentImpactModel</name>
    <message>
        <source>Holland (1980) wind field along the track</source>
        <translation>Holland (1980) wind field along the track</translation>
    </message>
    <message>
        <source>Allen, Wald &amp; Worden (2012) intensity</source>
        <translation>Allen, Wald &amp; Worden (2012) intensity</translation>
    </message>
    <message>
        <source>flood depth over the drawn area</source>
        <translation>flood depth over the drawn area</translation>
    </message>
    <message>
        <source>outage area and regions</source>
        <translation>outage area and regions</translation>
    </message>
    <message>
        <source>area and severity (no physical model)</source>
        <translation>area and severity (no physical model)</translation>
    </message>
    <message>
        <source>life-critical first</source>
        <translation>life-critical first</translation>
    </message>
    <message>
        <source>fair share (max-min)</source>
        <translation>fair share (max-min)</translation>
    </message>
</context>
<context>
    <name>et::models::InfoPages</name>
    <message>
        <source>In a crisis</source>
        <translation>In a crisis</translation>
    </message>
    <message>
        <source>Mental health and where to get help</source>
        <translation>Mental health and where to get help</translation>
    </message>
</context>
<context>
    <name>et::models::OperatorCommands</name>
    <message>
        <source>Choose charge or deliver.</source>
        <translation>Choose charge or deliver.</translation>
    </message>
    <message>
        <source>Enter the energy in kWh (more than 0).</source>
        <translation>Enter the energy in kWh (more than 0).</translation>
    </message>
    <message>
        <source>Choose a truck and a destination.</source>
        <translation>Choose a truck and a destination.</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>The order could not be saved: %1</translation>
    </message>
    <message>
        <source>Order queued</source>
        <translation>Order queued</translation>
    </message>
    <message>
        <source>The cancellation could not be saved: %1</source>
        <translation>The cancellation could not be saved: %1</translation>
    </message>
    <message>
        <source>Cancellation queued</source>
        <translation>Cancellation queued</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved: %1</source>
        <translation>The acknowledgement could not be saved: %1</translation>
    </message>
    <message>
        <source>Acknowledgement queued</source>
        <translation>Acknowledgement queued</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The incident is not complete: %1</source>
        <translation>The incident is not complete: %1</translation>
    </message>
    <message>
        <source>Incident queued</source>
        <translation>Incident queued</translation>
    </message>
    <message>
        <source>Change queued</source>
        <translation>Change queued</translation>
    </message>
    <message>
        <source>Resolution queued</source>
        <translation>Resolution queued</translation>
    </message>
    <message>
        <source>Shelve for 1 to 1440 minutes.</source>
        <translation>Shelve for 1 to 1440 minutes.</translation>
    </message>
    <message>
        <source>Give a reason for shelving.</source>
        <translation>Give a reason for shelving.</translation>
    </message>
    <message>
        <source>Shelf queued</source>
        <translation>Shelf queued</translation>
    </message>
</context>
<context>
    <name>et::models::SearchOrigin</name>
    <message>
        <source>the NMEA position plugin is not installed</source>
        <translation>the NMEA position plugin is not installed</translation>
    </message>
    <message>
        <source>cannot read the NMEA file %1: %2</source>
        <translation>cannot read the NMEA file %1: %2</translation>
    </message>
    <message>
        <source>From the GPS (%1) at %2</source>
        <translation>From the GPS (%1) at %2</translation>
    </message>
    <message>
        <source>From the point chosen on the map, %1</source>
        <translation>From the point chosen on the map, %1</translation>
    </message>
    <message>
        <source>From the map&apos;s centre (GPS %1: no fix yet)</source>
        <translation>From the map&apos;s centre (GPS %1: no fix yet)</translation>
    </message>
    <message>
        <source>From the map&apos;s centre</source>
        <translation>From the map&apos;s centre</translation>
    </message>
</context>
<context>
    <name>et::models::SignInController</name>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Enter your e-mail address.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>et::models::TimeCursor</name>
    <message>
        <source>%1 before the newest data</source>
        <translation>%1 before the newest data</translation>
    </message>
</context>
<context>
    <name>et::models::TruckListModel</name>
    <message>
        <source>%1 of %2 kWh</source>
        <translation>%1 of %2 kWh</translation>
    </message>
    <message>
        <source>Order: charge at %1</source>
        <translation>Order: charge at %1</translation>
    </message>
    <message>
        <source>Order: deliver to %1</source>
        <translation>Order: deliver to %1</translation>
    </message>
    <message>
        <source>On its own to %1</source>
        <translation>On its own to %1</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>Charging at %1</translation>
    </message>
    <message>
        <source>Feeding in at %1</source>
        <translation>Feeding in at %1</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <source>Waiting for a task</source>
        <translation>Waiting for a task</translation>
    </message>
</context>
<context>
    <name>et::models::TyphoonExercise</name>
    <message>
        <source>%1 %2 · %3 · %4 km</source>
        <translation>%1 %2 · %3 · %4 km</translation>
    </message>
    <message>
        <source>Exercise: %1 (%2)</source>
        <translation>Exercise: %1 (%2)</translation>
    </message>
    <message>
        <source>JMA best track %1 moved by %2 h so its nearest approach to Jeju is %3 h from now</source>
        <translation>JMA best track %1 moved by %2 h so its nearest approach to Jeju is %3 h from now</translation>
    </message>
</context>
<context>
    <name>et::models::UserPreferences</name>
    <message>
        <source>&quot;%1&quot; is not a server address: use http:// or https:// and a host name, or leave it empty for the console&apos;s own server.</source>
        <translation>&quot;%1&quot; is not a server address: use http:// or https:// and a host name, or leave it empty for the console&apos;s own server.</translation>
    </message>
</context>
<context>
    <name>et::models::ViewRegistry</name>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
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
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Energy truck</source>
        <translation>Energy truck</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>Disasters</translation>
    </message>
    <message>
        <source>Disaster and affected area</source>
        <translation>Disaster and affected area</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Centers</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>Health center</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Feed lines: assumed</source>
        <translation>Feed lines: assumed</translation>
    </message>
    <message>
        <source>Ring: output of capacity</source>
        <translation>Ring: output of capacity</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>et::models::WhatIfDraft</name>
    <message>
        <source>The what-if is not complete: %1</source>
        <translation>The what-if is not complete: %1</translation>
    </message>
    <message>
        <source>Unserved demand</source>
        <translation>Unserved demand</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Energy deficit</source>
        <translation>Energy deficit</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Trucks needed</source>
        <translation>Trucks needed</translation>
    </message>
    <message>
        <source>Sites red</source>
        <translation>Sites red</translation>
    </message>
    <message>
        <source>Sites orange</source>
        <translation>Sites orange</translation>
    </message>
    <message>
        <source>Facilities may lose power</source>
        <translation>Facilities may lose power</translation>
    </message>
    <message>
        <source>There is no assessed what-if to promote.</source>
        <translation>There is no assessed what-if to promote.</translation>
    </message>
    <message>
        <source>Only an operator who manages disasters can promote a what-if.</source>
        <translation>Only an operator who manages disasters can promote a what-if.</translation>
    </message>
</context>
<context>
    <name>et::models::WhatIfInputs</name>
    <message>
        <source>the assets</source>
        <translation>the assets</translation>
    </message>
    <message>
        <source>the island&apos;s demand</source>
        <translation>the island&apos;s demand</translation>
    </message>
    <message>
        <source>the critical facilities</source>
        <translation>the critical facilities</translation>
    </message>
    <message>
        <source>the eup/myeon/dong map</source>
        <translation>the eup/myeon/dong map</translation>
    </message>
    <message>
        <source>the substations&apos; load shares</source>
        <translation>the substations&apos; load shares</translation>
    </message>
    <message>
        <source>Assessed without %1: not in this console&apos;s cache yet.</source>
        <translation>Assessed without %1: not in this console&apos;s cache yet.</translation>
    </message>
</context>
<context>
    <name>et::report::ReportContent</name>
    <message>
        <source>the offline cache is not open</source>
        <translation>the offline cache is not open</translation>
    </message>
    <message>
        <source>no such incident in the offline cache (sync first, or check the id)</source>
        <translation>no such incident in the offline cache (sync first, or check the id)</translation>
    </message>
</context>
<context>
    <name>et::report::SituationReport</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Situation report: %1</source>
        <translation>Situation report: %1</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>severity %1 of 5</translation>
    </message>
    <message>
        <source>the hazard rates it %1</source>
        <translation>the hazard rates it %1</translation>
    </message>
    <message>
        <source>GDACS alert %1</source>
        <translation>GDACS alert %1</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>acknowledged %1</translation>
    </message>
    <message>
        <source>Made %1 from this console&apos;s offline cache, last synced %2.</source>
        <translation>Made %1 from this console&apos;s offline cache, last synced %2.</translation>
    </message>
    <message>
        <source>The server has not assessed this incident yet: no impact figures.</source>
        <translation>The server has not assessed this incident yet: no impact figures.</translation>
    </message>
    <message>
        <source>Assessed %1.</source>
        <translation>Assessed %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unserved demand</source>
        <translation>Unserved demand</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Energy deficit over the expected outage</source>
        <translation>Energy deficit over the expected outage</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Trucks needed</source>
        <translation>Trucks needed</translation>
    </message>
    <message>
        <source>Energy on the trucks to share</source>
        <translation>Energy on the trucks to share</translation>
    </message>
    <message>
        <source>Sites red / orange / yellow</source>
        <translation>Sites red / orange / yellow</translation>
    </message>
    <message>
        <source>Unserved demand by eup/myeon/dong</source>
        <translation>Unserved demand by eup/myeon/dong</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Sites at risk</source>
        <translation>Sites at risk</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Damage probability</source>
        <translation>Damage probability</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Critical facilities that may lose power</source>
        <translation>Critical facilities that may lose power</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Loss probability</source>
        <translation>Loss probability</translation>
    </message>
    <message>
        <source>Backup h</source>
        <translation>Backup h</translation>
    </message>
    <message>
        <source>Outage h</source>
        <translation>Outage h</translation>
    </message>
    <message>
        <source>Need MWh</source>
        <translation>Need MWh</translation>
    </message>
    <message>
        <source>Priority supply</source>
        <translation>Priority supply</translation>
    </message>
    <message>
        <source>life-critical first</source>
        <translation>life-critical first</translation>
    </message>
    <message>
        <source>fair share (max-min)</source>
        <translation>fair share (max-min)</translation>
    </message>
    <message>
        <source>No energy to share.</source>
        <translation>No energy to share.</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Trucks assigned</source>
        <translation>Trucks assigned</translation>
    </message>
    <message>
        <source>The cached plan sends no truck to this incident.</source>
        <translation>The cached plan sends no truck to this incident.</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Truck</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Alarm journal</source>
        <translation>Alarm journal</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>No alarms.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Impact by the server&apos;s IncidentImpact (docs/hazards.md): damage probabilities from published fragility curves, facilities fed by their nearest substation (ASSUMED), demand and outage hours as stated there.</source>
        <translation>Impact by the server&apos;s IncidentImpact (docs/hazards.md): damage probabilities from published fragility curves, facilities fed by their nearest substation (ASSUMED), demand and outage hours as stated there.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>cannot write the report: %1</translation>
    </message>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC converter</translation>
    </message>
    <message>
        <source>thermal plant</source>
        <translation>thermal plant</translation>
    </message>
    <message>
        <source>wind farm</source>
        <translation>wind farm</translation>
    </message>
    <message>
        <source>solar plant</source>
        <translation>solar plant</translation>
    </message>
    <message>
        <source>substation</source>
        <translation>substation</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <source>water works</source>
        <translation>water works</translation>
    </message>
    <message>
        <source>telecom</source>
        <translation>telecom</translation>
    </message>
    <message>
        <source>shelter</source>
        <translation>shelter</translation>
    </message>
    <message>
        <source>health center</source>
        <translation>health center</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
</context>
</TS>

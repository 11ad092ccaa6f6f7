#!/usr/bin/env python3
"""Writes resources/data/jeju-grid-topology.json from resources/data/jeju-assets.json: which
substation each generator (wind, solar, thermal) and each HVDC converter station feeds.

No public single-line diagram of Jeju's 154 kV grid with every plant's connection point was found,
so every connection here is ASSUMED: a plant feeds the substation nearest to it (great-circle
distance), and so does a converter station. The positions themselves are approximate where the
assets file says so. The console draws these connections as flows on the map and marks them as
approximate. Run again when the assets change:  scripts/make-jeju-grid-topology.py
"""
import json
import math
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
assets = json.loads((root / "resources/data/jeju-assets.json").read_text(encoding="utf-8"))["assets"]


def km(a, b):
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp, dl = p2 - p1, math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0072 * math.asin(math.sqrt(h))


substations = [a for a in assets if a["kind"] == "substation"]
connections = []
for a in assets:
    if a["kind"] not in ("wind", "solar", "thermal", "hvdc_converter"):
        continue
    nearest = min(substations, key=lambda s: km(a, s))
    connections.append({
        "from": a["id"],
        "to": nearest["id"],
        "km": round(km(a, nearest), 2),
        "basis": "assumed: nearest substation",
    })

out = {
    "about": "Which substation each Jeju generator and HVDC converter station feeds, for the map's flows. "
             "Every connection is ASSUMED (nearest substation by great-circle distance): no public "
             "single-line diagram was found. Made by scripts/make-jeju-grid-topology.py from jeju-assets.json.",
    "connections": connections,
}
path = root / "resources/data/jeju-grid-topology.json"
path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {path} ({len(connections)} connections)")

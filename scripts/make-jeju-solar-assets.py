#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Derives the solar rows of resources/data/jeju-assets.json from the KOSTAT 2018 eup/myeon/dong
polygons (resources/data/jeju-emd-2018.geojson).

Why this split: Jeju publishes only the island total (538.552 MW at 1,625 sites, end-2023,
jejunews idxno=2208857), not a per-town figure. Ground-mounted PV sits on rural land, so the total
is split over the 12 eup/myeon plus one aggregate each for the urban dong of Jeju-si and of
Seogwipo-si, in proportion to land area. Each row sits at its area's centroid and is marked
approximate. Rounding uses the largest remainder on 0.001 MW, so the rows add up to exactly
538.552 MW. Re-run after changing the geojson: it rewrites only rows with kind "solar".
"""
import json
import math
import pathlib

TOTAL_KW = 538552  # 538.552 MW in kW, integer so the split is exact
HERE = pathlib.Path(__file__).resolve().parent.parent / "resources" / "data"


def ring_area_centroid(ring):
    """Planar area (km^2) and centroid of one ring on a local equirectangular projection."""
    lat0 = math.radians(33.4)
    kx = 111.320 * math.cos(lat0)
    ky = 110.574
    pts = [(lon * kx, lat * ky) for lon, lat in ring]
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    a *= 0.5
    if a == 0:
        return 0.0, 0.0, 0.0
    return abs(a), cx / (6 * a) / kx, cy / (6 * a) / ky


def feature_area_centroid(geometry):
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    total = sx = sy = 0.0
    for poly in polys:
        for i, ring in enumerate(poly):
            area, lon, lat = ring_area_centroid(ring)
            sign = 1 if i == 0 else -1  # holes subtract
            total += sign * area
            sx += sign * area * lon
            sy += sign * area * lat
    return total, sx / total, sy / total


def group_of(props):
    code = props["code"]
    # KOSTAT codes: 3901 = Jeju-si, 3902 = Seogwipo-si; 01x = eup, 03x = myeon, 05x/06x = dong.
    if code[4:6] in ("01", "03"):
        return props["name"], props["name_eng"]
    if code.startswith("3901"):
        return "제주시 동지역", "Jeju-si urban dong"
    return "서귀포시 동지역", "Seogwipo-si urban dong"


def main():
    geo = json.loads((HERE / "jeju-emd-2018.geojson").read_text(encoding="utf-8"))
    groups = {}
    for f in geo["features"]:
        key = group_of(f["properties"])
        area, lon, lat = feature_area_centroid(f["geometry"])
        g = groups.setdefault(key, [0.0, 0.0, 0.0])
        g[0] += area
        g[1] += area * lon
        g[2] += area * lat
    total_area = sum(g[0] for g in groups.values())
    shares = []
    for (name, name_en), (area, slon, slat) in groups.items():
        exact = TOTAL_KW * area / total_area
        shares.append([name, name_en, slat / area, slon / area, math.floor(exact), exact - math.floor(exact)])
    missing = TOTAL_KW - sum(s[4] for s in shares)
    for s in sorted(shares, key=lambda s: -s[5])[:missing]:
        s[4] += 1
    rows = []
    for i, (name, name_en, lat, lon, kw, _) in enumerate(sorted(shares, key=lambda s: s[0])):
        rows.append({
            "id": "solar-%02d" % (i + 1),
            "kind": "solar",
            "name": "%s 태양광 (합계)" % name,
            "name_en": "Solar PV, %s (aggregate)" % name_en,
            "lat": round(lat, 5),
            "lon": round(lon, 5),
            "capacity_mw": kw / 1000.0,
            "approximate": True,
            "region": name,
        })
    path = HERE / "jeju-assets.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["assets"] = [a for a in doc["assets"] if a["kind"] != "solar"] + rows
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote %d solar rows, %.3f MW" % (len(rows), sum(r["capacity_mw"] for r in rows)))


if __name__ == "__main__":
    main()

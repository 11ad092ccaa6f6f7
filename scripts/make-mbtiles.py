#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds an MBTiles 1.3 map pack (for energytruck-console --tiles, or "Open map pack…") from a
folder of XYZ tiles laid out as DIR/z/x/y.png (or .jpg / .webp), e.g. tiles you are allowed to keep
offline, downloaded for Jeju. Rows are stored TMS-style (row 0 = south), as the spec requires.

    scripts/make-mbtiles.py DIR jeju.mbtiles --name "Jeju" --attribution "© OpenStreetMap contributors"
"""
import argparse
import math
import pathlib
import sqlite3
import sys

FORMATS = {".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".webp": "webp"}


def tile_bounds(z, x, y):
    """west, south, east, north of an XYZ tile in degrees."""
    n = 2 ** z
    def lat(row):
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))
    return x / n * 360 - 180, lat(y + 1), (x + 1) / n * 360 - 180, lat(y)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("output", type=pathlib.Path)
    parser.add_argument("--name", default="Jeju")
    parser.add_argument("--attribution", default="")
    args = parser.parse_args()

    tiles, formats = [], set()
    for path in sorted(args.folder.glob("*/*/*")):
        fmt = FORMATS.get(path.suffix.lower())
        try:
            z, x, y = int(path.parent.parent.name), int(path.parent.name), int(path.stem)
        except ValueError:
            fmt = None
        if fmt is None or not 0 <= x < 2 ** z or not 0 <= y < 2 ** z:
            print(f"skipped {path} (not z/x/y.png|jpg|webp)", file=sys.stderr)
            continue
        tiles.append((z, x, y, path))
        formats.add(fmt)
    if not tiles:
        sys.exit(f"no z/x/y tiles under {args.folder}")
    if len(formats) != 1:
        sys.exit(f"tiles of several formats ({', '.join(sorted(formats))}); a pack holds one")
    if args.output.exists():
        sys.exit(f"{args.output} exists; not overwritten")

    zooms = [t[0] for t in tiles]
    deepest = [t for t in tiles if t[0] == max(zooms)]
    edges = [tile_bounds(z, x, y) for z, x, y, _ in deepest]
    bounds = (min(e[0] for e in edges), min(e[1] for e in edges), max(e[2] for e in edges), max(e[3] for e in edges))

    db = sqlite3.connect(args.output)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    db.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    metadata = {"name": args.name, "format": formats.pop(), "type": "baselayer", "version": "1",
                "minzoom": str(min(zooms)), "maxzoom": str(max(zooms)),
                "bounds": ",".join(f"{v:.6f}" for v in bounds), "attribution": args.attribution}
    db.executemany("INSERT INTO metadata VALUES (?, ?)", metadata.items())
    db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                   ((z, x, 2 ** z - 1 - y, path.read_bytes()) for z, x, y, path in tiles))
    db.commit()
    db.close()
    print(f"{args.output}: {len(tiles)} tiles, zoom {metadata['minzoom']}..{metadata['maxzoom']}, bounds {metadata['bounds']}")


if __name__ == "__main__":
    main()

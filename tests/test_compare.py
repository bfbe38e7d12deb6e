"""ecocomp:compare through Processing: a hand-worked pair of studies and two scenarios of the sample chain."""

import csv

import pytest

from tests.layers import by_key as features


def rows(path):
    with open(path, encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


FIELDS = [("adcode", "string"), ("name", "string"), ("payment", "double"), ("role", "string"), ("zone", "integer"),
          ("level", "integer")]


def test_two_studies_by_hand(run_alg, polygons, tmp_path):
    before = polygons(FIELDS, [("1", "A", -10.0, "payer", -1, 1), ("2", "B", 20.0, "receiver", 1, 2),
                               ("3", "C", 0.0, "receiver", 0, 3), ("4", "D", 8.0, "receiver", 1, 1)], "y2012")
    after = polygons(FIELDS, [("2", "B", 30.0, "receiver", 1, 1), ("3", "C", 5.0, "receiver", 1, 3),
                              ("4", "D", -2.0, "payer", -1, 1), ("5", "E", 1.0, "receiver", 0, 2)], "y2017")
    out = run_alg("compare", {"BEFORE": before, "AFTER": after, "BEFORE_LABEL": "2012", "AFTER_LABEL": "2017",
                              "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_TRANSITIONS": str(tmp_path / "t.csv"),
                              "OUTPUT_UNMATCHED": str(tmp_path / "u.csv")})
    assert (out["UNITS_COMPARED"], out["ONLY_BEFORE"], out["ONLY_AFTER"], out["ROLE_SWITCHES"]) == (3, 1, 1, 1)
    units = features(out["OUTPUT"])
    assert sorted(units) == ["2", "3", "4"]
    b, c, d = units["2"], units["3"], units["4"]
    assert (b["payment_before"], b["payment_after"], b["payment_change"], b["payment_change_pct"]) == (20, 30, 10, 50)
    assert c["payment_change"] == 5 and (c["payment_change_pct"] is None or str(c["payment_change_pct"]) == "NULL")
    assert d["payment_change"] == -10 and d["payment_change_pct"] == pytest.approx(-125.0)
    assert d["change"] == -10  # the mapped field (payment by default)
    assert (d["role_before"], d["role_after"], d["role_switch"]) == ("receiver", "payer", "receiver → payer")
    assert c["zone_switch"] == "0 → 1" and b["level_switch"] == "2 → 1" and not d["level_switch"]
    assert "zone_change" not in units["2"].fields().names()  # zones and levels are classes, not numbers
    table = {(r["class"], r["from_2012"], r["to_2017"]): int(r["units"]) for r in rows(out["OUTPUT_TRANSITIONS"])}
    assert table == {("role", "receiver", "receiver"): 2, ("role", "receiver", "payer"): 1,
                     ("zone", "1", "1"): 1, ("zone", "0", "1"): 1, ("zone", "1", "-1"): 1,
                     ("level", "2", "1"): 1, ("level", "3", "3"): 1, ("level", "1", "1"): 1}
    assert [(r["key"], r["only_in"]) for r in rows(out["OUTPUT_UNMATCHED"])] == [("1", "2012"), ("5", "2017")]


def test_an_invalid_polygon_of_the_second_study_follows_the_rule(run_alg, polygons, tmp_path):
    """compare copied a bow-tie polygon of the second study into its output without a word: EcoComp's rule applies
    (stop, naming the feature; INVALID_GEOMETRY=1 leaves it out with a warning)."""
    from qgis.core import QgsGeometry, QgsProcessingException

    before = polygons(FIELDS, [("1", "A", -10.0, "payer", -1, 1), ("2", "B", 20.0, "receiver", 1, 2)], "y2012")
    after = polygons(FIELDS, [("1", "A", -5.0, "payer", -1, 1), ("2", "B", 25.0, "receiver", 1, 2)], "y2017")
    after.dataProvider().changeGeometryValues({2: QgsGeometry.fromWkt("Polygon ((0 0, 1 1, 1 0, 0 1, 0 0))")})
    parameters = {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "c.gpkg")}
    with pytest.raises(QgsProcessingException, match="Feature \\(2\\) of the input layer has an invalid geometry"):
        run_alg("compare", parameters)
    assert not (tmp_path / "c.gpkg").exists()
    out = run_alg("compare", dict(parameters, INVALID_GEOMETRY=1))
    assert sorted(features(out["OUTPUT"])) == ["1"]


@pytest.mark.parametrize("extension", ["xlsx", "ods"])
def test_text_tables_as_spreadsheets_are_counted_back_right(run_alg, polygons, tmp_path, extension):
    """Every layer written is counted back before it replaces anything: a sheet of text only (the unmatched units:
    key, only_in) read back by GDAL's guess counted its header as a row and refused a correct file; an empty sheet
    is no layer to GDAL."""
    before = polygons(FIELDS, [("1", "A", -10.0, "payer", -1, 1), ("2", "B", 20.0, "receiver", 1, 2)], "y2012")
    after = polygons(FIELDS, [("2", "B", 30.0, "receiver", 1, 1), ("5", "E", 1.0, "receiver", 0, 2)], "y2017")
    same = polygons(FIELDS, [("1", "A", -5.0, "payer", -1, 1), ("2", "B", 25.0, "receiver", 1, 2)], "same")
    out = run_alg("compare", {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "c.gpkg"),
                              "OUTPUT_UNMATCHED": str(tmp_path / "u.{}".format(extension))})
    from osgeo import gdal

    gdal.SetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE")
    gdal.SetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE")
    try:
        dataset = gdal.OpenEx(out["OUTPUT_UNMATCHED"], gdal.OF_VECTOR)
        assert sorted(f.GetField("key") for f in dataset.GetLayer(0)) == ["1", "5"]
        dataset = None
    finally:
        gdal.SetThreadLocalConfigOption("OGR_XLSX_HEADERS", None)
        gdal.SetThreadLocalConfigOption("OGR_ODS_HEADERS", None)
    run_alg("compare", {"BEFORE": before, "AFTER": same, "OUTPUT": str(tmp_path / "d.gpkg"),
                        "OUTPUT_UNMATCHED": str(tmp_path / "none.{}".format(extension))})


def test_two_scenarios_of_the_sample_chain(prepared, run_alg, tmp_path):
    """Hubei 2017 (G against the national per-capita GDP) against the same chain with G against Hubei's own
    average (an option, not [HB]): the change of every unit is the difference of the two payments."""
    scenario = run_alg("payment", dict(prepared.params("payment"), G_MODE=1, OUTPUT=str(tmp_path / "s.gpkg")))
    out = run_alg("compare", {"BEFORE": str(prepared.path / "compensation.gpkg"), "AFTER": scenario["OUTPUT"],
                              "FIELDS": ["payment", "G"], "OUTPUT": str(tmp_path / "c.gpkg"),
                              "OUTPUT_TRANSITIONS": str(tmp_path / "t.csv"),
                              "OUTPUT_UNMATCHED": str(tmp_path / "u.csv")})
    assert (out["UNITS_COMPARED"], out["ONLY_BEFORE"], out["ONLY_AFTER"]) == (103, 0, 0)
    base = features(prepared.path / "compensation.gpkg")
    other = features(scenario["OUTPUT"])
    for key, unit in features(out["OUTPUT"]).items():
        assert unit["payment_change"] == pytest.approx(other[key]["payment"] - base[key]["payment"], rel=1e-12,
                                                       abs=1e-6)
        assert unit["G_change_pct"] == pytest.approx(100 * (other[key]["G"] / base[key]["G"] - 1), rel=1e-9)
    # Roles come from the priority step, the same in both: nobody switches; the table says so.
    table = rows(out["OUTPUT_TRANSITIONS"])
    assert {r["class"] for r in table} == {"role", "level"}  # no zone field in these layers
    assert all(r["from_before"] == r["to_after"] for r in table if r["class"] == "role")


def test_units_of_the_two_studies_are_checked(run_alg, polygons, tmp_path):
    """GDP in 元 in one study and 万元 in the other under one name gave −99.99 % everywhere: refused, naming the
    field; esv_total (元) against esv_total_10k_cny (万元) was dropped silently: compared in CNY; a NULL or infinite
    value is said; an administrative level (区县) is no priority level."""
    from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback

    from tests.layers import features as feature_list

    before = polygons([("adcode", "string"), ("gdp", "double"), ("esv_total", "double")],
                      [("1", 3e10, 2e8), ("2", 4e10, 3e8), ("3", 5e10, float("inf")), ("4", 6e10, 1e8)], "y2012")
    after = polygons([("adcode", "string"), ("gdp", "double"), ("esv_total_10k_cny", "double")],
                     [("1", 3.3e6, 2.2e4), ("2", 4.4e6, 3.3e4), ("3", 5.5e6, 1e4), ("4", 6.6e6, 1.1e4)], "y2017")
    with pytest.raises(QgsProcessingException, match="Field 'gdp' is about 10,000 times smaller in the second study"):
        run_alg("compare", {"BEFORE": before, "AFTER": after, "KEY_FIELD": "adcode",
                            "OUTPUT": str(tmp_path / "a.gpkg")})
    info, warnings = [], []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            info.append(text)

        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    out = run_alg("compare", {"BEFORE": before, "AFTER": after, "KEY_FIELD": "adcode", "FIELDS": ["esv_total_10k_cny"],
                              "OUTPUT": str(tmp_path / "b.gpkg")}, Log())
    assert "'esv_total' of the first study and 'esv_total_10k_cny' of the second compared in CNY as 'esv_total'." in info
    units = {f["adcode"]: f for f in feature_list(out["OUTPUT"])}
    assert units["1"]["esv_total_change_pct"] == pytest.approx(10.0)
    assert units["3"]["esv_total_change"] in (None, NULL)
    assert any("esv_total 1" in w for w in warnings), warnings
    levels = polygons([("adcode", "string"), ("level", "string")], [("1", "区县"), ("2", "区县")], "admin")
    priority = polygons([("adcode", "string"), ("level", "int")], [("1", 1), ("2", 2)], "priority")
    with pytest.raises(QgsProcessingException, match="holds text \\('区县'\\), not priority levels"):
        run_alg("compare", {"BEFORE": levels, "AFTER": priority, "KEY_FIELD": "adcode",
                            "OUTPUT": str(tmp_path / "c.gpkg")})

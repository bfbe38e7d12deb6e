"""ecocomp:footprint, dualzoning, priority and payment through the real Processing framework."""

import math
import pathlib
import re
import statistics

import pytest

from tests.layers import features

SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "sample_data"


def is_null(value):
    """QGIS's NULL: None, or a null QVariant under PyQt5."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def raises(message):
    from qgis.core import QgsProcessingException

    return pytest.raises(QgsProcessingException, match=re.escape(message))


class Recorder:
    """A feedback that keeps what the algorithm says."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Recorder(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.info, self.warnings = [], []

            def pushInfo(self, text):  # noqa: N802
                self.info.append(text)

            def pushWarning(self, text):  # noqa: N802
                self.warnings.append(text)

        return _Recorder()


# --- footprint -------------------------------------------------------------------------------------

def test_footprint_hubei_preset_hand_computed(run_alg, polygons, tmp_path, hubei_ef):
    layer = polygons([("name", "string"), ("population", "double"), ("cultivated_ha", "double")],
                     [("A", 100000.0, 8000.0), ("B", 50000.0, 1000.0)])
    out = run_alg("footprint", {"INPUT": layer, "PRESET": 0, "OUTPUT": str(tmp_path / "fp.gpkg")})
    a, b = features(out["OUTPUT"])
    assert float("{:.5g}".format(a["ef"])) == 0.16170
    assert a["ef"] == pytest.approx(hubei_ef, rel=1e-12)
    ec_a = 8000 / 100000 * 2.52 * 1.28 * (1 - 0.035)  # ec = a · r · y · (1 − k): the deduction in ec as in EC
    assert a["ec"] == pytest.approx(ec_a, rel=1e-12)
    assert a["ec_total"] == pytest.approx(100000 * ec_a, rel=1e-12)
    assert a["ef_total"] == pytest.approx(100000 * hubei_ef, rel=1e-12)
    assert a["eb"] == pytest.approx(a["ec_total"] - a["ef_total"], rel=1e-12)
    assert a["eoi"] == pytest.approx((a["ec_total"] - a["ef_total"]) / a["ec_total"], rel=1e-12)
    assert a["eoi"] > 0 > b["eoi"]  # A: 0.08 ha/person is a surplus; B: 0.02 ha/person a deficit
    assert (a["k"], a["y"]) == (0.035, 1.28)


def test_footprint_custom_hb_sign_and_yield_field(run_alg, polygons, tmp_path):
    layer = polygons([("population", "double"), ("cultivated_ha", "double"), ("yf", "double")],
                     [(1000.0, 100.0, 2.0)])
    out = run_alg("footprint", {"INPUT": layer, "PRESET": 3, "COMMODITIES": ["grain", 400, 5000, "veg", 100, 20000],
                                "R_FACTOR": 2.0, "YIELD_MODE": 1, "YIELD_FIELD": "yf", "K": 0.12, "SIGN": 1,
                                "OUTPUT": str(tmp_path / "fp.gpkg")})
    [f] = features(out["OUTPUT"])
    ef = 2.0 * (400 / 5000 + 100 / 20000)
    ec_total = 1000 * (0.1 * 2.0 * 2.0) * 0.88
    assert f["ef"] == pytest.approx(ef)
    assert f["eoi_hb"] == pytest.approx((1000 * ef - ec_total) / ec_total)  # [HB]'s printed form, in its own field
    assert "eoi" not in f.fields().names()


def test_the_hb_formula_sign_gives_the_default_signs_totals_through_payment(run_alg, prepared, tmp_path):
    """[HB]'s printed Q = (EF − EC)/EC used to be written into 'eoi', which payment reads as (EC − EF)/EC: on the
    sample's units every sign flipped (received 1.44 instead of 137.68 × 10⁸ CNY) without a word."""
    default = run_alg("payment", {"INPUT": str(prepared.path / "priority.gpkg"), "OUTPUT": str(tmp_path / "d.gpkg")})
    hb_fp = run_alg("footprint", {"INPUT": str(prepared.path / "esv.gpkg"), "SIGN": 1,
                                  "OUTPUT": str(tmp_path / "fp_hb.gpkg")})["OUTPUT"]
    hb_pr = run_alg("priority", {"INPUT": hb_fp, "OUTPUT": str(tmp_path / "pr_hb.gpkg")})["OUTPUT"]
    # The index is not where payment's default field looks: refused, naming the field
    with pytest.raises(__import__("qgis.core", fromlist=["x"]).QgsProcessingException, match="eoi"):
        run_alg("payment", {"INPUT": hb_pr, "OUTPUT": str(tmp_path / "refused.gpkg")})
    assert not (tmp_path / "refused.gpkg").exists()
    hb = run_alg("payment", {"INPUT": hb_pr, "EOI_FIELD": "eoi_hb", "OUTPUT": str(tmp_path / "hb.gpkg")})
    assert default["TOTAL_RECEIVED"] == pytest.approx(13768097833.733824, rel=1e-12)  # 137.68 × 10⁸ CNY
    for total in ("TOTAL_RECEIVED", "TOTAL_PAID"):
        assert hb[total] == pytest.approx(default[total], rel=1e-12), total
    by_unit = {f["adcode"]: f["payment"] for f in features(default["OUTPUT"])}
    for f in features(hb["OUTPUT"]):
        assert f["payment"] == pytest.approx(by_unit[f["adcode"]], rel=1e-12)


def test_footprint_fujian_preset_from_production(run_alg, polygons, tmp_path):
    """[FJ]: r = 1, k = 0, c = production / population, p = regional average, y per unit."""
    layer = polygons([("population", "double"), ("cultivated_ha", "double"), ("rice_kg", "double"),
                      ("rice_ha", "double"), ("veg_kg", "double"), ("veg_ha", "double")],
                     [(1000.0, 50.0, 300000.0, 50.0, 200000.0, 10.0), (4000.0, 40.0, 120000.0, 30.0, 600000.0, 20.0)])
    out = run_alg("footprint", {"INPUT": layer, "PRESET": 2,
                                "PRODUCTION_TABLE": ["rice", "rice_kg", "rice_ha", "", "veg", "veg_kg", "veg_ha", ""],
                                "OUTPUT": str(tmp_path / "fp.gpkg")})
    first, second = features(out["OUTPUT"])
    p_rice, p_veg = 420000 / 80, 800000 / 30
    ef1 = 300000 / 1000 / p_rice + 200000 / 1000 / p_veg
    y1 = (300000 / p_rice + 200000 / p_veg) / 60
    assert first["ef"] == pytest.approx(ef1, rel=1e-12)
    assert first["y"] == pytest.approx(y1, rel=1e-12)
    assert first["ec"] == pytest.approx(50 / 1000 * 1.0 * y1, rel=1e-12)
    assert second["y"] == pytest.approx((120000 / p_rice + 600000 / p_veg) / 50, rel=1e-12)
    assert first["k"] == 0.0


FOOTPRINT_BAD = [
    ("missing field", {"POPULATION_FIELD": "pop"}, [(1e5, 1.0)], "Field 'pop' was not found"),
    ("zero population", {}, [(0.0, 1.0)], "Population N (field 'population', persons) is zero, but a division"),
    ("NULL area", {}, [(1e5, None)], "Cultivated land area S (field 'cultivated_ha', ha) is missing (NULL)"),
    ("EC = 0", {}, [(1e5, 0.0)], "The carrying capacity EC is 0 for 1 unit(s)"),
    ("total consumption", {"PRESET": 3, "COMMODITIES": ["rice", 2.5e7, 6000]}, [(1e5, 1.0)],
     "Per-capita consumption of rice is 25,000,000 kg/person"),
]


@pytest.mark.parametrize("case,params,rows,message", FOOTPRINT_BAD, ids=[c[0] for c in FOOTPRINT_BAD])
def test_footprint_bad_input(run_alg, polygons, tmp_path, case, params, rows, message):
    layer = polygons([("population", "double"), ("cultivated_ha", "double")], rows)
    with raises(message):
        run_alg("footprint", dict({"INPUT": layer, "OUTPUT": str(tmp_path / "o.gpkg")}, **params))


# --- dual zoning -----------------------------------------------------------------------------------

def zoning_layer(polygons, six_units):
    units, _ = six_units
    return polygons([("name", "string"), ("grain_output_kg", "double"), ("cultivated_ha", "double"),
                     ("population", "double"), ("ef", "double"), ("ec", "double")],
                    [(name, *values) for name, values in units.items()])


def test_dual_zoning_six_units_from_first_principles(run_alg, polygons, six_units, tmp_path):
    _, first_principles = six_units
    out = run_alg("dualzoning", {"INPUT": zoning_layer(polygons, six_units), "OUTPUT": str(tmp_path / "z.gpkg"),
                                 "OUTPUT_SUMMARY": str(tmp_path / "summary.csv")})
    expected = first_principles()
    result = features(out["OUTPUT"])
    assert [f["l1"] for f in result] == pytest.approx(expected["l1"], rel=1e-12)
    assert [f["z1"] for f in result] == pytest.approx(expected["z1"], rel=1e-12)
    assert [f["z2"] for f in result] == pytest.approx(expected["z2"], rel=1e-12)
    assert [f["q_score"] for f in result] == pytest.approx(expected["q"], rel=1e-12)
    assert [f["zone"] for f in result] == expected["zones"] == [1, -1, 1, -1, 0, 0]
    assert [f["zone_label"] for f in result][:3] == ["receiving zone", "paying zone", "receiving zone"]
    assert [f["zone_label_zh"] for f in result][:3] == ["受偿区", "支付区", "受偿区"]
    assert result[0]["l1_total"] == pytest.approx(50000 * expected["l1"][0], rel=1e-12)
    summary = {int(f["zone"]): f for f in features(out["OUTPUT_SUMMARY"])}  # CSV: values read back as text
    assert {code: int(f["units"]) for code, f in summary.items()} == {1: 2, 0: 2, -1: 2}
    assert float(summary[1]["population"]) == 50000 + 40000


def test_dual_zoning_ahp_weights_and_automatic_delta(run_alg, polygons, six_units, tmp_path):
    _, first_principles = six_units
    feedback = Recorder()
    out = run_alg("dualzoning", {"INPUT": zoning_layer(polygons, six_units), "WEIGHT_MODE": 1,
                                 "AHP_MATRIX": [1, 3, 1 / 3, 1], "DELTA_MODE": 1, "KAPPA": 0.5, "SIGMA": 1,
                                 "OUTPUT": str(tmp_path / "z.gpkg")}, feedback)
    expected = first_principles(w1=0.75, w2=0.25, sample=False)
    delta = 0.5 * expected["sd_q"]
    zones = [1 if q > delta else -1 if q < -delta else 0 for q in expected["q"]]
    result = features(out["OUTPUT"])
    assert [f["q_score"] for f in result] == pytest.approx(expected["q"], rel=1e-12)
    assert [f["zone"] for f in result] == zones
    assert any("w1 = 0.7500, w2 = 0.2500" in line and "CR = 0.0000" in line for line in feedback.info)


def test_dual_zoning_inline_fujian_ecology(run_alg, polygons, tmp_path):
    layer = polygons([("grain_output_kg", "double"), ("cultivated_ha", "double"), ("population", "double"),
                      ("p", "double"), ("m", "double")],
                     [(5e6, 1000.0, 10000.0, 5e6, 900.0), (2e6, 500.0, 20000.0, 2e6, 450.0),
                      (9e6, 1500.0, 5000.0, 9e6, 1400.0)])
    out = run_alg("dualzoning", {"INPUT": layer, "ECO_MODE": 1, "PRODUCTION_TABLE": ["grain", "p", "m", ""],
                                 "OUTPUT": str(tmp_path / "z.gpkg")})
    p_ref = 16e6 / 2750
    first = features(out["OUTPUT"])[0]
    ef = 5e6 / 10000 / p_ref
    ec = 1000 / 10000 * (5e6 / p_ref / 900)
    assert (first["d2"], first["s2"]) == (pytest.approx(ef, rel=1e-12), pytest.approx(ec, rel=1e-12))
    # [FJ] outputs: the yield factor and the per-unit consumption and productivity used, deficit rates and shares
    units = features(out["OUTPUT"])
    assert first["y"] == pytest.approx(5e6 / p_ref / 900, rel=1e-12)
    assert first["c_grain"] == pytest.approx(5e6 / 10000, rel=1e-12) and first["p_grain"] == pytest.approx(p_ref)
    deficits = [max(-f["l2_total"], 0.0) for f in units]
    net = -sum(f["l2_total"] for f in units)  # [FJ]: the region's net deficit, surplus units included
    for f, deficit in zip(units, deficits):
        assert f["deficit_rate2"] == pytest.approx((f["d2"] - f["s2"]) / f["s2"], rel=1e-12)
        if net > 0:
            assert f["deficit_share2"] == pytest.approx(deficit / net, abs=1e-15)
        else:  # no net deficit: [FJ]'s share is undefined, left empty
            assert is_null(f["deficit_share2"])
        assert f["deficit_rate1"] == pytest.approx((f["d1"] - f["s1"]) / f["s1"], rel=1e-12)


@pytest.mark.parametrize("params,message", [
    ({"W1": 0.6, "W2": 0.6}, "Weights w1 + w2 must sum to 1, got 0.6 + 0.6"),
    ({"W1": 50, "W2": 50}, "They look like percent"),
    ({"WEIGHT_MODE": 1, "AHP_MATRIX": [1, 3, 3, 1]}, "The AHP matrix is not reciprocal"),
], ids=["weights not summing to 1", "percent weights", "non-reciprocal AHP"])
def test_dual_zoning_bad_weights(run_alg, polygons, six_units, tmp_path, params, message):
    with raises(message):
        run_alg("dualzoning", dict({"INPUT": zoning_layer(polygons, six_units), "OUTPUT": str(tmp_path / "z.gpkg")},
                                   **params))


def test_dual_zoning_zero_grain_output(run_alg, polygons, tmp_path):
    layer = polygons([("name", "string"), ("grain_output_kg", "double"), ("cultivated_ha", "double"),
                      ("population", "double"), ("ef", "double"), ("ec", "double")],
                     [("Town", 0.0, 200.0, 1e5, 0.1, 0.1), ("Farm", 1e6, 200.0, 1e5, 0.1, 0.2)])
    with raises("Grain output Y (field 'grain_output_kg', kg) is zero, but a division needs a value for 1 unit: Town"):
        run_alg("dualzoning", {"INPUT": layer, "OUTPUT": str(tmp_path / "z.gpkg")})


# --- priority --------------------------------------------------------------------------------------

PRIORITY_UNITS = [
    # name, type, non-market ESV (CNY), GDP (CNY) → IND
    ("P1", "重点开发区", 10e8, 100e8),            # 0.10
    ("P2", "key development zone", 1e8, 100e8),  # 0.01
    ("P3", "优化开发区", 5e8, 100e8),             # 0.05
    ("P4", "Optimised development zone", 2e8, 100e8),  # 0.02
    ("R1", "农产品主产区", 2e8, 1e8),              # 2
    ("R2", "key ecological function area", 9e8, 1e8),  # 9
    ("R3", "重点生态功能区", 8e8, 1e8),            # 8
    ("R4", "main agricultural production area", 3e8, 1e8),  # 3
]


def test_priority_ranks_and_levels(run_alg, polygons, tmp_path):
    layer = polygons([("name", "string"), ("mfa_type", "string"), ("esv_nonmarket", "double"), ("gdp_cny", "double")],
                     PRIORITY_UNITS)
    out = run_alg("priority", {"INPUT": layer, "CLASSES": 2, "GROUPING": 1, "OUTPUT": str(tmp_path / "p.gpkg")})
    result = {f["name"]: f for f in features(out["OUTPUT"])}
    assert {n: f["role"] for n, f in result.items()} == {**{p: "payer" for p in ("P1", "P2", "P3", "P4")},
                                                         **{r: "receiver" for r in ("R1", "R2", "R3", "R4")}}
    assert result["P1"]["ind"] == pytest.approx(0.1)
    # Payers: lowest IND pays first; receivers: highest IND compensated first.
    assert {n: result[n]["rank"] for n in ("P2", "P4", "P3", "P1")} == {"P2": 1, "P4": 2, "P3": 3, "P1": 4}
    assert {n: result[n]["rank"] for n in ("R2", "R3", "R4", "R1")} == {"R2": 1, "R3": 2, "R4": 3, "R1": 4}
    # Two natural-breaks classes. Payers: {0.01, 0.02, 0.05} | {0.10} has SSE 0.000867, less than
    # {0.01, 0.02} | {0.05, 0.10} (0.0013). Receivers: {2, 3} | {8, 9} (SSE 1) beats {2, 3, 8} | {9} (20.7).
    assert {n: result[n]["level"] for n in ("P2", "P4", "P3", "P1")} == {"P2": 1, "P4": 1, "P3": 1, "P1": 2}
    assert {n: result[n]["level"] for n in ("R2", "R3", "R4", "R1")} == {"R2": 1, "R3": 1, "R4": 2, "R1": 2}


def test_priority_levels_within_each_type_as_in_hubei(run_alg, polygons, tmp_path):
    """[HB] Figs 5–7: each main-functional-area type in its own five levels. Two receiving types with IND
    1…10 and 0.1…1.0: natural breaks give pairs in each, {9,10} → level 1 … {1,2} → level 5, in both types —
    pooled by role the small ones would all fall in level 5."""
    rows = [("A{}".format(i), "农产品主产区", i * 1e8, 1e8) for i in range(1, 11)]
    rows += [("B{}".format(i), "key ecological function area", i * 1e7, 1e8) for i in range(1, 11)]
    rows[3] = ("A4", "main agricultural production area", 4e8, 1e8)  # the English name is the same type
    layer = polygons([("name", "string"), ("mfa_type", "string"), ("esv_nonmarket", "double"),
                      ("gdp_cny", "double")], rows)
    out = run_alg("priority", {"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")})
    levels = {f["name"]: f["level"] for f in features(out["OUTPUT"])}
    expected = [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]
    assert [levels["A{}".format(i)] for i in range(1, 11)] == expected
    assert [levels["B{}".format(i)] for i in range(1, 11)] == expected
    ranks = {f["name"]: f["rank"] for f in features(out["OUTPUT"])}
    assert ranks["A10"] == ranks["B10"] == 1
    pooled = run_alg("priority", {"INPUT": layer, "GROUPING": 1, "OUTPUT": str(tmp_path / "q.gpkg")})
    pooled_levels = [f["level"] for f in features(pooled["OUTPUT"]) if f["name"].startswith("B")]
    assert pooled_levels != expected


PRIORITY_BAD = [
    ("unknown type", [("A", "城市化地区", 1e8, 1e8), ("B", "urban", 1e8, 1e8)], {},
     "2 unit(s) have a main-functional-area type that the type → role mapping does not know (field 'mfa_type'): "
     "'urban', '城市化地区'"),
    ("GDP = 0", [("A", "农产品主产区", 1e8, 0.0)], {"CLASSES": 1}, "GDP (field 'gdp_cny', CNY) is zero"),
    ("fewer units than classes", [("A", "农产品主产区", 1e8, 1e8), ("B", "农产品主产区", 2e8, 1e8)], {},
     "There are 2 'main agricultural production area' units but 5 classes were asked for"),
    ("non-numeric ESV", [("A", "农产品主产区", "lots", 1e8)], {"CLASSES": 1},
     "Field 'esv_nonmarket' (non-market ESV, CNY) must be numeric, but unit A (fid 1) holds the text 'lots'"),
]


@pytest.mark.parametrize("case,rows,params,message", PRIORITY_BAD, ids=[c[0] for c in PRIORITY_BAD])
def test_priority_bad_input(run_alg, polygons, tmp_path, case, rows, params, message):
    kind = "string" if case == "non-numeric ESV" else "double"
    layer = polygons([("name", "string"), ("mfa_type", "string"), ("esv_nonmarket", kind), ("gdp_cny", "double")],
                     rows)
    with raises(message):
        run_alg("priority", dict({"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")}, **params))


# --- payment ---------------------------------------------------------------------------------------

def test_payment_reference_unit_pays(run_alg, polygons, tmp_path):
    """ESV 5.71e8, eoi −0.45, R 0.5768, G off → pays 1.482e8 (docs/methods.md, “Compensation amount”)."""
    layer = polygons([("esv_total", "double"), ("eoi", "double"), ("r_pub", "double")], [(5.71e8, -0.45, 0.5768)])
    feedback = Recorder()
    out = run_alg("payment", {"INPUT": layer, "PRESET": 1, "R_MODE": 1, "R_FIELD": "r_pub",
                              "OUTPUT": str(tmp_path / "pay.gpkg")}, feedback)
    [f] = features(out["OUTPUT"])
    assert f["payment"] == pytest.approx(-5.71e8 * 0.5768 * 0.45, rel=1e-12)
    assert float("{:.4g}".format(-f["payment"])) == 1.482e8
    assert f["G"] == 1.0
    assert any("total paid: 148,208,760.00 CNY" in line for line in feedback.info)


def test_payment_engel_r_and_regional_g(run_alg, polygons, tmp_path):
    layer = polygons([("esv_nonmarket", "double"), ("eoi", "double"), ("engel_urban", "double"),
                      ("engel_rural", "double"), ("urbanisation", "double"), ("gdp_cny", "double"),
                      ("population", "double"), ("role", "string")],
                     [(1e8, 0.2, 0.3097, 0.3097, 0.5, 9e9, 100000.0, "payer"),
                      (5e7, -0.1, 0.28, 0.36, 0.25, 1e9, 100000.0, "payer")])
    out = run_alg("payment", {"INPUT": layer, "G_MODE": 1, "OUTPUT": str(tmp_path / "pay.gpkg")})  # regional G
    a, b = features(out["OUTPUT"])
    assert a["R"] == pytest.approx(0.5768, abs=5e-5)
    en_b = 0.28 * 0.25 + 0.36 * 0.75
    assert b["R"] == pytest.approx(1 / (1 + math.exp(-en_b)), rel=1e-12)
    reference = 10e9 / 200000  # the study region's per-capita GDP
    assert a["G"] == pytest.approx(90000 / reference) and b["G"] == pytest.approx(10000 / reference)
    assert a["payment"] == pytest.approx(1e8 * a["R"] * a["G"] * 0.2, rel=1e-12)
    assert (a["role_conflict"], b["role_conflict"]) == (1, 0)  # a payer that would receive


def test_payment_percent_engel(run_alg, polygons, tmp_path):
    layer = polygons([("esv_nonmarket", "double"), ("eoi", "double"), ("engel_urban", "double"),
                      ("engel_rural", "double"), ("urbanisation", "double"), ("gdp_cny", "double"),
                      ("population", "double")], [(1e8, 0.2, 30.97, 30.97, 0.5, 9e9, 1e5)])
    params = {"INPUT": layer, "OUTPUT": str(tmp_path / "pay.gpkg")}
    with raises("The urban Engel coefficient (field 'engel_urban') is given in percent (e.g. 30.97)"):
        run_alg("payment", params)
    feedback = Recorder()
    out = run_alg("payment", dict(params, PERCENT=1, OUTPUT=str(tmp_path / "pay2.gpkg")), feedback)
    assert features(out["OUTPUT"])[0]["R"] == pytest.approx(0.5768, abs=5e-5)
    assert any("given in percent and has been divided by 100" in w for w in feedback.warnings)


def test_payment_zero_population_for_g(run_alg, polygons, tmp_path):
    layer = polygons([("name", "string"), ("esv_nonmarket", "double"), ("eoi", "double"), ("engel_urban", "double"),
                      ("engel_rural", "double"), ("urbanisation", "double"), ("gdp_cny", "double"),
                      ("population", "double")], [("Empty", 1e8, 0.2, 0.3, 0.3, 0.5, 9e9, 0.0)])
    with raises("Population (field 'population', persons) is zero, but a division needs a value for 1 unit: Empty"):
        run_alg("payment", {"INPUT": layer, "OUTPUT": str(tmp_path / "pay.gpkg")})


# --- the chain on the sample data ------------------------------------------------------------------

def test_chain_on_sample_data(run_alg, tmp_path, hubei_payment_expected):
    crops = ["rice", "rice_area_ha", "rice_yield_kg_ha", 2.72, "wheat", "wheat_area_ha", "wheat_yield_kg_ha", 2.36,
             "maize", "maize_area_ha", "maize_yield_kg_ha", 1.76]
    esv = run_alg("esv", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"),
                          "STATS_TABLE": str(SAMPLE / "hubei_statistics_2017_synthetic.csv"), "INPUT_KEY": "adcode",
                          "STATS_KEY": "adcode", "EA_MODE": 2, "CROP_FIELDS": crops,
                          "OUTPUT": str(tmp_path / "1.gpkg")})["OUTPUT"]
    fp = run_alg("footprint", {"INPUT": esv, "OUTPUT": str(tmp_path / "2.gpkg")})["OUTPUT"]
    pr = run_alg("priority", {"INPUT": fp, "OUTPUT": str(tmp_path / "3.gpkg")})["OUTPUT"]
    pay = run_alg("payment", {"INPUT": pr, "OUTPUT": str(tmp_path / "4.gpkg")})["OUTPUT"]
    result = features(pay)
    assert len(result) == 103
    expected = hubei_payment_expected
    roles = {"payer": 0, "receiver": 0}
    for f in result:
        eoi, amount = expected[f["adcode"]]
        assert f["eoi"] == pytest.approx(eoi, rel=1e-9)
        assert f["payment"] == pytest.approx(amount, rel=1e-9)
        roles[f["role"]] += 1
    assert roles == {"payer": 44, "receiver": 59}  # 30 key development + 14 optimised; 29 + 30 receivers
    assert statistics.mean(f["level"] for f in result) > 1


def test_shipped_model_runs_the_chain_on_the_sample_data(ecocomp_provider, tmp_path, hubei_payment_expected):
    """ecocomp:compensationchain (algorithms/models/compensation_chain.model3) end to end."""
    from qgis import processing

    model = ecocomp_provider.algorithm("compensationchain")
    assert model is not None and model.groupId() == "models"
    assert model.validate()[0], model.validate()[1]
    assert [c.algorithmId() for c in sorted(model.childAlgorithms().values(), key=lambda c: c.position().x())] == [
        "ecocomp:jointable", "ecocomp:esv", "ecocomp:footprint", "ecocomp:priority", "ecocomp:payment"]
    outputs = {d.name(): d.description() for d in model.destinationParameterDefinitions()}
    assert set(outputs) == {"join:joined", "esv:esv", "footprint:footprint", "priority:priority",
                            "payment:compensation"}
    out = processing.run("ecocomp:compensationchain", {
        "units": str(SAMPLE / "hubei_counties.gpkg"), "statistics": str(SAMPLE / "hubei_statistics_2017_synthetic.csv"),
        "payment:compensation": str(tmp_path / "chain.gpkg")})
    result = features(out["payment:compensation"])
    assert len(result) == 103
    expected = hubei_payment_expected
    for f in result:
        assert f["payment"] == pytest.approx(expected[f["adcode"]][1], rel=1e-9)
    assert {"ea", "esv_nonmarket", "ef", "eoi", "role", "level", "R", "G", "role_conflict"} <= set(
        result[0].fields().names())
    # one invalid-geometry rule for the whole chain: a model input every step reads (the steps had it fixed at
    # "stop", so "use as they are" at the join stopped at the next step, naming a parameter the model did not offer)
    assert model.parameterDefinition("invalid_geometry").defaultValue() == 0
    for step in model.childAlgorithms().values():
        [rule] = step.parameterSources()["INVALID_GEOMETRY"]
        assert rule.parameterName() == "invalid_geometry", step.childId()


def test_the_model_saved_and_reloaded_runs_on_a_table_named_otherwise(ecocomp_provider, tmp_path,
                                                                      hubei_payment_expected):
    """Fields are model inputs chosen from the table: the yearbook XLSX (Chinese headers, other units) runs the
    model, after a save and a reload, to the hand-computed payments."""
    from qgis import processing
    from qgis.core import QgsProcessingModelAlgorithm

    model = ecocomp_provider.algorithm("compensationchain")
    path = str(tmp_path / "chain.model3")
    assert model.toFile(path)
    reloaded = QgsProcessingModelAlgorithm()
    assert reloaded.fromFile(path) and reloaded.validate()[0]
    fields = {d.name(): d.parentLayerParameterName() for d in reloaded.parameterDefinitions()
              if d.type() == "field"}
    assert fields["population_field"] == "statistics" and fields["units_key"] == "units"
    crops = ["rice", "水稻播种面积(公顷)", "水稻单产(公斤/公顷)", 2.72,
             "wheat", "小麦播种面积(千公顷)", "小麦单产(吨/公顷)", 2.36,
             "maize", "玉米播种面积(亩)", "玉米单产(公斤/公顷)", 1.76]
    yearbook = SAMPLE / "yearbook" / "hubei_2017_yearbook.xlsx"
    results = processing.run(reloaded, {
        "units": str(SAMPLE / "hubei_counties.gpkg"), "statistics": str(yearbook), "units_key": "adcode",
        "table_key": "行政代码", "area_field": "耕地面积/千公顷", "population_field": "常住人口(万人)",
        "gdp_field": "地区生产总值（亿元）", "type_field": "主体功能区", "engel_urban_field": "城镇居民恩格尔系数(%)",
        "engel_rural_field": "农村居民恩格尔系数(%)", "urbanisation_field": "城镇化率(%)", "crop_fields": crops,
        "payment:compensation": str(tmp_path / "chain.gpkg"),
        # as the dialog fills them (QGIS 3.22 does not apply a model output's default in processing.run)
        **{name: "TEMPORARY_OUTPUT" for name in ("join:joined", "esv:esv", "footprint:footprint",
                                                 "priority:priority")}})
    for f in features(results["payment:compensation"]):
        assert f["payment"] == pytest.approx(hubei_payment_expected[f["adcode"]][1], rel=1e-9, abs=1e-3)


@pytest.mark.parametrize("table", ["xlsx layer with its sheet", "gbk csv layer"])
def test_the_model_reads_the_yearbook_layers_as_the_panel_does(ecocomp_provider, tmp_path, hubei_payment_expected,
                                                               table):
    """The shipped model on the yearbook as layers of the project — the XLSX with its sheet, the GBK CSV with the
    encoding EcoComp sets — with the Chinese field names the panel shows: the hand-computed payments."""
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer

    from ecocomp.algorithms.statistics_files import set_gbk_encoding

    yearbook = SAMPLE / "yearbook"
    layer = QgsVectorLayer(str(yearbook / "hubei_2017_yearbook.xlsx") + "|layername=县区主要指标", "yb", "ogr") \
        if table.startswith("xlsx") else QgsVectorLayer(str(yearbook / "hubei_2017_yearbook_gbk.csv"), "yb", "ogr")
    set_gbk_encoding([layer])
    if table.startswith("gbk"):
        assert "常住人口(万人)" in layer.fields().names()  # what the model's field pickers list
    QgsProject.instance().addMapLayer(layer)
    try:
        crops = ["rice", "水稻播种面积(公顷)", "水稻单产(公斤/公顷)", 2.72, "wheat", "小麦播种面积(千公顷)",
                 "小麦单产(吨/公顷)", 2.36, "maize", "玉米播种面积(亩)", "玉米单产(公斤/公顷)", 1.76]
        results = processing.run("ecocomp:compensationchain", {
            "units": str(SAMPLE / "hubei_counties.gpkg"), "statistics": layer.id(), "units_key": "adcode",
            "table_key": "行政代码", "area_field": "耕地面积/千公顷", "population_field": "常住人口(万人)",
            "gdp_field": "地区生产总值（亿元）", "type_field": "主体功能区", "engel_urban_field": "城镇居民恩格尔系数(%)",
            "engel_rural_field": "农村居民恩格尔系数(%)", "urbanisation_field": "城镇化率(%)", "crop_fields": crops,
            "study_year": 2017, "payment:compensation": str(tmp_path / "chain.gpkg"),
            **{name: "TEMPORARY_OUTPUT" for name in ("join:joined", "esv:esv", "footprint:footprint",
                                                     "priority:priority")}})
        for f in features(results["payment:compensation"]):
            assert f["payment"] == pytest.approx(hubei_payment_expected[f["adcode"]][1], rel=1e-9, abs=1e-3)
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_scalar_results_are_processing_outputs(run_alg, prepared, tmp_path):
    """Totals, Ea, Δ and zone counts reach the next model step as outputs, not only the log."""
    out = run_alg("payment", dict(prepared.params("payment"), OUTPUT=str(tmp_path / "pay.gpkg")))
    payments = [f["payment"] for f in features(out["OUTPUT"])]
    assert min(payments) < 0 < max(payments)
    assert out["TOTAL_RECEIVED"] == pytest.approx(sum(p for p in payments if p > 0), rel=1e-12)
    assert out["TOTAL_PAID"] == pytest.approx(-sum(p for p in payments if p < 0), rel=1e-12)
    assert out["TOTAL_NET"] == pytest.approx(sum(payments), rel=1e-9)
    esv = run_alg("esv", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"),
                          "STATS_TABLE": str(SAMPLE / "hubei_statistics_2017_synthetic.csv"), "INPUT_KEY": "adcode",
                          "STATS_KEY": "adcode", "AREA_FIELD": "cultivated_ha", "EA_MODE": 0, "EA_VALUE": 2300.0,
                          "OUTPUT": str(tmp_path / "esv.gpkg")})
    assert esv["EA"] == 2300.0
    assert esv["ESV_TOTAL"] == pytest.approx(sum(f["esv_total"] for f in features(esv["OUTPUT"])), rel=1e-12)
    zones = run_alg("dualzoning", dict(prepared.params("dualzoning"), OUTPUT=str(tmp_path / "z.gpkg"),
                                       OUTPUT_SUMMARY=str(tmp_path / "z.csv")))
    assert zones["DELTA"] == 0.2296 and zones["W1"] == 0.5 and zones["AHP_CR"] is None
    counted = [f["zone"] for f in features(zones["OUTPUT"])]
    assert (zones["RECEIVING"], zones["BALANCE"], zones["PAYING"]) == (counted.count(1), counted.count(0),
                                                                       counted.count(-1))


def test_the_xuzhou_footprint_preset_needs_the_users_commodity_table(run_alg, polygons, tmp_path):
    """[XZ] publishes r, y and k but no commodity table: the preset refuses Hubei's default table, and with the
    analyst's own table ef = r · Σ c/p exactly."""
    layer = polygons([("population", "double"), ("cultivated_ha", "double")], [(1e5, 8000.0)])
    with raises("the paper publishes no commodity table"):
        run_alg("footprint", {"INPUT": layer, "PRESET": 1, "OUTPUT": str(tmp_path / "a.gpkg")})
    out = run_alg("footprint", {"INPUT": layer, "PRESET": 1, "COMMODITIES": ["grain", 300.0, 6000.0],
                                "OUTPUT": str(tmp_path / "b.gpkg")})
    [f] = features(out["OUTPUT"])
    assert f["ef"] == pytest.approx(2.17 * 300 / 6000, rel=1e-12)
    assert f["ec"] == pytest.approx(8000 / 1e5 * 2.17 * 1.66, rel=1e-12)


def test_dual_zoning_per_unit_weights_and_total_deficit_delta(run_alg, polygons, tmp_path):
    """[FJ]: a weight pair per city and Δ = the region's total deficit score |ΣQ|, worked by hand on 4 units."""
    import statistics

    rows = [  # name, grain kg, area ha, population, ef, ec, w1, w2
        ("A", 4.0e8, 60000.0, 5e5, 0.5, 0.9, 0.7, 0.3),
        ("B", 1.0e8, 30000.0, 6e5, 0.6, 0.4, 0.4, 0.6),
        ("C", 3.0e8, 80000.0, 3e5, 0.4, 1.1, 0.5, 0.5),
        ("D", 2.0e8, 20000.0, 9e5, 0.7, 0.3, 0.2, 0.8),
    ]
    layer = polygons([("name", "string"), ("grain_output_kg", "double"), ("cultivated_ha", "double"),
                      ("population", "double"), ("ef", "double"), ("ec", "double"), ("w1", "double"),
                      ("w2", "double")], rows)
    out = run_alg("dualzoning", {"INPUT": layer, "WEIGHT_MODE": 2, "DELTA_MODE": 2,
                                 "OUTPUT": str(tmp_path / "z.gpkg"), "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    l1 = [s / n - 0.95 * 400 / (y / s) for _, y, s, n, _, _, _, _ in rows]
    l2 = [ec - ef for _, _, _, _, ef, ec, _, _ in rows]
    z = [[(v - statistics.mean(ls)) / statistics.stdev(ls) for v in ls] for ls in (l1, l2)]
    q = [w1 * z[0][j] + w2 * z[1][j] for j, (_, _, _, _, _, _, w1, w2) in enumerate(rows)]
    delta = abs(sum(q))
    assert out["DELTA"] == pytest.approx(delta, rel=1e-12) and delta > 0.01
    got = {f["name"]: f for f in features(out["OUTPUT"])}
    for j, (name, *_rest) in enumerate(rows):
        assert got[name]["q_score"] == pytest.approx(q[j], rel=1e-12)
        assert got[name]["zone"] == (1 if q[j] > delta else -1 if q[j] < -delta else 0)
    with raises("needs per-unit weights"):
        run_alg("dualzoning", {"INPUT": layer, "WEIGHT_MODE": 0, "DELTA_MODE": 2,
                               "OUTPUT": str(tmp_path / "y.gpkg"), "OUTPUT_SUMMARY": str(tmp_path / "t.csv")})
    bad = polygons([("name", "string"), ("grain_output_kg", "double"), ("cultivated_ha", "double"),
                    ("population", "double"), ("ef", "double"), ("ec", "double"), ("w1", "double"),
                    ("w2", "double")], [r[:6] + (70.0, 30.0) for r in rows])
    with raises("They look like percent"):
        run_alg("dualzoning", {"INPUT": bad, "WEIGHT_MODE": 2, "OUTPUT": str(tmp_path / "x.gpkg"),
                               "OUTPUT_SUMMARY": str(tmp_path / "u.csv")})


def test_hubei_g_is_against_the_national_per_capita_gdp(run_alg, polygons, tmp_path):
    """[HB] eq. 9: G = per-capita GDP / national per-capita GDP (59,660 CNY/person in 2017, the default)."""
    layer = polygons([("esv_nonmarket", "double"), ("eoi", "double"), ("engel_urban", "double"),
                      ("engel_rural", "double"), ("urbanisation", "double"), ("gdp_cny", "double"),
                      ("population", "double")],
                     [(1e8, 0.2, 0.3097, 0.3097, 0.5, 9e9, 100000.0), (5e7, -0.1, 0.28, 0.36, 0.25, 1e9, 100000.0)])
    out = run_alg("payment", {"INPUT": layer, "OUTPUT": str(tmp_path / "pay.gpkg")})
    a, b = features(out["OUTPUT"])
    assert a["G"] == pytest.approx(90000 / 59660, rel=1e-12) and b["G"] == pytest.approx(10000 / 59660, rel=1e-12)
    typed = run_alg("payment", {"INPUT": layer, "G_REFERENCE": 45000.0, "OUTPUT": str(tmp_path / "p2.gpkg")})
    assert features(typed["OUTPUT"])[0]["G"] == pytest.approx(2.0, rel=1e-12)


def test_footprint_capacity_shares_and_deficit_sums(run_alg, polygons, tmp_path):
    """[HB]: each county's share of the province's capacity in classes > 2 %, 1–2 %, < 1 %, and the sums."""
    # EC = N · (S/N · 2.52 · 1.28) · (1 − 0.035) ∝ S: shares are S / ΣS
    areas = [300.0, 150.0, 50.0] + [100.0] * 95 + [9500.0]
    layer = polygons([("population", "double"), ("cultivated_ha", "double")], [(1e5, s) for s in areas])
    out = run_alg("footprint", {"INPUT": layer, "OUTPUT": str(tmp_path / "f.gpkg")})
    got = features(out["OUTPUT"])
    total = sum(areas)
    for f, s in zip(got, areas):
        assert f["ec_share"] == pytest.approx(s / total, rel=1e-12)
        share = s / total
        assert f["ec_share_class"] == ("> 2 %" if share > 0.02 else "1–2 %" if share > 0.01 else "< 1 %")
    eb = [f["eb"] for f in got]
    assert out["TOTAL_DEFICIT"] == pytest.approx(-sum(v for v in eb if v < 0), rel=1e-12)
    assert out["TOTAL_SURPLUS"] == pytest.approx(sum(v for v in eb if v > 0), rel=1e-12)
    assert {f["ec_share_class"] for f in got} == {"> 2 %", "1–2 %", "< 1 %"}


def test_payment_amount_ranks_and_spearman_with_the_priority(run_alg, prepared, tmp_path):
    """[HB]: counties ranked by amount within their role, and the rank correlation of priority order and amount
    (Spearman, with n and p) — checked against scipy on the sample chain."""
    scipy_stats = pytest.importorskip("scipy.stats")
    out = run_alg("payment", dict(prepared.params("payment"), OUTPUT=str(tmp_path / "pay.gpkg"),
                                  OUTPUT_SUMMARY=str(tmp_path / "summary.csv")))
    got = features(out["OUTPUT"])
    for role, key in (("receiver", "RECEIVERS"), ("payer", "PAYERS")):
        units = [f for f in got if f["role"] == role]
        sizes = sorted((abs(f["payment"]) for f in units), reverse=True)
        for f in units:
            assert f["amount_rank"] == sizes.index(abs(f["payment"])) + 1
        expected = scipy_stats.spearmanr([f["rank"] for f in units], [f["amount_rank"] for f in units])
        assert out["SPEARMAN_{}_RHO".format(key)] == pytest.approx(expected.correlation, abs=1e-12)
        assert out["SPEARMAN_{}_P".format(key)] == pytest.approx(expected.pvalue, rel=1e-9, abs=1e-15)
        assert out["SPEARMAN_{}_N".format(key)] == len(units)
    with open(out["OUTPUT_SUMMARY"], encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    assert lines[0].startswith("role,units,amount_cny,spearman_rho") and len(lines) == 3


def test_units_without_capacity_reported_apart_by_choice(run_alg, polygons, tmp_path):
    """[HB] merged counties with EC = 0 into a neighbour; EcoComp refuses them by default or reports them apart."""
    from qgis.core import NULL

    layer = polygons([("name", "string"), ("population", "double"), ("cultivated_ha", "double")],
                     [("Farm", 1e5, 8000.0), ("City", 5e5, 0.0)])
    with raises("The carrying capacity EC is 0 for 1 unit(s)"):
        run_alg("footprint", {"INPUT": layer, "OUTPUT": str(tmp_path / "a.gpkg")})
    out = run_alg("footprint", {"INPUT": layer, "ZERO_CAPACITY": 1, "OUTPUT": str(tmp_path / "b.gpkg")})
    farm, city = features(out["OUTPUT"])
    assert farm["eoi"] == pytest.approx((farm["ec_total"] - farm["ef_total"]) / farm["ec_total"]) and city["eoi"] == NULL
    assert city["eb"] == pytest.approx(-city["ef_total"], rel=1e-12)


def test_deficit_shares_of_the_net_deficit_by_default_and_of_the_gross_as_an_option(run_alg, prepared, tmp_path):
    """[FJ] divides a unit's deficit by the region's net deficit −ΣL; the gross deficit is an option (not [FJ])."""
    base = {"INPUT": str(prepared.path / "footprint.gpkg"), "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}
    net = {f["adcode"]: f for f in features(run_alg("dualzoning", dict(base, OUTPUT=str(tmp_path / "n.gpkg")))["OUTPUT"])}
    gross = {f["adcode"]: f for f in features(run_alg("dualzoning", dict(base, DEFICIT_SHARE=1,
                                                                          OUTPUT=str(tmp_path / "g.gpkg")))["OUTPUT"])}
    for which in ("1", "2"):
        totals = [f["l{}_total".format(which)] for f in net.values()]
        net_deficit, gross_deficit = -sum(totals), sum(-t for t in totals if t < 0)
        assert gross_deficit > net_deficit  # both sides have surplus units in the sample: the two shares differ
        for code, f in net.items():
            deficit = max(-f["l{}_total".format(which)], 0.0)
            share = f["deficit_share" + which]
            if net_deficit > 0:
                assert share == pytest.approx(deficit / net_deficit, abs=1e-15), (which, code)
            else:
                assert is_null(share), (which, code)
            assert gross[code]["deficit_share" + which] == pytest.approx(deficit / gross_deficit, abs=1e-15)


def test_one_ec_with_the_deduction_k_in_the_footprint_and_the_zoning(run_alg, prepared, tmp_path):
    """ec left out k while EC = N · ec · (1 − k) kept it: the zoning's l2 = ec − ef and the footprint's eb = EC − EF
    disagreed in sign for 4 of the sample's 103 units (Hubei preset, k = 0.035)."""
    footprint = {f["adcode"]: f for f in features(prepared.path / "footprint.gpkg")}
    zones = features(run_alg("dualzoning", {"INPUT": str(prepared.path / "footprint.gpkg"), "ECO_MODE": 0,
                                            "OUTPUT": str(tmp_path / "z.gpkg")})["OUTPUT"])
    assert len(zones) == 103
    for z in zones:
        f = footprint[z["adcode"]]
        assert f["k"] == 0.035
        assert f["ec"] * f["population"] == pytest.approx(f["ec_total"], rel=1e-12)
        assert z["s2"] == pytest.approx(f["ec_total"] / f["population"], rel=1e-12)
        assert z["l2_total"] == pytest.approx(f["eb"], rel=1e-9, abs=1e-6)
        assert (z["l2"] > 0) == (f["eb"] > 0), z["adcode"]


def test_fj_inline_ecology_says_what_it_compares_and_offers_a_consumption_table(run_alg, polygons, tmp_path):
    from qgis.core import QgsProcessingException

    rows = [(5e6, 1000.0, 10000.0, 5e6, 900.0), (2e6, 500.0, 20000.0, 2e6, 450.0), (9e6, 1500.0, 5000.0, 9e6, 1400.0)]
    layer = polygons([("grain_output_kg", "double"), ("cultivated_ha", "double"), ("population", "double"),
                      ("p", "double"), ("m", "double")], rows)
    base = {"INPUT": layer, "ECO_MODE": 1, "PRODUCTION_TABLE": ["grain", "p", "m", ""]}
    log = Recorder()
    own = features(run_alg("dualzoning", dict(base, OUTPUT=str(tmp_path / "own.gpkg")), log)["OUTPUT"])
    assert any("l2 = (Σ P_i/p_i) / N · (S / Σ m_i − 1)" in w for w in log.warnings)
    for f, (_, s, n, production, sown) in zip(own, rows):  # [FJ]'s default: area against sown area, exactly
        p_ref = 16e6 / 2750
        assert f["l2"] == pytest.approx(production / p_ref / n * (s / sown - 1), rel=1e-12)
    # Per-capita averages (e.g. the province's 140 kg of grain per person): ef the same for all units, not [FJ]
    table = run_alg("dualzoning", dict(base, ECO_CONSUMPTION=1, CONSUMPTION_AVERAGES=["Grain", 140],
                                       OUTPUT=str(tmp_path / "table.gpkg")))
    for f, (_, s, n, production, sown) in zip(features(table["OUTPUT"]), rows):
        p_ref = 16e6 / 2750
        y = production / p_ref / sown
        assert f["d2"] == pytest.approx(140 / p_ref, rel=1e-12)
        assert f["s2"] == pytest.approx(s / n * y, rel=1e-12)
        assert f["c_grain"] == 140.0
    with pytest.raises(QgsProcessingException, match="no row for grain"):
        run_alg("dualzoning", dict(base, ECO_CONSUMPTION=1, CONSUMPTION_AVERAGES=["rice", 140],
                                   OUTPUT=str(tmp_path / "missing.gpkg")))


def test_a_rerun_with_the_other_sign_leaves_no_stale_overload_index(run_alg, prepared, tmp_path):
    """The footprint's output of an earlier run kept its 'eoi' next to a new 'eoi_hb' (and the other way round), so
    payment read the stale index by default: a unit in deficit received."""
    from qgis.core import QgsProcessingException, QgsVectorLayer

    hb = run_alg("footprint", {"INPUT": str(prepared.path / "footprint.gpkg"), "SIGN": 1,
                               "OUTPUT": str(tmp_path / "hb.gpkg")})["OUTPUT"]
    names = QgsVectorLayer(hb, "hb", "ogr").fields().names()
    assert "eoi_hb" in names and "eoi" not in names
    back = run_alg("footprint", {"INPUT": hb, "OUTPUT": str(tmp_path / "back.gpkg")})["OUTPUT"]
    names = QgsVectorLayer(back, "back", "ogr").fields().names()
    assert "eoi" in names and "eoi_hb" not in names
    # A layer that holds both (joined by hand) is refused by payment, naming both
    both = QgsVectorLayer(str(prepared.path / "priority.gpkg"), "both", "ogr").materialize(
        __import__("qgis.core", fromlist=["QgsFeatureRequest"]).QgsFeatureRequest())
    from ecocomp.algorithms.qgis_enums import FIELD_DOUBLE
    from qgis.core import QgsField

    both.dataProvider().addAttributes([QgsField("eoi_hb", FIELD_DOUBLE)])
    both.updateFields()
    with pytest.raises(QgsProcessingException, match="both 'eoi'"):
        run_alg("payment", {"INPUT": both, "OUTPUT": str(tmp_path / "p.gpkg")})


def test_payment_stops_the_2017_reference_with_statistics_of_another_year(run_alg, prepared, tmp_path):
    from qgis.core import QgsProcessingException

    base = {"INPUT": str(prepared.path / "priority.gpkg")}
    with pytest.raises(QgsProcessingException, match=re.escape("is China's of 2017 ([HB] eq. 9), but the statistics "
                                                               "are of 2022")):
        run_alg("payment", dict(base, STUDY_YEAR=2022, OUTPUT=str(tmp_path / "a.gpkg")))
    assert not (tmp_path / "a.gpkg").exists()
    default = run_alg("payment", dict(base, OUTPUT=str(tmp_path / "d.gpkg")))
    same_year = run_alg("payment", dict(base, STUDY_YEAR=2017, OUTPUT=str(tmp_path / "b.gpkg")))
    assert same_year["TOTAL_PAID"] == pytest.approx(default["TOTAL_PAID"], rel=1e-12)
    typed = run_alg("payment", dict(base, STUDY_YEAR=2022, G_REFERENCE=85698.0, OUTPUT=str(tmp_path / "c.gpkg")))
    assert typed["TOTAL_PAID"] == pytest.approx(default["TOTAL_PAID"] * 59660.0 / 85698.0, rel=1e-12)  # P ∝ 1/GDPpc


def test_the_model_lists_its_inputs_in_the_order_of_the_work(ecocomp_provider):
    """Units, table, keys, fields, then the settings — not sorted by name (a model file's default)."""
    model = ecocomp_provider.algorithm("compensationchain")
    inputs = [d.name() for d in model.parameterDefinitions() if not d.isDestination()]
    assert inputs == ["units", "statistics", "units_key", "table_key", "area_field", "population_field", "gdp_field",
                      "type_field", "engel_urban_field", "engel_rural_field", "urbanisation_field", "crop_fields",
                      "study_year", "g_reference", "invalid_geometry"]


def test_the_amount_against_the_units_own_esv_is_a_field(prepared):
    """amount_per_esv = |P| / ESV_non-market (= R · G · |eoi|): the flag a reader needs for amounts far above a
    unit's own ESV (襄城区 pays ≈ 129 × its non-market ESV on the sample)."""
    from tests.layers import features

    units = features(str(prepared.path / "compensation.gpkg"))
    for unit in units:
        assert unit["amount_per_esv"] == pytest.approx(abs(unit["payment"]) / unit["esv_nonmarket"], rel=1e-12)
        assert unit["amount_per_esv"] == pytest.approx(unit["R"] * unit["G"] * abs(unit["eoi"]), rel=1e-9)
    xiangcheng = next(u for u in units if u["name"] == "襄城区")
    assert round(xiangcheng["amount_per_esv"]) == 129

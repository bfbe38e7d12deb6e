"""ecocomp:uncertainty through Processing: with zero spread every draw is the deterministic chain (the outputs of
ecocomp:payment, ecocomp:dualzoning and ecocomp:priority on the same units, to 1e-12); seeded runs repeat; the
tornado chart and the sensitivity table are written."""

import csv

import pytest


def by_key(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return {f["adcode"]: f for f in layer.getFeatures()}


def params(workspace, **extra):
    r = str(workspace.path)
    return dict({"INPUT": r + "/hubei_counties.gpkg", "STATS_TABLE": r + "/hubei_statistics_2017_synthetic.csv",
                 "INPUT_KEY": "adcode", "STATS_KEY": "adcode", "DRAWS": 200}, **extra)


def test_zero_spread_equals_the_deterministic_algorithms(prepared, run_alg, tmp_path):
    from ecocomp.ecocomp_science.uncertainty import PARAMETERS

    zero = [cell for name, (_, dist, _) in PARAMETERS.items() for cell in (name, dist, 0.0)]
    out = run_alg("uncertainty", params(prepared, SPREADS=zero, DRAWS=50, OUTPUT=str(tmp_path / "u.gpkg"),
                                        OUTPUT_SENSITIVITY=str(tmp_path / "s.csv"),
                                        OUTPUT_TORNADO=str(tmp_path / "t.png")))
    units = by_key(out["OUTPUT"])
    payment = by_key(prepared.path / "compensation.gpkg")
    zoning = by_key(prepared.path / "zoning.gpkg")
    assert len(units) == 103
    for key, unit in units.items():
        expected = payment[key]["payment"]
        for field in ("payment_det", "payment_mean", "payment_p5", "payment_p50", "payment_p95"):
            assert unit[field] == pytest.approx(expected, rel=1e-12), (key, field)
        assert unit["prob_payer"] == (1.0 if expected < 0 else 0.0)
        zone = zoning[key]["zone"]
        assert (unit["prob_zone_receiving"], unit["prob_zone_balance"], unit["prob_zone_paying"]) == (
            float(zone == 1), float(zone == 0), float(zone == -1))
        assert unit["prob_level_{}".format(payment[key]["level"])] == 1.0  # the level of ecocomp:priority
    total = -sum(min(p["payment"], 0.0) for p in payment.values())
    assert out["TOTAL_PAID_P5"] == pytest.approx(total, rel=1e-12) == out["TOTAL_PAID_P95"]
    received = sum(max(p["payment"], 0.0) for p in payment.values())
    assert out["TOTAL_RECEIVED_P5"] == pytest.approx(received, rel=1e-12) == out["TOTAL_RECEIVED_P95"]
    assert out["TOTAL_NET_P50"] == pytest.approx(received - total, rel=1e-9)
    assert out["UNSTABLE_UNITS"] == 0 and not any(unit["role_unstable"] for unit in units.values())


def test_seeded_runs_repeat_and_the_spread_shows(prepared, run_alg, tmp_path):
    first = run_alg("uncertainty", params(prepared, SEED=7, OUTPUT=str(tmp_path / "a.gpkg"),
                                          OUTPUT_SENSITIVITY=str(tmp_path / "a.csv"),
                                          OUTPUT_TORNADO=str(tmp_path / "a.png")))
    again = run_alg("uncertainty", params(prepared, SEED=7, OUTPUT=str(tmp_path / "b.gpkg"),
                                          OUTPUT_SENSITIVITY=str(tmp_path / "b.csv"),
                                          OUTPUT_TORNADO=str(tmp_path / "b.png")))
    a, b = by_key(first["OUTPUT"]), by_key(again["OUTPUT"])
    assert all(a[k]["payment_p95"] == b[k]["payment_p95"] for k in a)
    assert first["TOTAL_PAID_P5"] < first["TOTAL_PAID_P50"] < first["TOTAL_PAID_P95"]
    for unit in a.values():
        low, mid, high = unit["payment_p5"], unit["payment_p50"], unit["payment_p95"]
        assert low <= mid <= high
        assert 0.0 <= unit["prob_payer"] <= 1.0
        assert unit["prob_zone_receiving"] + unit["prob_zone_balance"] + unit["prob_zone_paying"] == pytest.approx(1)
        assert sum(unit["prob_level_{}".format(level)] for level in range(1, 6)) == pytest.approx(1)
    with open(first["OUTPUT_SENSITIVITY"], encoding="utf-8-sig") as handle:
        rows = {row["parameter"]: row for row in csv.DictReader(handle)}
    assert set(rows) == {"factors", "price", "yield", "r", "y", "k", "engel", "urbanisation", "g_reference",
                         "weights", "delta"}
    assert float(rows["r"]["total_paid_low"]) == pytest.approx(float(rows["r"]["total_paid_base"]), rel=1e-12)
    # r cancels out of eoi = (EC − EF)/EC, Δ and w1 act on the zones only: marked as moving nothing plotted
    assert {name for name, row in rows.items() if row["no_effect"] == "1"} == {"r", "weights", "delta"}
    assert first["TOTAL_RECEIVED_P5"] < first["TOTAL_RECEIVED_P50"] < first["TOTAL_RECEIVED_P95"]
    assert first["TOTAL_NET_P5"] < first["TOTAL_NET_P50"] < first["TOTAL_NET_P95"]
    unstable = [k for k, unit in a.items() if 0.1 < unit["prob_payer"] < 0.9]
    assert [k for k, unit in a.items() if unit["role_unstable"] == 1] == unstable
    assert first["UNSTABLE_UNITS"] == len(unstable)
    from qgis.PyQt.QtGui import QImage

    image = QImage(first["OUTPUT_TORNADO"])
    assert image.width() == 2047 and image.height() > 600  # 260 mm at 200 dpi, one row per input


def test_the_2017_reference_is_stopped_for_statistics_of_another_year(run_alg, prepared, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="statistics are of 2021"):
        run_alg("uncertainty", dict(prepared.params("uncertainty"), STUDY_YEAR=2021, DRAWS=10,
                                    OUTPUT=str(tmp_path / "u.gpkg")))


def test_the_role_certainty_map_style(prepared, run_alg, tmp_path):
    """The uncertainty output loads styled by how sure each unit's role is: four fixed classes of P(pays) — not
    refitted to the data — red for paying, blue for receiving, the two middle ones marked unstable."""
    from qgis.core import QgsVectorLayer

    from ecocomp.algorithms.styling import apply_style

    out = run_alg("uncertainty", params(prepared, SEED=3, DRAWS=100, OUTPUT=str(tmp_path / "u.gpkg")))
    layer = QgsVectorLayer(out["OUTPUT"], "u", "ogr")
    assert apply_style(layer, "prob_payer")
    ranges = layer.renderer().ranges()
    assert [(r.lowerValue(), r.upperValue()) for r in ranges] == [(0.0, 0.1), (0.1, 0.5), (0.5, 0.9), (0.9, 1.0)]
    assert [r.symbol().color().name() for r in ranges] == ["#2166ac", "#92c5de", "#f4a582", "#b2182b"]
    assert "unstable" in ranges[1].label() and "unstable" in ranges[2].label()


def test_a_one_page_summary_for_a_decision_maker(prepared, run_alg, tmp_path):
    """The HTML summary: totals received, paid and net at P5/P50/P95 and deterministic (in 亿元 / 100 million CNY,
    equal to the outputs), the unstable units, the inputs that move the total paid most, the spreads' caveat."""
    import re

    out = run_alg("uncertainty", params(prepared, SEED=7, OUTPUT=str(tmp_path / "u.gpkg"),
                                        OUTPUT_SUMMARY=str(tmp_path / "summary.html")))
    page = (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert "How reliable are the compensation amounts?" in page and "200 draws" in page
    for key in ("RECEIVED", "PAID", "NET"):
        assert "{:,.2f} 100 million CNY".format(out["TOTAL_{}_P50".format(key)] / 1e8) in page
    assert "Units whose role is unstable" in page and "What moves the total paid most" in page
    assert "equivalent factors" in page  # the widest swing (tests above) is listed first
    assert "Spreads: EcoComp&#x27;s assumptions, not from the papers" in page
    assert len(re.findall(r"<li>", page)) == 3

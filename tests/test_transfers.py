"""ecocomp:transfers through Processing: the hand-worked cases of the science on real layers, the sample chain, the
monetary input–output account as given flows, and the distances against QGIS's own ellipsoidal measure."""

import csv
import pathlib

import pytest

from tests.layers import features

ROOT = pathlib.Path(__file__).resolve().parent.parent
HAND = ROOT / "tests" / "data" / "mrio_2x2"


def od(path):
    with open(path, encoding="utf-8-sig") as handle:
        return [dict(row, amount=float(row["amount"])) for row in csv.DictReader(handle)]


@pytest.fixture
def five_units(polygons):
    """Two payers × three receivers (P in CNY), two prefectures A and B."""
    return polygons([("adcode", "string"), ("name", "string"), ("city", "string"), ("payment", "double")],
                    [("1", "p1", "A", -60.0), ("2", "r1", "A", 50.0), ("3", "p2", "B", -40.0), ("4", "r2", "B", 30.0),
                     ("5", "r3", "B", 20.0)], "units")


def test_proportional_two_payers_three_receivers(run_alg, five_units, tmp_path):
    out = run_alg("transfers", {"INPUT": five_units, "METHOD": 0, "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    flows = {(r["payer_name"], r["receiver_name"]): r["amount"] for r in od(out["OUTPUT_TABLE"])}
    assert flows == {("p1", "r1"): 30.0, ("p1", "r2"): 18.0, ("p1", "r3"): 12.0, ("p2", "r1"): 20.0,
                     ("p2", "r2"): 12.0, ("p2", "r3"): 8.0}
    units = {f["name"]: f for f in features(out["OUTPUT"])}
    assert [units[n]["transfer_paid"] for n in ("p1", "r1", "p2", "r2", "r3")] == [60, 0, 40, 0, 0]
    assert [units[n]["transfer_balance"] for n in ("p1", "r1", "p2", "r2", "r3")] == [-60, 50, -40, 30, 20]
    assert (out["TOTAL_PAID"], out["TOTAL_RECEIVED"], out["FUND_IN"], out["FUND_OUT"]) == (100, 100, 0, 0)
    lines = features(out["OUTPUT_LINES"])
    assert len(lines) == 6 and all(f.geometry().constGet().numPoints() == 3 for f in lines)


def test_within_the_prefecture_first_and_the_central_fund(run_alg, five_units, tmp_path):
    """A settles p1 → r1 50 of p1's 60; B settles p2's 40 over r2 and r3 (24, 16); p1's remaining 10 goes to r2 and
    r3 (6, 4) at the level of all units; receivers are then short of 0 — the totals balance (100 = 100)."""
    out = run_alg("transfers", {"INPUT": five_units, "METHOD": 0, "GROUP_FIELDS": ["city"],
                                "OUTPUT": str(tmp_path / "u.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.csv"),
                                "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    flows = {(r["payer_name"], r["receiver_name"], r["level"]): r["amount"] for r in od(out["OUTPUT_TABLE"])}
    assert flows == {("p1", "r1", "city"): 50.0, ("p2", "r2", "city"): 24.0, ("p2", "r3", "city"): 16.0,
                     ("p1", "r2", "all units"): pytest.approx(6.0), ("p1", "r3", "all units"): pytest.approx(4.0)}


def test_unbalanced_totals_show_the_central_fund(run_alg, polygons, tmp_path):
    layer = polygons([("adcode", "string"), ("name", "string"), ("payment", "double")],
                     [("1", "p1", -60.0), ("2", "r1", 50.0), ("3", "p2", -40.0), ("4", "r2", 30.0)], "units")
    out = run_alg("transfers", {"INPUT": layer, "METHOD": 0, "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    rows = od(out["OUTPUT_TABLE"])
    fund = {r["payer_name"]: r["amount"] for r in rows if r["receiver"] == "central fund"}
    assert fund == {"p1": pytest.approx(12.0), "p2": pytest.approx(8.0)}
    assert out["FUND_IN"] == pytest.approx(20.0) and out["FUND_OUT"] == 0
    assert len(features(out["OUTPUT_LINES"])) == 4  # the fund has no place on the map: no line for it
    units = {f["name"]: f["via_fund"] for f in features(out["OUTPUT"])}
    assert units == {"p1": pytest.approx(-12.0), "r1": 0, "p2": pytest.approx(-8.0), "r2": 0}


def test_distance_decay_on_the_sample_chain_keeps_every_margin(prepared, run_alg, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject

    out = run_alg("transfers", {"INPUT": str(prepared.path / "compensation.gpkg"), "METHOD": 1, "BETA": 2.0,
                                "GROUP_FIELDS": ["city"], "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    units = features(out["OUTPUT"])
    rows = od(out["OUTPUT_TABLE"])
    paid, received = {}, {}
    for row in rows:
        paid[row["payer"]] = paid.get(row["payer"], 0.0) + row["amount"]
        received[row["receiver"]] = received.get(row["receiver"], 0.0) + row["amount"]
    for unit in units:
        p = unit["payment"]
        assert paid.get(unit["adcode"], 0.0) == pytest.approx(max(-p, 0.0), rel=1e-9, abs=1e-3)
        assert received.get(unit["adcode"], 0.0) == pytest.approx(max(p, 0.0), rel=1e-9, abs=1e-3)
    total_paid = -sum(min(u["payment"], 0) for u in units)
    total_received = sum(max(u["payment"], 0) for u in units)
    assert out["FUND_IN"] == pytest.approx(total_paid - total_received, rel=1e-9)  # the sample's payers pay more
    # Distances: Vincenty on GRS80 against QGIS's ellipsoidal measure between the same centroids.
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("GRS80")
    centre = {u["adcode"]: u.geometry().centroid().asPoint() for u in units}
    checked = 0
    for row in rows[:200]:
        if row["distance_km"]:
            expected = measure.measureLine(centre[row["payer"]], centre[row["receiver"]]) / 1000
            assert float(row["distance_km"]) == pytest.approx(expected, rel=1e-7)
            checked += 1
    assert checked > 50


def test_the_monetary_input_output_account_as_given_flows(run_alg, polygons, tmp_path):
    """mrio_2x2 valued per region of origin (R1 3,000, R2 2,000 CNY/ha): R2's final demand uses 270 ha of R1's land
    (owes 810,000), R1's uses 125 ha of R2's (owes 250,000); R1's own use is nobody's debt."""
    regions = polygons([("name_en", "string"), ("esv_per_ha", "double")], [("R1", 3000.0), ("R2", 2000.0)], "r")
    out = run_alg("iobilateral", {"INPUT": regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(HAND),
                                  "UNIT_VALUE_FIELD": "esv_per_ha", "OUTPUT": str(tmp_path / "o.gpkg"),
                                  "OUTPUT_MATRIX": str(tmp_path / "m.csv"), "OUTPUT_FLOWS": str(tmp_path / "f.gpkg")})
    r1, r2 = features(out["OUTPUT"])
    assert (r1["value_supplied"], r1["value_drawn"], r1["value_net"]) == (
        pytest.approx(810000), pytest.approx(250000), pytest.approx(560000))
    assert r2["value_net"] == pytest.approx(-560000)
    [flow] = features(out["OUTPUT_FLOWS"])
    assert flow["value_cny"] == pytest.approx(560000)
    given = run_alg("transfers", {"INPUT": regions, "KEY_FIELD": "name_en", "NAME_FIELD": "name_en", "METHOD": 2,
                                  "FLOWS": out["OUTPUT_MATRIX"], "OUTPUT": str(tmp_path / "u.gpkg"),
                                  "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    flows = {}
    for row in od(given["OUTPUT_TABLE"]):
        flows[(row["payer"], row["receiver"])] = flows.get((row["payer"], row["receiver"]), 0) + row["amount"]
    assert flows == {("R2", "R1"): pytest.approx(810000), ("R1", "R2"): pytest.approx(250000)}
    units = {f["name_en"]: f for f in features(given["OUTPUT"])}
    assert units["R1"]["transfer_balance"] == pytest.approx(r1["value_net"])
    assert units["R2"]["transfer_balance"] == pytest.approx(r2["value_net"])


def test_a_single_unit_value_still_values_the_account(run_alg, polygons, tmp_path):
    regions = polygons([("name_en", "string")], [("R1",), ("R2",)], "r")
    out = run_alg("iobilateral", {"INPUT": regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(HAND),
                                  "UNIT_VALUE": 2.0, "OUTPUT": str(tmp_path / "o.gpkg")})
    r1, _ = features(out["OUTPUT"])
    assert r1["value_net"] == pytest.approx(145 * 2.0)


def test_a_unit_without_geometry_still_pays_proportionally(run_alg, polygons, tmp_path):
    """Only the distance-decay method needs every unit's centre; the others leave that unit without a line."""
    from qgis.core import QgsGeometry

    layer = polygons([("adcode", "string"), ("name", "string"), ("payment", "double")],
                     [("1", "p1", -10.0), ("2", "r1", 6.0), ("3", "r2", 4.0)], "units")
    feature = next(f for f in layer.getFeatures() if f["name"] == "r2")
    layer.dataProvider().changeGeometryValues({feature.id(): QgsGeometry()})
    out = run_alg("transfers", {"INPUT": layer, "METHOD": 0, "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    rows = {r["receiver_name"]: r for r in od(out["OUTPUT_TABLE"])}
    assert rows["r1"]["amount"] == 6.0 and rows["r2"]["amount"] == 4.0 and rows["r2"]["distance_km"] == ""
    assert [f["receiver_name"] for f in features(out["OUTPUT_LINES"])] == ["r1"]


def test_the_transfers_csv_opens_in_a_chinese_excel(prepared, run_alg, tmp_path):
    """The transfers table as CSV starts with the UTF-8 byte-order mark, so Excel on a Chinese Windows (GBK locale)
    reads its Chinese names; QGIS and EcoComp still read it, the mark skipped."""
    import csv

    out = run_alg("transfers", {"INPUT": str(prepared.path / "compensation.gpkg"), "METHOD": 1,
                                "GROUP_FIELDS": ["city"], "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv")})
    data = (tmp_path / "t.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert any("区" in (row.get("payer_name") or "") + (row.get("receiver_name") or "") for row in rows), rows[0]
    assert len(od(out["OUTPUT_TABLE"])) == len(rows)  # QGIS reads the same rows

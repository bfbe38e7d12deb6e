"""ecocomp:transfers through Processing: the hand-worked cases of the science on real layers, the sample chain, the
monetary input–output account as given flows, and the distances against QGIS's own ellipsoidal measure."""

import csv
import pathlib
import re

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
    paid, received, count = {}, {}, {}
    for row in rows:
        assert row["amount"] == round(row["amount"])  # whole 元, as an official table prints them
        paid[row["payer"]] = paid.get(row["payer"], 0.0) + row["amount"]
        received[row["receiver"]] = received.get(row["receiver"], 0.0) + row["amount"]
        for key in (row["payer"], row["receiver"]):
            count[key] = count.get(key, 0) + 1
    for unit in units:
        p = unit["payment"]
        rounding = 0.5 * count.get(unit["adcode"], 0) + 1e-6  # each transfer rounded to 1 元
        assert paid.get(unit["adcode"], 0.0) == pytest.approx(max(-p, 0.0), abs=rounding)
        assert received.get(unit["adcode"], 0.0) == pytest.approx(max(p, 0.0), abs=rounding)
        # the units' totals are the sums of the rounded transfers: the two tables add up exactly
        assert unit["transfer_paid"] == paid.get(unit["adcode"], 0.0)
        assert unit["transfer_received"] == received.get(unit["adcode"], 0.0)
    total_paid = -sum(min(u["payment"], 0) for u in units)
    total_received = sum(max(u["payment"], 0) for u in units)
    assert out["FUND_IN"] == pytest.approx(total_paid - total_received, abs=0.5 * len(rows))  # payers pay more
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


def test_amounts_in_10k_cny_a_summary_by_prefecture_pair_and_a_note(run_alg, polygons, tmp_path):
    """The transfers in 万元 as chosen (rounded to two decimals, the units' totals with the _10k_cny suffix and equal
    to the sums of the rounded transfers); the summary by pair of prefectures adds the transfers of each pair; the
    note says the rule, the groups and the totals. A settles p1 → r1 (50 万元) and B p2 → r2, r3 (24, 16); p1's
    remaining 10.0001 万元 goes to r2 and r3 in proportion to what they still lack (6, 4); 1 元 into the fund."""
    layer = polygons([("adcode", "string"), ("name", "string"), ("city", "string"), ("payment", "double")],
                     [("1", "p1", "A", -600_001.0), ("2", "r1", "A", 500_000.0), ("3", "p2", "B", -400_000.0),
                      ("4", "r2", "B", 300_000.0), ("5", "r3", "B", 200_000.0)], "units")
    out = run_alg("transfers", {"INPUT": layer, "METHOD": 0, "GROUP_FIELDS": ["city"], "MONEY_UNIT": 1,
                                "SUMMARY_FIELD": "city", "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_PAIRS": str(tmp_path / "p.csv")})
    flows = {(r["payer_name"], r["receiver_name"]): (r["amount"], r["unit"]) for r in od(out["OUTPUT_TABLE"])}
    assert flows == {("p1", "r1"): (50.0, "10,000 CNY"), ("p2", "r2"): (24.0, "10,000 CNY"),
                     ("p2", "r3"): (16.0, "10,000 CNY"), ("p1", "r2"): (6.0, "10,000 CNY"),
                     ("p1", "r3"): (4.0, "10,000 CNY")}  # 1 元 into the fund rounds to 0.00 万元: left out
    units = {f["name"]: f for f in features(out["OUTPUT"])}
    assert units["p1"]["transfer_paid_10k_cny"] == 60.0 and units["r2"]["transfer_received_10k_cny"] == 30.0
    with open(out["OUTPUT_PAIRS"], encoding="utf-8-sig") as handle:
        pairs = [(r["payer_group"], r["receiver_group"], int(r["transfers"]), float(r["amount"]))
                 for r in csv.DictReader(handle)]
    assert pairs == [("A", "A", 1, 50.0), ("B", "B", 2, 40.0), ("A", "B", 2, 10.0)]
    assert out["NOTE"] == ("Transfers proportional to receipts, settled within city first; paid 100.00, received "
                           "100.00 10,000 CNY. Not from the papers.")
    whole = run_alg("transfers", {"INPUT": layer, "METHOD": 0, "OUTPUT": str(tmp_path / "w.gpkg"),
                                  "OUTPUT_TABLE": str(tmp_path / "w.csv")})
    assert whole["FUND_IN"] == 1.0 and "1.00 into and 0.00 out of the central fund" in whole["NOTE"]


def test_many_flow_lines_are_announced_before_they_are_written(run_alg, polygons, tmp_path, monkeypatch):
    """LINES_TOP = 0 with more lines than the limit (10,000; 100 here): a warning with the count (a map reads better
    with the largest)."""
    from qgis.core import QgsProcessingFeedback

    from ecocomp.algorithms import transfers_algorithm

    monkeypatch.setattr(transfers_algorithm, "LINES_WARNING", 100)

    warnings = []

    class Log(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    rows = [(str(i), "u{}".format(i), "A", (-1.0 if i % 2 else 1.0) * (1000 + i)) for i in range(22)]
    layer = polygons([("adcode", "string"), ("name", "string"), ("city", "string"), ("payment", "double")], rows,
                     "units")
    run_alg("transfers", {"INPUT": layer, "METHOD": 0, "OUTPUT": str(tmp_path / "u.gpkg"),
                          "OUTPUT_LINES": str(tmp_path / "l.gpkg")}, Log())
    assert any("121 flow lines will be drawn" in w for w in warnings), warnings


def metre_units(path, srs, left=500000, bottom=3000000):
    """Two 1 km squares 24 km apart, in metres, written to GeoPackage ``path`` with ``srs`` (an OGR SpatialReference
    or None) as their CRS."""
    from osgeo import ogr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("units", srs, ogr.wkbPolygon)
    for name, kind in (("adcode", ogr.OFTString), ("payment", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i, (x, value) in enumerate(((left, -10.0), (left + 24000, 10.0))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("adcode", str(i))
        feature.SetField("payment", value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON (({0} {2}, {1} {2}, {1} {3}, {0} {3}, {0} {2}))".format(
            x, x + 1000, bottom, bottom + 1000)))
        layer.CreateFeature(feature)
        feature = None
    layer = dataset = None
    return str(path)


def test_metres_in_a_geographic_crs_are_refused(run_alg, tmp_path):
    """A layer whose CRS says degrees but whose coordinates are metres (a Shapefile without .prj read as "Undefined
    geographic SRS"): distances would be 9,983 km instead of 24 km, so the run stops, naming the CRS."""
    from osgeo import osr
    from qgis.core import QgsProcessingException

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    path = metre_units(tmp_path / "metres.gpkg", srs)
    with pytest.raises(QgsProcessingException, match="EPSG:4326 is in degrees, but their coordinates reach 525,000"):
        run_alg("transfers", {"INPUT": path, "METHOD": 1, "KEY_FIELD": "adcode", "NAME_FIELD": "",
                              "OUTPUT": str(tmp_path / "u.gpkg")})


@pytest.mark.parametrize("srs_id", [0, -1])
def test_metres_in_an_undefined_crs_are_refused(run_alg, tmp_path, srs_id):
    """GeoPackage's "Undefined geographic SRS" (0) and "Undefined Cartesian SRS" (−1), what ogr2ogr makes of a
    Shapefile without .prj: the centroids do not convert to degrees and Vincenty's formula was the one to complain
    ("nearly antipodal"), naming no CRS. Now the unit and the CRS are named."""
    import sqlite3

    from qgis.core import QgsProcessingException

    path = metre_units(tmp_path / "undefined.gpkg", None, left=12726158, bottom=3586409)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
        connection.execute("UPDATE gpkg_contents SET srs_id = ?", (srs_id,))
    with pytest.raises(QgsProcessingException, match="coordinate reference system|does not convert"):
        run_alg("transfers", {"INPUT": path, "METHOD": 1, "KEY_FIELD": "adcode", "NAME_FIELD": "",
                              "OUTPUT": str(tmp_path / "u.gpkg")})


def test_an_absurd_amount_is_refused(run_alg, polygons, tmp_path):
    """One payment of −1e300 went into the flows and TOTAL_PAID = 1e+300 without a word; 1.5e10 in 万元 (1.5e14 CNY)
    is refused too, in the field's own unit."""
    from qgis.core import QgsProcessingException

    for field, value, shown in (("payment", -1e300, "-1e+300"), ("payment_10k_cny", -1.5e10, "-1.5e+10")):
        layer = polygons([("adcode", "string"), (field, "double")], [("1", value), ("2", 10.0), ("3", 5.0)])
        with pytest.raises(QgsProcessingException, match="Implausible compensation amount in field '{}' .*{}".format(
                field, re.escape(shown))):
            run_alg("transfers", {"INPUT": layer, "AMOUNT_FIELD": field, "METHOD": 0, "KEY_FIELD": "adcode",
                                  "NAME_FIELD": "", "OUTPUT": str(tmp_path / "u.gpkg")})
    assert not (tmp_path / "u.gpkg").exists()


def test_given_flows_against_the_units_own_amounts(run_alg, polygons, tmp_path):
    """Given flows in which a receiving unit pays, or whose total is far from what the units pay (3,300 against
    1,000,000: a unit mistake), are said in the log, naming the units and both totals."""
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class Log(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    units = polygons([("adcode", "string"), ("name", "string"), ("payment", "double")],
                     [("1", "p1", -1_000_000.0), ("2", "r1", 1_000_000.0)], "units")
    flows = tmp_path / "flows.csv"
    flows.write_text("destination,origin,value_cny\n2,1,3000\n1,2,300\n", encoding="utf-8")
    run_alg("transfers", {"INPUT": units, "METHOD": 2, "FLOWS": str(flows), "OUTPUT": str(tmp_path / "u.gpkg")},
            Log())
    assert any("1 given flow(s) go from a unit that receives by its amount 'payment'" in w and "r1 (fid 2) → p1 (fid 1)" in w
               for w in warnings), warnings
    assert any("The given flows total 3,300.00, the units pay 1,000,000.00" in w for w in warnings), warnings

"""EcoComp headless through qgis_process, as a user or a script would run it."""

import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
QP = ROOT / "scripts" / "qgis_process.sh"


def qgis_process(*args, home):
    env = dict(os.environ, ECOCOMP_QGIS_HOME=str(home))
    env.pop("PYTHONPATH", None)  # QGIS's own Python, as a user has it
    return subprocess.run([str(QP), *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def qp_home(tmp_path_factory):
    return tmp_path_factory.mktemp("qgis-home")


def test_provider_listed(qp_home):
    done = qgis_process("list", home=qp_home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "EcoComp" in lines
    start = lines.index("EcoComp")
    block = lines[start + 1:lines.index("", start)]
    listed = {line.split("\t")[1]: line.split("\t")[2] for line in block}
    assert listed["ecocomp:esv"] == "Ecosystem service value of cultivated land (ESV)"
    assert {"ecocomp:footprint", "ecocomp:dualzoning", "ecocomp:priority", "ecocomp:payment",
            "ecocomp:mapimage"} <= set(listed)


def test_esv_json_hand_computed(qp_home, tmp_path, polygons):
    """A one-unit layer written to disk, run through qgis_process --json, values read back."""
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer, QgsCoordinateTransformContext

    layer = polygons([("name", "string"), ("S", "double")], [("Unit A", 1000.0)])
    src = tmp_path / "unit.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(src), QgsCoordinateTransformContext(), options)
    out = tmp_path / "esv.gpkg"
    done = qgis_process("--json", "run", "ecocomp:esv", "--", "INPUT={}".format(src), "AREA_FIELD=S",
                        "EA_MODE=1", "CROP_TABLE=rice,10,7000,2.6,wheat,30,5000,2.4", "FACTOR_PRESET=0",
                        "OUTPUT={}".format(out), home=qp_home)
    assert done.returncode == 0, done.stderr + done.stdout[-2000:]
    report = json.loads(done.stdout)
    assert report["algorithm_details"]["id"] == "ecocomp:esv"
    assert report["results"]["OUTPUT"] == str(out)
    assert any("Ea = (1/7)" in line and "1935.7143" in line for line in report["log"]["info"])
    result = QgsVectorLayer(str(out), "esv", "ogr")
    [feature] = list(result.getFeatures())
    assert round(feature["esv_total"], 2) == 15292142.86
    assert round(feature["esv_nonmarket"], 2) == 12601500.00


def test_help_on_the_command_line_is_plain_text(qp_home):
    done = qgis_process("help", "ecocomp:payment", home=qp_home)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "<p>" not in text and "<b>" not in text
    assert "Compensation amount of each unit [HB eq. 6, XZ]: P = ESV_part · R · G · eoi (CNY)." in text
    assert "R = 1 / (1 + e^−t)" in text
    assert "TOTAL_NET" in text  # the scalar results are outputs


def test_bad_input_message_reaches_the_command_line(qp_home, tmp_path):
    done = qgis_process("run", "ecocomp:esv", "--", "INPUT={}".format(ROOT / "sample_data" / "hubei_counties.gpkg"),
                        "AREA_FIELD=cultivated_ha", "EA_MODE=0", "EA_VALUE=100",
                        "OUTPUT={}".format(tmp_path / "o.gpkg"), home=qp_home)
    assert done.returncode != 0
    assert "Field 'cultivated_ha' was not found in the input layer" in done.stdout + done.stderr


def test_an_invalid_geometry_stops_a_headless_run(qp_home, tmp_path, polygons):
    """qgis_process checks no geometry by itself; EcoComp's rule stops, naming the feature, unless told otherwise."""
    from qgis.core import QgsCoordinateTransformContext, QgsGeometry, QgsVectorFileWriter, QgsVectorLayer

    layer = polygons([("name", "string"), ("S", "double")], [("A", 1.0), ("Bowtie", 2.0)])
    layer.dataProvider().changeGeometryValues({2: QgsGeometry.fromWkt("Polygon ((0 0, 1 1, 1 0, 0 1, 0 0))")})
    src = tmp_path / "units.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(src), QgsCoordinateTransformContext(), options)
    arguments = ["run", "ecocomp:esv", "--", "INPUT={}".format(src), "AREA_FIELD=S", "EA_MODE=0", "EA_VALUE=1000"]
    done = qgis_process(*arguments, "OUTPUT={}".format(tmp_path / "stop.gpkg"), home=qp_home)
    assert done.returncode != 0
    assert "Feature (2) of the input layer has an invalid geometry" in done.stdout + done.stderr
    assert not (tmp_path / "stop.gpkg").exists()
    done = qgis_process(*arguments, "INVALID_GEOMETRY=1", "OUTPUT={}".format(tmp_path / "skip.gpkg"), home=qp_home)
    assert done.returncode == 0, done.stderr
    assert "Skipped 1 feature(s) with invalid geometry: fid 2" in done.stdout + done.stderr
    assert [f["name"] for f in QgsVectorLayer(str(tmp_path / "skip.gpkg"), "o", "ogr").getFeatures()] == ["A"]


def test_a_shapefile_output_does_not_flood_the_log(qp_home, tmp_path):
    """A correct Shapefile output printed 108 GDAL lines ("Value … not successfully written", "width 255 truncated
    to 254"); now one line each, and nothing on stderr but QGIS's own start-up notice."""
    import csv

    with open(ROOT / "sample_data" / "hubei_statistics_2017_synthetic.csv", encoding="utf-8-sig") as handle:
        rows = [(r["adcode"], r["population"], r["gdp_cny"]) for r in csv.DictReader(handle)]
    table = tmp_path / "short.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([("adcode", "pop", "gdp")] + rows)
    done = qgis_process("run", "ecocomp:jointable", "--", "INPUT={}".format(ROOT / "sample_data" / "hubei_counties.gpkg"),
                        "STATS_TABLE={}".format(table), "INPUT_KEY=adcode", "STATS_KEY=adcode",
                        "OUTPUT={}".format(tmp_path / "out.shp"), home=qp_home)
    assert done.returncode == 0, done.stderr
    # GDAL's lines ("Warning 1: …", "ERROR 1: …"); QGIS's own Python may warn of its deprecations (codecs.open …)
    noise = [line for line in done.stderr.splitlines() if line.startswith(("Warning ", "ERROR "))]
    assert noise == []
    # GDAL up to 3.10 warns once per such value (summed up in one line); newer GDAL writes them without a word
    assert "dBASE: 103 number(s) written with fewer decimals" in done.stdout or "number(s) written" not in done.stdout
    from osgeo import ogr

    dataset = ogr.Open(str(tmp_path / "out.shp"))  # kept while its layer is read
    written = {f.GetField("adcode"): f.GetField("gdp") for f in dataset.GetLayer(0)}
    assert all(written[code] == float(gdp) for code, _, gdp in rows)  # every value intact


def test_an_output_over_an_input_is_refused_on_the_command_line(qp_home, tmp_path):
    """ecocomp:esv OUTPUT=multi.gpkg with INPUT=multi.gpkg|layername=…: refused, every layer kept byte for byte."""
    import hashlib
    import shutil

    multi = tmp_path / "multi.gpkg"
    shutil.copy(ROOT / "sample_data" / "hubei_counties.gpkg", multi)
    before = hashlib.sha256(multi.read_bytes()).hexdigest()
    done = qgis_process("run", "ecocomp:esv", "--", "INPUT={}|layername=hubei_counties".format(multi),
                        "AREA_FIELD=adcode", "EA_MODE=0", "EA_VALUE=100", "OUTPUT={}".format(multi), home=qp_home)
    assert done.returncode != 0
    assert "would overwrite {}".format(multi) in done.stdout + done.stderr
    assert hashlib.sha256(multi.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(tmp_path)) == ["multi.gpkg"]


def test_a_yearbook_table_through_qgis_process(qp_home, tmp_path, hubei_payment_expected):
    """GBK CSV with units in its headers, through the command line: converted, logged, same eoi as by hand."""
    from qgis.core import QgsVectorLayer

    table = ROOT / "sample_data" / "yearbook" / "hubei_2017_yearbook_gbk.csv"
    out = tmp_path / "fp.gpkg"
    done = qgis_process("--json", "run", "ecocomp:footprint", "--",
                        "INPUT={}".format(ROOT / "sample_data" / "hubei_counties.gpkg"), "STATS_TABLE={}".format(table),
                        "INPUT_KEY=adcode", "STATS_KEY=行政代码", "POPULATION_FIELD=常住人口(万人)",
                        "AREA_FIELD=耕地面积/千公顷", "PRESET=0", "OUTPUT={}".format(out), home=qp_home)
    assert done.returncode == 0, done.stderr + done.stdout[-2000:]
    log = json.loads(done.stdout)["log"]["info"]
    assert any("10,000 persons (万人) → persons (人), × 10,000" in line for line in log)
    eoi = {f["adcode"]: f["eoi"] for f in QgsVectorLayer(str(out), "fp", "ogr").getFeatures()}
    for adcode, (expected, _) in hubei_payment_expected.items():
        assert eoi[adcode] == pytest.approx(expected, rel=1e-9)
    # left without its unit, the same population column is stopped by the plausibility check
    done = qgis_process("run", "ecocomp:footprint", "--",
                        "INPUT={}".format(ROOT / "sample_data" / "hubei_counties.gpkg"), "STATS_TABLE={}".format(table),
                        "INPUT_KEY=adcode", "STATS_KEY=行政代码", "POPULATION_FIELD=常住人口(万人)",
                        "POPULATION_FIELD_UNIT=1", "AREA_FIELD=耕地面积/千公顷", "PRESET=0",
                        "OUTPUT={}".format(tmp_path / "fp2.gpkg"), home=qp_home)
    assert done.returncode != 0 and "contradicts the unit 10,000 persons (万人)" in done.stdout + done.stderr


@pytest.mark.slow
def test_readme_main_job(tmp_path, sample_expected, hubei_payment_expected):
    """The README's main job, exactly as documented: the chain's layers, numbers and maps."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QImage

    env = dict(os.environ, ECOCOMP_QGIS_HOME=str(tmp_path / "home"))
    done = subprocess.run(["bash", str(ROOT / "scripts" / "run_sample.sh"), str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = tmp_path / "out"
    esv = {f["adcode"]: f for f in QgsVectorLayer(str(out / "hubei_esv.gpkg"), "esv", "ogr").getFeatures()}
    assert len(esv) == 103
    for adcode, feature in esv.items():
        assert feature["esv_total"] == pytest.approx(sample_expected[adcode]["esv_total"], rel=1e-12)
    payment = QgsVectorLayer(str(out / "hubei_compensation.gpkg"), "pay", "ogr")
    for feature in payment.getFeatures():
        assert feature["payment"] == pytest.approx(hubei_payment_expected[feature["adcode"]][1], rel=1e-9)
    received = sum(p for _, p in hubei_payment_expected.values() if p > 0)
    assert "Total received: {:,.2f} CNY".format(received)[:-4] in done.stdout  # the log reports the totals
    for png in ("hubei_payment.png", "hubei_esv.png", "hubei_zones.png", "gansu_land_occupied.png",
                "province_land_flows.png"):
        image = QImage(str(out / png))
        assert (image.width(), image.height()) == (1753, 1240), png  # A4 landscape (297 × 210 mm) at 150 dpi
    # The payment map draws both sides: the darkest red (pays) and the darkest blue (receives) of RdBu.
    image = QImage(str(out / "hubei_payment.png"))
    colours = {image.pixelColor(x, y).name() for x in range(0, 1753, 3) for y in range(0, 1240, 3)}
    assert {"#ca0020", "#0571b0"} <= colours
    occupied = QgsVectorLayer(str(out / "gansu_land_occupied.gpkg"), "occ", "ogr")
    assert sum(f["occ_total"] for f in occupied.getFeatures()) == pytest.approx(5.37e6, rel=1e-6)  # Gansu's land
    summary = (out / "hubei_zone_summary.csv").read_text(encoding="utf-8")
    assert "受偿区" in summary and "支付区" in summary
    # Who pays whom: every payer pays its whole amount, to receivers or into the central fund.
    import csv

    with open(out / "hubei_transfers.csv", encoding="utf-8") as handle:
        transfers = list(csv.DictReader(handle))
    paid_total = -sum(p for _, p in hubei_payment_expected.values() if p < 0)
    assert sum(float(r["amount"]) for r in transfers) == pytest.approx(paid_total, rel=1e-9)
    assert sum(float(r["amount"]) for r in transfers if r["receiver"] == "central fund") == pytest.approx(
        paid_total - received, rel=1e-9)
    assert QImage(str(out / "hubei_transfers.png")).width() == 1753
    # How sure the amounts are: 10,000 seeded draws; the deterministic amount is the chain's, P5 ≤ P50 ≤ P95.
    uncertain = QgsVectorLayer(str(out / "hubei_uncertainty.gpkg"), "u", "ogr")
    for feature in uncertain.getFeatures():
        assert feature["payment_det"] == pytest.approx(hubei_payment_expected[feature["adcode"]][1], rel=1e-9)
        assert feature["payment_p5"] <= feature["payment_p50"] <= feature["payment_p95"]
    assert QImage(str(out / "hubei_tornado.png")).width() == 2047
    # The report in each language, with its tables and page images (cover, maps, tables, charts, formulas, atlas).
    for lang in ("en", "zh"):
        pdf = out / "hubei_report_{}.pdf".format(lang)
        assert pdf.read_bytes()[:5] == b"%PDF-"
        assert (out / "hubei_report_tables_{}.xlsx".format(lang)).stat().st_size > 5000
        pages = sorted(out.glob("hubei_report_{}_page-*.png".format(lang)))
        # cover, 3 maps, tables, charts, formulas, and the atlas of the 17 prefectures
        assert len(pages) >= 1 + 3 + 4 + 17 and "Report of {} pages written".format(len(pages)) in done.stdout


def payment_grid(path, side):
    """``side`` × ``side`` square units with alternating-sign payments (as a GeoPackage written by GDAL): a
    transfers run over them writes a table of about side⁴/4 flows, long enough to be stopped while it writes."""
    import random

    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("units", srs, ogr.wkbPolygon)
    for name, kind in (("adcode", ogr.OFTString), ("name", ogr.OFTString), ("payment", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    random.seed(1)
    layer.StartTransaction()
    for i in range(side * side):
        x, y = 100 + (i % side) * 0.1, 30 + (i // side) * 0.1
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("adcode", str(100000 + i))
        feature.SetField("name", "u{}".format(i))
        feature.SetField("payment", random.uniform(1, 1000) * (1 if i % 2 else -1))
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
            x, y, x + 0.1, y + 0.1)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_mid_write_cleans_up_and_keeps_earlier_outputs(qp_home, tmp_path, signal_name):
    """qgis_process stopped by SIGTERM (kill, a scheduler) or SIGINT (Ctrl-C) while it writes: it stops, removes its
    staged files and the temporary layer it put into the analyst's GeoPackage, and the GeoPackage it was to add a
    layer to is byte-identical (issue 26: a killed run used to leave *.ecocomp-partial-* files and layers)."""
    import signal
    import time

    from osgeo import ogr

    units = tmp_path / "units.gpkg"
    payment_grid(units, 40)
    shared = tmp_path / "shared.gpkg"
    payment_grid(shared, 2)
    before = shared.read_bytes()
    env = dict(os.environ, ECOCOMP_QGIS_HOME=str(qp_home))
    env.pop("PYTHONPATH", None)
    process = subprocess.Popen(
        [str(QP), "run", "ecocomp:transfers", "--", "INPUT={}".format(units), "AMOUNT_FIELD=payment",
         "KEY_FIELD=adcode", "NAME_FIELD=name", "METHOD=0", "OUTPUT={}".format(tmp_path / "totals.gpkg"),
         "OUTPUT_TABLE={}".format(tmp_path / "od.csv"), "OUTPUT_LINES={}|layername=lines".format(shared)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while not any(".ecocomp-partial-" in p.name for p in tmp_path.iterdir()):
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "no output was being written"
            time.sleep(0.05)
        time.sleep(0.3)  # well inside the writing
        process.send_signal(getattr(signal, signal_name))
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    log = process.stdout.read()
    assert process.returncode != 0, log
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.gpkg", "units.gpkg"], log
    assert shared.read_bytes() == before
    dataset = ogr.Open(str(shared))
    assert [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())] == ["units"]

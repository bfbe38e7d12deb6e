"""Real yearbook tables in, in their own units, encodings and codes (sample_data/yearbook, made by
scripts/make_yearbook_fixture.py): the whole chain gives the same numbers as the same data in canonical units,
and a unit left wrong is stopped by the plausibility check."""

import csv
import pathlib

import pytest

DATA = pathlib.Path(__file__).resolve().parent.parent / "sample_data" / "yearbook"
SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "sample_data"
XLSX = DATA / "hubei_2017_yearbook.xlsx"
GBK = DATA / "hubei_2017_yearbook_gbk.csv"

# Yearbook header → (canonical column, factor to the canonical unit), typed here independently of EcoComp.
CANONICAL = {
    "常住人口(万人)": ("population", 10000.0), "地区生产总值（亿元）": ("gdp_cny", 1e8),
    "耕地面积/千公顷": ("cultivated_ha", 1000.0), "粮食产量(吨)": ("grain_output_kg", 1000.0),
    "水稻播种面积(公顷)": ("rice_area_ha", 1.0), "水稻单产(公斤/公顷)": ("rice_yield_kg_ha", 1.0),
    "小麦播种面积(千公顷)": ("wheat_area_ha", 1000.0), "小麦单产(吨/公顷)": ("wheat_yield_kg_ha", 1000.0),
    "玉米播种面积(亩)": ("maize_area_ha", 1 / 15), "玉米单产(公斤/公顷)": ("maize_yield_kg_ha", 1.0),
    "城镇居民恩格尔系数(%)": ("engel_urban", 0.01), "农村居民恩格尔系数(%)": ("engel_rural", 0.01),
    "城镇化率(%)": ("urbanisation", 0.01),
}
PRICES = {"rice": 2.72, "wheat": 2.36, "maize": 1.76}


def canonical_csv(folder):
    """The XLSX's numbers converted to canonical units with the factors above, as a plain UTF-8 CSV."""
    import openpyxl

    sheet = openpyxl.load_workbook(XLSX, read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[2]
    path = folder / "canonical.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["adcode", "mfa_type"] + [CANONICAL[h][0] for h in header if h in CANONICAL])
        for row in rows[3:]:
            if row[0] is None or not str(row[0]).isdigit():
                continue
            cells = dict(zip(header, row))
            writer.writerow([str(cells["行政代码"]), cells["主体功能区"]]
                            + [repr(float(cells[h]) * CANONICAL[h][1]) for h in header if h in CANONICAL])
    return path


def chain(run, table, key, names, out):
    """ESV → footprint → priority → payment and the dual zoning on the Hubei units joined to ``table``."""
    crops = []
    for crop in ("rice", "wheat", "maize"):
        crops += [crop, names[crop + "_area"], names[crop + "_yield"], PRICES[crop]]
    join = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(table), "INPUT_KEY": "adcode",
            "STATS_KEY": key}
    esv = run("esv", dict(join, AREA_FIELD=names["area"], EA_MODE=2, CROP_FIELDS=crops,
                          OUTPUT=str(out / "esv.gpkg")))["OUTPUT"]
    footprint = run("footprint", {"INPUT": esv, "POPULATION_FIELD": names["population"],
                                  "AREA_FIELD": names["area"], "PRESET": 0, "OUTPUT": str(out / "fp.gpkg")})["OUTPUT"]
    priority = run("priority", {"INPUT": footprint, "TYPE_FIELD": names["type"], "ESV_FIELD": "esv_nonmarket",
                                "GDP_FIELD": names["gdp"], "OUTPUT": str(out / "pr.gpkg")})["OUTPUT"]
    payment = run("payment", {"INPUT": priority, "PRESET": 0, "ESV_NONMARKET_FIELD": "esv_nonmarket",
                              "EOI_FIELD": "eoi", "ENGEL_URBAN_FIELD": names["engel_urban"],
                              "ENGEL_RURAL_FIELD": names["engel_rural"], "URBANISATION_FIELD": names["urbanisation"],
                              "G_MODE": 2, "GDP_FIELD": names["gdp"], "POPULATION_FIELD": names["population"],
                              "ROLE_FIELD": "role", "OUTPUT": str(out / "pay.gpkg")})["OUTPUT"]
    zoning = run("dualzoning", {"INPUT": footprint, "GRAIN_FIELD": names["grain"], "AREA_FIELD": names["area"],
                                "POPULATION_FIELD": names["population"], "ECO_MODE": 0, "EF_FIELD": "ef",
                                "EC_FIELD": "ec", "OUTPUT": str(out / "zone.gpkg"),
                                "OUTPUT_SUMMARY": str(out / "zone.csv")})["OUTPUT"]
    from qgis.core import QgsVectorLayer

    result = {}
    for path, fields in ((payment, ("ea", "esv_total", "eoi", "level", "R", "G", "payment")),
                         (zoning, ("q_score", "zone"))):
        for feature in QgsVectorLayer(path, "r", "ogr").getFeatures():
            result.setdefault(feature["adcode"], {}).update({f: feature[f] for f in fields})
    return result


YEARBOOK_NAMES = {"area": "耕地面积/千公顷", "population": "常住人口(万人)", "gdp": "地区生产总值（亿元）",
                  "type": "主体功能区", "grain": "粮食产量(吨)", "engel_urban": "城镇居民恩格尔系数(%)",
                  "engel_rural": "农村居民恩格尔系数(%)", "urbanisation": "城镇化率(%)",
                  "rice_area": "水稻播种面积(公顷)", "rice_yield": "水稻单产(公斤/公顷)",
                  "wheat_area": "小麦播种面积(千公顷)", "wheat_yield": "小麦单产(吨/公顷)",
                  "maize_area": "玉米播种面积(亩)", "maize_yield": "玉米单产(公斤/公顷)"}
CANONICAL_NAMES = {"area": "cultivated_ha", "population": "population", "gdp": "gdp_cny", "type": "mfa_type",
                   "grain": "grain_output_kg", "engel_urban": "engel_urban", "engel_rural": "engel_rural",
                   "urbanisation": "urbanisation", "rice_area": "rice_area_ha", "rice_yield": "rice_yield_kg_ha",
                   "wheat_area": "wheat_area_ha", "wheat_yield": "wheat_yield_kg_ha", "maize_area": "maize_area_ha",
                   "maize_yield": "maize_yield_kg_ha"}


@pytest.fixture(scope="module")
def canonical_result(tmp_path_factory, ecocomp_provider_module):
    folder = tmp_path_factory.mktemp("canonical")
    return chain(ecocomp_provider_module, canonical_csv(folder), "adcode", CANONICAL_NAMES, folder)


@pytest.fixture(scope="module")
def ecocomp_provider_module(qgis_app, qgis_processing):
    from qgis import processing
    from qgis.core import QgsApplication

    from ecocomp.algorithms.provider import EcoCompProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecocomp") is None:
        provider = EcoCompProvider()
        registry.addProvider(provider)
        ecocomp_provider_module.keep = provider
    return lambda name, params: processing.run("ecocomp:" + name, params)


@pytest.mark.parametrize("table", [XLSX, GBK], ids=["XLSX with a title row, codes as numbers",
                                                    "GBK CSV with 12-digit codes and thousands separators"])
def test_the_yearbook_chain_equals_the_canonical_chain(ecocomp_provider_module, canonical_result, tmp_path, table):
    result = chain(ecocomp_provider_module, table, "行政代码", YEARBOOK_NAMES, tmp_path)
    assert len(result) == len(canonical_result) == 103
    for adcode, expected in canonical_result.items():
        got = result[adcode]
        for name, value in expected.items():
            if isinstance(value, float):
                assert got[name] == pytest.approx(value, rel=1e-12, abs=1e-9), (adcode, name)
            else:
                assert got[name] == value, (adcode, name)
    # the published method, not a trivial one: Hubei's totals are not zero and both signs occur
    payments = [r["payment"] for r in result.values()]
    assert min(payments) < 0 < max(payments)


def test_the_yearbook_results_equal_the_sample_computed_by_hand(ecocomp_provider_module, tmp_path,
                                                                hubei_payment_expected):
    result = chain(ecocomp_provider_module, XLSX, "行政代码", YEARBOOK_NAMES, tmp_path)
    for adcode, (eoi, payment) in hubei_payment_expected.items():
        assert result[adcode]["eoi"] == pytest.approx(eoi, rel=1e-9)
        assert result[adcode]["payment"] == pytest.approx(payment, rel=1e-9, abs=1e-3)


def without_units(folder):
    """The GBK table with the units taken out of the population header (values still in 万人)."""
    text = GBK.read_bytes().decode("gbk").replace("常住人口(万人)", "常住人口", 1)
    path = folder / "no_unit.csv"
    path.write_bytes(text.encode("gbk"))
    return path


def test_population_in_10k_left_as_persons_is_stopped_suggesting_10k(ecocomp_provider_module, tmp_path):
    from qgis.core import QgsProcessingException

    params = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(without_units(tmp_path)),
              "INPUT_KEY": "adcode", "STATS_KEY": "行政代码", "POPULATION_FIELD": "常住人口",
              "AREA_FIELD": "耕地面积/千公顷", "PRESET": 0, "OUTPUT": str(tmp_path / "fp.gpkg")}
    with pytest.raises(QgsProcessingException) as error:
        ecocomp_provider_module("footprint", params)
    message = str(error.value)
    assert "Implausible population ('常住人口' read as persons (人))" in message
    assert "'常住人口' in 10,000 persons (万人)" in message
    assert not (tmp_path / "fp.gpkg").exists()
    # Choosing 万人 for the field runs.
    ecocomp_provider_module("footprint", dict(params, POPULATION_FIELD_UNIT=2))
    assert (tmp_path / "fp.gpkg").exists()


def test_a_chosen_unit_contradicting_the_header_is_refused(ecocomp_provider_module, tmp_path):
    from qgis.core import QgsProcessingException

    params = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(XLSX), "INPUT_KEY": "adcode",
              "STATS_KEY": "行政代码", "POPULATION_FIELD": "常住人口(万人)", "POPULATION_FIELD_UNIT": 1,
              "AREA_FIELD": "耕地面积/千公顷", "PRESET": 0, "OUTPUT": str(tmp_path / "fp.gpkg")}
    with pytest.raises(QgsProcessingException, match="the chosen unit persons .人. contradicts the unit 10,000 "
                                                     "persons .万人. in its header"):
        ecocomp_provider_module("footprint", params)


def test_a_missing_marker_is_reported_as_missing_never_zero(ecocomp_provider_module, tmp_path):
    from qgis.core import QgsProcessingException

    params = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(GBK), "INPUT_KEY": "adcode",
              "STATS_KEY": "行政代码", "TYPE_FIELD": "主体功能区", "ESV_FIELD": "农村居民人均可支配收入(元)",
              "GDP_FIELD": "地区生产总值（亿元）", "OUTPUT": str(tmp_path / "pr.gpkg")}
    with pytest.raises(QgsProcessingException, match="is missing \\(NULL\\) for 1 unit: "):
        ecocomp_provider_module("priority", params)


def test_the_log_shows_every_conversion(ecocomp_provider_module, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    lines = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            lines.append(text)

    processing.run("ecocomp:footprint", {
        "INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(XLSX), "INPUT_KEY": "adcode",
        "STATS_KEY": "行政代码", "POPULATION_FIELD": "常住人口(万人)", "AREA_FIELD": "耕地面积/千公顷", "PRESET": 0,
        "OUTPUT": str(tmp_path / "fp.gpkg")}, feedback=Log())
    assert "Unit: population (field '常住人口(万人)'): 10,000 persons (万人) → persons (人), × 10,000 (unit in the " \
           "header)." in lines
    assert any(line.startswith("Unit: cultivated land area (field '耕地面积/千公顷'): 1,000 ha (千公顷) → ha (公顷), "
                               "× 1,000") for line in lines)
    assert any("header in row 3" in line and "left out: row 1 “表 3-1" in line for line in lines)
    assert any(line.startswith("Join report: 103 of 103 polygons matched") for line in lines)


def test_the_statistics_template_filled_in_runs_the_chain(ecocomp_provider_module, tmp_path, hubei_payment_expected):
    """ecocomp:statstemplate writes the columns and the codes; filled from the sample in the template's units,
    the chain gives the hand-computed payments."""
    import openpyxl

    out = ecocomp_provider_module("statstemplate", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "CHAIN": 2,
                                                    "OUTPUT_XLSX": str(tmp_path / "template.xlsx"),
                                                    "OUTPUT_CSV": str(tmp_path / "template.csv")})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["template.csv", "template.xlsx"]
    with open(out["OUTPUT_CSV"], encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["行政代码 code", "名称 name"] and "常住人口 population (万人)" in header
    with open(SAMPLE / "hubei_statistics_2017_synthetic.csv", encoding="utf-8") as handle:
        sample = {row["adcode"]: row for row in csv.DictReader(handle)}
    source = {"主体功能区 main functional area type": ("mfa_type_zh", None),
              "常住人口 population (万人)": ("population", 1e4), "地区生产总值 GDP (亿元)": ("gdp_cny", 1e8),
              "耕地面积 cultivated land (公顷)": ("cultivated_ha", 1), "粮食产量 grain output (吨)": ("grain_output_kg", 1e3),
              "城镇居民恩格尔系数 urban Engel coefficient (%)": ("engel_urban", 0.01),
              "农村居民恩格尔系数 rural Engel coefficient (%)": ("engel_rural", 0.01),
              "城镇化率 urbanisation rate (%)": ("urbanisation", 0.01)}
    for zh, en in (("水稻", "rice"), ("小麦", "wheat"), ("玉米", "maize")):
        source["{}播种面积 {} sown area (公顷)".format(zh, en)] = (en + "_area_ha", 1)
        source["{}单产 {} yield (公斤/公顷)".format(zh, en)] = (en + "_yield_kg_ha", 1)
    workbook = openpyxl.load_workbook(out["OUTPUT_XLSX"])
    sheet = workbook["statistics"]
    titles = [c.value for c in sheet[1]]
    assert titles == header
    for row in sheet.iter_rows(min_row=2):
        data = sample[str(row[0].value)]
        for cell, title in zip(row, titles):
            if title in source:
                column, divisor = source[title]
                cell.value = data[column] if divisor is None else float(data[column]) / divisor
    filled = tmp_path / "filled.xlsx"
    workbook.save(filled)
    names = {"area": "耕地面积 cultivated land (公顷)", "population": "常住人口 population (万人)",
             "gdp": "地区生产总值 GDP (亿元)", "type": "主体功能区 main functional area type",
             "grain": "粮食产量 grain output (吨)", "engel_urban": "城镇居民恩格尔系数 urban Engel coefficient (%)",
             "engel_rural": "农村居民恩格尔系数 rural Engel coefficient (%)", "urbanisation": "城镇化率 urbanisation rate (%)"}
    for zh, en in (("水稻", "rice"), ("小麦", "wheat"), ("玉米", "maize")):
        names[en + "_area"] = "{}播种面积 {} sown area (公顷)".format(zh, en)
        names[en + "_yield"] = "{}单产 {} yield (公斤/公顷)".format(zh, en)
    result = chain(ecocomp_provider_module, filled, "行政代码 code", names, tmp_path)
    for adcode, (_eoi, payment) in hubei_payment_expected.items():
        assert result[adcode]["payment"] == pytest.approx(payment, rel=1e-9, abs=1e-3)


def test_money_results_in_10k_cny_carry_the_unit_in_their_names(ecocomp_provider_module, tmp_path):
    """ESV in 万元 (esv_total_10k_cny) is 1/10,000 of the CNY figure, and the payment step reads it back as 万元."""
    from qgis.core import QgsVectorLayer

    join = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(XLSX), "INPUT_KEY": "adcode",
            "STATS_KEY": "行政代码", "AREA_FIELD": "耕地面积/千公顷", "EA_MODE": 0, "EA_VALUE": 2000.0}
    in_cny = ecocomp_provider_module("esv", dict(join, OUTPUT=str(tmp_path / "a.gpkg")))["OUTPUT"]
    in_10k = ecocomp_provider_module("esv", dict(join, MONEY_UNIT=1, OUTPUT=str(tmp_path / "b.gpkg")))["OUTPUT"]
    a = {f["adcode"]: f for f in QgsVectorLayer(in_cny, "a", "ogr").getFeatures()}
    b = {f["adcode"]: f for f in QgsVectorLayer(in_10k, "b", "ogr").getFeatures()}
    assert "esv_total" not in b["420102"].fields().names()
    for code in a:
        assert b[code]["esv_total_10k_cny"] == pytest.approx(a[code]["esv_total"] / 1e4, rel=1e-15)
        assert b[code]["ea"] == a[code]["ea"]  # CNY/ha, not a money total
    footprint = ecocomp_provider_module("footprint", {"INPUT": in_10k, "POPULATION_FIELD": "常住人口(万人)",
                                                      "AREA_FIELD": "耕地面积/千公顷", "PRESET": 0,
                                                      "OUTPUT": str(tmp_path / "fp.gpkg")})["OUTPUT"]
    pay = {}
    for name, money, source in (("p1", 0, in_cny), ("p2", 2, in_10k)):
        fp = ecocomp_provider_module("footprint", {"INPUT": source, "POPULATION_FIELD": "常住人口(万人)",
                                                   "AREA_FIELD": "耕地面积/千公顷", "PRESET": 0,
                                                   "OUTPUT": str(tmp_path / (name + "fp.gpkg"))})["OUTPUT"]
        esv_field = "esv_nonmarket" if source == in_cny else "esv_nonmarket_10k_cny"
        out = ecocomp_provider_module("payment", {
            "INPUT": fp, "PRESET": 0, "ESV_NONMARKET_FIELD": esv_field, "EOI_FIELD": "eoi",
            "ENGEL_URBAN_FIELD": "城镇居民恩格尔系数(%)", "ENGEL_RURAL_FIELD": "农村居民恩格尔系数(%)",
            "URBANISATION_FIELD": "城镇化率(%)", "G_MODE": 2, "GDP_FIELD": "地区生产总值（亿元）",
            "POPULATION_FIELD": "常住人口(万人)", "MONEY_UNIT": money, "OUTPUT": str(tmp_path / (name + ".gpkg"))})
        pay[name] = {f["adcode"]: f for f in QgsVectorLayer(out["OUTPUT"], name, "ogr").getFeatures()}
    assert footprint
    for code in pay["p1"]:
        assert pay["p2"][code]["payment_100m_cny"] == pytest.approx(pay["p1"][code]["payment"] / 1e8, rel=1e-12)


def test_units_without_a_row_are_refused_or_left_out_by_choice(ecocomp_provider_module, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    text = GBK.read_bytes().decode("gbk").splitlines()
    short = tmp_path / "short.csv"
    short.write_bytes("\n".join(text[:-2]).encode("gbk"))  # the last two counties are missing
    params = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": str(short), "INPUT_KEY": "adcode",
              "STATS_KEY": "行政代码", "POPULATION_FIELD": "常住人口(万人)", "AREA_FIELD": "耕地面积/千公顷",
              "PRESET": 0, "OUTPUT": str(tmp_path / "fp.gpkg")}
    with pytest.raises(QgsProcessingException, match="2 polygon\\(s\\) have no row in the statistics table"):
        ecocomp_provider_module("footprint", params)
    out = ecocomp_provider_module("footprint", dict(params, UNMATCHED=1))["OUTPUT"]
    assert QgsVectorLayer(out, "fp", "ogr").featureCount() == 101


def test_the_template_joins_back_in_a_qgis_without_openpyxl(run_alg, tmp_path, monkeypatch):
    """Debian's QGIS and OSGeo4W ship no openpyxl: the template is written by GDAL's XLSX driver, whose reading takes
    a header of text above rows of text as data. EcoComp's reader finds the header itself, so the template EcoComp
    wrote is joined back by its code column (it was "Key field 'adcode' was not found")."""
    import sys

    from qgis.core import QgsVectorLayer

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    out = run_alg("statstemplate", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "CHAIN": 2,
                                    "OUTPUT_XLSX": str(tmp_path / "template.xlsx")})
    joined = run_alg("jointable", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": out["OUTPUT_XLSX"],
                                   "INPUT_KEY": "adcode", "OUTPUT": str(tmp_path / "joined.gpkg")})
    layer = QgsVectorLayer(joined["OUTPUT"], "j", "ogr")
    assert layer.featureCount() == 103
    names = {f["adcode"]: f["名称 name"] for f in layer.getFeatures()}
    assert names["420102"] == "江岸区" and len({v for v in names.values() if v}) == 103


def test_the_template_warns_of_repeated_and_empty_codes(run_alg, polygons, tmp_path):
    """A layer whose codes repeat (parts of one unit) or are NULL: the template is written, with warnings naming
    the codes and the features (it wrote each code 28× without a word)."""
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class Log(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    layer = polygons([("adcode", "string"), ("name", "string")],
                     [("420102", "江岸区"), ("420102", "江岸区"), (None, "无码"), ("420103", "江汉区")], "units")
    run_alg("statstemplate", {"INPUT": layer, "KEY_FIELD": "adcode", "NAME_FIELD": "name", "CHAIN": 2,
                              "OUTPUT_CSV": str(tmp_path / "t.csv")}, Log())
    assert any("1 unit(s) have no code in field 'adcode' (features 3)" in w for w in warnings), warnings
    assert any("1 code(s) of field 'adcode' belong to several features" in w and "420102" in w for w in warnings)


def test_the_yearbook_workbook_reads_the_same_without_openpyxl(run_alg, tmp_path, monkeypatch):
    """Debian's QGIS has no openpyxl: GDAL's XLSX driver took a header above rows of numbers as field names (its
    open options are ignored in GDAL 3.6); EcoComp sets its configuration instead, and the yearbook joins with the
    same values as through openpyxl."""
    import sys

    from tests.layers import by_key

    workbook = str(SAMPLE / "yearbook" / "hubei_2017_yearbook.xlsx")
    params = {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "STATS_TABLE": workbook, "INPUT_KEY": "adcode"}
    with_openpyxl = by_key(run_alg("jointable", dict(params, OUTPUT=str(tmp_path / "a.gpkg")))["OUTPUT"])
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    without = by_key(run_alg("jointable", dict(params, OUTPUT=str(tmp_path / "b.gpkg")))["OUTPUT"])
    assert len(without) == 103
    field = "常住人口(万人)"
    assert all(float(without[k][field]) == pytest.approx(float(with_openpyxl[k][field]), rel=1e-12) for k in without)

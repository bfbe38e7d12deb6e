"""The Python API (ecocomp_science/api.py) against processing.run on the sample data: every result column equal to
1e-12, the same error template for bad input, and the MRIO from pandas frames as from the CSV folder."""

import pathlib
import re

import numpy as np
import pytest

pd = pytest.importorskip("pandas")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
CROPS = [("rice", "rice_area_ha", "rice_yield_kg_ha", 2.72), ("wheat", "wheat_area_ha", "wheat_yield_kg_ha", 2.36),
         ("maize", "maize_area_ha", "maize_yield_kg_ha", 1.76)]


@pytest.fixture(scope="module")
def units():
    """The sample statistics as a DataFrame (the polygons' attributes joined by adcode, as ecocomp:jointable)."""
    return pd.read_csv(SAMPLE / "hubei_statistics_2017_synthetic.csv", dtype={"adcode": str})


def layer_rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    def plain(value):  # QGIS's NULL (a null QVariant under PyQt5) as None
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value

    return {f["adcode"]: {name: plain(f[name]) for name in layer.fields().names()} for f in layer.getFeatures()}


def same(frame, path, columns):
    algorithm = layer_rows(path)
    assert len(frame) == len(algorithm)
    for _, row in frame.iterrows():
        expected = algorithm[row["adcode"]]
        for column in columns:
            got, want = row[column], expected[column]
            if isinstance(want, str) or want is None or isinstance(got, str):
                assert (None if got is None or (isinstance(got, float) and np.isnan(got)) else got) == want, column
            else:
                assert got == pytest.approx(want, rel=1e-12, abs=1e-300), (row["adcode"], column)


def test_the_chain_equals_processing_run(prepared, units):
    from ecocomp.ecocomp_science import api

    out = api.esv(units, crop_fields=CROPS)
    same(out, prepared.path / "esv.gpkg", ["ea", "esv_total", "esv_market", "esv_nonmarket"])
    out = api.footprint(out)
    same(out, prepared.path / "footprint.gpkg", ["ef", "ef_total", "ec", "ec_total", "eb", "eoi", "y", "k",
                                                 "ec_share", "ec_share_class"])
    out = api.priority(out)
    same(out, prepared.path / "priority.gpkg", ["role", "ind", "rank", "level"])
    paid = api.payment(out)
    same(paid, prepared.path / "compensation.gpkg", ["R", "G", "payment", "amount_rank", "role_conflict"])
    with pytest.warns(UserWarning, match="no net deficit") as said:  # the sample's food and ecology: net surpluses
        zones = api.dual_zoning(out)
    assert len(said) == 2  # both sides: [FJ]'s share of the net deficit is empty, as in Processing's log
    same(zones, prepared.path / "zoning.gpkg", ["d1", "s1", "l1", "l1_total", "d2", "s2", "l2", "l2_total",
                                                "deficit_rate1", "deficit_share1", "deficit_rate2", "deficit_share2",
                                                "z1", "z2", "q_score", "zone", "zone_label", "zone_label_zh"])
    whole = api.chain(units, CROPS)
    assert whole["payment"].tolist() == paid["payment"].tolist()
    assert "payment" not in units.columns and "esv_total" not in units.columns  # the input is never modified


def test_money_units_and_units_from_the_header(units):
    from ecocomp.ecocomp_science import api

    base = api.esv(units, crop_fields=CROPS)
    in_10k = api.esv(units, crop_fields=CROPS, money_unit="10k CNY")
    np.testing.assert_allclose(in_10k["esv_total_10k_cny"], base["esv_total"] / 1e4, rtol=1e-15)
    # Population in 万人, named in the header or given: the same footprint.
    header = units.rename(columns={"population": "population (万人)"}).assign(
        **{"population (万人)": units["population"] / 1e4})
    by_header = api.footprint(header, population="population (万人)")
    np.testing.assert_allclose(by_header["eoi"], api.footprint(units)["eoi"], rtol=1e-12)
    given = units.assign(pop_10k=units["population"] / 1e4)
    by_unit = api.footprint(given, population="pop_10k", units={"pop_10k": "万人"})
    np.testing.assert_allclose(by_unit["ef_total"], api.footprint(units)["ef_total"], rtol=1e-12)


def normalise(message):
    """The message without the unit labels' row/fid numbers, which differ between a DataFrame and a layer."""
    return re.sub(r" \((fid|row) \d+\)", "", message)


@pytest.mark.parametrize("column, value, alg, params, call", [
    ("population", 0, "footprint", {"POPULATION_FIELD": "population", "AREA_FIELD": "cultivated_ha", "PRESET": 0},
     lambda api, frame: api.footprint(frame)),
    ("gdp_cny", None, "priority", {"TYPE_FIELD": "mfa_type", "ESV_FIELD": "esv_nonmarket", "GDP_FIELD": "gdp_cny"},
     lambda api, frame: api.priority(api.esv(frame, crop_fields=CROPS))),
    ("engel_urban", 35.0, "payment", {"PRESET": 0, "ESV_NONMARKET_FIELD": "esv_nonmarket", "EOI_FIELD": "eoi",
                                      "R_MODE": 0, "ENGEL_URBAN_FIELD": "engel_urban", "ENGEL_RURAL_FIELD": "engel_rural",
                                      "URBANISATION_FIELD": "urbanisation", "G_MODE": 2, "GDP_FIELD": "gdp_cny",
                                      "POPULATION_FIELD": "population", "CHECK_UNITS": False},
     lambda api, frame: api.payment(api.footprint(api.esv(frame, crop_fields=CROPS)), check_units=False)),
])
def test_bad_input_gets_the_algorithms_message(prepared, units, run_alg, tmp_path, column, value, alg, params, call):
    from qgis.core import QgsProcessingException

    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    frame = units.copy()
    frame.loc[0, column] = value
    table = tmp_path / "stats.csv"
    frame.to_csv(table, index=False)
    (tmp_path / "stats.csvt").write_text((SAMPLE / "hubei_statistics_2017_synthetic.csvt").read_text())
    with pytest.raises(InputError) as error:
        call(api, frame)
    message = error.value.template.format(*error.value.values)
    with pytest.raises(QgsProcessingException) as refused:
        run_alg(alg, dict(params, INPUT=str(prepared.path / "hubei_counties.gpkg"), STATS_TABLE=str(table),
                          INPUT_KEY="adcode", STATS_KEY="adcode", OUTPUT=str(tmp_path / "o.gpkg"))
                if alg == "footprint" else dict(params, INPUT=_joined(prepared, run_alg, frame, tmp_path, alg),
                                                OUTPUT=str(tmp_path / "o.gpkg")))
    assert normalise(str(refused.value)) == normalise(message)


def _joined(prepared, run_alg, frame, tmp_path, alg):
    """The chain's layer up to ``alg`` with the bad statistics (so the algorithm reads the same values)."""
    from ecocomp.ecocomp_science import api

    table = tmp_path / "bad.csv"
    frame.to_csv(table, index=False)
    (tmp_path / "bad.csvt").write_text((SAMPLE / "hubei_statistics_2017_synthetic.csvt").read_text())
    joined = run_alg("jointable", {"INPUT": str(prepared.path / "hubei_counties.gpkg"), "STATS_TABLE": str(table),
                                   "INPUT_KEY": "adcode", "STATS_KEY": "adcode",
                                   "OUTPUT": str(tmp_path / "joined.gpkg")})["OUTPUT"]
    crops = [cell for row in CROPS for cell in row]
    out = run_alg("esv", {"INPUT": joined, "AREA_FIELD": "cultivated_ha", "EA_MODE": 2, "CROP_FIELDS": crops,
                          "OUTPUT": str(tmp_path / "esv.gpkg")})["OUTPUT"]
    if alg == "payment":
        out = run_alg("footprint", {"INPUT": out, "POPULATION_FIELD": "population", "AREA_FIELD": "cultivated_ha",
                                    "PRESET": 0, "OUTPUT": str(tmp_path / "fp.gpkg")})["OUTPUT"]
    assert api  # the API imports next to the plugin
    return out


def test_mrio_from_pandas_frames_equals_the_csv_folder(run_alg, tmp_path):
    from ecocomp.ecocomp_science import api

    folder = ROOT / "tests" / "data" / "mrio_2x2"

    def read(name, header_rows, index_cols=2):
        return pd.read_csv(folder / name, header=list(range(header_rows)), index_col=list(range(index_cols)))

    z = read("Z.csv", 2)
    z = z.iloc[1:] if z.index[0][0] == "region" else z  # the index-names row pandas writes
    y = read("Y.csv", 2)
    x = pd.read_csv(folder / "x.csv", index_col=[0, 1])["output"]
    land = pd.read_csv(folder / "land.csv", index_col=[0, 1])["land_ha"]
    regions = pd.DataFrame({"name_en": ["R1", "R2"], "esv_per_ha": [3000.0, 2000.0]})
    occupied = api.land_occupation(regions, "R1", z=z, y=y, x=x, land=land, unit_value=2.0)
    assert occupied["occ_consumption"].tolist() == pytest.approx([10 * (65 + 0.2 * 40), 10 * (10 + 0.2 * 60)])
    assert occupied["value_total"].tolist() == pytest.approx([2 * 730, 2 * 270])
    balance, matrix = api.bilateral_account(regions, z=z, y=y, x=x, land=land, unit_value_field="esv_per_ha")
    assert balance["land_net"].tolist() == pytest.approx([145, -145])
    assert balance["value_net"].tolist() == pytest.approx([560000, -560000])
    assert len(matrix) == 8 and matrix.loc[(matrix.origin == "R1") & (matrix.destination == "R2")
                                           & (matrix.grp == "consumption"), "land_ha"].item() == pytest.approx(220)
    unbalanced = x.copy()
    unbalanced.iloc[0] *= 2
    from ecocomp.ecocomp_science.errors import InputError

    with pytest.raises(InputError) as error:
        api.land_occupation(regions, "R1", z=z, y=y, x=unbalanced, land=land)
    assert "does not balance" in error.value.template


@pytest.mark.parametrize("scheduler", [None, "threads"])
def test_landcover_area_equals_processing_run(prepared, run_alg, tmp_path, scheduler):
    import json

    from qgis.core import QgsVectorLayer

    from ecocomp.ecocomp_science import api

    if scheduler:
        pytest.importorskip("dask")
    params = prepared.params("landcoverarea")
    out = run_alg("landcoverarea", dict(params, PER_CLASS=True, OUTPUT=str(tmp_path / "lc.gpkg")))
    layer = QgsVectorLayer(params["INPUT"], "units", "ogr")
    frame = pd.DataFrame({"name": [f["name"] for f in layer.getFeatures()],
                          "geometry": [json.loads(f.geometry().asJson()) for f in layer.getFeatures()]})
    ours = api.landcover_area(frame, params["RASTER"], per_class=True, scheduler=scheduler)
    theirs = {f["name"]: f for f in QgsVectorLayer(out["OUTPUT"], "lc", "ogr").getFeatures()}
    columns = [c for c in ours.columns if c.startswith("lc_")]
    assert "lc_cultivated_ha" in columns and "lc_class_8_ha" in columns
    for _, row in ours.iterrows():
        for column in columns:
            assert row[column] == pytest.approx(theirs[row["name"]][column], rel=1e-12, abs=1e-12), column


def test_input_output_on_the_sample_mrio_equals_processing_run(run_alg, tmp_path):
    """The synthetic 31-province MRIO read by pandas and given as frames: land occupation and the bilateral
    account equal ecocomp:ioland and ecocomp:iobilateral reading the same CSV folder."""
    from ecocomp.ecocomp_science import api

    folder = SAMPLE / "mrio_china_2012_synthetic"

    def read(name):
        frame = pd.read_csv(folder / name, header=[0, 1], index_col=[0, 1])
        return frame.iloc[1:] if frame.index[0][0] == "region" else frame  # the index-names row

    z, y = read("Z.csv"), read("Y.csv")
    x = pd.read_csv(folder / "x.csv", index_col=[0, 1]).iloc[:, 0]
    land = pd.read_csv(folder / "land.csv", index_col=[0, 1]).iloc[:, 0]
    groups = dict(pd.read_csv(folder / "categories.csv").values)
    provinces = pd.DataFrame({"name_en": sorted({r for r, _ in z.index})})
    common = {"INPUT": str(SAMPLE / "china_provinces.gpkg"), "REGION_KEY": "name_en", "MRIO_FORMAT": 0,
              "MRIO_FOLDER": str(folder), "CATEGORY_MAPPING": str(folder / "categories.csv")}
    ours = api.land_occupation(provinces, "Gansu", z=z, y=y, x=x, land=land, categories=groups)
    theirs = layer_rows_by(run_alg("ioland", dict(common, TARGET_REGION="Gansu",
                                                  OUTPUT=str(tmp_path / "o.gpkg")))["OUTPUT"])
    columns = [c for c in ours.columns if c.startswith("occ_")]
    assert "occ_total" in columns and "occ_consumption" in columns
    for _, row in ours.iterrows():
        for column in columns:
            assert row[column] == pytest.approx(theirs[row["name_en"]][column], rel=1e-12, abs=1e-9), column
    balance, _ = api.bilateral_account(provinces, z=z, y=y, x=x, land=land, categories=groups)
    theirs = layer_rows_by(run_alg("iobilateral", dict(common, OUTPUT=str(tmp_path / "b.gpkg")))["OUTPUT"])
    for _, row in balance.iterrows():
        for column in ("land_production", "land_consumption", "land_supplied", "land_drawn", "land_net"):
            assert row[column] == pytest.approx(theirs[row["name_en"]][column], rel=1e-12, abs=1e-9), column


def layer_rows_by(path, key="name_en"):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    return {f[key]: {name: f[name] for name in layer.fields().names()} for f in layer.getFeatures()}


def test_unit_values_are_read_like_fields(run_alg):
    """Yearbook numbers ("3,000"), keys with spaces and missing values, as ecocomp:iobilateral reads its field."""
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    folder = ROOT / "tests" / "data" / "mrio_2x2"
    z = pd.read_csv(folder / "Z.csv", header=[0, 1], index_col=[0, 1])
    z = z.iloc[1:] if z.index[0][0] == "region" else z  # the index-names row pandas writes
    y = pd.read_csv(folder / "Y.csv", header=[0, 1], index_col=[0, 1])
    x = pd.read_csv(folder / "x.csv", index_col=[0, 1])["output"]
    land = pd.read_csv(folder / "land.csv", index_col=[0, 1])["land_ha"]
    regions = pd.DataFrame({"name_en": ["R1 ", "R2"], "v": ["3,000", "2000"]})
    balance, _ = api.bilateral_account(regions, z=z, y=y, x=x, land=land, unit_value_field="v")
    assert balance["value_net"].tolist() == pytest.approx([560000, -560000])
    with pytest.raises(InputError) as error:
        api.bilateral_account(regions.assign(v=["3,000", None]), z=z, y=y, x=x, land=land, unit_value_field="v")
    assert error.value.values[1:3] == (1, "R2")


def test_esv_surface_equals_processing_run(prepared, run_alg, tmp_path):
    import json

    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    params = prepared.params("esvsurface")
    out = run_alg("esvsurface", dict(params, OUTPUT=str(tmp_path / "esv.gpkg"),
                                     OUTPUT_RASTER=str(tmp_path / "algorithm.tif")))
    layer = QgsVectorLayer(params["INPUT"], "units", "ogr")
    frame = pd.DataFrame({"name": [f["name"] for f in layer.getFeatures()],
                          "geometry": [json.loads(f.geometry().asJson()) for f in layer.getFeatures()]})
    ours = api.esv_surface(frame, params["RASTER"], params["EA_VALUE"], tmp_path / "api.tif")
    theirs = {f["name"]: f for f in QgsVectorLayer(out["OUTPUT"], "esv", "ogr").getFeatures()}
    for _, row in ours.iterrows():
        for column in [c for c in ours.columns if c.startswith("esv_lc_")]:
            assert row[column] == pytest.approx(theirs[row["name"]][column], rel=1e-12, abs=1e-9), column
    a = gdal.Open(str(tmp_path / "api.tif")).ReadAsArray()
    b = gdal.Open(out["OUTPUT_RASTER"]).ReadAsArray()
    assert np.array_equal(a, b) and a.sum() > 0
    assert not list(tmp_path.glob("*partial*"))
    with pytest.raises(InputError, match="would overwrite the land-cover raster"):
        api.esv_surface(frame, params["RASTER"], 1000.0, params["RASTER"])


@pytest.mark.parametrize("doc", ["python.md", "python.zh_CN.md"])
def test_the_land_cover_example_of_the_docs_runs_as_a_script_and_gives_its_numbers(tmp_path, doc):
    """The land-cover example of docs/python.md (and zh), run as a script as written (after the imports of the
    page's first example) on the sample counties: the areas its comments state (18.601 and 1.954 million ha)."""
    import os
    import subprocess
    import sys

    import ecocomp

    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "clcd_synthetic.tif" in b]
    assert len(blocks) == 1
    stated = [float(v) for v in re.findall(r"/ 1e6 +# ([0-9.]+)", blocks[0])]
    assert stated == [18.601, 1.954]
    (tmp_path / "sample_data").symlink_to(SAMPLE)
    script = tmp_path / "example.py"
    script.write_text("import pandas as pd\nfrom ecocomp.ecocomp_science import api\n" + blocks[0] +
                      "\nprint(round(lc['lc_total_ha'].sum() / 1e6, 3), round(lc['lc_cultivated_ha'].sum() / 1e6, 3),"
                      " len(lc))\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(pathlib.Path(ecocomp.__file__).parent.parent)] +
                                                      [p for p in sys.path if p]))
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["18.601", "1.954", "103"]


def test_the_hb_formula_sign_travels_in_its_own_column_and_payment_negates_it(units):
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    base = api.priority(api.footprint(api.esv(units, crop_fields=CROPS)))
    hb = api.priority(api.footprint(api.esv(units, crop_fields=CROPS), sign="hb_formula"))
    assert "eoi" not in hb.columns
    assert np.allclose(hb["eoi_hb"], -base["eoi"], rtol=1e-12, atol=0)
    with pytest.raises(InputError, match="eoi"):  # no 'eoi' column to read as (EC − EF)/EC
        api.payment(hb)
    paid, paid_hb = api.payment(base), api.payment(hb, eoi="eoi_hb")
    assert np.allclose(paid_hb["payment"], paid["payment"], rtol=1e-12, atol=0)
    assert paid["payment"].clip(lower=0).sum() == pytest.approx(13768097833.733824, rel=1e-12)


def test_prices_per_50_kg_are_stopped_or_read_in_their_unit_as_in_processing(units):
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    per_50_kg = [(crop, area, crop_yield, price * 50) for crop, area, crop_yield, price in CROPS]
    with pytest.raises(InputError, match=re.escape("CNY per 50 kg (元/50千克): choose that unit")):
        api.esv(units, crop_fields=per_50_kg)
    same_esv = api.esv(units, crop_fields=per_50_kg, price_unit="CNY/50 kg")
    assert np.allclose(same_esv["esv_total"], api.esv(units, crop_fields=CROPS)["esv_total"], rtol=1e-12, atol=0)
    with pytest.raises(InputError, match=re.escape("Ea, the value of one equivalent factor")):
        api.esv(units, ea=1e6)


def test_the_fujian_preset_exists_in_the_api_as_in_the_algorithm(run_alg, polygons, tmp_path):
    # ecocomp:footprint offers "Fujian 2017 [FJ]"; api.footprint(preset="fujian2017") used to be "Unknown preset".
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    rows = [(1000.0, 50.0, 300000.0, 50.0, 200000.0, 10.0), (4000.0, 40.0, 120000.0, 30.0, 600000.0, 20.0)]
    names = ["population", "cultivated_ha", "rice_kg", "rice_ha", "veg_kg", "veg_ha"]
    layer = polygons([(n, "double") for n in names], rows)
    out = run_alg("footprint", {"INPUT": layer, "PRESET": 2, "CHECK_UNITS": False,
                                "PRODUCTION_TABLE": ["rice", "rice_kg", "rice_ha", "", "veg", "veg_kg", "veg_ha", ""],
                                "OUTPUT": str(tmp_path / "fp.gpkg")})
    frame = pd.DataFrame(rows, columns=names)
    got = api.footprint(frame, preset="fujian2017", check_units=False,
                        production=[("rice", "rice_kg", "rice_ha", None), ("veg", "veg_kg", "veg_ha", None)])
    from qgis.core import QgsVectorLayer

    for (_, row), feature in zip(got.iterrows(), QgsVectorLayer(out["OUTPUT"], "o", "ogr").getFeatures()):
        for column in ("ef", "ec", "y", "eb", "eoi", "k"):
            assert row[column] == pytest.approx(feature[column], rel=1e-12, abs=1e-300), column
    with pytest.raises(InputError, match="production table"):
        api.footprint(frame, preset="fujian2017")


def test_a_text_crop_price_is_refused_naming_the_crop(units):
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    crops = [CROPS[0], ("wheat", "wheat_area_ha", "wheat_yield_kg_ha", "two yuan")]
    with pytest.raises(InputError, match=re.escape(
            "Crop fields table, wheat: price 'two yuan' (CNY per kg (元/千克)) is not a number.")):
        api.esv(units, crop_fields=crops)
    assert api.esv(units, crop_fields=[CROPS[0], ("wheat", "wheat_area_ha", "wheat_yield_kg_ha", "2.36")])[
        "esv_total"].sum() == pytest.approx(api.esv(units, crop_fields=CROPS[:2])["esv_total"].sum(), rel=1e-12)


def test_an_api_rerun_with_the_other_sign_leaves_no_stale_overload_index(units):
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    first = api.footprint(api.esv(units, crop_fields=CROPS))
    with pytest.warns(UserWarning, match="'eoi' of an earlier run"):
        hb = api.footprint(first, sign="hb_formula")
    assert "eoi_hb" in hb.columns and "eoi" not in hb.columns
    both = hb.assign(eoi=first["eoi"])
    with pytest.raises(InputError, match="both 'eoi'"):
        api.payment(api.priority(both), eoi="eoi_hb")


def test_the_per_role_summary_with_spearman_equals_the_algorithms(prepared, units, run_alg, tmp_path):
    # The per-role summary (units, amount, Spearman ρ of priority rank and amount rank [HB]) existed only in
    # ecocomp:payment; it is one science function now, behind both.
    from ecocomp.ecocomp_science import api

    out = run_alg("payment", {"INPUT": str(prepared.path / "priority.gpkg"), "OUTPUT": str(tmp_path / "p.gpkg"),
                              "OUTPUT_SUMMARY": str(tmp_path / "summary.gpkg")})
    paid = api.payment(api.priority(api.footprint(api.esv(units, crop_fields=CROPS))))
    summary = api.payment_summary(paid).set_index("role")
    from qgis.core import QgsVectorLayer

    table = {f["role"]: f for f in QgsVectorLayer(out["OUTPUT_SUMMARY"], "s", "ogr").getFeatures()}
    for role, key in (("receiver", "RECEIVERS"), ("payer", "PAYERS")):
        assert summary.loc[role, "units"] == table[role]["units"]
        assert summary.loc[role, "amount_cny"] == pytest.approx(table[role]["amount_cny"], rel=1e-12)
        assert summary.loc[role, "spearman_rho"] == pytest.approx(out["SPEARMAN_{}_RHO".format(key)], rel=1e-12)
        assert summary.loc[role, "spearman_n"] == out["SPEARMAN_{}_N".format(key)]
    assert summary["units"].sum() == 103 and -1 <= summary.loc["payer", "spearman_rho"] <= 1
    # summary_unit converts (money_unit="万元" labelled the same CNY sum "amount_万元"); money_unit is the column's
    # unit, read from its name by default, and a unit contradicting the name is refused
    in_10k = api.payment_summary(paid, summary_unit="万元").set_index("role")
    assert list(in_10k.columns)[:2] == ["units", "amount_10k_cny"]
    assert in_10k.loc["payer", "amount_10k_cny"] == pytest.approx(summary.loc["payer", "amount_cny"] / 1e4, rel=1e-12)
    paid_10k = api.payment(api.priority(api.footprint(api.esv(units, crop_fields=CROPS))), money_unit="万元")
    again = api.payment_summary(paid_10k, payment="payment_10k_cny").set_index("role")
    assert again.loc["payer", "amount_10k_cny"] == pytest.approx(in_10k.loc["payer", "amount_10k_cny"], rel=1e-12)
    in_cny = api.payment_summary(paid_10k, payment="payment_10k_cny", summary_unit="元").set_index("role")
    assert in_cny.loc["payer", "amount_cny"] == pytest.approx(summary.loc["payer", "amount_cny"], rel=1e-12)
    with pytest.raises(api.InputError, match="holds amounts in 10k CNY by its name, but money_unit says CNY"):
        api.payment_summary(paid_10k, payment="payment_10k_cny", money_unit="CNY")
    stated = api.payment_summary(paid.rename(columns={"payment": "p"}), payment="p", money_unit="亿元")
    assert stated.set_index("role").loc["payer", "amount_100m_cny"] == pytest.approx(summary.loc["payer", "amount_cny"])
    with pytest.raises(api.InputError, match="Unknown money unit 'dollars'"):
        api.payment_summary(paid, summary_unit="dollars")


def test_the_api_stops_the_2017_reference_for_a_table_of_another_year(units):
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    prioritised = api.priority(api.footprint(api.esv(units, crop_fields=CROPS)))
    with pytest.raises(InputError, match="statistics are of 2022"):
        api.payment(prioritised.assign(年份=2022))  # the year read from the table's own column
    with pytest.raises(InputError, match="statistics are of 2022"):
        api.payment(prioritised, study_year=2022)
    with pytest.warns(UserWarning, match="year of the statistics is not known"):
        api.payment(prioritised)
    assert api.payment(prioritised, study_year=2017)["payment"].abs().sum() > 0


def test_units_for_absent_columns_are_refused_and_money_units_take_chinese_spellings():
    """units= naming a column that is not there was ignored (the areas then read as ha: ESV × 15); money_unit takes
    万元 as units= does (it refused it)."""
    import pandas as pd

    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    frame = pd.DataFrame({"cultivated_mu": [15000.0, 30000.0]})
    with pytest.raises(InputError, match="units= names column\\(s\\) that are not in the frame: cultivated"):
        api.esv(frame, area="cultivated_mu", ea=2000.0, units={"cultivated": "亩"})
    out = api.esv(frame, area="cultivated_mu", ea=2000.0, units={"cultivated_mu": "亩"}, money_unit="万元")
    assert out["esv_total_10k_cny"].tolist() == pytest.approx([7.90 * 2000.0 * 1000 / 1e4, 7.90 * 2000.0 * 2000 / 1e4])


def test_a_geodataframe_without_crs_is_refused_in_words(prepared):
    """A GeoDataFrame without CRS gave a bare TypeError; it is refused, saying what to set. (geopandas is not a
    dependency: a DataFrame with the GeoDataFrame's geometry, crs and to_crs stands in for one.)"""
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    class NoCrs(pd.DataFrame):
        crs = None

        @property
        def geometry(self):
            return self["geometry"]

        def to_crs(self, crs):
            raise AssertionError("not reached")

    frame = NoCrs({"name": ["A"], "geometry": [{"type": "Point", "coordinates": [0, 0]}]})
    with pytest.raises(InputError, match="has no coordinate reference system"):
        api.landcover_area(frame, prepared.params("landcoverarea")["RASTER"])

"""ecocomp:ioland and ecocomp:iobilateral through the real Processing framework."""

import csv
import pathlib
import re

import numpy as np
import pytest

from tests.layers import features

ROOT = pathlib.Path(__file__).resolve().parent.parent
HAND = ROOT / "tests" / "data" / "mrio_2x2"
SAMPLE_MRIO = ROOT / "sample_data" / "mrio_china_2012_synthetic"


@pytest.fixture
def two_regions(polygons):
    return polygons([("name_en", "string")], [("R1",), ("R2",)], "regions")


def test_ioland_hand_computed(run_alg, two_regions, tmp_path):
    out = run_alg("ioland", {"INPUT": two_regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(HAND),
                             "TARGET_REGION": "R1", "UNIT_VALUE": 2.0, "OUTPUT": str(tmp_path / "o.gpkg")})
    r1, r2 = features(out["OUTPUT"])
    # Land of R1 (f = 10 ha per unit of agr output); A[(R1,agr),(R2,ind)] = 0.2, so (I − A)⁻¹ = I + A.
    assert r1["occ_consumption"] == pytest.approx(10 * (65 + 0.2 * 40))
    assert r2["occ_consumption"] == pytest.approx(10 * (10 + 0.2 * 60))
    assert r2["occ_export"] == pytest.approx(10 * 5)
    assert r2["occ_total"] == pytest.approx(270)
    assert r2["occ_s_agr"] == pytest.approx(270) and r2["occ_s_ind"] == pytest.approx(0)
    assert r2["value_total"] == pytest.approx(540)


def test_iobilateral_hand_computed(run_alg, two_regions, tmp_path):
    out = run_alg("iobilateral", {"INPUT": two_regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(HAND),
                                  "OUTPUT": str(tmp_path / "o.gpkg"), "OUTPUT_MATRIX": str(tmp_path / "m.csv"),
                                  "OUTPUT_FLOWS": str(tmp_path / "f.gpkg")})
    r1, r2 = features(out["OUTPUT"])
    assert (r1["land_production"], r1["land_consumption"]) == (pytest.approx(1000), pytest.approx(730 + 125))
    assert (r1["land_supplied"], r1["land_drawn"], r1["land_net"]) == (
        pytest.approx(270), pytest.approx(125), pytest.approx(145))
    assert r2["land_net"] == pytest.approx(-145)
    with open(out["OUTPUT_MATRIX"], encoding="utf-8-sig") as handle:
        rows = {(r["origin"], r["destination"], r["grp"]): float(r["land_ha"]) for r in csv.DictReader(handle)}
    assert len(rows) == 2 * 2 * 2
    assert rows[("R1", "R2", "consumption")] == pytest.approx(220)
    assert rows[("R2", "R1", "consumption")] == pytest.approx(125)
    [flow] = features(out["OUTPUT_FLOWS"])
    assert (flow["origin"], flow["destination"], flow["net_ha"]) == ("R1", "R2", pytest.approx(145))
    assert flow.geometry().constGet().numPoints() == 3  # drawn as an arc


def test_sample_gansu_run(run_alg, tmp_path):
    """The sample run: Gansu's land occupied per province, with the category mapping; totals close."""
    out = run_alg("ioland", {"INPUT": str(ROOT / "sample_data" / "china_provinces.gpkg"), "REGION_KEY": "name_en",
                             "MRIO_FOLDER": str(SAMPLE_MRIO), "CATEGORY_MAPPING": str(SAMPLE_MRIO / "categories.csv"),
                             "CONCORDANCE": str(SAMPLE_MRIO / "sector_concordance_3.csv"),
                             "TARGET_REGION": "Gansu", "OUTPUT": str(tmp_path / "o.gpkg")})
    result = features(out["OUTPUT"])
    assert len(result) == 31
    total = sum(f["occ_total"] for f in result)
    with open(SAMPLE_MRIO / "land.csv", encoding="utf-8") as handle:
        gansu_land = sum(float(r["cultivated_land_ha"]) for r in csv.DictReader(handle) if r["region"] == "Gansu")
    assert total == pytest.approx(gansu_land, rel=1e-6)  # all of Gansu's land serves some final demand
    for f in result:
        assert f["occ_total"] == pytest.approx(f["occ_consumption"] + f["occ_investment"] + f["occ_export"])
        assert f["occ_total"] == pytest.approx(f["occ_s_primary"] + f["occ_s_secondary"] + f["occ_s_tertiary"])
    assert all(f["occ_s_secondary"] == 0 for f in result)  # the land account is all agriculture (primary)


def test_mappings_in_gbk_or_xlsx_read_as_in_utf8(run_alg, tmp_path):
    """The category mapping through EcoComp's one table reader: the same mapping (Chinese group names) as UTF-8, as
    GBK (Excel on Chinese Windows) and as a workbook gives the same land occupation, group by group."""
    from ecocomp.ecocomp_science.tables import write_workbook

    with open(SAMPLE_MRIO / "categories.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    groups = {"consumption": "消费", "investment": "投资", "export": "出口"}
    rows = [rows[0]] + [[category, groups[group]] for category, group in rows[1:]]
    text = "\n".join(",".join(row) for row in rows) + "\n"
    (tmp_path / "utf8.csv").write_bytes(text.encode("utf-8"))
    (tmp_path / "gbk.csv").write_bytes(text.encode("gbk"))
    write_workbook(str(tmp_path / "map.xlsx"), [("categories", rows[0], rows[1:], None)])
    results = []
    for name in ("utf8.csv", "gbk.csv", "map.xlsx"):
        out = run_alg("ioland", {"INPUT": str(ROOT / "sample_data" / "china_provinces.gpkg"), "REGION_KEY": "name_en",
                                 "MRIO_FOLDER": str(SAMPLE_MRIO), "CATEGORY_MAPPING": str(tmp_path / name),
                                 "TARGET_REGION": "Gansu", "OUTPUT": str(tmp_path / (name + ".gpkg"))})
        results.append({f["name_en"]: (f["occ_消费"], f["occ_投资"], f["occ_出口"]) for f in features(out["OUTPUT"])})
    assert results[0] == results[1] == results[2]
    assert sum(v[0] for v in results[0].values()) > 0


@pytest.mark.parametrize("params,message", [
    ({"TARGET_REGION": "Atlantis"}, "The target region 'Atlantis' is not in the MRIO. Its regions are: R1, R2"),
    ({"MRIO_FOLDER": "/nonexistent/folder"}, "Choose the MRIO folder (parameter MRIO_FOLDER)"),
    ({"CATEGORY_MAPPING": "MAPPING"}, "Final-demand categories without a group in the category mapping: export"),
], ids=["unknown target region", "missing folder", "missing category"])
def test_ioland_bad_input(run_alg, two_regions, tmp_path, params, message):
    from qgis.core import QgsProcessingException

    mapping = tmp_path / "categories.csv"
    mapping.write_text("category,group\nconsumption,consumption\n", encoding="utf-8")
    parameters = {"INPUT": two_regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(HAND), "TARGET_REGION": "R1",
                  "OUTPUT": str(tmp_path / "o.gpkg")}
    parameters.update({k: (str(mapping) if v == "MAPPING" else v) for k, v in params.items()})
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        run_alg("ioland", parameters)


def test_unbalanced_table_refused_through_the_algorithm(run_alg, two_regions, tmp_path):
    from qgis.core import QgsProcessingException

    folder = tmp_path / "mrio"
    folder.mkdir()
    for name in ("Z", "Y", "x", "land"):
        text = (HAND / (name + ".csv")).read_text(encoding="utf-8")
        (folder / (name + ".csv")).write_text(text.replace("R2,agr,100", "R2,agr,90") if name == "x" else text,
                                              encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=re.escape("Largest imbalance at R2/agr: x = 90")):
        run_alg("iobilateral", {"INPUT": two_regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(folder),
                                "OUTPUT": str(tmp_path / "o.gpkg")})


def test_pymrio_folder_through_the_algorithm(run_alg, polygons, tmp_path):
    """A pymrio save_all folder is read directly; consumption-based totals equal pymrio's D_cba."""
    pymrio = pytest.importorskip("pymrio")
    io = pymrio.load_test()
    io.calc_all()
    io.save_all(str(tmp_path / "pm"))
    regions = io.get_regions().tolist()
    layer = polygons([("name_en", "string")], [(r,) for r in regions])
    out = run_alg("iobilateral", {"INPUT": layer, "REGION_KEY": "name_en", "MRIO_FORMAT": 2,
                                  "MRIO_FOLDER": str(tmp_path / "pm"), "LAND_EXTENSION": "emissions",
                                  "LAND_STRESSOR": "emission_type1", "BALANCE_TOLERANCE": 1e-6,
                                  "OUTPUT": str(tmp_path / "o.gpkg")})
    d_cba = io.emissions.D_cba.loc[io.emissions.D_cba.index[0]].groupby(level="region", sort=False).sum()
    got = {f["name_en"]: f["land_consumption"] for f in features(out["OUTPUT"])}
    np.testing.assert_allclose([got[r] for r in regions], d_cba.loc[regions].values, rtol=1e-9)


def test_ioland_products_and_occupied_sectors(run_alg, two_regions, tmp_path):
    """[IO]'s buying-sector dimension and its occupied / occupying sectors, on the hand 2×2 table."""
    out = run_alg("ioland", {"INPUT": two_regions, "REGION_KEY": "name_en", "MRIO_FOLDER": str(HAND),
                             "TARGET_REGION": "R1", "OUTPUT": str(tmp_path / "o.gpkg"),
                             "OUTPUT_PRODUCTS": str(tmp_path / "products.csv"),
                             "OUTPUT_SECTORS": str(tmp_path / "sectors.csv")})
    with open(out["OUTPUT_PRODUCTS"], encoding="utf-8-sig") as handle:
        rows = {(r["destination"], r["grp"], r["sector"], r["product"]): float(r["land_ha"])
                for r in csv.DictReader(handle)}
    assert rows[("R2", "consumption", "agr", "ind")] == pytest.approx(120.0)
    assert rows[("R2", "consumption", "agr", "agr")] == pytest.approx(100.0)
    total = sum(v for (d, g, s, p), v in rows.items() if d == "R2")
    assert total == pytest.approx(270.0)  # = occ_total of R2 in the hand case
    with open(out["OUTPUT_SECTORS"], encoding="utf-8-sig") as handle:
        sectors = {r["sector"]: r for r in csv.DictReader(handle)}
    assert float(sectors["agr"]["land_exported_ha"]) == pytest.approx(270.0)
    assert sectors["agr"]["class"] in ("occupied", "occupying")
    assert float(sectors["agr"]["land_net_ha"]) == pytest.approx(
        float(sectors["agr"]["land_exported_ha"]) - float(sectors["agr"]["land_imported_ha"]))

"""MRIO land occupation science (docs/methods.md, “Input–output land occupation”) without QGIS: hand case,
invariances, pymrio cross-check."""

import pathlib
import re
import shutil

import numpy as np
import pytest

from ecocomp.ecocomp_science import mrio
from ecocomp.ecocomp_science.errors import InputError

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "mrio_2x2"


def test_hand_computed_two_regions_two_sectors():
    """2 regions × 2 sectors written by hand in the documented CSV layout.

    Only (R2, ind) buys from (R1, agr): A = 20/100 = 0.2, so (I − A)⁻¹ = I + A and the land of
    (R1, agr) (f = 1000 ha / 100 = 10 ha per unit) in R2's consumption is 10 · (10 + 0.2 · 60) = 220 ha.
    """
    system = mrio.read_mrio(str(DATA), mrio.FORMAT_CSV)
    assert (system.regions, system.sectors, system.categories) == (["R1", "R2"], ["agr", "ind"],
                                                                    ["consumption", "export"])
    cube, sectors, groups = mrio.land_occupation(system)
    r1 = cube[0].sum(axis=0)  # land of R1 by (destination, category)
    r2 = cube[1].sum(axis=0)
    assert r1 == pytest.approx(np.array([[10 * (65 + 0.2 * 40), 0], [10 * (10 + 0.2 * 60), 10 * 5]]), abs=1e-9)
    assert r2 == pytest.approx(np.array([[5 * 25, 0], [5 * 75, 0]]), abs=1e-9)
    account = mrio.bilateral_account(cube)
    assert account["production"] == pytest.approx([1000, 500])  # all land is used for some final demand
    assert account["consumption"] == pytest.approx([730 + 125, 270 + 375])
    assert account["net"] == pytest.approx([270 - 125, 125 - 270])
    assert mrio.net_flows(account["matrix"].sum(axis=2)) == [(0, 1, pytest.approx(145.0))]


def random_system(rng, m=3, n=4, k=2, density=1.0):
    z = rng.uniform(0, 10, size=(m * n, m * n)) * (rng.uniform(size=(m * n, m * n)) < density)
    y = rng.uniform(5, 50, size=(m * n, m * k))
    x = z.sum(axis=1) + y.sum(axis=1)
    land = rng.uniform(0, 1000, size=m * n)
    regions = ["r{}".format(i) for i in range(m)]
    sectors = ["s{}".format(i) for i in range(n)]
    categories = ["c{}".format(i) for i in range(k)]
    return mrio.MRIO(regions, sectors, categories, z, y, x, land)


def dense_reference(system):
    """diag(f) · (I − A)⁻¹ · Y with an explicit inverse: the textbook formula, for checking only."""
    a = system.Z / system.x[None, :]
    inverse = np.linalg.inv(np.eye(len(system.x)) - a)
    return (system.land / system.x)[:, None] * (inverse @ system.Y)


def test_equals_direct_dense_computation():
    system = random_system(np.random.default_rng(1), m=4, n=5, k=3)
    cube, _, _ = mrio.land_occupation(system)
    m, n, k = 4, 5, 3
    np.testing.assert_allclose(cube.reshape(m * n, m * k), dense_reference(system), rtol=1e-10)


def test_sparse_input_gives_the_same_result():
    sparse = pytest.importorskip("scipy.sparse")  # the sparse path needs scipy (QGIS ships it; the wheel does not)

    system = random_system(np.random.default_rng(2), m=3, n=6, k=2, density=0.2)
    dense, _, _ = mrio.land_occupation(system)
    system.Z = sparse.csc_matrix(system.Z)
    sparse_cube, _, _ = mrio.land_occupation(system)
    np.testing.assert_allclose(sparse_cube, dense, rtol=1e-10)


def test_permuting_regions_and_sectors_permutes_the_results():
    rng = np.random.default_rng(3)
    m, n, k = 3, 4, 2
    system = random_system(rng, m, n, k)
    cube, _, _ = mrio.land_occupation(system)
    region_order, sector_order = rng.permutation(m), rng.permutation(n)
    rows = np.array([r * n + s for r in region_order for s in sector_order])
    cols = np.array([r * k + c for r in region_order for c in range(k)])
    permuted = mrio.MRIO([system.regions[r] for r in region_order], [system.sectors[s] for s in sector_order],
                         system.categories, system.Z[np.ix_(rows, rows)], system.Y[np.ix_(rows, cols)],
                         system.x[rows], system.land[rows])
    cube2, _, _ = mrio.land_occupation(permuted)
    np.testing.assert_allclose(cube2, cube[np.ix_(region_order, sector_order, region_order, range(k))], rtol=1e-12)


def test_doubling_land_doubles_every_occupation():
    system = random_system(np.random.default_rng(4))
    cube, _, _ = mrio.land_occupation(system)
    system.land = system.land * 2
    cube2, _, _ = mrio.land_occupation(system)
    np.testing.assert_allclose(cube2, 2 * cube, rtol=1e-13)


def test_bilateral_sums_equal_production_and_consumption_accounts():
    system = random_system(np.random.default_rng(5), m=5, n=3, k=3)
    cube, _, _ = mrio.land_occupation(system)
    account = mrio.bilateral_account(cube)
    reference = dense_reference(system).reshape(5, 3, 5, 3)
    np.testing.assert_allclose(account["matrix"].sum(axis=(1, 2)), system.land.reshape(5, 3).sum(axis=1), rtol=1e-10)
    np.testing.assert_allclose(account["matrix"].sum(axis=(1, 2)), account["production"], rtol=1e-12)
    np.testing.assert_allclose(account["matrix"].sum(axis=(0, 2)), reference.sum(axis=(0, 1, 3)), rtol=1e-10)
    np.testing.assert_allclose(account["net"].sum(), 0, atol=1e-7)


def test_concordance_and_category_groups_sum_the_detail():
    system = random_system(np.random.default_rng(6), m=2, n=4, k=3)
    detail, _, _ = mrio.land_occupation(system)
    cube, sectors, groups = mrio.land_occupation(
        system, {"c0": "consumption", "c1": "consumption", "c2": "export"},
        {"s0": "farming", "s1": "farming", "s2": "industry", "s3": "industry"})
    assert (sectors, groups) == (["farming", "industry"], ["consumption", "export"])
    np.testing.assert_allclose(cube[:, 0, :, 0], detail[:, :2, :, :2].sum(axis=(1, 3)), rtol=1e-12)
    np.testing.assert_allclose(cube[:, 1, :, 1], detail[:, 2:, :, 2].sum(axis=1), rtol=1e-12)


def test_pymrio_cross_check(tmp_path):
    """On pymrio's test MRIO, per-region totals equal pymrio's consumption-based account D_cba and the
    per-category results equal M · Y per category, to 1e-9 relative."""
    pymrio = pytest.importorskip("pymrio")
    io = pymrio.load_test()
    io.calc_all()
    folder = tmp_path / "pymrio"
    io.save_all(str(folder))
    # The land extension is built from the test MRIO's own data: its first emission row.
    system = mrio.read_mrio(str(folder), mrio.FORMAT_PYMRIO, land_extension="emissions",
                           land_stressor="emission_type1", balance_tolerance=1e-6)
    cube, _, groups = mrio.land_occupation(system)
    stressor = io.emissions.D_cba.index[0]
    d_cba = io.emissions.D_cba.loc[stressor].groupby(level="region", sort=False).sum()
    ours = cube.sum(axis=(0, 1, 3))
    np.testing.assert_allclose(ours, d_cba.loc[system.regions].values, rtol=1e-9)
    m_row = io.emissions.M.loc[stressor].values
    for q, region in enumerate(system.regions):
        for k, category in enumerate(groups):
            expected = m_row @ io.Y[(region, category)].values
            assert cube[:, :, q, k].sum() == pytest.approx(expected, rel=1e-9, abs=1e-6)


def test_xlsx_workbook_reads_like_csv(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    import csv

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in ("Z", "Y", "x", "land"):
        sheet = book.create_sheet(name)
        with open(DATA / (name + ".csv"), encoding="utf-8") as handle:
            for row in csv.reader(handle):
                sheet.append([float(c) if re.fullmatch(r"-?[0-9.]+", c) else c for c in row])
    path = tmp_path / "mrio.xlsx"
    book.save(path)
    cube, _, _ = mrio.land_occupation(mrio.read_mrio(str(path), mrio.FORMAT_XLSX))
    assert cube[0, :, 1, 0].sum() == pytest.approx(220.0)


def broken_copy(tmp_path, name, old, new):
    folder = tmp_path / "broken"
    shutil.copytree(DATA, folder)
    path = folder / (name + ".csv")
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("name,old,new,message", [
    ("x", "R1,agr,100", "R1,agr,130",
     "The table does not balance: total output x must equal intermediate use Z·1 plus final demand Y·1. "
     "Largest imbalance at R1/agr: x = 130, Z·1 + Y·1 = 100"),
    ("x", "R2,ind,100", "R2,ind,-100", "Table x: negative total output for R2/ind"),
    ("Z", "sector,,agr,ind,agr,ind", "sector,,agr,ind,agr,services",
     "Table Z: rows and columns must list the same region-sectors in the same order; row 4 is R2/ind but column 4 "
     "is R2/services"),
    ("Y", "category,,consumption,export,consumption,export", "category,,consumption,export,consumption,investment",
     "Table Y: final-demand category missing for R1 / investment, R2 / export"),
    ("x", "R2,ind,100", "R3,ind,100", "Table x does not match the region-sectors of Z: missing R2/ind; unknown R3/ind"),
    ("land", "R1,agr,1000", "R1,agr,lots", "Table land: the value 'lots' at row R1/agr / column land_ha is not a number"),
], ids=["unbalanced", "negative output", "mismatched labels", "missing category", "unknown label", "text"])
def test_bad_tables_are_refused_by_name(tmp_path, name, old, new, message):
    with pytest.raises(InputError, match=re.escape(message)):
        mrio.read_mrio(broken_copy(tmp_path, name, old, new), mrio.FORMAT_CSV)


def test_singular_system_refused():
    z = np.array([[0.0, 10.0], [10.0, 0.0]])  # two sectors that only supply each other
    system = mrio.MRIO(["r"], ["a", "b"], ["c"], z, np.zeros((2, 1)), np.array([10.0, 10.0]), np.ones(2))
    with pytest.raises(InputError, match="I − A is singular"):
        mrio.land_occupation(system)


def test_zero_output_sector_gets_zero_coefficient():
    warnings = []
    z_table = mrio.LabelledTable([("r", "a"), ("r", "b")], [("r", "a"), ("r", "b")], np.zeros((2, 2)), "Z")
    y_table = mrio.LabelledTable([("r", "a"), ("r", "b")], [("r", "c")], np.array([[10.0], [0.0]]), "Y")
    x_table = mrio.LabelledTable([("r", "a"), ("r", "b")], [("output",)], np.array([[10.0], [0.0]]), "x")
    land = mrio.LabelledTable([("r", "a"), ("r", "b")], [("ha",)], np.array([[5.0], [3.0]]), "land")
    system = mrio.build_mrio(z_table, y_table, x_table, land, warn=warnings.append)
    assert mrio.land_coefficients(system).tolist() == [0.5, 0.0]
    assert "Total output is 0 for r/b" in warnings[0]


def test_unmapped_category_and_sector_named():
    system = random_system(np.random.default_rng(7), m=2, n=2, k=2)
    with pytest.raises(InputError, match="categories without a group in the category mapping: c1"):
        mrio.land_occupation(system, {"c0": "consumption"})
    with pytest.raises(InputError, match="Sectors without a line in the sector concordance: s1"):
        mrio.land_occupation(system, None, {"s0": "farming"})


def test_large_tables_are_read_sparse_and_solved_sparse():
    """Reading with sparse=True (automatic above mrio.SPARSE_CELLS cells) keeps Z sparse end to end."""
    pytest.importorskip("scipy.sparse")
    z = mrio.read_text_table(str(DATA / "Z.csv"), "Z", sparse=True)
    assert hasattr(z.values, "tocsc") and z.values.nnz == 1
    system = mrio.build_mrio(z, *(mrio.read_text_table(str(DATA / (name + ".csv")), name, 2, 2 if name == "Y" else 1)
                                  for name in ("Y", "x", "land")))
    cube, _, _ = mrio.land_occupation(system)
    assert cube[0, :, 1, 0].sum() == pytest.approx(220.0)


def test_land_by_product_sums_to_the_occupation_and_splits_by_the_product_bought():
    """The buying-sector dimension [IO]: summed over the product sector it is the land occupation; on the hand
    2×2 table (R1's agriculture sells to R2's industry) R1's land in R2's consumption of industrial products is
    10 · 0.2 · 60 = 120 ha and of agricultural products 10 · 10 = 100 ha."""

    folder = DATA
    system = mrio.read_mrio(str(folder), "csv")
    cube, sectors, groups = mrio.land_occupation(system)
    by_product, sectors2, groups2 = mrio.land_by_product(system)
    assert (sectors2, groups2) == (sectors, groups)
    np.testing.assert_allclose(by_product.sum(axis=4), cube, rtol=1e-12, atol=1e-9)
    g, q, k = system.regions.index("R1"), system.regions.index("R2"), groups.index("consumption")
    agr, ind = sectors.index("agr"), sectors.index("ind")
    assert by_product[g, agr, q, k, ind] == pytest.approx(120.0)
    assert by_product[g, agr, q, k, agr] == pytest.approx(100.0)
    exported, imported, net, classes = mrio.sector_land_balance(by_product, g)
    assert exported[agr] == pytest.approx(by_product[g, agr, q].sum())
    assert classes[agr] == ("occupied" if net[agr] > 0 else "occupying")


def test_a_competitive_table_with_negative_imports_is_refused(tmp_path):
    # [IO] needs a non-competitive (domestic) table. A competitive one balances its rows with a negative import
    # column, so it passed the balance check and counted imported products as domestic land.
    folder = tmp_path / "competitive"
    shutil.copytree(DATA, folder)
    path = folder / "Y.csv"
    text = path.read_text(encoding="utf-8")
    text = text.replace("category,,consumption,export,consumption,export", "category,,consumption,imports,consumption,imports")
    text = text.replace("R1,agr,65,0,10,5", "R1,agr,75,-10,10,5")  # the row still balances: 75 − 10 + 10 + 5
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape("Table Y has a final-demand column 'imports' with negative values")):
        mrio.read_mrio(str(folder), mrio.FORMAT_CSV)
    # A negative change in inventories is ordinary final demand, not imports
    path.write_text(text.replace("imports", "inventory"), encoding="utf-8")
    assert mrio.read_mrio(str(folder), mrio.FORMAT_CSV).categories == ["consumption", "inventory"]

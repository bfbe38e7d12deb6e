"""The report's summary tables (ecocomp_science/report.py), worked by hand on six units."""

import math
import pathlib

import numpy as np
import pytest

from ecocomp.ecocomp_science import report
from ecocomp.ecocomp_science.errors import InputError

# Six units, amounts in 万元: three receive (+50, +20, +5), two pay (−30, −10), one is 0.
UNITS = ["A", "B", "C", "D", "E", "F"]
AMOUNT = [50.0, -30.0, 20.0, -10.0, 0.0, 5.0]
ROLE = ["receiver", "payer", "receiver", "receiver", "payer", None]
TYPE = ["agricultural", "key development", "ecological", "agricultural", "key development", "ecological"]
PREFECTURE = ["Wuhan", "Wuhan", "Yichang", "Yichang", "Wuhan", "Yichang"]
LEVEL = [1, 2, 1, 3, 2, 1]


def table(tables, key):
    return next(t for t in tables if t.key == key)


def rows_by_first(t):
    firsts = [row[0] for row in t.rows]
    assert len(set(firsts)) == len(firsts), "a group appears twice: {}".format(firsts)
    return {row[0]: row[1:] for row in t.rows}


def test_totals_by_role_by_hand():
    tables = report.summary_tables(UNITS, AMOUNT, "万元", role=ROLE)
    by_role = rows_by_first(table(tables, "by_role"))
    # units, receiving, paying, received, paid, net
    assert by_role["receiver"] == [3, 2, 1, 70.0, 10.0, 60.0]
    assert by_role["payer"] == [2, 0, 1, 0.0, 30.0, -30.0]
    assert by_role["(none)"] == [1, 1, 0, 5.0, 0.0, 5.0]
    assert by_role["Σ"] == [6, 3, 2, 75.0, 40.0, 35.0]
    assert list(by_role) == ["receiver", "payer", "(none)", "Σ"]  # first-seen order, total last


def test_without_a_role_field_the_sign_of_the_amount_is_the_role():
    by_role = rows_by_first(table(report.summary_tables(UNITS, AMOUNT), "by_role"))
    assert by_role["receives (P > 0)"] == [3, 3, 0, 75.0, 0.0, 75.0]
    assert by_role["pays (P < 0)"] == [2, 0, 2, 0.0, 40.0, -40.0]
    assert by_role["balanced (0)"] == [1, 0, 0, 0.0, 0.0, 0.0]


def test_totals_by_type_and_prefecture_by_hand():
    tables = report.summary_tables(UNITS, AMOUNT, "万元", area_type=TYPE, prefecture=PREFECTURE)
    by_type = rows_by_first(table(tables, "by_type"))
    assert by_type["agricultural"] == [2, 1, 1, 50.0, 10.0, 40.0]
    assert by_type["key development"] == [2, 0, 1, 0.0, 30.0, -30.0]
    assert by_type["ecological"] == [2, 2, 0, 25.0, 0.0, 25.0]
    by_prefecture = rows_by_first(table(tables, "by_prefecture"))
    assert by_prefecture["Wuhan"] == [3, 1, 1, 50.0, 30.0, 20.0]
    assert by_prefecture["Yichang"] == [3, 2, 1, 25.0, 10.0, 15.0]
    assert [t.key for t in tables] == ["by_role", "by_type", "by_prefecture", "top_payers", "top_receivers"]


def test_top_payers_and_receivers_by_hand():
    tables = report.summary_tables(UNITS, AMOUNT, "万元", prefecture=PREFECTURE, top=2)
    assert table(tables, "top_receivers").rows == [[1, "A", "Wuhan", 50.0], [2, "C", "Yichang", 20.0]]
    assert table(tables, "top_payers").rows == [[1, "B", "Wuhan", -30.0], [2, "D", "Yichang", -10.0]]
    assert table(tables, "top_payers").title("zh") == "支付额度最大的单元（前 2 位）"


def test_units_per_priority_level_by_hand():
    levels = table(report.summary_tables(UNITS, AMOUNT, role=ROLE, level=LEVEL), "levels")
    assert levels.headers("en") == ["Priority level", "receiver", "payer", "(none)", "Units"]
    assert levels.headers("zh") == ["优先等级", "受偿方", "支付方", "（空）", "单元数"]
    assert levels.rows == [["1", 2, 0, 1, 3], ["2", 0, 2, 0, 2], ["3", 1, 0, 0, 1]]


def test_headers_are_bilingual_with_units():
    t = table(report.summary_tables(UNITS, AMOUNT, "亿元"), "by_role")
    assert t.headers("en") == ["Role", "Units", "Receiving units", "Paying units", "Received (亿元)", "Paid (亿元)",
                               "Net (亿元)"]
    assert t.headers("zh") == ["补偿角色", "单元数", "受偿单元数", "支付单元数", "受偿额度（亿元）", "支付额度（亿元）",
                               "净额（亿元）"]
    assert t.cells("zh")[-1][0] == "合计" and t.cells("zh")[0][0] == "受偿（P > 0）"


@pytest.mark.parametrize("bad, message", [
    ([50.0, float("nan"), 20.0, -10.0, 0.0, 5.0], "B"),
    ([50.0, -30.0, 20.0, -10.0, 0.0, float("inf")], "F"),
])
def test_missing_amounts_name_the_units(bad, message):
    with pytest.raises(InputError, match="amount field.*{}".format(message)):
        report.summary_tables(UNITS, bad)


def test_length_mismatch_and_empty_layer_are_refused():
    with pytest.raises(InputError, match="group field 'prefecture' has 2 values for 6 units"):
        report.summary_tables(UNITS, AMOUNT, prefecture=["Wuhan", "Yichang"])
    with pytest.raises(InputError, match="no units"):
        report.summary_tables([], [])


def test_group_totals_equal_pandas_groupby_on_random_units():
    """Cross-check against an independent implementation (pandas) on 500 units in 17 groups."""
    pd = pytest.importorskip("pandas")
    rng = np.random.default_rng(7)
    amount = rng.normal(0, 1e6, 500)
    amount[rng.choice(500, 20, replace=False)] = 0.0
    groups = ["g{:02d}".format(g) for g in rng.integers(0, 17, 500)]
    t = table(report.summary_tables(["u{}".format(i) for i in range(500)], amount, prefecture=groups), "by_prefecture")
    frame = pd.DataFrame({"g": groups, "p": amount})
    expected = frame.groupby("g")["p"].agg(
        units="size", receiving=lambda s: int((s > 0).sum()), paying=lambda s: int((s < 0).sum()),
        received=lambda s: s[s > 0].sum(), paid=lambda s: -s[s < 0].sum(), net="sum")
    got = {row[0]: row[1:] for row in t.rows[:-1]}
    assert sorted(got) == sorted(expected.index)
    for g, row in expected.iterrows():
        assert got[g][:3] == [row["units"], row["receiving"], row["paying"]]
        assert got[g][3:] == pytest.approx([row["received"], row["paid"], row["net"]], rel=0, abs=1e-9 * 1e6)
    assert t.rows[-1][6] == pytest.approx(amount.sum(), rel=0, abs=1e-9 * 1e6)


def test_levels_read_as_numbers_text_or_empty_are_one_row_each_in_numeric_order():
    # 1.0 (a float field), "1" and 1 are the same level; NaN, None and "" are "(none)", listed last; 10 after 2.
    levels = [2.0, 1.0, float("nan"), "1", 10, None]
    t = table(report.summary_tables(UNITS, AMOUNT, level=levels), "levels")
    assert [row[0] for row in t.rows] == ["1", "2", "10", "(none)"]
    assert [row[-1] for row in t.rows] == [2, 1, 1, 2]


def test_empty_group_values_of_any_kind_are_one_none_group():
    groups = ["Wuhan", float("nan"), None, "", "NULL", "Wuhan"]
    by_prefecture = rows_by_first(table(report.summary_tables(UNITS, AMOUNT, prefecture=groups), "by_prefecture"))
    assert by_prefecture["(none)"][0] == 4 and by_prefecture["Wuhan"][0] == 2


def test_paid_is_never_negative_zero():
    t = table(report.summary_tables(["A", "B"], [0.0, 3.0], prefecture=["x", "y"]), "by_prefecture")
    paid = [row[5] for row in t.rows]
    assert paid == [0.0, 0.0, 0.0] and all(math.copysign(1.0, v) == 1.0 for v in paid)


def test_ties_keep_the_layer_order():
    tables = report.summary_tables(["A", "B", "C", "D"], [5.0, 5.0, 5.0, -1.0], top=2)
    assert [row[1] for row in table(tables, "top_receivers").rows] == ["A", "B"]


@pytest.mark.parametrize("writer", ["openpyxl", "gdal"])
def test_xlsx_has_the_sheets_bilingual_headers_and_the_table_values(tmp_path, monkeypatch, writer):
    openpyxl = pytest.importorskip("openpyxl")
    if writer == "gdal":
        pytest.importorskip("osgeo.ogr")
        import sys

        monkeypatch.setitem(sys.modules, "openpyxl", None)  # as on a QGIS without openpyxl
    tables = report.summary_tables(UNITS, AMOUNT, "万元", role=ROLE, prefecture=PREFECTURE, level=LEVEL, top=3)
    path = tmp_path / "report.xlsx"
    report.write_xlsx(tables, str(path))
    monkeypatch.undo()
    book = openpyxl.load_workbook(str(path))
    assert book.sheetnames == ["contents", "by_role", "by_prefecture", "top_payers", "top_receivers", "levels"]
    contents = [list(r) for r in book["contents"].iter_rows(values_only=True)]
    assert contents[1] == ["by_role", "按补偿角色汇总", "Totals by compensation role"]
    sheet = [list(r) for r in book["by_role"].iter_rows(values_only=True)]
    assert sheet[0][4] == "受偿额度（万元） / Received (万元)"
    assert sheet[-1] == ["合计 / Σ", 6, 3, 2, 75.0, 40.0, 35.0]  # EcoComp's own values bilingual, as the headers
    assert {row[0] for row in sheet[1:-1]} <= {"受偿方 / receiver", "支付方 / payer", "（空） / (none)"}
    receivers = [list(r) for r in book["top_receivers"].iter_rows(values_only=True)]
    assert receivers[1:] == [[1, "A", "Wuhan", 50.0], [2, "C", "Yichang", 20.0], [3, "F", "Yichang", 5.0]]


METHODS = """# Methods

Sources:

- **[A]** First source,
  continued on a second line.
- **[B]** Second source.

## Sign convention

**Positive** = receives;
negative = pays.

## Compensation amount

    P_d = ESV_d · R_d

- `R` from the Engel coefficient.

## Other

Not wanted.
"""


def test_methods_text_takes_the_sources_and_the_sections_asked_for():
    found = report.methods_text(METHODS, ["amount", "sign"])
    assert found == [
        ("Sources", [("item", "[A] First source, continued on a second line."), ("item", "[B] Second source.")]),
        ("Sign convention", [("text", "Positive = receives; negative = pays.")]),
        ("Compensation amount", [("formula", "P_d = ESV_d · R_d"), ("item", "R from the Engel coefficient.")]),
    ]


def test_methods_text_refuses_a_section_the_document_lacks():
    with pytest.raises(InputError) as error:
        report.methods_text(METHODS, ["esv"])
    assert "Ecosystem service value" in error.value.values[0]


@pytest.mark.parametrize("language, name", [("en", "methods.md"), ("zh", "methods.zh_CN.md")])
def test_every_report_section_is_in_the_shipped_methods_document(language, name):
    text = (pathlib.Path(__file__).resolve().parents[2] / "docs" / name).read_text(encoding="utf-8")
    found = report.methods_text(text, list(report.METHOD_SECTIONS), language)
    assert len(found) == 1 + len(report.METHOD_SECTIONS)
    assert all(lines for _, lines in found)
    assert any(kind == "formula" and "eoi" in line for kind, line in found[-1][1])


@pytest.mark.parametrize("low, high, expected", [
    (0, 7, [0, 2, 4, 6, 8]),
    (-2.3e9, 1.1e9, [-3e9, -2e9, -1e9, 0, 1e9, 2e9]),
    (-5, -1, [-5, -4, -3, -2, -1, 0]),
    (3, 3, [0, 1, 2, 3]),
])
def test_axis_ticks_are_round_and_cover_the_range_and_zero(low, high, expected):
    assert report.nice_ticks(low, high) == pytest.approx(expected)


# ------------------------------------------------------------------ the page "What a reader will ask", by hand
# The six units above with roles that disagree with the signs: A is a payer that receives 50, D a receiver that pays 10.
Q_ROLE = ["payer", "payer", "receiver", "receiver", "payer", "receiver"]
Q_ZONE = [-1, -1, 1, 0, -1, None]  # paying zone: A, B, E; A receives
Q_PRIORITY = [1, 2, 3, 1, 3, 2]
Q_ESV = [10.0, 3.0, 40.0, 100.0, 5.0, 0.0]  # |P| / ESV: A 5, B 10, C 0.5, D 0.1, E 0; F has no ESV (0)
Q_AREA = [1000.0, 4000.0, 8000.0, 6000.0, 100.0, 20000.0]  # the payers B (−30, 4,000 ha) and D (−10, 6,000 ha)


def test_payers_that_receive_and_receivers_that_pay_by_hand():
    found = report.reader_questions(UNITS, AMOUNT, role=Q_ROLE, zone=Q_ZONE)
    assert found["roles"] == {"payers": 3, "payers_receiving": 1, "receivers": 3, "receivers_paying": 1}
    assert found["zone"] == {"units": 3, "receiving": 1}
    # Without roles (or with roles that are not EcoComp's) and zones, nothing is said about them.
    assert report.reader_questions(UNITS, AMOUNT)["roles"] is None
    assert report.reader_questions(UNITS, AMOUNT, role=["a"] * 6)["roles"] is None
    assert report.reader_questions(UNITS, AMOUNT)["zone"] is None


def test_spearman_of_priority_and_amount_per_role_by_hand():
    found = report.reader_questions(UNITS, AMOUNT, role=Q_ROLE, priority=Q_PRIORITY)["correlation"]
    # Receivers C, D, F: priority 3, 1, 2; |P| 20, 10, 5 → amount ranks 1, 2, 3; Σd² = 6, ρ = 1 − 6·6/(3·8) = −0.5,
    # t = −0.5·√(1/0.75), df = 1 (Cauchy): p = 1 − (2/π)·atan(1/√3) = 2/3.
    assert [row["role"] for row in found] == ["receiver", "payer"]
    assert found[0]["rho"] == pytest.approx(-0.5) and found[0]["p"] == pytest.approx(2 / 3) and found[0]["n"] == 3
    # Payers A, B, E: priority 1, 2, 3; |P| 50, 30, 0 → amount ranks 1, 2, 3: ρ = 1, p = 0.
    assert found[1]["rho"] == pytest.approx(1.0) and found[1]["p"] == 0.0 and found[1]["n"] == 3
    assert report.reader_questions(UNITS, AMOUNT, role=Q_ROLE)["correlation"] == []


def test_amounts_large_against_the_units_esv_by_hand():
    found = report.reader_questions(UNITS, AMOUNT, esv=Q_ESV, top=2)["large"]
    assert found == [{"name": "B", "amount": -30.0, "esv": 3.0, "ratio": 10.0},
                     {"name": "A", "amount": 50.0, "esv": 10.0, "ratio": 5.0}]
    assert len(report.reader_questions(UNITS, AMOUNT, esv=Q_ESV)["large"]) == 5  # F (ESV 0) left out
    assert report.reader_questions(UNITS, AMOUNT)["large"] is None


def test_where_the_total_paid_comes_from_by_hand():
    found = report.reader_questions(UNITS, AMOUNT, cultivated=Q_AREA)["concentration"]
    # Paid 40: B (30) has less than 5,000 ha, D (10) more → 75 %.
    assert found == {"kind": "small_area", "threshold": 5000.0, "share": 0.75, "units": 1, "payers": 2, "paid": 40.0}
    # Without areas: the largest 10 % of the 2 payers, rounded up to 1 unit: B, 30 of 40.
    found = report.reader_questions(UNITS, AMOUNT)["concentration"]
    assert found == {"kind": "top_payers", "threshold": 0.1, "share": 0.75, "units": 1, "payers": 2, "paid": 40.0}
    assert report.reader_questions(["A"], [5.0])["concentration"] is None  # nobody pays


def test_reader_questions_refuse_fields_of_another_length():
    with pytest.raises(InputError):
        report.reader_questions(UNITS, AMOUNT, esv=[1.0, 2.0])


@pytest.mark.parametrize("language, style", [("en", "Chen Xiaojie, Wang Jing (2021)"), ("zh", "CHEN X J, WANG J.")])
def test_references_name_every_source_with_its_authors_and_year(language, style):
    heading, items = report.references(language)
    assert heading == ("References" if language == "en" else "参考文献")
    assert [line.split("]")[0] + "]" for _, line in items] == ["[XIE]", "[HB]", "[XZ]", "[FJ]", "[IO]"]
    text = "\n".join(line for _, line in items)
    assert style in text and "2021" in text and "10.3390/land10030247" in text
    assert ("Xie Gaodi" if language == "en" else "谢高地") in text and "2008" in text and "911" in text
    if language == "zh":
        assert "[J]. 自然资源学报, 2008, 23(5): 911-919." in text and "[J]. Land, 2021, 10(3): 247." in text
    else:
        assert "(2008). Expert knowledge based valuation method" in text and "Land, 10(3): 247." in text

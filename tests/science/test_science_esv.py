"""ESV science without QGIS: hand-computed values, published factor totals, bad input."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecocomp.ecocomp_science import esv, factors
from ecocomp.ecocomp_science.errors import InputError

# Hand computation from the issue: rice 10 ha × 7,000 kg/ha × 2.6 CNY/kg = 182,000 CNY,
# wheat 30 ha × 5,000 kg/ha × 2.4 CNY/kg = 360,000 CNY; Ea = (1/7)·542,000/40.
HAND_EA = 542000 / 40 / 7  # 1,935.714285… CNY/ha
CROPS = [["rice", "10", "7000", "2.6"], ["wheat", "30", "5000", "2.4"]]


def test_equivalent_factor_value_from_crop_table():
    names, m, q, v = esv.crop_table_from_rows(CROPS)
    assert names == ["rice", "wheat"]
    assert esv.equivalent_factor_value(m, q, v) == pytest.approx(1935.7142857142857, abs=1e-9)


def test_esv_hand_computed_to_the_cent():
    table = factors.xie_table("2008")
    result = esv.ecosystem_service_value([1000.0], HAND_EA, table)
    assert round(result["esv_total"][0], 2) == 15292142.86
    assert round(result["esv_market"][0], 2) == 2690642.86
    assert round(result["esv_nonmarket"][0], 2) == 12601500.00
    assert result["ea"][0] == pytest.approx(1935.714285714, abs=1e-6)


def test_xie_2003_preset_matches_xz_totals():
    table = factors.xie_table("2003")
    assert table.total == pytest.approx(6.91)
    assert table.market_total == pytest.approx(1.10)
    assert table.nonmarket_total == pytest.approx(5.81)
    result = esv.ecosystem_service_value([200.0], 1000.0, table)
    assert result["esv_total"][0] == pytest.approx(6.91 * 1000 * 200)


@pytest.mark.parametrize(
    "land_type,total",
    # Totals printed in Xie et al. 2008 (docs/methods.md, “Ecosystem service value”), checked against the row sums.
    [("cropland", 7.90), ("forest", 28.12), ("grassland", 11.67), ("wetland", 54.77),
     ("water", 45.35), ("unused", 1.39)],
)
def test_xie_2008_row_sums_equal_published_totals(land_type, total):
    assert factors.xie_table("2008", land_type).total == pytest.approx(total, abs=1e-9)


def test_xie_2008_cropland_parts():
    table = factors.xie_table("2008")
    assert table.market_total == pytest.approx(1.39)
    assert table.nonmarket_total == pytest.approx(6.51)
    assert table.services[0] == "food_production" and table.market[:2] == (True, True)


def test_per_unit_ea_from_crop_columns():
    # Two units × two crops; unit 2 grows only wheat.
    m = np.array([[10.0, 30.0], [0.0, 50.0]])
    q = np.array([[7000.0, 5000.0], [6000.0, 4000.0]])
    v = np.array([2.6, 2.4])
    ea = esv.equivalent_factor_value(m, q, v)
    assert ea == pytest.approx([HAND_EA, 4000 * 2.4 / 7])


def test_per_service_fields_sum_to_total():
    table = factors.xie_table("2008")
    result = esv.ecosystem_service_value([1000.0, 5.0], [HAND_EA, 100.0], table, per_service=True)
    services = [k for k in result if k.startswith("esv_") and k not in ("esv_total", "esv_market", "esv_nonmarket")]
    assert len(services) == 9
    assert result["esv_food_production"][0] == pytest.approx(HAND_EA * 1000)
    assert result["esv_waste_treatment"][1] == pytest.approx(1.39 * 100 * 5)
    np.testing.assert_allclose(sum(result[k] for k in services), result["esv_total"], rtol=1e-12)


def test_custom_factor_table_parts_in_chinese_and_english():
    table = factors.table_from_rows([["food", "市场", "1"], ["gas", "non-market", 0.5], ["soil", "非市场", "2"]])
    assert (table.total, table.market_total, table.nonmarket_total) == (3.5, 1.0, 2.5)


@pytest.mark.parametrize(
    "rows,message",
    [
        ([], "crop table is empty"),
        ([["rice", "ten", "7000", "2.6"]], "rice: sown area (ha) 'ten' is not a number"),
        ([["rice", "-1", "7000", "2.6"]], "rice: sown area (ha) must be ≥ 0"),
        ([["rice", "10", "7000"]], "must have 4 columns"),
    ],
)
def test_bad_crop_table_names_the_crop(rows, message):
    with pytest.raises(InputError, match=re.escape(message)):
        esv.crop_table_from_rows(rows)


def test_zero_total_sown_area_refused():
    names, m, q, v = esv.crop_table_from_rows([["rice", "0", "7000", "2.6"], ["wheat", "0", "5000", "2.4"]])
    with pytest.raises(InputError, match="total sown area of the crops is zero"):
        esv.equivalent_factor_value(m, q, v)


def test_zero_total_sown_area_per_unit_names_the_unit():
    m = np.array([[10.0, 30.0], [0.0, 0.0]])
    with pytest.raises(InputError, match="zero for 1 unit.*Jianghan"):
        esv.equivalent_factor_value(m, np.ones((2, 2)), [1.0, 1.0], unit_labels=["Jiang'an", "Jianghan"])


@pytest.mark.parametrize(
    "area,problem", [([1.0, math.nan], "is missing \\(NULL\\) for 1 unit: B"), ([1.0, -3.0], "is negative for 1 unit: B")]
)
def test_bad_area_names_the_unit(area, problem):
    with pytest.raises(InputError, match="Cultivated land area S \\(ha\\) " + problem):
        esv.ecosystem_service_value(area, 100.0, factors.xie_table("2008"), unit_labels=["A", "B"])


@pytest.mark.parametrize(
    "rows,message",
    [
        ([], "table is empty"),
        ([["food", "market", "x"]], "factor 'x' is not a number"),
        ([["food", "sometimes", "1"]], "part must be 'market' or 'non-market'"),
        ([["food", "market", "1"], ["food", "market", "2"]], "service listed twice"),
        ([["food", "market", "-1"]], "factor must be ≥ 0"),
    ],
)
def test_bad_factor_table(rows, message):
    with pytest.raises(InputError, match=message):
        factors.table_from_rows(rows)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(0, 1e7, allow_nan=False, allow_subnormal=False), min_size=1, max_size=30),
    st.floats(1, 1e5, allow_nan=False),
)
def test_esv_is_linear_and_parts_add_up(areas, ea):
    table = factors.xie_table("2008")
    result = esv.ecosystem_service_value(areas, ea, table)
    np.testing.assert_allclose(result["esv_market"] + result["esv_nonmarket"], result["esv_total"], rtol=1e-12)
    doubled = esv.ecosystem_service_value(np.asarray(areas) * 2, ea, table)
    np.testing.assert_allclose(doubled["esv_total"], 2 * result["esv_total"], rtol=1e-12)
    np.testing.assert_allclose(result["esv_total"], 7.90 * ea * np.asarray(areas), rtol=1e-12)


def test_crop_table_ea_for_the_study_region():
    names, ea = esv.crop_table_ea(CROPS)
    assert names == ["rice", "wheat"] and ea == pytest.approx(HAND_EA, abs=1e-9)


def test_a_grain_price_per_50_kg_is_stopped_and_read_in_its_unit_when_chosen():
    # 136 CNY per 50 kg (a common yearbook price unit) read as CNY/kg gave a median ESV of 947,351 CNY/ha.
    with pytest.raises(InputError, match=re.escape("CNY per 50 kg (元/50千克): choose that unit")) as refused:
        esv.prices_per_kg([136.0, 118.0], "CNY/kg", "Prices of the crop table")
    assert "136" in str(refused.value) or "127" in str(refused.value)  # the median level is named
    assert esv.prices_per_kg([136.0, 118.0], "CNY/50 kg") == pytest.approx([2.72, 2.36], rel=1e-12)
    assert esv.prices_per_kg([1.36], "CNY/jin") == pytest.approx([2.72], rel=1e-12)  # 斤 = 0.5 kg
    assert esv.prices_per_kg([2720.0], "CNY/t") == pytest.approx([2.72], rel=1e-12)
    assert esv.prices_per_kg([136.0], "CNY/kg", check=False) == [136.0]  # the user's own override
    rows = [["rice", "10", "7000", "130"], ["wheat", "30", "5000", "120"]]  # per 50 kg: 2.6 and 2.4 CNY/kg
    with pytest.raises(InputError, match="50 kg"):
        esv.crop_table_ea(rows, check=True)
    assert esv.crop_table_ea(rows, "CNY/50 kg", check=True)[1] == pytest.approx(HAND_EA, rel=1e-12)


def test_an_ea_or_an_esv_per_ha_no_unit_of_china_has_is_stopped():
    area = np.array([1000.0, 2000.0])
    esv.check_value_levels(2000.0, 7.9 * 2000.0 * area, area)  # plausible: nothing raised
    with pytest.raises(InputError, match=re.escape("Ea, the value of one equivalent factor")):
        esv.check_value_levels(1e6, 7.9 * 1e6 * area, area)  # a typed Ea of 10⁶ CNY/ha
    with pytest.raises(InputError, match=re.escape("ESV per ha of cultivated land")):
        esv.check_value_levels(2000.0, 790.0 * 2000.0 * area, area)  # factors typed in percent: F = 790
    esv.check_value_levels(1e6, 7.9 * 1e6 * area, area, check=False)


def test_field_keys_keep_chinese_names_apart():
    """Per-group and per-commodity fields are named by service_key: Chinese names used to all become "service",
    so the columns of 消费, 投资 and 出口 (or 水稻 and 小麦) overwrote each other."""
    from ecocomp.ecocomp_science.factors import service_key

    assert [service_key(n) for n in ("消费", "投资", "出口", "水稻", "小麦")] == ["消费", "投资", "出口", "水稻", "小麦"]
    assert service_key("Food production") == "food_production" and service_key("oil crops") == "oil_crops"
    assert service_key("gross fixed capital formation") == "gross_fixed_capital_formation"
    assert service_key("  —  ") == "service" and service_key("a__b") == "a_b"


def test_the_price_line_reads_as_analysts_type_it():
    """The panel's crop-price line: English or Chinese names, Chinese punctuation and full-width digits."""
    from ecocomp.ecocomp_science.errors import InputError
    from ecocomp.ecocomp_science.esv import parse_price_line

    expected = {"rice": 2.72, "wheat": 2.36, "maize": 1.76}
    for line in ("rice 2.72; wheat 2.36; maize 1.76", "水稻 2.72；小麦 2.36；玉米 1.76", "稻谷：2.72，小麦：2.36，玉米：1.76",
                 "水稻2.72、小麦 2.36\n玉米=1.76", "水稻 ２．７２；小麦 2.36；玉米 1.76", " Rice 2.72 ; WHEAT 2.36;maize 1.76 ;"):
        assert parse_price_line(line) == pytest.approx(expected), line
    for bad in ("水稻 两块七", "2.72", "rice 2.72 yuan"):
        with pytest.raises(InputError, match="Crop prices"):
            parse_price_line(bad)


def test_the_sample_prices_are_of_2017_only():
    """The sample run's prices (2.72, 2.36, 1.76 CNY/kg) are 2017's: stopped with statistics of another year, named
    in the log when the year is not known, and other prices pass."""
    from ecocomp.ecocomp_science.errors import InputError
    from ecocomp.ecocomp_science.esv import check_sample_prices

    crops, sample = ["rice", "wheat", "maize"], [2.72, 2.36, 1.76]
    with pytest.raises(InputError, match="illustrative prices of 2017, but the statistics are of 2022"):
        check_sample_prices(["水稻", "小麦", "玉米"], sample, 2022)
    assert check_sample_prices(crops, sample, 2017) is None
    assert "not known" in check_sample_prices(crops, sample, None)
    assert check_sample_prices(crops, [3.10, 2.36, 1.76], 2022) is None  # the analyst's own prices of 2022

"""The method layer (ecocomp_science/methods) without QGIS: definitions that load without numpy, options resolved by
key, messages as data translated whole, and a run on plain columns against hand-computed figures."""

import subprocess
import sys

import numpy as np
import pytest

from ecocomp.ecocomp_science.errors import InputError, Text
from ecocomp.ecocomp_science.methods import Log
from ecocomp.ecocomp_science.methods import esv as esv_method
from ecocomp.ecocomp_science.methods import footprint as footprint_method
from ecocomp.ecocomp_science.methods import payment as payment_method
from ecocomp.ecocomp_science.methods import priority as priority_method

METHODS = [esv_method.METHOD, footprint_method.METHOD, priority_method.METHOD, payment_method.METHOD]


class Columns:
    """Columns as the front ends give them: numbers in the canonical unit, text, labels."""

    def __init__(self, **columns):
        self.columns = columns
        self.labels = ["U{}".format(i + 1) for i in range(len(next(iter(columns.values()))))]

    def numeric(self, name, what, role=None):
        if name not in self.columns:
            raise InputError("Column '{}' was not found.", name)
        return np.asarray(self.columns[name], dtype=float)

    def text(self, name):
        return list(self.columns[name])

    def has_field(self, name):
        return name in self.columns

    def values(self, name):
        return list(self.columns[name])


def test_the_definitions_load_without_numpy(plugin_dir):
    """QGIS lists the algorithms without loading numpy: the definitions import the formulas only when they run."""
    code = ("import sys; sys.path.insert(0, {!r});"
            "from ecocomp.ecocomp_science.methods import esv, footprint, payment, priority;"
            "print('numpy' in sys.modules)").format(str(plugin_dir))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False"]


@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_every_option_is_well_formed(method):
    keys = [option.key for option in method.options]
    parameters = [option.parameter for option in method.options]
    assert len(set(keys)) == len(keys) and len(set(parameters)) == len(parameters)
    for option in method.options:
        if option.choices:
            assert option.default in option.choice_keys, option
        if option.kind == "rows" and option.default:
            assert all(len(row) == option.width for row in option.default), option
            assert len(option.headers) == option.width, option
    assert method.resolve({}) == method.defaults()


def test_options_are_refused_by_name():
    method = footprint_method.METHOD
    with pytest.raises(InputError, match=r"Unknown option\(s\) of footprint: sgn\."):
        method.resolve({"sgn": "hb_formula"})
    with pytest.raises(InputError, match=r"Unknown value 2 for sign"):
        method.resolve({"sign": 2})  # a position is not a key
    with pytest.raises(InputError, match=r"r \(Equivalence factor of cropland r \(custom; gha/ha\)\) must be a number"):
        method.resolve({"r": "2,52x"})


def test_a_message_is_translated_with_its_fragments():
    catalogue = {"Choose the field that holds the {}.": "请选择存放{}的字段。",
                 "urban Engel coefficient": "城镇恩格尔系数"}
    error = InputError("Choose the field that holds the {}.", Text("urban Engel coefficient"))
    assert str(error) == "Choose the field that holds the urban Engel coefficient."
    assert error.translated(lambda text: catalogue.get(text, text)) == "请选择存放城镇恩格尔系数的字段。"
    assert "{:>5}".format(Text("ab")) == "   ab"  # a Text formats as its English sentence


def test_a_setting_that_needs_a_field_names_it():
    values = payment_method.METHOD.resolve({"r_mode": "field"})
    with pytest.raises(InputError) as refused:
        payment_method.METHOD.run(Columns(esv_nonmarket=[1.0], eoi=[0.5]), values, Log())
    assert str(refused.value) == "Choose the field that holds the development-stage coefficient R."


def test_footprint_run_by_hand():
    method = footprint_method.METHOD
    log = Log()
    columns = Columns(N=[100.0, 200.0], S=[10.0, 0.0])
    outcome = method.run(columns, method.resolve({"population": "N", "area": "S", "zero_capacity": "apart",
                                                  "study_year": 2017}), log)
    ef = 2.52 * (122.24 / 2744 + 21.80 / 1856 + 141.69 / 18000)  # Hubei's table, by hand (docs/methods.md §2)
    ec = 10.0 / 100 * 2.52 * 1.28 * (1 - 0.035)
    assert outcome.fields["ef"][0] == pytest.approx(ef, rel=1e-12)
    assert outcome.fields["ec"][0] == pytest.approx(ec, rel=1e-12)
    assert outcome.fields["eoi"][0] == pytest.approx((ec - ef) / ec, rel=1e-12)
    assert np.isnan(outcome.fields["eoi"][1])  # no capacity: reported apart
    assert outcome.outputs["TOTAL_DEFICIT"] == pytest.approx(200 * ef + max(0.0, 100 * (ef - ec)), rel=1e-12)
    assert outcome.drop == ("eoi_hb",) and outcome.style == "eoi"
    warnings = [str(text) for level, text in log.messages if level == Log.WARNING]
    assert len(warnings) == 1 and "reported apart" in warnings[0] and "U2" in warnings[0]


def test_payment_run_by_hand():
    """P = ESV_nonmarket · R · G · eoi with R = 1/(1 + e^−En), En = Eu·θ + Er·(1 − θ), G = GDPpc / 59,660."""
    method = payment_method.METHOD
    columns = Columns(esv_nonmarket=[1e8, 2e8], eoi=[0.5, -0.25], engel_urban=[0.3, 0.28],
                      engel_rural=[0.32, 0.3], urbanisation=[0.6, 0.5], gdp_cny=[5e9, 8e9],
                      population=[1e5, 2e5], role=["receiver", "receiver"])
    log = Log()
    outcome = method.run(columns, method.resolve({"study_year": 2017}), log)
    en = np.array([0.3 * 0.6 + 0.32 * 0.4, 0.28 * 0.5 + 0.3 * 0.5])
    r = 1 / (1 + np.exp(-en))
    g = np.array([5e9 / 1e5, 8e9 / 2e5]) / 59660.0
    expected = np.array([1e8, 2e8]) * r * g * np.array([0.5, -0.25])
    np.testing.assert_allclose(outcome.fields["payment"], expected, rtol=1e-12)
    assert outcome.money == ("payment",)
    assert outcome.fields["role_conflict"].tolist() == [0, 1]  # a receiver that pays
    assert outcome.outputs["TOTAL_PAID"] == pytest.approx(-expected[1], rel=1e-12)
    assert any("role_conflict" in str(text) for level, text in log.messages if level == Log.WARNING)
    with pytest.raises(InputError, match="2022"):  # 2017's reference with another year's statistics
        method.run(columns, method.resolve({"study_year": 2022}), Log())


def test_crop_columns_are_found_in_yearbook_and_english_field_names():
    """The crop-fields editor and the panel find a crop's columns by its names and the part's words: the specific
    name first (小麦 before 麦, so 大麦 is not wheat), 单产 never taken for a production, a crop without every part left
    out, and the price cells left empty."""
    from ecocomp.ecocomp_science.methods import guess_item_rows

    yearbook = ["行政代码", "粮食产量(吨)", "大麦播种面积(公顷)", "水稻播种面积(公顷)", "水稻单产(公斤/公顷)",
                "小麦播种面积(千公顷)", "小麦单产(吨/公顷)", "玉米播种面积(亩)"]
    assert guess_item_rows(yearbook, ("sown_area", "crop_yield"), 4) == [
        ["rice", "水稻播种面积(公顷)", "水稻单产(公斤/公顷)", ""], ["wheat", "小麦播种面积(千公顷)", "小麦单产(吨/公顷)", ""]]
    english = ["rice_yield_kg_ha", "rice_output_kg", "rice_area_ha", "maize_output_kg", "maize_area_ha"]
    assert guess_item_rows(english, ("production", "sown_area"), 4) == [
        ["rice", "rice_output_kg", "rice_area_ha", ""], ["maize", "maize_output_kg", "maize_area_ha", ""]]
    assert guess_item_rows(["稻谷单产", "稻谷总产量"], ("production",), 2) == [["rice", "稻谷总产量"]]
    assert guess_item_rows([], ("sown_area",), 3) == []


def test_footprint_settings_of_one_year_are_refused_for_another():
    """Hubei 2017's consumption table and y [HB] or Xuzhou 2015's r and y [XZ] with statistics of another year
    (STUDY_YEAR or the table's 年份) are stopped; with no year known the log names the settings' year; custom values
    of the analyst's own and [FJ]'s per-unit settings are not year-bound."""
    import pandas as pd

    from ecocomp.ecocomp_science import api

    units = pd.DataFrame({"N": [1e5, 2e5], "S": [8000.0, 9000.0]})
    with pytest.raises(InputError, match="values of 2017.*statistics are of 2022"):
        api.footprint(units, population="N", area="S", study_year=2022)
    with pytest.raises(InputError, match="values of 2017.*statistics are of 2021"):
        api.footprint(units.assign(年份=2021), population="N", area="S")
    with pytest.raises(InputError, match="values of 2015.*statistics are of 2017"):
        api.footprint(units, population="N", area="S", preset="xuzhou2015", commodities=[("rice", 100, 6000)],
                      study_year=2017)
    with pytest.raises(InputError, match="Hubei 2017's commodity table"):  # custom, Hubei's table left in
        api.footprint(units, population="N", area="S", preset="custom", y=1.5, study_year=2022)
    mine = api.footprint(units, population="N", area="S", preset="custom", commodities=[("rice", 100, 6000)],
                         r=2.52, y=1.5, k=0.0, study_year=2022)
    assert mine["ef"].tolist() == pytest.approx([2.52 * 100 / 6000] * 2, rel=1e-12)
    with pytest.warns(UserWarning, match="values of 2017 \\(Hubei 2017 \\[HB\\]\\); the year of the statistics is not"):
        same = api.footprint(units, population="N", area="S")
    assert same["ef"].tolist() == api.footprint(units, population="N", area="S", study_year=2017)["ef"].tolist()

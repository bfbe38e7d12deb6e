"""The method layer (ecocomp_science/methods) is the one definition of each method: every option exists, under its
key and with its default, as a Processing parameter and as an API keyword; each choice gives the same numbers
through processing.run and through the API; messages of the layer reach the analyst in Chinese with no English
fragment."""

import inspect

import pytest

pd = pytest.importorskip("pandas")

from tests.test_api import CROPS, same  # noqa: E402
from tests.test_translation import chinese as chinese_fixture  # noqa: E402

chinese = chinese_fixture  # the fixture, under its name

# (methods module, api function)
DEFINED = [("esv", "esv"), ("footprint", "footprint"), ("zoning", "dual_zoning"), ("priority", "priority"),
           ("payment", "payment")]


def method_of(module):
    import importlib

    return importlib.import_module("ecocomp.ecocomp_science.methods." + module).METHOD


def flat(rows):
    return [str(cell) for row in rows for cell in row] if rows else None


@pytest.mark.parametrize("module, function", DEFINED)
def test_every_option_is_a_parameter_and_a_keyword_with_the_same_default(ecocomp_provider, module, function):
    from qgis.core import QgsApplication

    from ecocomp.ecocomp_science import api, methods

    method = method_of(module)
    algorithm = QgsApplication.processingRegistry().algorithmById("ecocomp:" + method.name)
    signature = inspect.signature(getattr(api, function)).parameters
    assert len({option.key for option in method.options}) == len(method.options)
    for option in method.options:
        parameter = algorithm.parameterDefinition(option.parameter)
        assert parameter is not None, option
        assert option.key in signature, option
        default = signature[option.key].default
        if option.api_default is not option.default:  # documented in the definition (e.g. inferred: None)
            assert default == option.api_default, option
            default = option.default
        if option.kind == methods.ROWS:
            assert flat(default) == flat(option.default), option
            assert [str(cell) for cell in parameter.defaultValue() or []] == (flat(option.default) or []), option
            assert parameter.headers() and len(parameter.headers()) == option.width, option
        elif option.kind == methods.CHOICE:
            assert default == option.default, option
            assert len(parameter.options()) == len(option.choices), option
            assert parameter.defaultValue() == option.choice_index(option.default), option
        else:
            assert default == option.default, option
            assert parameter.defaultValue() == option.default, option
    # and nothing else: the API has no option the dialog lacks
    extra = set(signature) - {option.key for option in method.options} - {"frame", "units", "check_units",
                                                                            "money_unit"}
    assert not extra


def test_an_unknown_choice_names_the_option_and_its_keys(units):
    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    with pytest.raises(InputError, match=r"Unknown value 'Q' for sign \(Overload index\); use one of: "
                                         r"surplus_positive, hb_formula\."):
        api.footprint(units, sign="Q")
    with pytest.raises(TypeError):
        api.payment(units, g="typed")  # a misspelt keyword is not silently ignored


def test_xuzhou_without_its_own_table_is_refused_alike(units, run_alg, prepared, tmp_path):
    """[XZ] publishes no commodity table: the API refuses Hubei's default table as the dialog does."""
    from qgis.core import QgsProcessingException

    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    with pytest.raises(InputError) as from_api:
        api.footprint(units, preset="xuzhou2015")
    with pytest.raises(QgsProcessingException) as from_processing:
        run_alg("footprint", dict(prepared.params("footprint"), PRESET=1, OUTPUT=str(tmp_path / "x.gpkg")))
    assert str(from_api.value) == str(from_processing.value)
    assert "publishes no commodity table" in str(from_api.value)


FOOTPRINT_CASES = [
    ({"sign": "hb_formula"}, {"SIGN": 1}, ["eoi_hb", "eb", "ef"]),
    ({"preset": "custom", "r": 2.0, "y": 1.5, "k": 0.1}, {"PRESET": 3, "R_FACTOR": 2.0, "YIELD_FACTOR": 1.5,
                                                            "K": 0.1}, ["ef", "ec", "eoi", "k", "y"]),
    ({"preset": "custom", "yield_mode": "field", "yield_field": "urbanisation"},
     {"PRESET": 3, "YIELD_MODE": 1, "YIELD_FIELD": "urbanisation"}, ["ec", "eoi", "y"]),
    ({"preset": "custom", "commodities": [("rice", 200.0, 6000.0)], "k": 0.0},
     {"PRESET": 3, "COMMODITIES": ["rice", "200", "6000"], "K": 0.0}, ["ef", "eoi"]),
]


@pytest.mark.parametrize("options, parameters, columns", FOOTPRINT_CASES)
def test_footprint_choices_equal_processing_run(prepared, units, run_alg, tmp_path, options, parameters, columns):
    from ecocomp.ecocomp_science import api

    out = tmp_path / "f.gpkg"
    with _quiet():
        frame = api.footprint(api.esv(units, crop_fields=CROPS), **options)
    run_alg("footprint", dict(prepared.params("footprint"), OUTPUT=str(out), **parameters))
    same(frame, out, columns)


PAYMENT_CASES = [
    ({"t_form": "pearl"}, {"T_FORM": 1}, ["R", "payment"]),
    ({"preset": "custom", "g_mode": "region_average"}, {"PRESET": 2, "G_MODE": 1}, ["G", "payment"]),
    ({"preset": "xuzhou2015"}, {"PRESET": 1}, ["G", "payment", "amount_rank"]),
    ({"preset": "custom", "esv_part": "total", "g_mode": "off"}, {"PRESET": 2, "ESV_PART": 1, "G_MODE": 0},
     ["payment"]),
    ({"study_year": 2017, "money_unit": "10k CNY"}, {"STUDY_YEAR": 2017, "MONEY_UNIT": 1}, ["payment_10k_cny"]),
]


@pytest.mark.parametrize("options, parameters, columns", PAYMENT_CASES)
def test_payment_choices_equal_processing_run(prepared, units, run_alg, tmp_path, options, parameters, columns):
    from ecocomp.ecocomp_science import api

    out = tmp_path / "p.gpkg"
    with _quiet():
        frame = api.payment(api.priority(api.footprint(api.esv(units, crop_fields=CROPS))), **options)
    params = dict(prepared.params("payment"), INPUT=str(prepared.path / "priority.gpkg"), OUTPUT=str(out))
    params.update(parameters)
    run_alg("payment", params)
    same(frame, out, columns)


def test_a_method_layer_message_is_chinese_through_and_through(chinese, run_alg, prepared, tmp_path):
    """A refusal built by the method layer (its field description a Text fragment) is Chinese in every part."""
    import re

    from qgis.core import QgsProcessingException

    params = dict(prepared.params("payment"), INPUT=str(prepared.path / "priority.gpkg"),
                  ENGEL_URBAN_FIELD="", OUTPUT=str(tmp_path / "p.gpkg"))
    with pytest.raises(QgsProcessingException) as refused:
        run_alg("payment", params)
    assert str(refused.value) == "请选择存放城镇恩格尔系数的字段。"
    assert not re.search("[A-Za-z]{3,}", str(refused.value))


def test_the_api_warns_where_the_log_warns(units):
    from ecocomp.ecocomp_science import api

    with pytest.warns(UserWarning, match="Overload index as printed in \\[HB\\]") as said:
        api.footprint(api.esv(units, crop_fields=CROPS), sign="hb_formula")
    assert said[0].filename == __file__  # points at the caller, not inside EcoComp


class _quiet:
    """The API's warnings (e.g. the unchecked 2017 reference) are expected here."""

    def __enter__(self):
        import warnings

        self.context = warnings.catch_warnings()
        self.context.__enter__()
        warnings.simplefilter("ignore", UserWarning)

    def __exit__(self, *exc):
        return self.context.__exit__(*exc)


@pytest.fixture(scope="module")
def units():
    import pathlib

    return pd.read_csv(pathlib.Path(__file__).resolve().parent.parent / "sample_data" /
                       "hubei_statistics_2017_synthetic.csv", dtype={"adcode": str})


PRODUCTION = [["rice", "rice_output_kg", "rice_area_ha", ""], ["wheat", "wheat_output_kg", "wheat_area_ha", ""],
              ["maize", "maize_output_kg", "maize_area_ha", ""]]
ZONING_CASES = [
    ({"delta_mode": "auto", "kappa": 0.4, "sigma": "population"}, {"DELTA_MODE": 1, "KAPPA": 0.4, "SIGMA": 1},
     ["q_score", "zone"]),
    ({"weight_mode": "ahp", "ahp_matrix": [(1, 3), (1 / 3, 1)]},
     {"WEIGHT_MODE": 1, "AHP_MATRIX": [1, 3, 1 / 3, 1]}, ["q_score", "zone"]),
    ({"eco_mode": "inline", "production": PRODUCTION, "deficit_share": "gross"},
     {"ECO_MODE": 1, "PRODUCTION_TABLE": [cell for row in PRODUCTION for cell in row], "DEFICIT_SHARE": 1},
     ["l2", "deficit_share2", "y", "c_rice", "p_maize", "zone"]),
]


@pytest.mark.parametrize("options, parameters, columns", ZONING_CASES)
def test_zoning_choices_equal_processing_run(prepared, units, run_alg, tmp_path, options, parameters, columns):
    from ecocomp.ecocomp_science import api

    out = tmp_path / "z.gpkg"
    with _quiet():
        frame = api.dual_zoning(api.footprint(api.esv(units, crop_fields=CROPS)), **options)
    run_alg("dualzoning", dict(prepared.params("dualzoning"), OUTPUT=str(out), **parameters))
    same(frame, out, columns)


def test_the_sample_prices_are_stopped_with_statistics_of_another_year(units, run_alg, prepared, tmp_path):
    """ecocomp:esv, the API and ecocomp:uncertainty: the sample's 2017 crop prices with a table of 2022 (its field
    年份, or the uncertainty's year) are refused, naming the years."""
    from qgis.core import QgsProcessingException

    from ecocomp.ecocomp_science import api
    from ecocomp.ecocomp_science.errors import InputError

    with pytest.raises(InputError, match="prices of 2017, but the statistics are of 2022"):
        api.esv(units.assign(年份=2022), crop_fields=CROPS)
    with pytest.warns(UserWarning, match="illustrative prices of 2017"):
        api.esv(units, crop_fields=CROPS)  # no year known: said, not silent
    with pytest.raises(QgsProcessingException, match="prices of 2017, but the statistics are of 2022"):
        run_alg("uncertainty", dict(prepared.params("uncertainty"), STUDY_YEAR=2022, G_REFERENCE=85698.0,
                                    OUTPUT=str(tmp_path / "u.gpkg")))

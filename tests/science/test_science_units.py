"""Units: header spellings, exact conversions, contradictions and plausibility (no QGIS)."""

import numpy as np
import pytest

from ecocomp.ecocomp_science import units
from ecocomp.ecocomp_science.errors import InputError

# (header as yearbooks and analysts write it, kind, expected unit key, expected name)
HEADERS = [
    ("常住人口(万人)", "persons", "10k persons", "常住人口"),
    ("年末常住人口（万人）", "persons", "10k persons", "年末常住人口"),
    ("户籍人口/万人", "persons", "10k persons", "户籍人口"),
    ("population (10k persons)", "persons", "10k persons", "population"),
    ("Population (persons)", "persons", "persons", "Population"),
    ("人口数(人)", "persons", "persons", "人口数"),
    ("population, 10,000 persons", "persons", "10k persons", "population"),
    ("地区生产总值(亿元)", "money", "100M CNY", "地区生产总值"),
    ("地区生产总值（亿元）", "money", "100M CNY", "地区生产总值"),
    ("GDP (100 million yuan)", "money", "100M CNY", "GDP"),
    ("GDP【万元】", "money", "10k CNY", "GDP"),
    ("生产总值[万元]", "money", "10k CNY", "生产总值"),
    ("gdp_cny", "money", "CNY", "gdp"),
    ("GDP（元）", "money", "CNY", "GDP"),
    ("GDP (10^4 yuan)", "money", "10k CNY", "GDP"),
    ("耕地面积(公顷)", "area", "ha", "耕地面积"),
    ("耕地面积/千公顷", "area", "1000 ha", "耕地面积"),
    ("耕地面积（千公顷）", "area", "1000 ha", "耕地面积"),
    ("耕地面积(亩)", "area", "mu", "耕地面积"),
    ("耕地面积(万亩)", "area", "10k mu", "耕地面积"),
    ("cultivated land (10³ hm²)", "area", "1000 ha", "cultivated land"),
    ("cultivated_ha", "area", "ha", "cultivated"),
    ("area (km²)", "area", "km2", "area"),
    ("土地面积(平方公里)", "area", "km2", "土地面积"),
    ("cultivated area (hm2)", "area", "ha", "cultivated area"),
    ("粮食产量(吨)", "mass", "t", "粮食产量"),
    ("粮食产量（万吨）", "mass", "10k t", "粮食产量"),
    ("粮食总产量/吨", "mass", "t", "粮食总产量"),
    ("grain output (t)", "mass", "t", "grain output"),
    ("grain_output_kg", "mass", "kg", "grain_output"),
    ("粮食产量(公斤)", "mass", "kg", "粮食产量"),
    ("农村居民恩格尔系数(%)", "ratio", "percent", "农村居民恩格尔系数"),
    ("城镇化率%", "ratio", "percent", "城镇化率"),
    ("城镇化率（％）", "ratio", "percent", "城镇化率"),
    ("人均GDP(元/人)", "money_per_person", "CNY/person", "人均GDP"),
    ("人均地区生产总值（万元/人）", "money_per_person", "10k CNY/person", "人均地区生产总值"),
    ("水稻单产(kg/hm²)", "yield", "kg/ha", "水稻单产"),
    ("rice_yield_kg_ha", "yield", "kg/ha", "rice_yield"),
    ("单产(公斤/亩)", "yield", "kg/mu", "单产"),
    ("价值(元/亩)", "money_per_area", "CNY/mu", "价值"),
]


@pytest.mark.parametrize("header, kind, key, name", HEADERS, ids=[h[0] for h in HEADERS])
def test_header_units(header, kind, key, name):
    found_name, unit = units.header_unit(header, kind)
    assert unit == (kind, key)
    assert found_name == name


@pytest.mark.parametrize("header", ["population", "常住人口", "GDP (2017)", "县区", "adcode", "name (zh)"])
def test_headers_without_unit(header):
    assert units.header_unit(header)[1] is None


@pytest.mark.parametrize("kind, key, factor", [
    ("persons", "10k persons", 10000), ("money", "10k CNY", 1e4), ("money", "100M CNY", 1e8),
    ("area", "1000 ha", 1000), ("area", "mu", 1 / 15), ("area", "10k mu", 10000 / 15), ("area", "km2", 100),
    ("mass", "t", 1000), ("mass", "10k t", 1e7), ("ratio", "percent", 0.01),
    ("money_per_person", "10k CNY/person", 1e4), ("money_per_area", "CNY/mu", 15), ("yield", "t/ha", 1000),
    ("yield", "kg/mu", 15)])
def test_conversions_are_exact(kind, key, factor):
    unit = units.find_unit(kind, key)
    assert unit[2] == factor
    # 1 亩 = 1/15 ha exactly: 15 mu are 1 ha to the last bit
    assert 15 * units.find_unit("area", "mu")[2] == 1.0


def test_conversion_note():
    unit = units.find_unit("persons", "10k persons")
    assert units.conversion_note("population", unit, "persons") == \
        "population: 10,000 persons (万人) → persons (人), × 10,000"
    assert units.format_factor(1 / 15) == "1/15" and units.format_factor(1e4 / 15) == "10,000/15"


def test_resolve_chosen_header_canonical_and_contradiction():
    assert units.resolve("persons", "常住人口(万人)")[0][0] == "10k persons"
    assert units.resolve("persons", "常住人口(万人)", "10k persons")[1] == "chosen"
    assert units.resolve("persons", "population")[0][0] == "persons"
    assert units.resolve("persons", "population", "10k persons")[0][2] == 1e4
    with pytest.raises(InputError, match="contradicts the unit 10,000 persons"):
        units.resolve("persons", "常住人口(万人)", "persons")
    with pytest.raises(InputError, match="not a unit of this quantity"):
        units.resolve("area", "常住人口(万人)")


def _quantity(values, field, kind, key):
    unit = units.find_unit(kind, key)
    return (np.asarray(values, dtype=float) * unit[2], field, unit)


def test_population_in_10k_read_as_persons_is_stopped_suggesting_10k():
    county_10k = [49.8, 25.4, 86.9, 65.2, 120.3]  # 万人, read as persons
    with pytest.raises(InputError) as error:
        units.check_plausible({"population": _quantity(county_10k, "常住人口", "persons", "persons")})
    message = str(error.value)
    assert "'常住人口' read as persons (人)" in message and "'常住人口' in 10,000 persons (万人)" in message
    units.check_plausible({"population": _quantity(county_10k, "常住人口", "persons", "10k persons")})


def test_province_population_in_10k_is_caught_by_per_capita_gdp():
    """Provinces in 万人 (thousands of 'persons') pass the population floor; GDP per person does not."""
    population = [5917, 7723, 3812]  # 万人 read as persons
    gdp = [3.95e12, 9.27e12, 1.9e12]  # CNY
    quantities = {"population": _quantity(population, "pop", "persons", "persons"),
                  "gdp": _quantity(gdp, "gdp", "money", "CNY")}
    with pytest.raises(InputError, match="per-capita GDP.*'pop' in 10,000 persons"):
        units.check_plausible(quantities)


@pytest.mark.parametrize("roles, message", [
    ({"gdp": ([301.2, 88.5, 1200.0], "money", "CNY")}, "'g' in 100 million CNY"),
    ({"grain": ([64323.0, 26367.0, 120000.0], "mass", "kg"), "area": ([1.2e4, 4.0e3, 2.0e4], "area", "ha")},
     "'g' in t (吨)"),
    ({"area": ([30.0, 12.0, 55.0], "area", "ha"), "population": ([5e5, 3e5, 8e5], "persons", "persons")},
     "'g' in 1,000 ha"),
    ({"crop_yield": ([7.9, 5.5, 6.1], "yield", "kg/ha")}, "'g' in t per ha"),
])
def test_wrong_units_are_named(roles, message):
    quantities = {role: _quantity(values, "g" if i == 0 else "h", kind, key)
                  for i, (role, (values, kind, key)) in enumerate(roles.items())}
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        units.check_plausible(quantities)


def test_real_county_values_pass():
    units.check_plausible({
        "population": _quantity([498176, 253501, 1200], "population", "persons", "persons"),
        "gdp": _quantity([6.07e10, 2.96e10, 4e8], "gdp_cny", "money", "CNY"),
        "area": _quantity([113.68, 40.43, 300.0], "cultivated_ha", "area", "ha"),
        "grain": _quantity([643234.0, 263673.0, 2e6], "grain_output_kg", "mass", "kg"),
    })


def test_money_suffixes_and_names_come_from_the_unit_table():
    assert [units.money_suffix(k) for k in ("CNY", "10k CNY", "100M CNY")] == ["", "_10k_cny", "_100m_cny"]
    assert units.field_money_unit("payment_10k_cny")[2] == 1e4
    assert units.field_money_unit("esv_total_100m_cny")[2] == 1e8
    assert units.field_money_unit("payment")[2] == 1.0
    assert units.money_names("10k CNY") == ("10,000 CNY", "万元")
    assert units.money_names("CNY") == ("CNY", "元")


def test_one_absurd_value_is_stopped_whatever_the_median():
    """One GDP of 1e300 or one population of 1e20 among plausible units passes a check of the median; every value
    is also held against the largest any Chinese unit can have, naming the unit and the value in the field's unit."""
    import numpy as np

    from ecocomp.ecocomp_science.errors import InputError as Refused

    labels = ["A", "B", "C"]
    persons = units.find_unit("persons", "10k persons")
    with pytest.raises(Refused) as refused:
        units.to_canonical(np.array([50.0, 60.0, 1e16]), "population", "常住人口(万人)", None, "population", {},
                           labels=labels)
    assert str(refused.value) == ("Implausible population in field '常住人口(万人)' (10,000 persons (万人)): 1 unit(s) "
                                  "above 200,000, more than any Chinese administrative unit has: C (1e+16). Correct the "
                                  "values (a typing or unit mistake?).")
    assert persons[2] == 1e4
    with pytest.raises(Refused, match="GDP in field 'gdp'.*B \\(1e\\+300\\)"):
        units.to_canonical(np.array([3e10, 1e300]), "gdp", "gdp", None, "GDP", {}, labels=["A", "B"])
    values, _, _ = units.to_canonical(np.array([3e10, 4e10]), "gdp", "gdp", None, "GDP", {}, labels=["A", "B"])
    assert values.tolist() == [3e10, 4e10]
    units.to_canonical(np.array([3e10, 1e300]), "gdp", "gdp", None, "GDP", {}, check=False, labels=["A", "B"])

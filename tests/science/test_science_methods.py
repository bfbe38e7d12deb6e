"""Footprint, zoning, priority, payment and classification science without QGIS."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecocomp.ecocomp_science import classify, footprint, payment, presets, priority, zoning
from ecocomp.ecocomp_science.errors import InputError


# --- footprint (docs/methods.md, “Ecological footprint and carrying capacity”) ---------------------------------

def test_hubei_preset_ef_reference_check():
    preset = presets.FOOTPRINT["hubei2017"]
    _, c, p = footprint.commodity_table_from_rows(preset["commodities"])
    ef = footprint.footprint_per_capita(c, p, preset["r"])
    # 2.52 × (122.24/2744 + 21.80/1856 + 141.69/18000), by hand
    assert ef == pytest.approx(2.52 * (122.24 / 2744 + 21.80 / 1856 + 141.69 / 18000), rel=1e-12)
    assert float("{:.5g}".format(ef)) == 0.16170


def test_footprint_balance_hand_computed():
    # N = 1000, S = 100 ha → a = 0.1 ha/person; r 2, y 1.5, k 0.1; ef 0.2 gha/person
    out = footprint.footprint_balance([1000], [100], 0.2, 2.0, 1.5, 0.1)
    assert out["ec"][0] == pytest.approx(0.3 * 0.9)  # a · r · y · (1 − k): the deduction in ec as in EC
    assert out["ec_total"][0] == pytest.approx(1000 * 0.3 * 0.9)
    assert out["ef_total"][0] == pytest.approx(200)
    assert out["eb"][0] == pytest.approx(270 - 200)
    assert out["eoi"][0] == pytest.approx(70 / 270)
    hb = footprint.footprint_balance([1000], [100], 0.2, 2.0, 1.5, 0.1, sign=footprint.SIGN_HB_FORMULA)
    # [HB]'s printed Q = (EF − EC)/EC travels in its own field: never in 'eoi', where payment reads (EC − EF)/EC
    assert hb["eoi_hb"][0] == pytest.approx(-70 / 270) and "eoi" not in hb


def test_payment_reads_the_hb_formula_field_negated_and_any_other_as_it_stands():
    q = np.array([-70 / 270, 0.5, -2.0])  # (EF − EC)/EC: a surplus, a deficit, and −2 < −1, impossible (EF ≥ 0)
    eoi, negated = payment.overload_index_from_field(q[:2], "eoi_hb")
    assert negated and eoi == pytest.approx([70 / 270, -0.5])
    eoi, negated = payment.overload_index_from_field(q[:2], "eoi")
    assert not negated and eoi == pytest.approx(q[:2])
    with pytest.raises(InputError, match="eoi_hb"):  # Q < −1 is no (EF − EC)/EC: −Q would exceed 1
        payment.overload_index_from_field(q, "eoi_hb", ["A", "B", "C"])


def test_yield_factor_and_regional_productivity_fj():
    production = np.array([[6000.0, 300.0], [3000.0, 900.0]])  # kg, 2 units × 2 items
    area = np.array([[1.0, 1.0], [1.0, 2.0]])  # ha
    p = footprint.regional_productivity(production, area, ["rice", "oil"])
    assert p == pytest.approx([9000 / 2, 1200 / 3])
    y = footprint.yield_factor(production, area, p)
    assert y == pytest.approx([(6000 / 4500 + 300 / 400) / 2, (3000 / 4500 + 900 / 400) / 3])


def test_total_consumption_is_caught():
    with pytest.raises(InputError, match="Per-capita consumption of rice is 1,500,000 kg/person"):
        footprint.commodity_table_from_rows([["rice", 1.5e6, 6000]])


def test_zero_capacity_is_refused_naming_the_unit():
    with pytest.raises(InputError, match="carrying capacity EC is 0 for 1 unit.*Urban core"):
        footprint.footprint_balance([10, 10], [0, 5], 0.1, 1, 1, 0, unit_labels=["Urban core", "Farm"])


# --- dual zoning (docs/methods.md, “Dual food-security / ecological-security zoning”), from first principles ---

def test_dual_zoning_six_units(six_units):
    units, first_principles = six_units
    y, s, n, ef, ec = (np.array(v) for v in zip(*units.values()))
    food = zoning.food_security_balance(y, s, n)
    eco = zoning.ecological_security_balance(ef, ec, n)
    result, delta = zoning.dual_zoning(food["l1"], eco["l2"], 0.5, 0.5, delta=0.2296)
    expected = first_principles()
    assert food["l1"] == pytest.approx(expected["l1"], rel=1e-12)
    assert eco["l2"] == pytest.approx(expected["l2"], rel=1e-12)
    assert result["q_score"] == pytest.approx(expected["q"], rel=1e-12)
    assert result["zone"].tolist() == expected["zones"]
    assert expected["zones"] == [1, -1, 1, -1, 0, 0]  # two receiving, two paying, two balance


def test_ahp_single_judgement_and_consistency():
    weights, cr, lam = zoning.ahp_weights(zoning.pairwise_matrix([3], 2))
    assert weights == pytest.approx([0.75, 0.25]) and cr == 0.0 and lam == pytest.approx(2.0)
    # A perfectly consistent 3×3 matrix (w = 4:2:1) has CR 0; an inconsistent one is above 0.1.
    w, cr, _ = zoning.ahp_weights(zoning.pairwise_matrix([2, 4, 2], 3))
    assert w == pytest.approx([4 / 7, 2 / 7, 1 / 7]) and cr == pytest.approx(0, abs=1e-9)
    _, cr_bad, _ = zoning.ahp_weights(zoning.pairwise_matrix([9, 1 / 9, 9], 3))
    assert cr_bad > 0.1


@pytest.mark.parametrize("w1,w2,message", [(50, 50, "They look like percent"), (0.6, 0.6, "must sum to 1")])
def test_weights_must_sum_to_one(w1, w2, message):
    with pytest.raises(InputError, match=message):
        zoning.check_weights(w1, w2)


def test_zoning_zero_grain_output_named():
    with pytest.raises(InputError, match=re.escape("Grain output Y (kg) is zero") + ".*Town"):
        zoning.food_security_balance([0.0, 1.0], [1, 1], [1, 1], unit_labels=["Town", "Farm"])


# --- classification ---------------------------------------------------------------------------------

def test_fisher_jenks_known_partition():
    values = [1, 2, 3, 10, 11, 12, 30, 31, 32]
    assert classify.fisher_jenks_breaks(values, 3).tolist() == [3, 12, 32]


def test_fisher_jenks_is_optimal_against_brute_force():
    rng = np.random.default_rng(7)
    x = np.sort(rng.lognormal(size=12))
    k = 3
    best = math.inf
    for i in range(1, 11):
        for j in range(i + 1, 12):
            groups = (x[:i], x[i:j], x[j:])
            best = min(best, sum(((g - g.mean()) ** 2).sum() for g in groups))
    breaks = classify.fisher_jenks_breaks(x, k)
    cls = classify.classify(x, breaks)
    ours = sum(((x[cls == c] - x[cls == c].mean()) ** 2).sum() for c in range(k))
    assert ours == pytest.approx(best, rel=1e-12)


def brute_force_breaks(values, k):
    """The least within-class sum of squares over every partition of the sorted values into k contiguous classes,
    in exact rational arithmetic; among equal costs the documented tie rule: the last class starts as early as it
    can, then the one before it, and so on."""
    import itertools
    from fractions import Fraction

    x = sorted(Fraction(v) for v in values)
    n = len(x)

    def cost(group):
        mean = sum(group) / len(group)
        return sum((v - mean) ** 2 for v in group)

    best = None
    for cuts in itertools.combinations(range(1, n), k - 1):
        bounds = (0,) + cuts + (n,)
        total = sum(cost(x[a:b]) for a, b in zip(bounds, bounds[1:]))
        key = (total, tuple(reversed(cuts)))  # equal costs: earliest last start, then the one before
        if best is None or key < best[0]:
            best = (key, [float(x[b - 1]) for b in bounds[1:]])
    return best[1]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=5, max_size=12), st.integers(2, 4))
def test_fisher_jenks_ties_follow_the_documented_rule(values, k):
    """Repeated values make equally good partitions common: the engine returns the one the tie rule names, checked
    against every partition in exact arithmetic."""
    assert classify.fisher_jenks_breaks(values, k).tolist() == brute_force_breaks(values, k)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=5, max_size=60), st.integers(2, 5))
def test_fisher_jenks_never_loses_to_mapclassify_with_ties(values, k):
    """mapclassify breaks ties its own way (and in float32): ours are never worse, and equal whenever it is
    optimal."""
    mapclassify = pytest.importorskip("mapclassify")
    y = np.array(values, dtype=float)
    if len(np.unique(y)) < k:
        return
    ours = classify.within_class_sum_of_squares(y, classify.fisher_jenks_breaks(y, k))
    theirs = classify.within_class_sum_of_squares(y, mapclassify.FisherJenks(y, k=k).bins)
    assert ours <= theirs + 1e-9


def test_fisher_jenks_equals_mapclassify_on_random_data():
    mapclassify = pytest.importorskip("mapclassify")
    rng = np.random.default_rng(2021)
    for trial in range(40):
        n, k = int(rng.integers(10, 150)), int(rng.integers(2, 8))
        y = rng.lognormal(3, 1, size=n) if trial % 2 else rng.normal(0, 5, size=n)
        assert classify.fisher_jenks_breaks(y, k).tolist() == mapclassify.FisherJenks(y, k=k).bins.tolist()


def test_fewer_units_than_classes():
    with pytest.raises(InputError, match="There are 3 payer units but 5 classes were asked for"):
        classify.class_breaks([1, 2, 3], 5, what="payer units")


# --- priority (docs/methods.md, “Compensation priority by main functional area”) ------------------------------

def test_priority_ranks_and_levels_within_roles():
    mapping = priority.role_mapping(priority.DEFAULT_ROLES)
    types = ["重点开发区", "key development zone", "Optimised Development Zone", "农产品主产区",
             "key ecological function area", "禁止开发区"]
    roles = priority.assign_roles(types, mapping)
    assert roles.tolist() == ["payer"] * 3 + ["receiver"] * 3
    ind = priority.priority_index([10, 1, 5, 2, 9, 4], [100, 100, 100, 1, 1, 1])
    out = priority.priority([*ind], roles, classes=3)
    # payers: IND 0.1, 0.01, 0.05 → lowest pays first; receivers: 2, 9, 4 → highest first
    assert out["rank"].tolist() == [3, 1, 2, 3, 1, 2]
    assert out["level"].tolist() == [3, 1, 2, 3, 1, 2]


def test_unknown_type_listed_by_value():
    mapping = priority.role_mapping(priority.DEFAULT_ROLES)
    with pytest.raises(InputError, match="2 unit\\(s\\).*'urban', '城市化地区'"):
        priority.assign_roles(["农产品主产区", "urban", "城市化地区"], mapping, "mfa_type")


def test_zero_gdp_refused():
    with pytest.raises(InputError, match="GDP \\(CNY\\) is zero.*Lake"):
        priority.priority_index([1, 2], [5, 0], unit_labels=["Hill", "Lake"])


# --- payment (docs/methods.md, “Compensation amount”) ------------------------------------------------------------------------

def test_engel_reference_check_xz():
    assert payment.development_stage([0.3097])[0] == pytest.approx(0.5768, abs=5e-5)
    assert 1 / (1 + math.exp(-0.3097)) == pytest.approx(payment.development_stage([0.3097])[0], rel=1e-15)


def test_payment_reference_check():
    p = payment.compensation_amount(5.71e8, 0.5768, 1.0, -0.45)
    assert float("{:.4g}".format(-p)) == 1.482e8


def test_engel_combination_and_pearl_variant():
    en = payment.engel_coefficient([0.3], [0.4], [0.6])
    assert en[0] == pytest.approx(0.3 * 0.6 + 0.4 * 0.4)
    r = payment.development_stage(en, payment.T_PEARL)
    assert r[0] == pytest.approx(1 / (1 + math.exp(-(1 / 0.34 - 3))))


def test_percent_engel_refused_or_converted():
    with pytest.raises(InputError, match="in percent \\(e.g. 31.5\\)"):
        payment.as_fraction([31.5, 40.0], "Urban Engel coefficient (field 'eu')")
    warnings = []
    x = payment.as_fraction([31.5, 40.0], "Urban Engel coefficient", convert_percent=True,
                            warn=lambda template, *values: warnings.append(template.format(*values)))
    assert x.tolist() == [0.315, 0.4] and warnings == ["Urban Engel coefficient was given in percent and has been "
                                                       "divided by 100."]
    with pytest.raises(InputError, match="mixes fractions"):
        payment.as_fraction([0.3, 40.0], "Urban Engel coefficient", convert_percent=True)


def test_totals_and_conflicts():
    p = np.array([100.0, -40.0, -10.0, 5.0])
    assert payment.totals(p) == {"received": 105.0, "paid": 50.0, "net": 55.0}
    roles = np.array(["receiver", "receiver", "payer", "payer"], dtype=object)
    assert payment.role_conflicts(p, roles).tolist() == [0, 1, 0, 1]


def test_fisher_jenks_keeps_its_optimum_where_single_precision_fails():
    """Values 10⁶ + noise: single-precision sums (mapclassify) lose the differences; ours stay optimal."""
    mapclassify = pytest.importorskip("mapclassify")
    y = 1e6 + np.random.default_rng(3).normal(size=80)
    ours = classify.fisher_jenks_breaks(y, 4)
    theirs = mapclassify.FisherJenks(y, k=4).bins
    assert classify.within_class_sum_of_squares(y, ours) < 0.5 * classify.within_class_sum_of_squares(y, theirs)


def test_fisher_jenks_is_optimal_on_values_far_from_zero():
    """10⁸ + noise: sums of squares about zero cancel (s2 − s1²/n keeps no digit of a variance of 1) and the engine
    picked a worse partition than the best; about each sample's mean nothing cancels. Checked against every
    partition in exact rational arithmetic, in both forms of the engine."""
    rng = np.random.default_rng(8)
    samples = 1e8 + rng.normal(size=(20, 11))
    many = classify.fisher_jenks_breaks_many(samples, 3)  # 20 draws: the contiguous form
    for row, breaks in zip(samples, many):
        best = brute_force_breaks(row, 3)
        assert classify.fisher_jenks_breaks(row, 3).tolist() == best
        assert np.sort(breaks).tolist() == best


def test_zhangzhou_share_of_the_fujian_deficit_is_the_papers_25_50_percent():
    # [FJ]: Zhangzhou's ecological deficit 7.7108 over the province's net deficit 30.2389 (cities in surplus included
    # in the total) = 25.50 %. Here Zhangzhou, a city with the rest of the deficit (25.68) and the cities in surplus
    # (3.1519 together) give that net deficit; the gross deficit 33.3908 gives 23.09 %, what EcoComp printed before.
    balance = np.array([-7.7108, -25.6800, 3.1519])
    demand, supply = np.array([2.0, 3.0, 1.0]), np.array([1.0, 1.0, 2.0])
    _, share = zoning.deficit_rates_and_shares(demand, supply, balance)
    assert round(share[0] * 100, 2) == 25.50
    assert share[0] == pytest.approx(7.7108 / 30.2389, rel=1e-12) and share[2] == 0.0
    _, gross = zoning.deficit_rates_and_shares(demand, supply, balance, zoning.SHARE_GROSS)
    assert round(gross[0] * 100, 2) == 23.09
    # a region with no net deficit: [FJ]'s share has no meaning and is not made up
    _, none = zoning.deficit_rates_and_shares(demand, supply, np.array([-1.0, 0.5, 0.8]))
    assert np.isnan(none).all()
    with pytest.raises(InputError, match="net"):
        zoning.deficit_rates_and_shares(demand, supply, balance, "gros")


def test_fj_ecological_balance_with_own_production_reduces_to_cultivated_against_sown_area():
    # c_i = P_i / N and y = Σ(P/p)/Σm: l2 = ec − ef = (ΣP/p)/N · (S/Σm − 1) whatever the yields (to 1e-12)
    rng = np.random.default_rng(4)
    units, items = 103, 6
    production = rng.uniform(1e6, 1e9, (units, items))
    sown = rng.uniform(1e2, 1e5, (units, items))
    area = sown.sum(axis=1) * rng.uniform(0.4, 1.6, units)
    population = rng.uniform(1e4, 2e6, units)
    p = footprint.regional_productivity(production, sown, list("abcdef"))
    ef = footprint.footprint_per_capita(footprint.consumption_from_production(production, population), p, 1.0)
    ec = footprint.capacity_per_capita(area, population, 1.0, footprint.yield_factor(production, sown, p))
    l2 = zoning.ecological_security_balance(ef, ec, population)["l2"]
    identity = footprint.own_production_balance(production, sown, area, population, p)
    np.testing.assert_allclose(l2, identity, rtol=1e-12, atol=1e-15)
    assert ((l2 > 0) == (area > sown.sum(axis=1))).all()  # the sign is cultivated area against sown area


def test_the_2017_reference_gdp_is_never_applied_to_another_year():
    # [HB] eq. 9 divides by the national per-capita GDP of the study year; 59,660 CNY/person is 2017's. With 2022
    # statistics every amount would be about 44 % too high, with one log line as the only trace.
    with pytest.raises(InputError, match=re.escape("is China's of 2017 ([HB] eq. 9), but the statistics are of 2022")):
        payment.check_reference_year(59660.0, 2022)
    assert payment.check_reference_year(59660.0, 2017) == "59,660 CNY/person for 2017"
    assert payment.check_reference_year(85698.0, 2022) == "85,698 CNY/person for 2022"  # the user's own value
    with pytest.raises(InputError, match="not China's of 2017"):
        payment.check_reference_year(60000.0, 2017)
    assert payment.check_reference_year(59660.0, None) is None  # nothing to check against: the caller warns
    assert payment.study_year_of(["2022", 2022.0, None, ""], "年份") == 2022
    with pytest.raises(InputError, match="several years"):
        payment.study_year_of([2021, 2022], "year")
    with pytest.raises(InputError, match="year of the statistics"):
        payment.study_year_of(["二〇二二"], "年份")


def test_both_forms_of_the_engine_give_the_same_breaks():
    """The flat divide and conquer (one sample, a few draws) and the one over contiguous draws (thousands of Monte
    Carlo draws) are one engine: the same breaks, ties included, draw by draw."""
    rng = np.random.default_rng(11)
    values = np.concatenate([rng.integers(0, 8, size=(40, 60)).astype(float), rng.lognormal(size=(40, 60))])
    together = classify.fisher_jenks_breaks_many(values, 4)  # 80 draws: the contiguous form
    one_by_one = np.array([classify.fisher_jenks_breaks_many(row[None, :], 4)[0] for row in values])
    assert np.array_equal(together, one_by_one)

"""Monte Carlo of the chain (ecocomp_science/uncertainty.py): zero spread is the deterministic chain, a one-input case
has the quantiles of its distribution, the one-at-a-time sensitivities obey the formulas, and the fast natural
breaks equal the exact ones."""

import csv
import math
import pathlib
import statistics

import numpy as np
import pytest

from ecocomp.ecocomp_science import classify, footprint, priority, uncertainty
from ecocomp.ecocomp_science.factors import xie_table
from ecocomp.ecocomp_science.presets import FOOTPRINT

SAMPLE = pathlib.Path(__file__).resolve().parents[2] / "sample_data" / "hubei_statistics_2017_synthetic.csv"
PRICES = {"rice": 2.72, "wheat": 2.36, "maize": 1.76}


def sample_chain(crops=PRICES):
    with open(SAMPLE, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    def column(name):
        return np.array([float(row[name]) for row in rows])

    _, consumption, productivity = footprint.commodity_table_from_rows(FOOTPRINT["hubei2017"]["commodities"])
    chain = uncertainty.Chain(
        labels=[row["name"] for row in rows], area=column("cultivated_ha"),
        crop_area=np.column_stack([column(c + "_area_ha") for c in crops]),
        crop_yield=np.column_stack([column(c + "_yield_kg_ha") for c in crops]),
        price=np.array(list(crops.values())), population=column("population"), gdp=column("gdp_cny"),
        engel_urban=column("engel_urban"), engel_rural=column("engel_rural"), urbanisation=column("urbanisation"),
        types=[row["mfa_type"] for row in rows], grain=column("grain_output_kg"), factors=xie_table("2008"),
        consumption=consumption, productivity=productivity, r=2.52, y=1.28, k=0.035, g_reference=59660.0)
    return chain, [row["adcode"] for row in rows], rows


def zero_specs():
    return {name: (dist, 0.0) for name, (_, dist, _) in uncertainty.PARAMETERS.items()}


def test_zero_spread_is_the_deterministic_chain(hubei_payment_expected, hubei_ef):
    chain, adcodes, rows = sample_chain()
    summary = uncertainty.run(chain, zero_specs(), draws=40, seed=3, levels=True, chunk=16)
    expected = np.array([hubei_payment_expected[a][1] for a in adcodes])
    for key in ("mean", "p5", "p50", "p95"):
        np.testing.assert_allclose(summary[key], expected, rtol=1e-12)
    assert summary["prob_payer"].tolist() == (expected < 0).astype(float).tolist()
    # Zones by hand (Python's statistics module): l1 = S/N − α·c/(Y/S), l2 = ec − ef, z-scores, Q, Δ 0.2296.
    l1, l2 = [], []
    for row in rows:
        n, s, grain = float(row["population"]), float(row["cultivated_ha"]), float(row["grain_output_kg"])
        l1.append(s / n - 0.95 * 400 / (grain / s))
        l2.append(s / n * 2.52 * 1.28 * (1 - 0.035) - hubei_ef)  # ec with the deduction k, as the footprint
    z1 = [(v - statistics.mean(l1)) / statistics.stdev(l1) for v in l1]
    z2 = [(v - statistics.mean(l2)) / statistics.stdev(l2) for v in l2]
    zones = [1 if q > 0.2296 else -1 if q < -0.2296 else 0 for q in (0.5 * a + 0.5 * b for a, b in zip(z1, z2))]
    for code in (1, 0, -1):
        assert summary["zones"][code].tolist() == [1.0 if z == code else 0.0 for z in zones]
    # Levels: the deterministic priority (natural breaks within each type) of IND = ESV_nonmarket / GDP.
    esv_nonmarket = np.array([6.51 * (np.array([float(r[c + "_area_ha"]) for c in PRICES])
                                      * np.array([float(r[c + "_yield_kg_ha"]) for c in PRICES])
                                      * np.array(list(PRICES.values()))).sum()
                              / sum(float(r[c + "_area_ha"]) for c in PRICES) / 7 * float(r["cultivated_ha"])
                              for r in rows])
    levels = priority.priority(esv_nonmarket / chain.gdp, chain.roles, 5, groups=chain.groups)["level"]
    for level in range(1, 6):
        assert summary["levels"][level].tolist() == (levels == level).astype(float).tolist()


def test_payment_linear_in_one_uniform_price_has_the_uniform_quantiles():
    """One crop: Ea = q·v/7, so P = P₀ · m with m ~ U(0.8, 1.2): P5, P50, P95 of a unit receiving P₀ > 0 are
    P₀ · (0.82, 1.00, 1.18); of a payer the other way round; the mean P₀ — within Monte Carlo error."""
    chain, _, _ = sample_chain({"rice": 2.72})
    specs = zero_specs()
    specs["price"] = (uncertainty.UNIFORM, 0.2)
    base = uncertainty.evaluate(chain, uncertainty.ones(chain))["payment"][0]
    draws = 20000
    summary = uncertainty.run(chain, specs, draws=draws, seed=11)
    # Error of a quantile q of U(0.8, 1.2): 0.4 · √(q(1 − q)/N); of the mean: 0.4/√12/√N. Allow 4 standard errors.
    for key, q in (("p5", 0.05), ("p50", 0.5), ("p95", 0.95)):
        tolerance = 4 * 0.4 * math.sqrt(q * (1 - q) / draws)
        factor = np.where(base > 0, 0.8 + 0.4 * q, 0.8 + 0.4 * (1 - q))
        np.testing.assert_allclose(summary[key] / base, factor, atol=tolerance)
    np.testing.assert_allclose(summary["mean"] / base, 1.0, atol=4 * 0.4 / math.sqrt(12 * draws))
    assert summary["prob_payer"].tolist() == (base < 0).astype(float).tolist()  # a price never flips the sign


def test_draws_are_reproducible_by_seed_and_bounded_values_are_capped_unit_by_unit():
    chain, _, _ = sample_chain()
    specs = {name: (uncertainty.NORMAL, 0.6) for name in uncertainty.PARAMETERS}
    first = uncertainty.draw_multipliers(chain, specs, 500, seed=5)
    again = uncertainty.draw_multipliers(chain, specs, 500, seed=5)
    other = uncertainty.draw_multipliers(chain, specs, 500, seed=6)
    for name in uncertainty.PARAMETERS:
        assert np.array_equal(first[name], again[name]) and not np.array_equal(first[name], other[name])
        assert (first[name] >= 0).all(), name
    assert (first["urbanisation"] > 1 / chain.urbanisation.max()).any()  # the multiplier itself is not narrowed…
    result = uncertainty.evaluate(chain, first)  # …the values it gives are capped where they would leave [0, 1]
    assert np.isfinite(result["payment"]).all()


def test_a_unit_near_a_bound_does_not_bias_the_shared_multiplier():
    # One unit at urbanisation 0.99 used to truncate the shared multiplier at 1/0.99 for all units: with a 5 % normal
    # spread its mean was 0.9665 (sd 0.032), biasing every unit by −3.4 %; w1 = 0.9 ± 20 % uniform averaged 0.860.
    chain, _, _ = sample_chain()
    chain.urbanisation = chain.urbanisation.copy()
    chain.urbanisation[0] = 0.99
    chain.w1 = 0.9
    draws = 40000
    specs = {name: (dist, spread) for name, (_, dist, spread) in uncertainty.PARAMETERS.items()}
    specs["urbanisation"] = (uncertainty.NORMAL, 0.05)
    specs["weights"] = (uncertainty.UNIFORM, 0.2)
    m = uncertainty.draw_multipliers(chain, specs, draws, seed=11)
    for name, sd in (("urbanisation", 0.05), ("weights", 0.2 / math.sqrt(3))):
        mean, spread = m[name].mean(), m[name].std()
        assert abs(mean - 1.0) < 3 * sd / math.sqrt(draws), (name, mean)
        assert spread == pytest.approx(sd, rel=0.02), name
    # each unit's own value stays a fraction: the unit at 0.99 is capped at 1, the others not touched
    values = np.minimum(chain.urbanisation * m["urbanisation"], chain.caps()["urbanisation"])
    assert values.max() == 1.0 and (values[:, 0] == 1.0).mean() == pytest.approx(0.42, abs=0.02)


@pytest.mark.parametrize("distribution", [uncertainty.UNIFORM, uncertainty.TRIANGULAR, uncertainty.NORMAL])
def test_multiplier_quantiles_are_those_of_the_draws(distribution):
    draws = uncertainty.sample(np.random.default_rng(3), distribution, 0.2, 400000)
    for q in (0.05, 0.5, 0.95):
        assert uncertainty.multiplier_quantile(distribution, 0.2, q) == pytest.approx(np.quantile(draws, q), abs=2e-3)


def test_one_at_a_time_sensitivities_follow_the_formulas():
    chain, _, _ = sample_chain()
    specs = {name: (dist, 0.1) for name, (_, dist, _) in uncertainty.PARAMETERS.items()}
    rows, (total, paying) = uncertainty.tornado(chain, specs)
    by_name = {row[0]: row for row in rows}
    # r multiplies ef and ec alike: eoi, and with it every amount, does not move.
    assert by_name["r"][2] == pytest.approx((total, total), rel=1e-12)
    # Every input at the P5 and P95 of its own distribution, so bars compare: G_ref ±10 % uniform is at 0.91 and
    # 1.09; P ∝ 1 / GDPpc_ref, so the total paid scales by 1/0.91 and 1/1.09; nobody changes side.
    assert uncertainty.PARAMETERS["g_reference"][1] == uncertainty.UNIFORM
    assert by_name["g_reference"][2] == pytest.approx((total / 0.91, total / 1.09), rel=1e-12)
    assert by_name["g_reference"][3] == (paying, paying)
    # The zoning inputs do not enter the amount.
    assert by_name["weights"][2] == by_name["delta"][2] == (pytest.approx(total), pytest.approx(total))
    swings = [abs(row[2][1] - row[2][0]) for row in rows]
    assert swings == sorted(swings, reverse=True)


@pytest.mark.parametrize("n, k", [(1, 1), (2, 2), (5, 3), (7, 5), (40, 5), (300, 5), (300, 7)])
def test_fast_natural_breaks_equal_the_exact_ones(n, k):
    rng = np.random.default_rng(n * 10 + k)
    data = rng.lognormal(0, 1, (30, n))
    many = classify.fisher_jenks_breaks_many(data, k)
    for d in range(30):
        np.testing.assert_array_equal(many[d], classify.fisher_jenks_breaks(data[d], k))
    classes = classify.classify_many(data, many)
    for d in range(30):
        np.testing.assert_array_equal(classes[d], classify.classify(data[d], many[d]))


def test_fast_natural_breaks_on_many_close_draws_and_ties():
    rng = np.random.default_rng(2)
    base = rng.lognormal(0, 1, 200)
    data = base * (1 + 0.02 * rng.standard_normal((50, 200)))
    data[:, :20] = 1.0  # a block of equal values
    many = classify.fisher_jenks_breaks_many(data, 5)
    for d in range(50):
        exact = classify.fisher_jenks_breaks(data[d], 5)
        assert classify.within_class_sum_of_squares(data[d], many[d]) == pytest.approx(
            classify.within_class_sum_of_squares(data[d], exact), rel=1e-12)


def test_breaks_never_decrease_when_values_are_fewer_than_classes():
    """0, 1, 3, 3, 4, 4, 4 in five classes: the programme's backtracking listed an upper bound out of order."""
    breaks = classify.fisher_jenks_breaks([1, 0, 4, 3, 4, 4, 3], 5)
    assert list(breaks) == sorted(breaks)
    assert classify.classify([0, 1, 3, 4], breaks).tolist() == sorted(classify.classify([0, 1, 3, 4], breaks))


def test_unstable_roles_totals_and_inputs_without_effect():
    """Units paying in more than 10 % and less than 90 % of the draws are unstable, the least certain first; the
    totals' P5/P50/P95 come from the per-draw totals received, paid and net; a row moving neither plotted quantity
    is marked; an input given twice in the spreads table is refused."""
    from ecocomp.ecocomp_science.errors import InputError

    assert uncertainty.unstable_units(["a", "b", "c", "d"], [0.05, 0.5, 0.85, 0.95]) == [("b", 0.5), ("c", 0.85)]
    amounts = np.array([[-2.0, 3.0], [-1.0, 5.0], [1.0, 1.0]])  # 3 draws × 2 units
    summary = {"total_paid": -np.where(amounts < 0, amounts, 0).sum(axis=1),
               "total_received": np.where(amounts > 0, amounts, 0).sum(axis=1), "total_net": amounts.sum(axis=1),
               "paying_units": (amounts < 0).sum(axis=1)}
    totals = uncertainty.totals({"payment": np.array([[-1.5, 4.0]])}, summary)
    assert totals["received"][1] == 3.0 and totals["net"][1] == 2.0 and totals["paid"][1] == 1.0
    assert (totals["paid_deterministic"], totals["received_deterministic"], totals["net_deterministic"]) == (
        1.5, 4.0, 2.5)
    assert uncertainty.no_effect(("r", 0.1, (5.0, 5.0), (3, 3)), (5.0, 3))
    assert not uncertainty.no_effect(("k", 0.1, (5.0, 5.0), (3, 4)), (5.0, 3))
    with pytest.raises(InputError, match="rows 1 and 2 both give the parameter 'k'"):
        uncertainty.spec_rows([("k", "uniform", 0.1), ("K", "uniform", 0.3)])


def test_a_run_that_cannot_fit_in_memory_is_refused_before_drawing():
    """10⁶ draws × 2,884 units need about 64 GB: refused with the estimate and the largest draw count that fits
    (it was numpy's _ArrayMemoryError after minutes); a run that fits passes."""
    from ecocomp.ecocomp_science.errors import InputError

    with pytest.raises(InputError) as refused:
        uncertainty.check_memory(1_000_000, 2884, available=8 * 2 ** 30)
    text = str(refused.value)
    assert "1,000,000 draws of 2,884 units need about 64.6 GB of memory, 8.0 GB are available" in text
    fits = int(text.split("use at most ")[1].split(" draws")[0].replace(",", ""))
    uncertainty.check_memory(fits, 2884, available=8 * 2 ** 30)
    with pytest.raises(InputError):
        uncertainty.check_memory(fits + 1000, 2884, available=8 * 2 ** 30)
    # the levels' block of IND and natural-breaks tables (≈ 300 MB measured) counts too
    with pytest.raises(InputError) as with_levels:
        uncertainty.check_memory(fits, 2884, available=8 * 2 ** 30, levels=True)
    assert int(str(with_levels.value).split("use at most ")[1].split(" draws")[0].replace(",", "")) < fits - 4000
    assert uncertainty.available_memory() is None or uncertainty.available_memory() > 0


def test_summaries_do_not_depend_on_chunks_or_workers():
    """Chunks of draws run side by side and the levels of blocks of draws, group by group, on several threads: every
    summary is the same as one chunk at a time on one thread, bit for bit."""
    chain, _, _ = sample_chain()
    specs = uncertainty.spec_rows([])
    one = uncertainty.run(chain, specs, draws=600, seed=5, levels=True, chunk=600, workers=1)
    many = uncertainty.run(chain, specs, draws=600, seed=5, levels=True, chunk=37, workers=3)
    for key in ("mean", "p5", "p50", "p95", "prob_payer", "total_paid", "total_net", "paying_units"):
        assert np.array_equal(one[key], many[key]), key
    for key in ("zones", "levels"):
        for code in one[key]:
            assert np.array_equal(one[key][code], many[key][code]), (key, code)
    assert 0 < one["levels"][1].sum() < 103  # the levels vary between draws: the test sees them

"""Payer → receiver allocation (ecocomp_science/transfers.py), worked by hand."""

import itertools

import numpy as np
import pytest

from ecocomp.ecocomp_science import transfers
from ecocomp.ecocomp_science.errors import InputError

PAY = [60.0, 40.0]
RECEIVE = [50.0, 30.0, 20.0]
# Two payers × three receivers as amounts P (< 0 pays), in the layer's order.
AMOUNT = [-60.0, 50.0, -40.0, 30.0, 20.0]
LABELS = ["p1", "r1", "p2", "r2", "r3"]


def matrix(allocation, count=5):
    flows = np.zeros((count + 1, count + 1))  # the last row/column: the central fund
    for i, j, value, _ in allocation.flows:
        flows[i, j] += value
    return flows


def test_proportional_by_hand():
    flows = transfers.proportional(PAY, RECEIVE)
    assert flows.tolist() == [[30.0, 18.0, 12.0], [20.0, 12.0, 8.0]]
    result = transfers.allocate(AMOUNT, LABELS)
    full = matrix(result)
    assert full[0, [1, 3, 4]].tolist() == [30.0, 18.0, 12.0]
    assert full[2, [1, 3, 4]].tolist() == [20.0, 12.0, 8.0]
    assert result.paid.tolist() == [60.0, 0.0, 40.0, 0.0, 0.0]
    assert result.received.tolist() == [0.0, 50.0, 0.0, 30.0, 20.0]
    assert result.fund_in == result.fund_out == 0.0


DISTANCE = np.array([[100.0, 300.0, 200.0], [250.0, 50.0, 400.0]])


@pytest.mark.parametrize("beta", [0.5, 1.0, 2.0])
def test_distance_decay_fits_both_margins_and_keeps_the_seeds_odds_ratios(beta):
    flows, iterations, error = transfers.gravity(PAY, RECEIVE, DISTANCE, beta)
    assert error <= 1e-12 and iterations < 1000
    np.testing.assert_allclose(flows.sum(axis=1), PAY, rtol=1e-9)
    np.testing.assert_allclose(flows.sum(axis=0), RECEIVE, rtol=1e-9)
    # IPF keeps every cross-product ratio of its seed p·r·d^−β: that and the margins determine the table.
    seed = np.outer(PAY, RECEIVE) * DISTANCE ** -beta
    for (i, k), (j, m) in itertools.product(itertools.combinations(range(2), 2), itertools.combinations(range(3), 2)):
        assert flows[i, j] * flows[k, m] / (flows[i, m] * flows[k, j]) == pytest.approx(
            seed[i, j] * seed[k, m] / (seed[i, m] * seed[k, j]), rel=1e-9)


def test_distance_decay_two_by_two_solved_by_hand():
    """2 × 2: F = [[x, 60 − x], [50 − x, x − 10]] with x(x − 10) / ((60 − x)(50 − x)) = (d12 d21 / (d11 d22))^β."""
    distance = np.array([[100.0, 300.0], [250.0, 50.0]])
    odds = (300.0 * 250.0 / (100.0 * 50.0)) ** 1.0
    # x² − 10x = odds (x² − 110x + 3000)  →  (odds − 1) x² − (110 odds − 10) x + 3000 odds = 0
    a, b, c = odds - 1, -(110 * odds - 10), 3000 * odds
    x = next(root for root in np.roots([a, b, c]) if 10 < root < 50)
    flows, _, _ = transfers.gravity([60.0, 40.0], [50.0, 50.0], distance, 1.0)
    np.testing.assert_allclose(flows, [[x, 60 - x], [50 - x, x - 10]], rtol=1e-9)


def test_beta_zero_is_the_proportional_split():
    flows, _, _ = transfers.gravity(PAY, RECEIVE, DISTANCE, 0.0)
    np.testing.assert_allclose(flows, transfers.proportional(PAY, RECEIVE), rtol=1e-12)


def test_unbalanced_totals_go_through_the_central_fund():
    """Paid 100 > received 80: receivers get theirs in full, payers pay 80 % to them and 20 % into the fund."""
    result = transfers.allocate([-60.0, 50.0, -40.0, 30.0], LABELS[:4])
    full = matrix(result, 4)
    assert full[0, [1, 3]] == pytest.approx([30.0, 18.0]) and full[2, [1, 3]] == pytest.approx([20.0, 12.0])
    assert full[0, -1] == pytest.approx(12.0) and full[2, -1] == pytest.approx(8.0)
    assert result.fund_in == pytest.approx(20.0) and result.fund_out == 0.0
    assert result.via_fund.tolist() == pytest.approx([-12.0, 0.0, -8.0, 0.0])
    assert result.paid.tolist() == pytest.approx([60.0, 0.0, 40.0, 0.0])  # every payer pays its whole amount
    shortfall = transfers.allocate([-10.0, 30.0, 10.0], ["p", "r1", "r2"])
    assert shortfall.fund_out == pytest.approx(30.0)
    assert [f for f in shortfall.flows if f[0] == transfers.FUND] == [
        (transfers.FUND, 1, pytest.approx(22.5), "central fund"), (transfers.FUND, 2, pytest.approx(7.5), "central fund")]


def test_within_the_prefecture_first_then_the_rest():
    """A: a1 pays 50, a2 receives 30; B: b1 pays 10, b2 receives 40, b3 20. Worked by hand in the docstring's
    order: A settles 30 (a1 → a2), B settles 10 (b1 → b2 6.67, b3 3.33); then a1's remaining 20 goes to b2 and b3
    (33.33 : 16.67), and the fund pays b2 20 and b3 10."""
    amount = [-50.0, 30.0, -10.0, 40.0, 20.0]
    labels = ["a1", "a2", "b1", "b2", "b3"]
    result = transfers.allocate(amount, labels, groups=[["A", "A", "B", "B", "B"]], group_names=["city"])
    got = {(i, j, level): value for i, j, value, level in result.flows}
    assert got == {(0, 1, "city"): pytest.approx(30.0), (2, 3, "city"): pytest.approx(20 / 3),
                   (2, 4, "city"): pytest.approx(10 / 3), (0, 3, transfers.ALL): pytest.approx(40 / 3),
                   (0, 4, transfers.ALL): pytest.approx(20 / 3), (transfers.FUND, 3, "central fund"): pytest.approx(20.0),
                   (transfers.FUND, 4, "central fund"): pytest.approx(10.0)}
    assert result.received.tolist() == pytest.approx([0.0, 30.0, 0.0, 40.0, 20.0])
    assert result.paid.tolist() == pytest.approx([50.0, 0.0, 10.0, 0.0, 0.0])
    assert result.fund_out == pytest.approx(30.0)


def test_grouped_distance_decay_keeps_every_margin():
    rng = np.random.default_rng(7)
    amount = rng.normal(0, 100, 40)
    lon, lat = rng.uniform(108, 116, 40), rng.uniform(29, 33, 40)
    distance = transfers.distance_matrix_km(lon, lat)
    groups = [list(rng.integers(0, 5, 40)), list(rng.integers(0, 2, 40))]
    result = transfers.allocate(amount, [str(i) for i in range(40)], transfers.GRAVITY, distance, 1.5, groups,
                                ["prefecture", "province"])
    assert result.error <= 1e-12
    np.testing.assert_allclose(result.paid, np.where(amount < 0, -amount, 0), rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(result.received, np.where(amount > 0, amount, 0), rtol=1e-9, atol=1e-9)
    sums_out, sums_in = np.zeros(40), np.zeros(40)
    for i, j, value, _ in result.flows:
        if i != transfers.FUND:
            sums_out[i] += value
        if j != transfers.FUND:
            sums_in[j] += value
    np.testing.assert_allclose(sums_out, result.paid, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(sums_in, result.received, rtol=1e-9, atol=1e-9)
    assert result.fund_in - result.fund_out == pytest.approx(-amount.sum(), rel=1e-9)


def test_refusals_name_the_units():
    with pytest.raises(InputError) as error:
        transfers.allocate([1.0, float("nan")], ["x", "y"])
    assert error.value.values[1] == "y"
    with pytest.raises(InputError) as error:
        transfers.allocate([1.0, -1.0], ["x", "y"], groups=[["A", None]], group_names=["city"])
    assert error.value.values[0] == "city" and error.value.values[2] == "y"
    with pytest.raises(InputError):
        transfers.gravity([1.0], [1.0], [[0.0]], 1.0)


def test_vincenty_on_the_textbook_cases():
    # One degree of longitude on the equator: a · π / 180.
    assert transfers.geodesic_km(0, 0, 1, 0) == pytest.approx(6378.137 * np.pi / 180, rel=1e-12)
    # Geoscience Australia's worked example (GRS80): Flinders Peak → Buninyong, 54,972.271 m.
    flinders = (144 + 25 / 60 + 29.52440 / 3600, -(37 + 57 / 60 + 3.72030 / 3600))
    buninyong = (143 + 55 / 60 + 35.38390 / 3600, -(37 + 39 / 60 + 10.15610 / 3600))
    assert transfers.geodesic_km(*flinders, *buninyong) * 1000 == pytest.approx(54972.271, abs=1e-3)
    # Along a meridian from the equator to the pole: the quarter meridian of GRS80, 10,001,965.729 m.
    assert transfers.geodesic_km(0, 0, 0, 90) * 1000 == pytest.approx(10001965.729, abs=1e-3)


def test_nearly_antipodal_distances_are_refused_never_returned_wrong():
    # Vincenty's iteration returned 19,947.82 km for (0°, 0°)–(179.7°, 0.5°) (Karney: 19,944.13) and 19,903.59 km,
    # half the equator, for (0°, 0°)–(180°, 0°) (the shortest path runs over the poles: 20,003.93 km).
    for pair in ((0, 0, 179.7, 0.5), (0, 0, 180, 0), (0, 0, 179.9, 0.1), (10, 30, -170.3, -30.2)):
        with pytest.raises(InputError, match="nearly antipodal"):
            transfers.geodesic_km(*pair)
    with pytest.raises(InputError, match="1 pair"):  # one bad pair refuses the call, naming how many
        transfers.geodesic_km([0, 0], [0, 0], [1, 180], [0, 0])


def test_every_distance_returned_equals_karneys_geodesic():
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="GRS80")
    rng = np.random.default_rng(7)
    returned = 0
    for _ in range(3000):
        lat1 = rng.uniform(-89, 89)
        if rng.random() < 0.5:  # around the antipode, where Vincenty fails
            lon2, lat2 = 180 + rng.normal(0, 3), float(np.clip(-lat1 + rng.normal(0, 3), -89.9, 89.9))
        else:
            lon2, lat2 = rng.uniform(-180, 180), rng.uniform(-89.9, 89.9)
        try:
            km = transfers.geodesic_km(0.0, lat1, lon2, lat2)
        except InputError:
            continue
        returned += 1
        assert km == pytest.approx(geod.inv(0.0, lat1, lon2, lat2)[2] / 1000, abs=1e-6), (lat1, lon2, lat2)
    assert returned > 1800


def test_given_flows_match_keys_as_every_join_does():
    """The flows' keys are matched to the units by the one key matcher: 420102.0 and a 12-digit statistical code
    find 420102; a flow of a unit to itself is its own use; an empty amount is listed; a key that is no unit, a flow
    without a payer and a negative amount are refused."""
    import math

    keys = ["420102", "420103", "420104"]
    result, own, empty = transfers.given(keys, [
        (1, 420102.0, "420103000000", 30.0), (2, "420103", "420104", 5.0), (3, "420104", "420104", 7.0),
        (4, "420102", "420104", math.nan), (5, "999999", "420102", 0.0)])
    assert [(i, j, v) for i, j, v, _ in result.flows] == [(0, 1, 30.0), (1, 2, 5.0)]
    assert result.paid.tolist() == [30.0, 5.0, 0.0] and result.received.tolist() == [0.0, 30.0, 5.0]
    assert own == 7.0 and empty == ["4"]
    with pytest.raises(InputError, match="not units of the layer"):
        transfers.given(keys, [(1, "999999", "420102", 1.0)])
    with pytest.raises(InputError, match="not units of the layer"):
        transfers.given(keys, [(1, None, "420102", 1.0)])
    with pytest.raises(InputError, match="negative amounts in 1 row"):
        transfers.given(keys, [(1, "420102", "420103", -1.0)])

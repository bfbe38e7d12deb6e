"""Spearman's rank correlation without scipy, checked against scipy (the independent oracle) and by hand."""

import numpy as np
import pytest

from ecocomp.ecocomp_science import stats

scipy_stats = pytest.importorskip("scipy.stats")


def test_hand_case():
    # ranks 1..5 against 1,2,3,5,4: d² = 0+0+0+1+1 = 2 → rho = 1 − 6·2/(5·24) = 0.9
    rho, p, n = stats.spearman([1, 2, 3, 4, 5], [10, 20, 30, 50, 40])
    assert (rho, n) == (pytest.approx(0.9, abs=1e-15), 5)


@pytest.mark.parametrize("seed", range(12))
def test_equals_scipy_with_ties(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4, 120))
    x = rng.integers(0, 15, n).astype(float)
    y = x * rng.uniform(-1, 1) + rng.normal(0, 3, n).round(1)
    rho, p, count = stats.spearman(x, y)
    expected = scipy_stats.spearmanr(x, y)
    assert rho == pytest.approx(expected.correlation, abs=1e-12)
    assert p == pytest.approx(expected.pvalue, rel=1e-9, abs=1e-14)
    assert count == n


def test_too_few_units_are_refused():
    with pytest.raises(Exception, match="at least 3 units"):
        stats.spearman([1, 2], [2, 1])

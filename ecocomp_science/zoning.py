"""Dual food-security / ecological-security compensation zoning [FJ]
(docs/methods.md, “Dual food-security / ecological-security zoning”).

Food security (per unit)::

    d1 = α · c / (Y / S1)     per-capita grain cropland demand (ha/person)
    s1 = S1 / N               per-capita supply (ha/person)
    l1 = s1 − d1,  L1 = N · l1 = S1 − D1   (ha)

Ecological security: d2 = ef, s2 = ec (docs/methods.md, “Ecological footprint and carrying capacity”; [FJ] uses r = 1 and
the unit yield factor); l2 = s2 − d2, L2 = N · l2 (gha).

Score and zones::

    z_ij = (l_ij − μ_i) / σ_i        (over all units; sample σ by default)
    Q_j  = w1 · z_1j + w2 · z_2j,    w1 + w2 = 1
    Q > Δ → receiving (1), Q < −Δ → paying (−1), otherwise balance (0)
"""

import numpy as np

from .checks import check_quantity
from .errors import InputError, list_names

RECEIVING, BALANCE, PAYING = 1, 0, -1
ZONE_LABELS = {
    RECEIVING: ("receiving zone", "受偿区"),
    BALANCE: ("balance zone", "平衡区"),
    PAYING: ("paying zone", "支付区"),
}

# Saaty's random consistency index by matrix order.
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49}
CR_LIMIT = 0.1


def food_security_balance(grain_output, cultivated_area, population, alpha=0.95, grain_per_capita=400.0,
                          unit_labels=None, names=None):
    """d1, s1, l1 (ha/person) and L1 (ha) per unit [FJ].

    ``alpha`` food self-sufficiency rate (0–1), ``grain_per_capita`` c (kg/person),
    ``grain_output`` Y (kg), ``cultivated_area`` S1 (ha), ``population`` N (persons).
    """
    names = names or {}
    if not 0 < float(alpha) <= 1:
        raise InputError("The food self-sufficiency rate α must be a fraction in (0, 1], got {}.", alpha)
    if float(grain_per_capita) <= 0:
        raise InputError("Per-capita grain consumption c must be > 0 kg/person, got {}.", grain_per_capita)
    y = check_quantity(grain_output, names.get("Y", "Grain output Y (kg)"), unit_labels, allow_zero=False)
    s1_area = check_quantity(cultivated_area, names.get("S1", "Cultivated land area S1 (ha)"), unit_labels,
                             allow_zero=False)
    n = check_quantity(population, names.get("N", "Population N (persons)"), unit_labels, allow_zero=False)
    d1 = float(alpha) * float(grain_per_capita) / (y / s1_area)
    s1 = s1_area / n
    l1 = s1 - d1
    return {"d1": d1, "s1": s1, "l1": l1, "l1_total": n * l1}


def ecological_security_balance(ef, ec, population):
    """d2 = ef, s2 = ec (gha/person), l2 = s2 − d2, L2 = N · l2 (gha) [FJ]."""
    d2 = np.asarray(ef, dtype=float)
    s2 = np.asarray(ec, dtype=float)
    l2 = s2 - d2
    return {"d2": d2, "s2": s2, "l2": l2, "l2_total": np.asarray(population, dtype=float) * l2}


def z_scores(values, ddof=1, what="value"):
    """(x − mean) / σ; σ with ``ddof`` (1 = sample, default; 0 = population). σ = 0 is refused."""
    x = np.asarray(values, dtype=float)
    if x.shape[-1] <= ddof:
        raise InputError("z-scores of {} need more than {} unit(s).", what, ddof)
    sigma = x.std(ddof=ddof, axis=-1, keepdims=True)  # over the units (the last axis; a first one holds draws)
    if not np.all(sigma > 0):
        raise InputError("All units have the same {}: its standard deviation is 0, so it cannot be "
                         "standardised.", what)
    return (x - x.mean(axis=-1, keepdims=True)) / sigma


def check_weights(w1, w2, tolerance=1e-6):
    """Weights must be non-negative fractions summing to 1 (not percent)."""
    w1, w2 = float(w1), float(w2)
    if w1 < 0 or w2 < 0:
        raise InputError("Weights must be ≥ 0, got w1 = {} and w2 = {}.", w1, w2)
    if abs(w1 + w2 - 1) > tolerance:
        hint = " They look like percent: divide by 100." if abs(w1 + w2 - 100) < 1e-6 else ""
        raise InputError("Weights w1 + w2 must sum to 1, got {} + {} = {}.{}", w1, w2, w1 + w2, hint)
    return w1, w2


def ahp_weights(matrix):
    """Weights from an AHP pairwise-comparison matrix (Saaty), with its consistency.

    The principal eigenvector, normalised to sum 1; λ_max, CI = (λ_max − n)/(n − 1),
    CR = CI / RI (CR = 0 for n ≤ 2). The matrix must be positive and reciprocal.
    """
    a = np.asarray(matrix, dtype=float)
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] < 2:
        raise InputError("The AHP matrix must be square with at least 2 criteria, got shape {}.", a.shape)
    if not np.all(np.isfinite(a)) or np.any(a <= 0):
        raise InputError("AHP judgements must be positive numbers (Saaty's scale 1/9 … 9).")
    if not np.allclose(a * a.T, 1.0, rtol=1e-3):
        i, j = np.argwhere(~np.isclose(a * a.T, 1.0, rtol=1e-3))[0]
        raise InputError("The AHP matrix is not reciprocal: a[{0}][{1}] = {2:g} but a[{1}][{0}] = {3:g} "
                         "(should be {4:g}).", i + 1, j + 1, a[i, j], a[j, i], 1 / a[i, j])
    n = a.shape[0]
    eigenvalues, eigenvectors = np.linalg.eig(a)
    k = int(np.argmax(eigenvalues.real))
    weights = np.abs(eigenvectors[:, k].real)
    weights /= weights.sum()
    lambda_max = float(eigenvalues[k].real)
    ci = (lambda_max - n) / (n - 1)
    ri = RANDOM_INDEX.get(n, 1.49)
    cr = ci / ri if ri > 0 else 0.0
    return weights, max(cr, 0.0), lambda_max


def pairwise_matrix(judgements, n):
    """The full reciprocal matrix from the upper-triangle judgements a12, a13, …, a(n−1)n."""
    values = list(judgements)
    if len(values) != n * (n - 1) // 2:
        raise InputError("{} criteria need {} pairwise judgements, got {}.", n, n * (n - 1) // 2, len(values))
    a = np.ones((n, n))
    it = iter(values)
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = float(next(it))
            a[j, i] = 1.0 / a[i, j]
    return a


def zone_codes(q, delta):
    """1 receiving (Q > Δ), −1 paying (Q < −Δ), 0 balance."""
    if np.any(np.asarray(delta, dtype=float) < 0):
        raise InputError("The balance band Δ must be ≥ 0, got {}.", delta)
    q = np.asarray(q, dtype=float)
    return np.where(q > delta, RECEIVING, np.where(q < -delta, PAYING, BALANCE))


def check_unit_weights(w1, w2, unit_labels=None, tolerance=1e-6):
    """Per-unit weights w1j, w2j [FJ]: fractions ≥ 0 with w1j + w2j = 1 in every unit (named otherwise)."""
    w1 = np.asarray(w1, dtype=float)
    w2 = np.asarray(w2, dtype=float)
    bad = ~np.isfinite(w1) | ~np.isfinite(w2) | (w1 < 0) | (w2 < 0) | (np.abs(w1 + w2 - 1) > tolerance)
    if bad.any():
        names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in np.flatnonzero(bad)]
        percent = bool(np.all(np.abs(w1 + w2 - 100) < 1e-6))
        raise InputError("Per-unit weights w1 + w2 must be fractions summing to 1 in every unit; they do not for "
                         "{} unit(s): {}.{}", len(names), list_names(names),
                         " They look like percent: divide by 100." if percent else "")
    return w1, w2


def total_deficit_delta(q):
    """Δ = |Σ_j Q_j|, the region's total deficit score [FJ] (with per-unit weights ΣQ ≠ 0; with one global pair
    of weights ΣQ = 0 exactly, so this Δ needs per-unit weights)."""
    return float(abs(np.sum(q)))


def dual_zoning(l1, l2, w1=0.5, w2=0.5, delta=None, kappa=None, ddof=1, total_deficit=False, unit_labels=None):
    """z-scores, score Q and zone per unit [FJ].

    ``w1``, ``w2``: one pair (numbers) or one pair per unit (arrays, [FJ]; or D × 1 arrays, one pair per Monte Carlo
    draw, beside l1, l2 of D draws × units). Δ: ``delta`` (Δ ≥ 0; or one per draw), or
    ``kappa`` (Δ = κ · σ(Q), with the same ddof), or ``total_deficit`` (Δ = |ΣQ|, [FJ]).
    Returns ``z1``, ``z2``, ``q_score``, ``zone`` and the Δ used.
    """
    if np.ndim(w1) or np.ndim(w2):
        w1, w2 = check_unit_weights(w1, w2, unit_labels)
    else:
        w1, w2 = check_weights(w1, w2)
    z1 = z_scores(l1, ddof, "food-security balance l1")
    z2 = z_scores(l2, ddof, "ecological balance l2")
    q = w1 * z1 + w2 * z2
    if total_deficit:
        if not (np.ndim(w1) and np.ptp(np.asarray(w1, dtype=float)) > 0):
            raise InputError("Δ = the region's total deficit score needs per-unit weights: with one pair of weights "
                             "for all units ΣQ = 0, so Δ would be 0.")
        delta = total_deficit_delta(q)
    elif delta is None:
        if kappa is None:
            raise InputError("Give the balance band Δ or the factor κ for Δ = κ · σ(Q).")
        delta = float(kappa) * q.std(ddof=ddof, axis=-1, keepdims=q.ndim > 1)
    # Δ is one number, or one per Monte Carlo draw (an array D × 1 beside Q of D draws × units).
    return {"z1": z1, "z2": z2, "q_score": q, "zone": zone_codes(q, delta)}, \
        float(delta) if np.ndim(delta) == 0 else np.asarray(delta, dtype=float)


def zone_summary(zone, columns):
    """Per zone: number of units and the sum of each column (``{name: array}``), receiving first."""
    zone = np.asarray(zone)
    rows = []
    for code in (RECEIVING, BALANCE, PAYING):
        mask = zone == code
        english, chinese = ZONE_LABELS[code]
        row = {"zone": code, "zone_label": english, "zone_label_zh": chinese, "units": int(mask.sum())}
        for name, values in columns.items():
            row[name] = float(np.asarray(values, dtype=float)[mask].sum())
        rows.append(row)
    return rows




SHARE_NET = "net"  # [FJ]: a unit's deficit over the region's net deficit −ΣL (surplus units in the sum)
SHARE_GROSS = "gross"  # not [FJ]: over the gross deficit Σ max(−L, 0)


def deficit_rates_and_shares(demand, supply, balance_total, share_of=SHARE_NET):
    """[FJ]: deficit rate (d − s) / s (> 0 deficit) and each unit's share of the region's deficit.

    ``share_of`` "net" ([FJ]'s definition): max(−L, 0) / (−ΣL), the region's net deficit, units in surplus included
    in the sum (Zhangzhou 7.7108 / 30.2389 = 25.50 %); NaN for every unit when the region as a whole is not in deficit
    (−ΣL ≤ 0), where that share has no meaning. "gross" (an option, not [FJ]): max(−L, 0) / Σ max(−L, 0).
    Units in surplus have a share of 0. Returns ``(rate, share)``.
    """
    if share_of not in (SHARE_NET, SHARE_GROSS):
        raise InputError("Unknown deficit share {!r}; use net ([FJ]) or gross.", share_of)
    demand = np.asarray(demand, dtype=float)
    supply = np.asarray(supply, dtype=float)
    balance_total = np.asarray(balance_total, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(supply > 0, (demand - supply) / supply, np.nan)
    deficit = np.maximum(-balance_total, 0.0)
    total = -balance_total.sum() if share_of == SHARE_NET else deficit.sum()
    if total > 0:
        share = deficit / total
    elif share_of == SHARE_NET:
        share = np.full(deficit.shape, np.nan)
    else:
        share = np.zeros_like(deficit)
    return rate, share

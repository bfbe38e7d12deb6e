"""Small statistics without scipy (QGIS does not always ship it): Spearman's rank correlation with its p-value.

    rho = Pearson correlation of the average ranks (ties share their mean rank)
    t   = rho · √((n − 2) / (1 − rho²)),  p = 2 · P(T_{n−2} > |t|)   (Student's t, two-sided)

P(T > t) is computed from the regularised incomplete beta function, I_x(a, b) with x = df / (df + t²),
a = df / 2, b = 1/2, by its continued fraction (Lentz's method).
"""

import math

import numpy as np

from .errors import InputError


def average_ranks(values):
    """1-based ranks, ties given the mean of the ranks they span."""
    values = np.asarray(values, dtype=float)
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(values.size, dtype=float)
    sorted_values = values[order]
    start = 0
    while start < values.size:
        stop = start
        while stop + 1 < values.size and sorted_values[stop + 1] == sorted_values[start]:
            stop += 1
        ranks[order[start:stop + 1]] = (start + stop) / 2.0 + 1.0
        start = stop + 1
    return ranks


def _beta_continued_fraction(a, b, x, iterations=300, eps=1e-15):
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, iterations + 1):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < eps:
            break
    return h


def regularized_incomplete_beta(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_two_sided_p(t, df):
    """Two-sided p-value of Student's t with ``df`` degrees of freedom."""
    if not math.isfinite(t):
        return 0.0
    return regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))


def spearman(x, y):
    """(rho, p, n) of Spearman's rank correlation between two equally long series (NaN pairs left out)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = np.isfinite(x) & np.isfinite(y)
    n = int(keep.sum())
    if n < 3:
        raise InputError("Spearman's rank correlation needs at least 3 units with both values; there are {}.", n)
    rx, ry = average_ranks(x[keep]), average_ranks(y[keep])
    if np.ptp(rx) == 0 or np.ptp(ry) == 0:
        return float("nan"), float("nan"), n
    rho = float(np.corrcoef(rx, ry)[0, 1])
    rho = max(-1.0, min(1.0, rho))
    if abs(rho) == 1.0:
        return rho, 0.0, n
    t = rho * math.sqrt((n - 2) / (1.0 - rho * rho))
    return rho, t_two_sided_p(t, n - 2), n

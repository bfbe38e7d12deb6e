"""One-dimensional classification: exact Fisher–Jenks natural breaks, quantiles, equal intervals.

Written with numpy only, because mapclassify is absent from most QGIS
installs and costs 1.5 s to import. Breaks are class upper bounds, the last
one the maximum, as in mapclassify; a value belongs to the first class whose
upper bound is ≥ the value.
"""

import numpy as np

from .errors import InputError

NATURAL_BREAKS = "natural_breaks"
QUANTILE = "quantile"
EQUAL_INTERVAL = "equal_interval"
METHODS = (NATURAL_BREAKS, QUANTILE, EQUAL_INTERVAL)


def within_class_sum_of_squares(values, breaks):
    """Σ over classes of Σ (x − class mean)², classes assigned by :func:`classify`."""
    x = np.asarray(values, dtype=float)
    cls = classify(x, breaks)
    total = 0.0
    for c in np.unique(cls):
        group = x[cls == c]
        total += float(((group - group.mean()) ** 2).sum())
    return total


def fisher_jenks_breaks(values, classes):
    """Exact Fisher–Jenks natural breaks: the partition of the sorted values into ``classes`` contiguous groups with
    the least total within-group sum of squares (Fisher 1958; Jenks 1977), by the one engine EcoComp has
    (:func:`fisher_jenks_breaks_many`, O(k · n · log n), double precision). Tie rule, documented and deterministic:
    among partitions of equal cost, each class starts as early as it can (the earliest start of the last class,
    then of the one before)."""
    x = np.sort(np.asarray(values, dtype=float))
    if x.size == 0:
        raise InputError("Natural breaks need at least one value.")
    return np.sort(fisher_jenks_breaks_many(x[None, :], classes)[0])


def quantile_breaks(values, classes):
    """Upper bounds at the 1/k … k/k quantiles (linear interpolation)."""
    return np.quantile(np.asarray(values, dtype=float), np.arange(1, classes + 1) / classes)


def equal_interval_breaks(values, classes):
    """Upper bounds min + (max − min) · i / k."""
    x = np.asarray(values, dtype=float)
    low, high = x.min(), x.max()
    breaks = low + (high - low) * np.arange(1, classes + 1) / classes
    breaks[-1] = high
    return breaks


def check_class_count(count, classes, what="units"):
    """At least one class, and no more classes than the ``count`` values of ``what``."""
    if classes < 1:
        raise InputError("The number of classes must be at least 1, got {}.", classes)
    if count < classes:
        raise InputError("There are {} {} but {} classes were asked for: use at most {} classes.",
                         count, what, classes, count)


def class_breaks(values, classes, method=NATURAL_BREAKS, what="units"):
    """Breaks by ``method``; refuses fewer values than classes, naming ``what``."""
    values = np.asarray(values, dtype=float)
    check_class_count(values.size, classes, what)
    if method == NATURAL_BREAKS:
        return fisher_jenks_breaks(values, classes)
    if method == QUANTILE:
        return quantile_breaks(values, classes)
    if method == EQUAL_INTERVAL:
        return equal_interval_breaks(values, classes)
    raise InputError("Unknown classification method {!r}; use one of {}.", method, ", ".join(METHODS))


def classify(values, breaks):
    """0-based class of each value: the first class whose upper bound is ≥ the value."""
    classes = np.searchsorted(np.asarray(breaks, dtype=float), np.asarray(values, dtype=float), side="left")
    return np.minimum(classes, len(breaks) - 1)


def fisher_jenks_breaks_many(values, classes, chunk_cells=500_000):
    """Exact natural breaks of many samples at once (draws × values → draws × classes upper bounds): EcoComp's one
    natural-breaks engine, also for a single sample (:func:`fisher_jenks_breaks`).

    The least within-class sum of squares, with the earliest start among equal costs (costs within 1e-12 of the
    sample's total sum of squares count as equal, so rounding never decides a tie), found in O(k · n · log n) per
    sample instead of O(k · n²): the best start of the last class never moves left when the class ends further right
    (the within-class sum of squares satisfies the quadrangle inequality), so each layer of the dynamic programme is
    solved by divide and conquer over the end point, as in Ckmeans.1d.dp (Wang and Song 2011; Song and Zhong 2020).
    Vectorised over everything at once: every level of the divide and conquer evaluates the candidate starts of all
    its intervals, of all the draws of a chunk, in one flat array (about log₂ n numpy steps per class).
    """
    x = np.sort(np.asarray(values, dtype=float), axis=1)
    draws, n = x.shape
    if n == 0:
        raise InputError("Natural breaks need at least one value.")
    if not np.isfinite(x).all() or (x.size and np.abs(x).max() > 1e150):  # their squares would overflow
        raise InputError("Natural breaks need finite values below 1e150; {} value(s) are not.",
                         int((~np.isfinite(x) | (np.abs(np.nan_to_num(x, nan=np.inf)) > 1e150)).sum()))
    classes = min(classes, n)
    if draws > 16:  # thousands of draws: contiguous slices over the draws beat the flat form
        return _jenks_dc_draws(x, classes)
    step = max(1, chunk_cells // max(1, n))
    return np.concatenate([_jenks_dc(x[start:start + step], classes) for start in range(0, draws, step)], axis=0)


def _first_layer(x):
    """The prefix sums s1, s2 of sorted samples (draws × n; s1[:, j] = Σ x[:, :j]), the cost of one class over
    x[:, :j] for every j, and each draw's tie tolerance: costs within 1e-12 of its total sum of squares are equal
    (rounding never decides a tie; the earliest start wins)."""
    draws, n = x.shape
    zero = np.zeros((draws, 1))
    # Sums of squares do not change with a shift: the sums are taken about each draw's mean, so values far from
    # zero (1e6 ± 1) lose no digits to cancellation in s2 − s1²/n.
    x = x - x.mean(axis=1, keepdims=True)
    s1 = np.concatenate([zero, np.cumsum(x, axis=1)], axis=1)
    s2 = np.concatenate([zero, np.cumsum(x * x, axis=1)], axis=1)
    best = np.empty((draws, n + 1))
    best[:, 0] = np.inf
    best[:, 1:] = s2[:, 1:] - s1[:, 1:] ** 2 / np.arange(1, n + 1)
    tie = 1e-12 * np.maximum(s2[:, n] - s1[:, n] ** 2 / n, np.finfo(float).tiny)
    return s1, s2, best, tie


def _backtrack(x, start, classes):
    """The class upper bounds of each draw from the best starts of every layer (``start[layer, draw, end]``)."""
    draws, n = x.shape
    rows = np.arange(draws)
    breaks = np.empty((draws, classes))
    end = np.full(draws, n)
    for layer in range(classes, 0, -1):
        breaks[:, layer - 1] = x[rows, end - 1]
        if layer > 1:
            end = start[layer, rows, end]
    return breaks


def _jenks_dc(x, classes):
    """:func:`fisher_jenks_breaks_many` for one chunk of sorted samples (draws × n)."""
    draws, n = x.shape
    s1, s2, best, tie = _first_layer(x)
    flat1, flat2 = s1.ravel(), s2.ravel()
    width = n + 1
    start = np.zeros((classes + 1, draws, n + 1), dtype=np.int32)
    for layer in range(2, classes + 1):
        previous = best.ravel()
        best = np.full((draws, n + 1), np.inf)
        # the open intervals of end points: draw, first end, last end, lowest and highest start allowed
        draw = np.arange(draws)
        # the last layer ends at n only; an earlier one at most where the classes after it still fit
        first = np.full(draws, n if layer == classes else layer)
        last = np.full(draws, n - (classes - layer))
        low = np.full(draws, layer - 1)
        high = np.full(draws, n - 1)
        while draw.size:
            middle = (first + last) // 2
            top = np.minimum(high, middle - 1)
            counts = top - low + 1
            offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
            owner = np.repeat(np.arange(draw.size), counts)  # the interval of each candidate
            candidate = low[owner] + (np.arange(owner.size) - offsets[owner])
            row, end = draw[owner] * width, middle[owner]
            total = flat1[row + end] - flat1[row + candidate]
            cost = previous[row + candidate] + (flat2[row + end] - flat2[row + candidate]) - \
                total * total / (end - candidate)
            least = np.minimum.reduceat(cost, offsets)
            near = cost <= (least + tie[draw])[owner]
            earliest = np.minimum.reduceat(np.where(near, np.arange(owner.size), owner.size), offsets)
            chosen = candidate[earliest]
            best[draw, middle] = cost[earliest]
            start[layer, draw, middle] = chosen
            left, right = first <= middle - 1, middle + 1 <= last
            draw = np.concatenate((draw[left], draw[right]))
            first, last = np.concatenate((first[left], middle[right] + 1)), np.concatenate((middle[left] - 1, last[right]))
            low, high = np.concatenate((low[left], chosen[right])), np.concatenate((chosen[left], high[right]))
    return _backtrack(x, start, classes)


def _jenks_dc_draws(x, classes):
    """:func:`fisher_jenks_breaks_many` for many sorted samples (draws × n): the same divide and conquer and tie rule,
    one Python step per end point with every draw in contiguous slices (the flat form, :func:`_jenks_dc`, is faster
    for one sample or a few; this one for thousands of Monte Carlo draws)."""
    draws, n = x.shape
    s1, s2, best, tie = _first_layer(x)
    rows = np.arange(draws)
    start = np.zeros((classes + 1, draws, n + 1), dtype=np.int32)
    for layer in range(2, classes + 1):
        # previous − s2 once per layer: a cost is then three operations on the block of candidate starts
        previous = best - s2
        best = np.full((draws, n + 1), np.inf)
        # (first end, last end, lowest start per draw, highest start per draw): the class ending at `middle`
        # starts at some i in [low, min(high, middle − 1)], evaluated for the union of the draws' ranges. The last
        # layer ends at n only; an earlier one at most where the classes after it still fit.
        first_end = n if layer == classes else layer
        stack = [(first_end, n - (classes - layer), np.full(draws, layer - 1), np.full(draws, n - 1))]
        while stack:
            first, last, low, high = stack.pop()
            if first > last:
                continue
            middle = (first + last) // 2
            top = np.minimum(high, middle - 1)
            lo, hi = int(low.min()), int(top.max()) + 1
            total = np.subtract(s1[:, middle:middle + 1], s1[:, lo:hi])
            np.multiply(total, total, out=total)
            total /= middle - np.arange(lo, hi)
            np.subtract(previous[:, lo:hi], total, out=total)
            total += s2[:, middle:middle + 1]
            if lo < int(low.max()) or hi - 1 > int(top.min()):
                span = np.arange(lo, hi)
                total[(span < low[:, None]) | (span > top[:, None])] = np.inf
            least = total.min(axis=1)
            least += tie
            choice = np.argmax(total <= least[:, None], axis=1)  # the earliest start among equal costs
            best[:, middle] = total[rows, choice]
            chosen = (choice + lo).astype(np.int32)
            start[layer, :, middle] = chosen
            stack.append((first, middle - 1, low, chosen))
            stack.append((middle + 1, last, chosen, high))
    return _backtrack(x, start, classes)


def classify_many(values, breaks):
    """0-based classes of draws × values against draws × classes upper bounds (as :func:`classify`, per draw)."""
    values = np.asarray(values, dtype=float)
    breaks = np.asarray(breaks, dtype=float)
    classes = (values[:, :, None] > breaks[:, None, :]).sum(axis=2)
    return np.minimum(classes, breaks.shape[1] - 1)

"""How sure the amounts, roles and zones are: Monte Carlo over the coefficients nobody knows exactly
(docs/methods.md, “Uncertainty of the amounts, roles and zones”). Not from the papers.

The chain is the Hubei 2017 method of the sample run — Ea per unit from crop fields, the Xie 2008 cropland factors,
the Hubei footprint (ef from the commodity table, ec = S/N · r · y, k), P = ESV_nonmarket · R · G · eoi, roles by
main-functional-area type, levels by natural breaks within each type, and the dual zoning with the footprint's ef
and ec — evaluated for D draws at once by the **same science functions** as the deterministic algorithms
(esv.equivalent_factor_value, esv.service_value, footprint.footprint_per_capita, footprint.capacity_per_capita,
footprint.overload, payment.engel_coefficient, payment.development_stage, payment.affordability,
payment.compensation_amount, zoning.food_security_balance, zoning.ecological_security_balance,
zoning.dual_zoning, priority.priority_index and the natural breaks of classify), which broadcast over a leading
axis of draws.

Every uncertain input is a multiplier m of its published or given value, drawn once per draw and shared by all
units (a coefficient nobody knows exactly is wrong the same way everywhere): uniform 1 ± s, triangular (1 − s,
1, 1 + s) or normal (1, s), truncated at the physical bounds of the quantity (redrawn until inside). Seeded: the
same seed gives the same draws.
"""

import math
import statistics
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from . import esv, footprint, payment, priority, zoning
from .errors import InputError

from .presets import DISTRIBUTIONS, NORMAL, TRIANGULAR, UNCERTAIN as PARAMETERS, UNIFORM  # noqa: F401


@dataclass
class Chain:
    """The inputs of the chain for n units and c crops (canonical units: ha, kg/ha, CNY/kg, persons, CNY)."""

    labels: list
    area: np.ndarray  # S, cultivated land (ha)
    crop_area: np.ndarray  # m, sown area (n × c, ha)
    crop_yield: np.ndarray  # q (n × c, kg/ha)
    price: np.ndarray  # v (c, CNY/kg)
    population: np.ndarray  # N (persons)
    gdp: np.ndarray  # CNY
    engel_urban: np.ndarray  # fractions
    engel_rural: np.ndarray
    urbanisation: np.ndarray
    types: list  # main-functional-area type of each unit
    grain: np.ndarray  # grain output Y (kg), for the zoning
    factors: object  # factors.FactorTable
    consumption: np.ndarray  # c_i (kg/person), the footprint's commodity table
    productivity: np.ndarray  # p_i (kg/ha)
    r: float
    y: float
    k: float
    g_reference: float  # CNY/person
    alpha: float = 0.95
    grain_per_capita: float = 400.0
    w1: float = 0.5
    delta: float = 0.2296
    classes: int = 5
    role_rows: tuple = None  # type → role rows; None: the default mapping [HB]
    roles: np.ndarray = field(init=False, default=None)
    groups: np.ndarray = field(init=False, default=None)

    def __post_init__(self):
        mapping = priority.role_mapping(self.role_rows or priority.DEFAULT_ROLES)
        self.roles = priority.assign_roles(self.types, mapping)
        self.groups = priority.type_groups(self.types)

    def sizes(self):
        """How many multipliers each parameter has (one per service, per crop, else one)."""
        return {name: len(self.factors.factors) if name == "factors" else self.price.size
                if name in ("price", "yield") else 1 for name in PARAMETERS}

    def caps(self):
        """The highest value each bounded quantity may take, applied to every unit's own value after the draw
        (fractions ≤ 1, k < 1): the shared multiplier keeps its documented distribution, mean 1."""
        return {"engel": 1.0, "urbanisation": 1.0, "k": float(np.nextafter(1.0, 0.0)), "weights": 1.0}


def spec_rows(rows):
    """{parameter: (distribution, spread)} from rows (parameter, distribution, spread); defaults for the rest."""
    specs = OrderedDict((name, (dist, spread)) for name, (_, dist, spread) in PARAMETERS.items())
    given = {}
    for number, row in enumerate(rows, start=1):
        if len(row) != 3:
            raise InputError("Uncertainty table row {} must have 3 columns (parameter, distribution, spread).", number)
        name, dist, spread = str(row[0]).strip().lower(), str(row[1]).strip().lower(), row[2]
        if name not in PARAMETERS:
            raise InputError("Uncertainty table row {}: unknown parameter {!r}; use one of {}.", number, row[0],
                             ", ".join(PARAMETERS))
        if name in given:
            raise InputError("Uncertainty table rows {} and {} both give the parameter {!r}: keep one.", given[name],
                             number, name)
        given[name] = number
        if dist not in DISTRIBUTIONS:
            raise InputError("Uncertainty table, {}: distribution must be uniform, triangular or normal, got {!r}.",
                             name, row[1])
        try:
            spread = float(spread)
        except (TypeError, ValueError):
            raise InputError("Uncertainty table, {}: the spread {!r} is not a number.", name, row[2]) from None
        if not 0 <= spread < 1:
            raise InputError("Uncertainty table, {}: the spread is a fraction of the value, 0 ≤ s < 1 (0.1 = ±10 %), "
                             "got {}.", name, spread)
        specs[name] = (dist, spread)
    return specs


def sample(rng, distribution, spread, shape, low=0.0, high=np.inf, max_rounds=1000):
    """Multipliers around 1, truncated to [low, high] by redrawing the values outside (a truncated distribution)."""
    def draw(size):
        if distribution == UNIFORM:
            return 1.0 + spread * rng.uniform(-1.0, 1.0, size)
        if distribution == TRIANGULAR:
            return 1.0 + spread * rng.triangular(-1.0, 0.0, 1.0, size)
        return 1.0 + spread * rng.standard_normal(size)

    values = draw(shape)
    for _ in range(max_rounds):
        outside = (values < low) | (values > high)
        if not outside.any():
            return values
        values[outside] = draw(int(outside.sum()))
    raise InputError("A spread of {} cannot be drawn inside the physical bounds of the quantity: use a smaller "
                     "spread.", spread)


def draw_multipliers(chain, specs, draws, seed):
    """{parameter: multipliers (draws × size)}, in the fixed order of PARAMETERS (reproducible by ``seed``).

    Each multiplier keeps its documented distribution (mean 1), only truncated at 0 (a quantity is never negative):
    no unit's value narrows it. Values with an upper bound are capped unit by unit in ``evaluate`` (before, the
    shared multiplier was truncated at the tightest unit: one urbanisation rate of 0.9898 gave every unit's
    urbanisation a mean multiplier of 0.9665).
    """
    rng = np.random.default_rng(seed)
    sizes = chain.sizes()
    return {name: sample(rng, specs[name][0], specs[name][1], (draws, sizes[name]), 0.0, np.inf)
            for name in PARAMETERS}


def multiplier_quantile(distribution, spread, q):
    """The ``q`` quantile of a multiplier's distribution: uniform 1 ± s, triangular (1 − s, 1, 1 + s), normal (1, s)
    (its truncation at 0 left aside: with s < 1 it only touches a normal beyond 1/s standard deviations)."""
    if distribution == UNIFORM:
        return 1.0 + spread * (2.0 * q - 1.0)
    if distribution == TRIANGULAR:
        z = -1.0 + math.sqrt(2.0 * q) if q <= 0.5 else 1.0 - math.sqrt(2.0 * (1.0 - q))
        return 1.0 + spread * z
    return 1.0 + spread * statistics.NormalDist().inv_cdf(q)


def ones(chain, draws=1):
    """Multipliers that reproduce the deterministic chain."""
    return {name: np.ones((draws, size)) for name, size in chain.sizes().items()}


def evaluate(chain, multipliers, levels=False, ind=False):
    """The chain for every draw: ``payment`` (draws × units, CNY), ``zone`` (draws × units: 1, 0, −1) and, with
    ``levels``, the priority ``level`` (draws × units); with ``ind``, the priority index IND its levels come from."""
    m = multipliers
    draws = next(iter(m.values())).shape[0]
    column = {name: values[:, :1] for name, values in m.items()}  # draws × 1 for the one-value parameters
    # ESV of cultivated land, non-market part: Ea per unit from the crops, F from the factors.
    ea = esv.equivalent_factor_value(chain.crop_area, chain.crop_yield * m["yield"][:, None, :],
                                     chain.price * m["price"][:, None, :], chain.labels)
    nonmarket = np.array([not market for market in chain.factors.market])
    f_nonmarket = (m["factors"][:, nonmarket] * np.asarray(chain.factors.factors)[nonmarket]).sum(axis=1)
    esv_nonmarket = esv.service_value(f_nonmarket[:, None], ea, chain.area)
    # Footprint and capacity (Hubei preset): ef = r · Σ c/p, ec = S/N · r · y · (1 − k), EC = N · ec; the zoning's
    # s2 is the same ec, deduction included.
    r = chain.r * column["r"]
    ef = footprint.footprint_per_capita(chain.consumption, chain.productivity, r)
    caps = chain.caps()
    k = np.minimum(chain.k * column["k"], caps["k"])
    ec = footprint.capacity_per_capita(chain.area, chain.population, r, chain.y * column["y"], k)
    _, _, _, eoi = footprint.overload(chain.population, ec, ef)
    # Amount: R from the Engel coefficients, G against the reference per-capita GDP.
    engel = payment.engel_coefficient(np.minimum(chain.engel_urban * column["engel"], caps["engel"]),
                                      np.minimum(chain.engel_rural * column["engel"], caps["engel"]),
                                      np.minimum(chain.urbanisation * column["urbanisation"], caps["urbanisation"]))
    amount = payment.compensation_amount(
        esv_nonmarket, payment.development_stage(engel),
        payment.affordability(chain.gdp, chain.population, chain.g_reference * column["g_reference"], chain.labels),
        eoi)
    # Dual zoning with the footprint's ef and ec.
    l1 = zoning.food_security_balance(chain.grain, chain.area, chain.population, chain.alpha,
                                      chain.grain_per_capita, chain.labels)["l1"]
    l2 = zoning.ecological_security_balance(ef, ec, chain.population)["l2"]
    w1 = np.minimum(chain.w1 * column["weights"], caps["weights"])
    result, _ = zoning.dual_zoning(np.broadcast_to(l1, l2.shape), l2, w1, 1.0 - w1, chain.delta * column["delta"],
                                   unit_labels=chain.labels)
    out = {"payment": amount, "zone": result["zone"].astype(np.int8)}
    if levels or ind:
        index = priority.priority_index(esv_nonmarket, np.broadcast_to(chain.gdp, esv_nonmarket.shape), chain.labels)
        if ind:
            out["ind"] = index
        if levels:
            out["level"] = priority.priority_levels_many(index, chain.roles, chain.classes, chain.groups)
    assert out["payment"].shape == (draws, chain.area.size)
    return out


def available_memory():
    """Bytes of memory available to this process now (Linux /proc/meminfo; Windows GlobalMemoryStatusEx), or None."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import ctypes

        class Status(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong), ("total", ctypes.c_ulonglong),
                        ("available", ctypes.c_ulonglong), ("page_total", ctypes.c_ulonglong),
                        ("page_available", ctypes.c_ulonglong), ("virtual_total", ctypes.c_ulonglong),
                        ("virtual_available", ctypes.c_ulonglong), ("extended", ctypes.c_ulonglong)]

        status = Status()
        status.length = ctypes.sizeof(Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # pragma: no cover - Windows
            return int(status.available)
    except (AttributeError, OSError):
        pass
    return None


#: Bytes per draw and unit a run holds at its peak: the amounts, their sorted copy for the quantiles, and the
#: multipliers and temporaries of the chunks evaluated side by side (measured: 700 MB for 10,000 draws × 2,875
#: units on two cores).
BYTES_PER_DRAW_AND_UNIT = 24
#: With the levels, a block of about 6e6 IND values and the natural breaks' tables of its groups, side by side
#: (measured: 990 MB against 700 MB without the levels).
LEVELS_BYTES = 320 * 2 ** 20


def processors():
    """The processors this process may run on (its affinity, as a container or `taskset` limits it)."""
    import os

    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def check_memory(draws, units, available=None, levels=False):
    """Refuse a run that cannot fit in memory, before drawing: the estimate, the memory available and the largest
    number of draws that fits (it was a raw numpy error after minutes)."""
    available = available_memory() if available is None else available
    fixed = 150 * 2 ** 20 + (LEVELS_BYTES if levels else 0)  # whatever the number of draws
    need = draws * units * BYTES_PER_DRAW_AND_UNIT + fixed
    if available is not None and need > 0.8 * available:
        fits = max(0, int((0.8 * available - fixed) / (units * BYTES_PER_DRAW_AND_UNIT)))
        raise InputError("{:,} draws of {:,} units need about {:,.1f} GB of memory, {:,.1f} GB are available: use at "
                         "most {:,} draws on this machine.", draws, units, need / 2 ** 30, available / 2 ** 30, fits)


def run(chain, specs, draws, seed, levels=False, chunk=None, progress=None, cancelled=None, workers=None):
    """Monte Carlo summaries per unit: payment mean, P5, P50, P95 (CNY), probability of paying, of each zone and
    (with ``levels``) of each priority level; evaluated in chunks of draws to bound memory, ``workers`` chunks at a
    time (default: one per processor, at most 4; numpy works outside Python's lock, so the chunks of one run share
    the processors). Each chunk's results go to their own rows and counts: the summaries do not depend on the
    number of workers."""
    from concurrent.futures import ThreadPoolExecutor

    check_memory(draws, chain.area.size, levels=levels)
    multipliers = draw_multipliers(chain, specs, draws, seed)
    n = chain.area.size
    chunk = chunk or max(1, int(4e6 // max(1, n * max(1, chain.price.size))))  # ~100 MB of temporaries
    workers = max(1, min(workers or processors(), 4))
    amounts = np.empty((draws, n))
    zone_counts = {code: np.zeros(n) for code in (zoning.RECEIVING, zoning.BALANCE, zoning.PAYING)}
    level_counts = {level: np.zeros(n) for level in range(1, chain.classes + 1)} if levels else {}

    def one(start):
        part = {name: values[start:start + chunk] for name, values in multipliers.items()}
        return start, evaluate(chain, part, ind=levels)

    # The levels of a block of many draws at once: the natural breaks take one Python step per end point whatever
    # the number of draws, so larger blocks than the chain's chunks cost far less (about 50 MB of IND per block).
    block = max(chunk, int(6e6 // max(1, n)))
    pending = []

    def count_levels():
        values = np.concatenate(pending, axis=0)
        pending.clear()
        level = priority.priority_levels_many(values, chain.roles, chain.classes, chain.groups, workers)
        for code in level_counts:
            level_counts[code] += (level == code).sum(axis=0)

    starts = list(range(0, draws, chunk))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for wave in range(0, len(starts), workers):  # at most `workers` chunks in memory; cancel between waves
            if cancelled is not None and cancelled():
                return None
            for start, result in pool.map(one, starts[wave:wave + workers]):
                amounts[start:start + chunk] = result["payment"]
                for code in zone_counts:
                    zone_counts[code] += (result["zone"] == code).sum(axis=0)
                if levels:
                    pending.append(result["ind"])
                    if sum(len(part) for part in pending) >= block or start + chunk >= draws:
                        count_levels()
                if progress is not None:
                    progress(min(draws, start + chunk) / draws)
    p5, p50, p95 = np.quantile(amounts, [0.05, 0.5, 0.95], axis=0)
    summary = {"mean": amounts.mean(axis=0), "p5": p5, "p50": p50, "p95": p95,
               "prob_payer": (amounts < 0).mean(axis=0),
               "zones": {code: counts / draws for code, counts in zone_counts.items()},
               "levels": {level: counts / draws for level, counts in level_counts.items()},
               "total_paid": -np.where(amounts < 0, amounts, 0.0).sum(axis=1),
               "total_received": np.where(amounts > 0, amounts, 0.0).sum(axis=1),
               "total_net": amounts.sum(axis=1),
               "paying_units": (amounts < 0).sum(axis=1)}
    return summary


def tornado(chain, specs, low=0.05, high=0.95):
    """One-at-a-time sensitivity: each parameter at the ``low`` and ``high`` quantiles of its own distribution
    (P5 and P95 by default: the same probability range for every input, whatever its distribution), the others at 1.
    [(parameter, spread, (total paid low, high) in CNY, (paying units low, high))], largest swing of the total
    first; and the baseline (total paid, paying units)."""
    base = evaluate(chain, ones(chain))["payment"][0]
    baseline = (float(-base[base < 0].sum()), int((base < 0).sum()))
    sizes = chain.sizes()
    rows = []
    for name in PARAMETERS:
        distribution, spread = specs[name]
        totals, paying = [], []
        for q in (low, high):
            m = ones(chain)
            m[name] = np.full((1, sizes[name]), max(multiplier_quantile(distribution, spread, q), 0.0))
            amount = evaluate(chain, m)["payment"][0]
            totals.append(float(-amount[amount < 0].sum()))
            paying.append(int((amount < 0).sum()))
        rows.append((name, spread, tuple(totals), tuple(paying)))
    rows.sort(key=lambda row: -abs(row[2][1] - row[2][0]))
    return rows, baseline


def unit_results(deterministic, summary):
    """The per-unit results of a run, in the order written: the deterministic amount, the mean, P5, P50 and P95 of
    the amount, the probability of paying, of each zone (prob_zone_receiving/balance/paying) and of each priority
    level (prob_level_<n>)."""
    results = {"payment_det": deterministic["payment"][0], "payment_mean": summary["mean"],
               "payment_p5": summary["p5"], "payment_p50": summary["p50"], "payment_p95": summary["p95"],
               "prob_payer": summary["prob_payer"],
               "role_unstable": unstable(summary["prob_payer"]).astype(np.int32)}
    for code, name in ((zoning.RECEIVING, "receiving"), (zoning.BALANCE, "balance"), (zoning.PAYING, "paying")):
        results["prob_zone_" + name] = summary["zones"][code]
    for level, values in summary["levels"].items():
        results["prob_level_{}".format(level)] = values
    return results


#: A unit's role is unstable when it pays in more than 10 % and less than 90 % of the draws (EcoComp's bounds).
UNSTABLE = (0.1, 0.9)


def unstable(prob_payer, bounds=UNSTABLE):
    """Whether each unit's role (payer or receiver) changes between draws: bounds[0] < P(pays) < bounds[1]."""
    prob_payer = np.asarray(prob_payer, dtype=float)
    return (prob_payer > bounds[0]) & (prob_payer < bounds[1])


def unstable_units(labels, prob_payer, bounds=UNSTABLE):
    """[(unit, P(pays))] of the units whose role is unstable, the least certain (nearest 0.5) first."""
    prob_payer = np.asarray(prob_payer, dtype=float)
    found = [(labels[i], float(prob_payer[i])) for i in np.flatnonzero(unstable(prob_payer, bounds))]
    return sorted(found, key=lambda item: (abs(item[1] - 0.5), str(item[0])))


def totals(deterministic, summary):
    """P5, P50 and P95 over the draws of the total paid, received and net (CNY), the deterministic totals, and the
    paying units (P5, P95)."""
    payment = deterministic["payment"][0]

    def spread(values):
        return tuple(float(v) for v in np.quantile(values, [0.05, 0.5, 0.95]))

    return {"paid": spread(summary["total_paid"]), "received": spread(summary["total_received"]),
            "net": spread(summary["total_net"]), "paid_deterministic": float(-payment[payment < 0].sum()),
            "received_deterministic": float(payment[payment > 0].sum()),
            "net_deterministic": float(payment.sum()),
            "paying_units": tuple(float(v) for v in np.quantile(summary["paying_units"], [0.05, 0.95]))}


def no_effect(row, baseline):
    """Whether an input moves neither the total paid nor the number of paying units (e.g. Δ and w1, which act on the
    zones only): a tornado row that shows nothing."""
    _, _, (low, high), (p_low, p_high) = row
    return all(math.isclose(v, baseline[0], rel_tol=1e-9, abs_tol=1e-6) for v in (low, high)) \
        and p_low == p_high == baseline[1]  # r cancels out of eoi up to rounding


def sensitivity_rows(rows, specs, baseline):
    """The one-at-a-time sensitivity as table rows: parameter, distribution, spread, total paid low/high/base,
    paying units low/high/base, and 1 when the input moves neither (no effect on these two quantities)."""
    return [(name, specs[name][0], spread, low, high, baseline[0], p_low, p_high, baseline[1],
             int(no_effect((name, spread, (low, high), (p_low, p_high)), baseline)))
            for name, spread, (low, high), (p_low, p_high) in rows]

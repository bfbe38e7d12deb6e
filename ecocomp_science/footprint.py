"""Cultivated-land ecological footprint and carrying capacity [XZ, HB, FJ]
(docs/methods.md, “Ecological footprint and carrying capacity”).

::

    ef = r · Σ_i c_i / p_i          (gha/person)
    EF = N · ef                     (gha)
    ec = a · r · y,  a = S / N      (gha/person)
    EC = N · ec · (1 − k)           (gha)
    eb  = EC − EF                   (gha; surplus > 0)
    eoi = (EC − EF) / EC            (overload index; surplus > 0; [XZ] eq. 7)

c_i per-capita consumption of commodity i (kg/person), p_i its average
productivity (kg/ha), r the equivalence factor of cropland, y the yield
factor of the unit's cropland, S cultivated area (ha), N population, k the
biodiversity deduction (capacity only). [HB] writes Q = (EF − EC)/EC; the
plugin's default is (EC − EF)/EC and the other is an option, labelled.
"""

import numpy as np

from .checks import check_positive_scalar, check_quantity
from .errors import InputError, list_names

# Per-capita consumption above this (kg/person/year) for a single commodity is
# not a consumption: most likely a total of the unit, which would be counted N times.
MAX_PLAUSIBLE_PER_CAPITA_KG = 2000.0

SIGN_SURPLUS_POSITIVE = "surplus_positive"  # eoi = (EC − EF)/EC   [XZ], plugin default
SIGN_HB_FORMULA = "hb_formula"  # Q = (EF − EC)/EC   as printed in [HB], written to the field eoi_hb
HB_FORMULA_FIELD = "eoi_hb"


def commodity_table_from_rows(rows):
    """Parse (name, c_i kg/person, p_i kg/ha) rows, refusing blanks, text, negatives and p_i = 0."""
    names, consumption, productivity = [], [], []
    for number, row in enumerate(rows, start=1):
        if len(row) != 3:
            raise InputError("Commodity table row {} must have 3 columns (commodity, c_i kg/person, p_i kg/ha), "
                             "got {}.", number, len(row))
        name = str(row[0]).strip() or "row {}".format(number)
        values = []
        for column, cell in zip(("per-capita consumption c_i (kg/person)", "productivity p_i (kg/ha)"), row[1:]):
            try:
                values.append(float(str(cell).strip()))
            except ValueError:
                raise InputError("Commodity table, {}: {} {!r} is not a number.", name, column, cell) from None
            if not np.isfinite(values[-1]) or values[-1] < 0:
                raise InputError("Commodity table, {}: {} must be ≥ 0, got {}.", name, column, cell)
        if values[1] == 0:
            raise InputError("Commodity table, {}: productivity p_i is 0 kg/ha, but ef divides by it.", name)
        names.append(name)
        consumption.append(values[0])
        productivity.append(values[1])
    if not names:
        raise InputError("The commodity table is empty: give at least one commodity (name, c_i, p_i).")
    check_per_capita(np.array(consumption), names)
    return names, np.array(consumption), np.array(productivity)


def check_per_capita(consumption, commodity_names, unit_labels=None):
    """Refuse per-capita consumption that can only be a total (the classic error of multiplying by N twice)."""
    c = np.atleast_2d(consumption)
    rows, cols = np.nonzero(c > MAX_PLAUSIBLE_PER_CAPITA_KG)
    if cols.size:
        item = commodity_names[cols[0]]
        where = "" if unit_labels is None else " in {}".format(
            list_names(sorted({unit_labels[r] for r in rows})))
        raise InputError(
            "Per-capita consumption of {} is {:,.0f} kg/person{}: far above any diet (> {:,.0f} kg/person/year). "
            "It looks like a total for the unit; give consumption per person (kg/person), or production (kg) "
            "with the per-unit option, which divides by population.",
            item, c[rows[0], cols[0]], where, MAX_PLAUSIBLE_PER_CAPITA_KG)


def regional_productivity(production, sown_area, commodity_names):
    """p_i as the study region's average: Σ_d P_id / Σ_d m_id (kg/ha) [FJ]."""
    total_area = np.asarray(sown_area, dtype=float).sum(axis=0)
    empty = total_area <= 0
    if empty.any():
        raise InputError("The regional average productivity of {} needs a sown area > 0 somewhere; "
                         "the total is 0 ha.", list_names([commodity_names[i] for i in np.flatnonzero(empty)]))
    return np.asarray(production, dtype=float).sum(axis=0) / total_area


def footprint_per_capita(consumption, productivity, r):
    """ef = r · Σ_i c_i / p_i (gha/person). ``consumption`` is (items,) or (units, items)."""
    return r * (np.asarray(consumption, dtype=float) / np.asarray(productivity, dtype=float)).sum(axis=-1)


def consumption_from_production(production, population):
    """c_id = P_id / N_d (kg/person): per-capita consumption as the unit's production over its population,
    assuming no trade [FJ]. ``production`` is (units, items), ``population`` (units,)."""
    return np.asarray(production, dtype=float) / np.asarray(population, dtype=float)[:, None]


def own_production_balance(production, sown_area, area, population, productivity):
    """[FJ]'s ecological balance l2 = ec − ef (gha/person, r = 1, k = 0) when c_i is the unit's own production over
    its population and y = Σ(P/p)/Σm is computed: exactly (Σ_i P_i/p_i) / N · (S / Σ_i m_i − 1). Its sign compares
    the cultivated area S with the sown area Σ m, whatever the yields (docs/methods.md, section 3)."""
    production = np.asarray(production, dtype=float)
    need = (production / np.asarray(productivity, dtype=float)).sum(axis=-1)
    return need / np.asarray(population, dtype=float) * (
        np.asarray(area, dtype=float) / np.asarray(sown_area, dtype=float).sum(axis=-1) - 1.0)


def capacity_per_capita(area, population, r, y, k=0.0):
    """ec = a · r · y · (1 − k) with a = S / N (gha/person, after the biodiversity deduction): S cultivated area (ha),
    N population, k the deduction [XZ, HB, FJ].

    The one definition of ec: the footprint's ``ec`` and EC = N · ec, the zoning's s2 = ec and the Monte Carlo all
    carry the same deduction, so eb, eoi and l2 agree in sign (docs/methods.md, section 2).
    """
    return (np.asarray(area, dtype=float) / np.asarray(population, dtype=float)) * r * np.asarray(y, dtype=float) \
        * (1.0 - np.asarray(k, dtype=float))


def yield_factor(production, sown_area, productivity, unit_labels=None):
    """y_d = (Σ_i P_id / p_i) / Σ_i m_id: area needed at reference productivity over own sown area [FJ]."""
    total_area = np.asarray(sown_area, dtype=float).sum(axis=1)
    zero = total_area <= 0
    if zero.any():
        names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in np.flatnonzero(zero)]
        raise InputError("The yield factor y needs a total sown area > 0; it is 0 ha for {} unit(s): {}.",
            len(names), list_names(names))
    return (np.asarray(production, dtype=float) / np.asarray(productivity, dtype=float)).sum(axis=1) / total_area


def overload(population, ec, ef):
    """EF = N · ef, EC = N · ec (ec after the deduction k), eb = EC − EF and eoi = (EC − EF) / EC (NaN where EC = 0)
    [XZ, HB, FJ]; numpy broadcasting, so ec and ef may carry a leading axis of Monte Carlo draws."""
    n = np.asarray(population, dtype=float)
    ef_total = n * ef
    ec_total = n * ec
    balance = ec_total - ef_total
    with np.errstate(divide="ignore", invalid="ignore"):
        eoi = np.where(ec_total > 0, balance / np.where(ec_total > 0, ec_total, 1.0), np.nan)
    return ef_total, ec_total, balance, eoi


def footprint_balance(population, area, ef, r, y, k, unit_labels=None, sign=SIGN_SURPLUS_POSITIVE,
                      population_name="Population N (persons)", area_name="Cultivated land area S (ha)",
                      zero_capacity_apart=False):
    """Footprint, capacity, balance and overload index per unit [XZ, HB, FJ].

    ``ef`` (gha/person) and ``y`` may be scalars or one value per unit.
    Returns arrays ``ef``, ``ef_total`` (EF), ``ec``, ``ec_total`` (EC), ``eb`` and ``eoi``.
    EC = 0 (no cultivated land) is refused for the overload index, naming the units.
    """
    n = check_quantity(population, population_name, unit_labels, allow_zero=False)
    s = check_quantity(area, area_name, unit_labels)
    r = check_positive_scalar(r, "The equivalence factor r of cropland")
    if not 0 <= float(k) < 1:
        raise InputError("The biodiversity deduction k must be a fraction in [0, 1), got {}.", k)
    y = check_quantity(np.broadcast_to(np.asarray(y, dtype=float), n.shape), "Yield factor y", unit_labels)
    ef = np.broadcast_to(np.asarray(ef, dtype=float), n.shape).astype(float)
    ec = capacity_per_capita(s, n, r, y, float(k))
    ef_total, ec_total, balance, eoi = overload(n, ec, ef)
    zero = ec_total <= 0
    if zero.any() and not zero_capacity_apart:
        names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in np.flatnonzero(zero)]
        raise InputError("The carrying capacity EC is 0 for {} unit(s), so the overload index (EC − EF)/EC "
                         "cannot be computed: {}. Check their cultivated area and yield factor, or report them "
                         "apart (parameter 'Units with EC = 0').", len(names), list_names(names))
    result = {"ef": ef, "ef_total": ef_total, "ec": ec, "ec_total": ec_total, "eb": balance}
    if sign == SIGN_SURPLUS_POSITIVE:
        result["eoi"] = eoi
    else:
        # [HB]'s printed Q = (EF − EC)/EC in a field of its own (zero capacity: NaN, reported apart, written as
        # NULL): the payment reads the convention from the name and negates it (payment.overload_index_from_field).
        result[HB_FORMULA_FIELD] = -eoi
    return result


CAPACITY_SHARE_CLASSES = ((0.02, "> 2 %"), (0.01, "1–2 %"), (0.0, "< 1 %"))


def capacity_shares(ec_total):
    """Each unit's share of the region's carrying capacity EC and its [HB] class (> 2 %, 1–2 %, < 1 %)."""
    ec_total = np.asarray(ec_total, dtype=float)
    share = ec_total / ec_total.sum()
    classes = [next(label for low, label in CAPACITY_SHARE_CLASSES if value > low or low == 0.0) for value in share]
    return share, classes


def deficit_totals(balance):
    """Σ of the deficits (eb < 0, as a positive number) and of the surpluses (eb > 0), gha [HB]."""
    balance = np.asarray(balance, dtype=float)
    return float(-balance[balance < 0].sum()), float(balance[balance > 0].sum())

"""Compensation amount [HB, XZ] (docs/methods.md, “Compensation amount”).

Development-stage coefficient (Pearl logistic curve of the Engel coefficient)::

    En = Eu · θ + Er · (1 − θ)        (Eu, Er: urban and rural Engel coefficients)
    R  = 1 / (1 + e^(−t)),   t = En            ([HB] eq. 7–8, [XZ] eq. 8; default)
                              t = 1/En − 3      (the 1/En − 3 form, an option)

Affordability coefficient ``G = GDPpc_d / GDPpc_ref``. Amount ([HB] eq. 6)::

    P_d = ESV_part_d · R_d · G_d · eoi_d        (CNY; positive receives, negative pays)

ESV part: non-market ([HB], default) or total ([XZ]); G may be switched off
([XZ]: P = ESV_total · eoi · R). Engel coefficients and urbanisation are
fractions; percent input is detected and refused or converted, never mixed.
"""

import numpy as np

from .checks import check_quantity
from .errors import N_, InputError, list_names
# The field in which the footprint writes [HB]'s printed index Q = (EF − EC)/EC: the convention travels with the field
# name, so that no step reads it as (EC − EF)/EC (docs/methods.md, section 2).
from .footprint import HB_FORMULA_FIELD  # noqa: F401 (payment.HB_FORMULA_FIELD)

T_ENGEL = "engel"  # t = En        [HB], [XZ]
T_PEARL = "pearl"  # t = 1/En − 3  (an option, labelled)


def as_fraction(values, what, unit_labels=None, convert_percent=False, warn=None):
    """Check a 0–1 fraction field; detect percent (values > 1).

    All values in (1, 100] are percent: refused, or divided by 100 with a
    warning when ``convert_percent``. A field mixing both is always refused.
    """
    x = check_quantity(values, what, unit_labels)
    above = x > 1
    if not above.any():
        return x
    names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in np.flatnonzero(above)]
    if (x > 100).any():
        raise InputError("{} must be a fraction (0–1); values above 100 cannot be percent either: {}.", what, list_names(names))
    if not above.all() and (x[~above] > 0).any():
        raise InputError("{} mixes fractions (≤ 1) and percent (> 1): {} unit(s) are above 1 ({}). "
                         "Give every value as a fraction 0–1.", what, len(names), list_names(names))
    if not convert_percent:
        raise InputError("{} is given in percent (e.g. {:g}); it must be a fraction 0–1 (e.g. {:g}). "
                         "Divide by 100, or let EcoComp convert percent.", what, x[above][0], x[above][0] / 100)
    if warn is not None:
        warn(N_("{} was given in percent and has been divided by 100."), what)  # a message as data (template, values)
    return x / 100.0


def engel_coefficient(urban, rural, urbanisation):
    """En = Ea·θ + Eb·(1 − θ) from urban and rural Engel coefficients and the urbanisation rate (fractions)."""
    theta = np.asarray(urbanisation, dtype=float)
    return np.asarray(urban, dtype=float) * theta + np.asarray(rural, dtype=float) * (1.0 - theta)


def development_stage(engel, variant=T_ENGEL, unit_labels=None):
    """R = 1 / (1 + e^(−t)); t = En (default) or the form t = 1/En − 3."""
    en = np.asarray(engel, dtype=float)
    if variant == T_ENGEL:
        t = en
    elif variant == T_PEARL:
        zero = en <= 0
        if zero.any():
            names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in np.flatnonzero(zero)]
            raise InputError("The form t = 1/En − 3 needs En > 0; it is 0 for: {}.", list_names(names))
        t = 1.0 / en - 3.0
    else:
        raise InputError("Unknown form of t: {!r}.", variant)
    return 1.0 / (1.0 + np.exp(-t))


def affordability(gdp, population, reference_gdp_per_capita, unit_labels=None, gdp_name="GDP (CNY)",
                  population_name="Population (persons)"):
    """G = (GDP / N) / GDPpc_ref (reference in CNY/person, > 0)."""
    ref = np.asarray(reference_gdp_per_capita, dtype=float)  # one value, or one per Monte Carlo draw (D × 1)
    if not np.all(ref > 0):
        raise InputError("The reference per-capita GDP must be > 0 CNY/person, got {}.", reference_gdp_per_capita)
    ref = float(ref) if ref.ndim == 0 else ref
    gdp = check_quantity(gdp, gdp_name, unit_labels, allow_zero=False)
    n = check_quantity(population, population_name, unit_labels, allow_zero=False)
    return gdp / n / ref


def check_overload_index(eoi, what, unit_labels=None):
    """eoi = (EC − EF) / EC ≤ 1 by definition (EF ≥ 0, EC > 0): a larger value is a wrong field or unit."""
    x = check_quantity(eoi, what, unit_labels, allow_negative=True)
    above = np.flatnonzero(x > 1 + 1e-12)
    if above.size:
        names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in above]
        raise InputError("{} must be at most 1 (eoi = (EC − EF) / EC cannot exceed 1), but {} unit(s) are above 1 "
                         "(e.g. {:g}): {}. Check that the field holds the overload index.",
                         what, len(names), x[above[0]], list_names(names))
    return x


def check_one_overload_index(columns):
    """Refuse an input holding both 'eoi' ((EC − EF)/EC) and 'eoi_hb' ([HB]'s (EF − EC)/EC): indices of opposite signs
    from different footprint runs, of which payment cannot know the one meant."""
    if "eoi" in columns and HB_FORMULA_FIELD in columns:
        raise InputError("The input has both 'eoi' ((EC − EF)/EC) and 'eoi_hb' ([HB]'s (EF − EC)/EC), overload "
                         "indices of opposite signs from different runs: run ecocomp:footprint again on the input "
                         "without them, or remove the one not meant.")


def overload_index_from_field(values, field, unit_labels=None):
    """eoi = (EC − EF)/EC (surplus > 0) from a field, whatever convention its name records.

    A field named ``eoi_hb`` holds [HB]'s printed Q = (EF − EC)/EC (surplus < 0): it is negated, never read as it
    stands. Returns ``(eoi, negated)``.
    """
    if str(field).strip().lower() == HB_FORMULA_FIELD:
        q = check_quantity(values, "[HB]'s index Q = (EF − EC)/EC (field '{}')".format(field), unit_labels,
                           allow_negative=True)
        eoi = check_overload_index(-q, "The overload index −Q (field '{}', (EF − EC)/EC negated)".format(field),
                                   unit_labels)
        return eoi, True
    return check_overload_index(values, "Overload index eoi (field '{}')".format(field), unit_labels), False


def compensation_amount(esv_part, r, g, eoi):
    """P = ESV_part · R · G · eoi (CNY): positive receives, negative pays [HB eq. 6]."""
    return np.asarray(esv_part, dtype=float) * np.asarray(r, dtype=float) * np.asarray(g, dtype=float) \
        * np.asarray(eoi, dtype=float)


def role_conflicts(payment, roles):
    """1 where a priority role disagrees with the sign of P (receiver pays or payer receives), else 0."""
    p = np.asarray(payment, dtype=float)
    roles = np.asarray(roles, dtype=object)
    return (((roles == "receiver") & (p < 0)) | ((roles == "payer") & (p > 0))).astype(int)


def totals(payment):
    """Sum received (P > 0), sum paid (|P| of P < 0) and the net, in CNY."""
    p = np.asarray(payment, dtype=float)
    received = float(p[p > 0].sum())
    paid = float(-p[p < 0].sum())
    return {"received": received, "paid": paid, "net": received - paid}


def amount_ranks(payment, groups):
    """Rank of each unit by the size of its amount |P| within its group (rank 1 = the largest; ties share the
    best rank) — [HB] ranks the counties by amount within their priority role."""
    from .priority import competition_rank

    p = np.abs(np.asarray(payment, dtype=float))
    groups = np.asarray(groups, dtype=object)
    rank = np.zeros(p.size, dtype=int)
    for group in {g for g in groups if g is not None}:
        mask = groups == group
        rank[mask] = competition_rank(p[mask], descending=True)
    return rank


def region_average_gdp_per_capita(gdp, population):
    """The study region's own per-capita GDP Σ GDP / Σ N (CNY/person): G's reference in the option "region
    average" (not [HB], whose eq. 9 divides by the national per-capita GDP of the study year)."""
    return float(np.sum(np.asarray(gdp, dtype=float)) / np.sum(np.asarray(population, dtype=float)))


def roles_from_amounts(payment):
    """'receiver' where P > 0, 'payer' where P < 0, None where P = 0: the role of a unit without a priority role."""
    p = np.asarray(payment, dtype=float)
    return np.where(p > 0, "receiver", np.where(p < 0, "payer", None)).astype(object)


def role_summary(payment, roles, priority_rank=None):
    """Per role (receiver, payer): the number of units, the sum of their amounts, and, given the priority ranks,
    Spearman's rank correlation of priority rank and amount rank (rho, two-sided p, n) [HB] where the role has at
    least 3 units. Returns (rows, amount ranks); a row is a dict role, units, amount, spearman_rho, spearman_p,
    spearman_n (None where not computed)."""
    from .stats import spearman

    payment = np.asarray(payment, dtype=float)
    roles = np.asarray(roles, dtype=object)
    amount_rank = amount_ranks(payment, roles)
    rows = []
    for role in ("receiver", "payer"):
        mask = roles == role
        row = {"role": role, "units": int(mask.sum()), "amount": float(payment[mask].sum()),
               "spearman_rho": None, "spearman_p": None, "spearman_n": None}
        if priority_rank is not None and mask.sum() >= 3:
            rho, p_value, n = spearman(np.asarray(priority_rank, dtype=float)[mask], amount_rank[mask])
            row.update(spearman_rho=rho, spearman_p=p_value, spearman_n=n)
        rows.append(row)
    return rows, amount_rank


def check_reference_year(reference, study_year):
    """G's reference per-capita GDP against the study year ([HB] eq. 9: the national per-capita GDP of the study
    year). A value EcoComp knows for one year (59,660 CNY/person for 2017) used with statistics of another year is
    refused: with 2022 statistics every amount would be about 44 % too high. Returns a note for the log, or None when
    the year is unknown and nothing can be checked."""
    from .presets import NATIONAL_GDP_PER_CAPITA

    reference = float(reference)
    known_year = next((year for year, value in NATIONAL_GDP_PER_CAPITA.items() if abs(value - reference) < 0.5),
                      None)
    if study_year is None:
        return None
    study_year = int(study_year)
    if known_year is not None and known_year != study_year:
        raise InputError("The reference per-capita GDP {:,.0f} CNY/person is China's of {} ([HB] eq. 9), but the "
                         "statistics are of {}: type China's per-capita GDP of {} (National Bureau of Statistics, "
                         "Statistical Communiqué), or choose another G.", reference, known_year, study_year, study_year)
    if study_year in NATIONAL_GDP_PER_CAPITA and known_year is None:
        raise InputError("The reference per-capita GDP {:,.0f} CNY/person is not China's of {} ({:,.0f} CNY/person, "
                         "National Bureau of Statistics): check the value typed.", reference, study_year,
                         NATIONAL_GDP_PER_CAPITA[study_year])
    return "{:,.0f} CNY/person for {}".format(reference, study_year)


#: The warning of a run whose national reference could not be checked (translated where it is shown).
UNCHECKED_REFERENCE = N_("The national per-capita GDP used is {:,.0f} CNY/person{}; the year of the statistics is not "
                         "known, so it was not checked: give the year (or a field year / 年份).")
#: The note that names the reference's year in that warning.
OF_2017 = N_(" (China's of 2017)")


def table_study_year(has_field, values_of):
    """The year of a statistics table from its first year field (presets.YEAR_FIELDS) that ``has_field(name)`` finds,
    reading that field's values with ``values_of(name)``; None when the table has no such field."""
    from .presets import YEAR_FIELDS

    field = next((name for name in YEAR_FIELDS if has_field(name)), None)
    return study_year_of(values_of(field), field) if field else None


def study_year_of(values, field):
    """The one year a statistics table's year column holds (NULL left aside); several years are refused."""
    years = set()
    for value in values:
        if value is None or (isinstance(value, float) and value != value) or str(value).strip() in ("", "NULL"):
            continue
        try:
            years.add(int(float(str(value).strip())))
        except ValueError:
            raise InputError("Field '{}' should hold the year of the statistics, but holds {!r}.", field,
                             str(value)) from None
    if len(years) > 1:
        raise InputError("Field '{}' holds several years ({}): the statistics of one payment run must be of one year.",
                         field, ", ".join(str(y) for y in sorted(years)))
    return years.pop() if years else None


#: |P| above this many times the unit's own ESV is named in the log (a flag for the reader, not a refusal).
LARGE_MULTIPLE = 10


def amount_per_esv(amount, esv):
    """|P| / ESV of each unit (= R · G · |eoi| when P is computed from that ESV): how large the amount is against the
    unit's own ecosystem service value; NaN where the ESV is 0."""
    amount, esv = np.asarray(amount, dtype=float), np.asarray(esv, dtype=float)
    out = np.full(amount.shape, np.nan)
    nonzero = esv != 0
    out[nonzero] = np.abs(amount[nonzero]) / np.abs(esv[nonzero])
    return out

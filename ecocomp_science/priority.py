"""Compensation priority by main functional area [HB] (docs/methods.md, “Compensation priority by main functional area”).

Role by main-functional-area type (editable mapping)::

    key development zone (重点开发区), optimised development zone (优化开发区)        → payer
    main agricultural production area (农产品主产区), key ecological function
    area (重点生态功能区), prohibited development area (禁止开发区)                    → receiver

Priority index ``IND_d = ESV_nonmarket_d / GDP_d`` (dimensionless: CNY of
non-market ESV per CNY of GDP). Receivers: rank 1 = highest IND (compensated
first). Payers: rank 1 = lowest IND (pays first). Ranks and levels 1…k within each
main-functional-area type as [HB] does (or pooled by role, an option), by natural
breaks (or quantile / equal interval), level 1 = first in order.
"""

import numpy as np

from .checks import check_quantity
from .classify import NATURAL_BREAKS, class_breaks, classify
from .errors import InputError, list_names
from .presets import DEFAULT_ROLES, PAYER, RECEIVER  # noqa: F401 (DEFAULT_ROLES re-exported)

ROLE_LABELS = {PAYER: "payer (支付)", RECEIVER: "receiver (受偿)"}

_ROLE_ALIASES = {"payer": PAYER, "pays": PAYER, "支付": PAYER, "支付区": PAYER,
                 "receiver": RECEIVER, "receives": RECEIVER, "受偿": RECEIVER, "受偿区": RECEIVER}


def normalise_type(text):
    return " ".join(str(text).strip().lower().split())


def role_mapping(rows):
    """{normalised type: role} from rows of (type, role); roles in English or Chinese."""
    mapping = {}
    for number, row in enumerate(rows, start=1):
        if len(row) != 2:
            raise InputError("Type → role mapping row {} must have 2 columns (type, role).", number)
        kind, role = normalise_type(row[0]), _ROLE_ALIASES.get(normalise_type(row[1]))
        if not kind:
            raise InputError("Type → role mapping row {}: the type is empty.", number)
        if role is None:
            raise InputError("Type → role mapping, {!r}: role must be 'payer' or 'receiver' (支付/受偿), got {!r}.",
                row[0], row[1])
        mapping[kind] = role
    if not mapping:
        raise InputError("The type → role mapping is empty.")
    return mapping


def assign_roles(types, mapping, field_name="type"):
    """Role of each unit; unknown or missing types are refused, listed by value."""
    roles, unknown = [], []
    for value in types:
        role = mapping.get(normalise_type(value)) if value is not None else None
        if role is None:
            unknown.append("NULL" if value is None else str(value))
        roles.append(role)
    if unknown:
        distinct = sorted(set(unknown))
        raise InputError(
            "{} unit(s) have a main-functional-area type that the type → role mapping does not know "
            "(field '{}'): {}. Add them to the mapping or correct the field.",
            len(unknown), field_name, list_names(repr(v) for v in distinct))
    return np.array(roles, dtype=object)


def priority_index(esv_nonmarket, gdp, unit_labels=None, esv_name="Non-market ESV (CNY)", gdp_name="GDP (CNY)"):
    """IND = ESV_nonmarket / GDP [HB]; GDP = 0 is refused, naming the units."""
    esv = check_quantity(esv_nonmarket, esv_name, unit_labels)
    gdp = check_quantity(gdp, gdp_name, unit_labels, allow_zero=False)
    return esv / gdp


def competition_rank(values, descending):
    """1-based ranks, ties sharing the best rank (1, 2, 2, 4)."""
    v = -np.asarray(values, dtype=float) if descending else np.asarray(values, dtype=float)
    order = np.sort(v)
    return np.searchsorted(order, v, side="left") + 1


def type_groups(types):
    """The main-functional-area type of each unit, one name per type whatever the spelling (重点开发区 = key
    development zone); types outside the default names are grouped by their own (normalised) text."""
    from .presets import TYPE_NAMES

    return np.array([TYPE_NAMES.get(normalise_type(t), normalise_type(t)) if t is not None else None
                     for t in types], dtype=object)


def priority(ind, roles, classes=5, method=NATURAL_BREAKS, groups=None):
    """Rank and level within each main-functional-area type ([HB] §3.3, Figs 5–7), or within each role.

    ``groups``: the type of each unit (:func:`type_groups`) — ranks and levels are computed within each type,
    as [HB] does; None pools every type of a role (an option, not [HB]). Receivers: high IND first; payers:
    low IND first. Level 1 … ``classes`` from the class breaks of the group's IND values, level 1 = first.
    """
    ind = np.asarray(ind, dtype=float)
    rank = np.zeros(ind.size, dtype=int)
    level = np.zeros(ind.size, dtype=int)
    for mask, descending, what in ranking_groups(roles, groups):
        values = ind[mask]
        rank[mask] = competition_rank(values, descending)
        breaks = class_breaks(values, classes, method, what=what)
        level[mask] = level_of_class(classify(values, breaks), classes, descending)
    return {"rank": rank, "level": level}


def ranking_groups(roles, groups=None):
    """(units, descending, their name for messages) of every group ranked on its own: each main-functional-area
    type within each role (``groups``), or each role; receivers rank high IND first (descending), payers low."""
    for role, descending in ((RECEIVER, True), (PAYER, False)):
        in_role = roles == role
        names = sorted({g for g in groups[in_role]}) if groups is not None else [None]
        for name in names:
            mask = in_role & (groups == name) if groups is not None else in_role
            if mask.any():
                yield mask, descending, "'{}' units".format(name) if name is not None else "{} units".format(role)


def level_of_class(cls, classes, descending):
    """Level 1 … k from the 0-based class of the value: receivers (descending) high IND first, payers low first."""
    return classes - cls if descending else cls + 1


def priority_levels_many(ind, roles, classes=5, groups=None, workers=1):
    """The levels of :func:`priority` (natural breaks within each type, or each role) for many draws of IND at
    once (draws × units), with the exact breaks of classify.fisher_jenks_breaks_many; the groups ``workers`` at a
    time (at most 4) when there are many draws (uncertainty.run passes its number of workers)."""
    from .classify import check_class_count, classify_many, fisher_jenks_breaks_many

    from concurrent.futures import ThreadPoolExecutor

    ind = np.atleast_2d(np.asarray(ind, dtype=float))
    level = np.zeros(ind.shape, dtype=np.int16)
    ranked = list(ranking_groups(roles, groups))
    for mask, _, what in ranked:
        check_class_count(int(mask.sum()), classes, what)

    def one(group):
        mask, descending, _ = group
        values = ind[:, mask]
        level[:, mask] = level_of_class(classify_many(values, fisher_jenks_breaks_many(values, classes)), classes,
                                        descending)

    # Groups are independent and numpy computes outside Python's lock: with many draws they share the processors.
    workers = min(len(ranked), workers, 4) if ind.shape[0] >= 256 else 1
    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(one, ranked))
    else:
        for group in ranked:
            one(group)
    return level

"""Change between two studies of the same units (docs/methods.md, “Change between two studies”): e.g. 2012 and
2017, or two scenarios. Not from the papers. QGIS-free; numpy only.

- :func:`match_units`: the units in both layers by key, and the keys found in only one (reported, not dropped
  silently); duplicate keys are refused.
- :func:`change`: absolute change (after − before) and relative change in percent of |before| (undefined, NaN,
  where before is 0 or either value is missing).
- :func:`transitions`: from × to counts of a class (role, zone, priority level), with the units that switched.
"""

from collections import OrderedDict

import numpy as np

from .errors import InputError, N_, Text, list_names


def match_units(keys_before, keys_after):
    """([(index before, index after)] in the after layer's order, keys only before, keys only after), matched by
    EcoComp's one key matcher (joins.match_keys: 420102 = "420102.0", 12-digit statistical codes on their first 6
    digits, names with or without 县/市/区); a unit without a key or a key twice in one layer is refused."""
    from .joins import duplicate_keys, match_one_to_one, text_key

    for keys, first in ((keys_before, True), (keys_after, False)):
        duplicates = duplicate_keys(keys)
        empty = sum(1 for key in keys if text_key(key) is None)
        if empty and first:
            raise InputError("The first layer (before) has {} unit(s) without a key: give every unit its key.", empty)
        if empty:
            raise InputError("The second layer (after) has {} unit(s) without a key: give every unit its key.", empty)
        if duplicates and first:
            raise InputError("The first layer (before) has the key(s) {} more than once: one unit per key is needed "
                             "to compare.", list_names(duplicates))
        if duplicates:
            raise InputError("The second layer (after) has the key(s) {} more than once: one unit per key is needed "
                             "to compare.", list_names(duplicates))
    index, only_after, only_before = match_one_to_one(keys_after, keys_before)
    pairs = [(i, j) for j, i in enumerate(index) if i is not None]
    return pairs, only_before, only_after


def change(before, after):
    """(after − before, 100 · (after − before) / |before|); NaN where undefined."""
    before, after = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
    absolute = after - before
    relative = np.full(absolute.shape, np.nan)
    defined = np.isfinite(absolute) & (before != 0)
    relative[defined] = 100.0 * absolute[defined] / np.abs(before[defined])
    return absolute, relative


def transitions(before, after):
    """[(from, to, units)] in first-seen order of the classes, and the indices of the units whose class changed.

    Classes are compared as text ("1" and 1.0 are the same level); missing values are the class "(none)".
    """
    from .report import group_label

    before = [group_label(v) for v in before]
    after = [group_label(v) for v in after]
    counts = OrderedDict()
    for b, a in zip(before, after):
        counts[(b, a)] = counts.get((b, a), 0) + 1
    classes = list(OrderedDict.fromkeys(before + after))
    table = [(b, a, counts[(b, a)]) for b in classes for a in classes if (b, a) in counts]
    switched = [i for i, (b, a) in enumerate(zip(before, after)) if b != a]
    return table, switched


def field_changes(values, map_field=None):
    """The change columns of every compared field: ``values`` {field: (before, after)} (numbers of the matched units)
    → {f_before, f_after, f_change, f_change_pct, and "change" for ``map_field``}, None where undefined."""
    def cells(array):
        return [None if not np.isfinite(v) else float(v) for v in array]

    results = {}
    for field, (old, new) in values.items():
        absolute, relative = change(old, new)
        for suffix, column in (("_before", old), ("_after", new), ("_change", absolute), ("_change_pct", relative)):
            results[field + suffix] = cells(np.asarray(column, dtype=float))
        if field == map_field:
            results["change"] = results[field + "_change"]
    return results


def class_changes(classes):
    """Units that changed class: ``classes`` {what (role, zone, level): (before, after)} → (transition rows (what,
    from, to, units), text columns {what_before, what_after, what_switch}, {what: number of units that switched})."""
    from .report import group_label

    rows, texts, switches = [], {}, {}
    for what, (old, new) in classes.items():
        table, switched = transitions(old, new)
        rows += [(what, f, t, n) for f, t, n in table]
        old_text, new_text = [group_label(v) for v in old], [group_label(v) for v in new]
        texts[what + "_before"] = old_text
        texts[what + "_after"] = new_text
        texts[what + "_switch"] = ["{} → {}".format(o, n) if o != n else "" for o, n in zip(old_text, new_text)]
        switches[what] = len(switched)
    return rows, texts, switches


#: The factors by which one quantity in two units differs: 元/万元, 元/亿元, 公斤/吨 (and 万元/亿元).
UNIT_STEPS = (1e3, 1e4, 1e8)


def unit_mismatch(before, after):
    """The factor (10³, 10⁴, 10⁸ or their inverses) by which a field's values differ between the studies as a whole
    when they look like one quantity in two units (GDP in 元 in one study and 万元 in the other: −99.99 % for every
    unit), else None. Judged on the median ratio of the units with a positive value in both."""
    before, after = np.asarray(before, dtype=float), np.asarray(after, dtype=float)
    both = np.isfinite(before) & np.isfinite(after) & (before > 0) & (after > 0)
    if both.sum() < 3:
        return None
    ratio = float(np.median(after[both] / before[both]))
    for step in UNIT_STEPS:
        for factor in (step, 1 / step):
            if factor / 3 <= ratio <= factor * 3:
                return factor
    return None


def check_units(values):
    """Refuse a compared field whose two studies hold it in different units (:func:`unit_mismatch`), naming it."""
    for field, (old, new) in values.items():
        factor = unit_mismatch(old, new)
        if factor is not None:
            raise InputError("Field '{}' is about {:,.0f} times {} in the second study than in the first: the two "
                             "studies hold it in different units (e.g. 元 and 万元). Convert one, or give each its unit "
                             "in the name (e.g. {}_10k_cny).", field, factor if factor > 1 else 1 / factor,
                             Text(N_("larger")) if factor > 1 else Text(N_("smaller")), field)


def missing_counts(values):
    """{field: units whose value is NULL, NaN or infinite in either study}: their change is empty."""
    counts = {}
    for field, (old, new) in values.items():
        old, new = np.asarray(old, dtype=float), np.asarray(new, dtype=float)
        missing = int((~np.isfinite(old) | ~np.isfinite(new)).sum())
        if missing:
            counts[field] = missing
    return counts

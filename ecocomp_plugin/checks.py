"""Input checks shared by every method.

Each check raises :class:`InputError` with a sentence that names the
quantity, its unit and the units (regions) at fault, e.g.::

    Cultivated land area S (ha) is missing (NULL) for 2 units: 江岸区, 江汉区.
"""

import numpy as np

from .errors import InputError, list_names


def _unit_names(unit_labels, mask):
    idx = np.flatnonzero(mask)
    if unit_labels is None:
        return ["#{}".format(i + 1) for i in idx]
    return [unit_labels[i] for i in idx]


def _plural(count):
    return "unit" if count == 1 else "units"


def check_quantity(values, what, unit_labels=None, *, allow_zero=True, allow_negative=False):
    """Return ``values`` as a float array after checking it is usable.

    ``what`` names the quantity with its unit, e.g. ``"Cultivated land area S (ha)"``.
    NaN (a NULL in the layer) is always refused; negatives and zeros as asked.
    """
    arr = np.asarray(values, dtype=float)
    rules = [(np.isnan(arr), "is missing (NULL)"), (np.isinf(arr), "is infinite")]
    if not allow_negative:
        rules.append((arr < 0, "is negative"))
    if not allow_zero:
        rules.append((arr == 0, "is zero, but a division needs a value"))
    for mask, problem in rules:
        if mask.any():
            names = _unit_names(unit_labels, mask)
            raise InputError(
                "{} {} for {} {}: {}.".format(what, problem, len(names), _plural(len(names)), list_names(names))
            )
    return arr


def check_positive_scalar(value, what):
    """A single parameter that must be a finite number > 0."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError("{} must be a number, got {!r}.".format(what, value)) from None
    if not np.isfinite(number) or number <= 0:
        raise InputError("{} must be greater than 0, got {}.".format(what, value))
    return number

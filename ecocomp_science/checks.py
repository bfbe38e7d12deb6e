"""Input checks shared by every method.

Each check raises :class:`InputError` with a sentence that names the
quantity, its unit and the units (regions) at fault, e.g.::

    Cultivated land area S (ha) is missing (NULL) for 2 units: 江岸区, 江汉区.
"""

import numpy as np

from .errors import InputError, N_, list_names


def _unit_names(unit_labels, mask):
    idx = np.flatnonzero(mask)
    if unit_labels is None:
        return ["#{}".format(i + 1) for i in idx]
    return [unit_labels[i] for i in idx]


def check_quantity(values, what, unit_labels=None, *, allow_zero=True, allow_negative=False):
    """Return ``values`` as a float array after checking it is usable.

    ``what`` names the quantity with its unit, e.g. ``"Cultivated land area S (ha)"``.
    NaN (a NULL in the layer) is always refused; negatives and zeros as asked.
    """
    arr = np.asarray(values, dtype=float)
    # (mask, message for one unit, message for several): whole sentences, so that they translate.
    rules = [
        (np.isnan(arr), N_("{} is missing (NULL) for 1 unit: {}."), N_("{} is missing (NULL) for {} units: {}.")),
        (np.isinf(arr), N_("{} is infinite for 1 unit: {}."), N_("{} is infinite for {} units: {}.")),
    ]
    if not allow_negative:
        rules.append((arr < 0, N_("{} is negative for 1 unit: {}."), N_("{} is negative for {} units: {}.")))
    if not allow_zero:
        rules.append((arr == 0, N_("{} is zero, but a division needs a value for 1 unit: {}."),
                      N_("{} is zero, but a division needs a value for {} units: {}.")))
    for mask, one, several in rules:
        if mask.any():
            names = _unit_names(unit_labels, mask)
            if len(names) == 1:
                raise InputError(one, what, list_names(names))
            raise InputError(several, what, len(names), list_names(names))
    return arr


def check_positive_scalar(value, what):
    """A single parameter that must be a finite number > 0."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError("{} must be a number, got {!r}.", what, value) from None
    if not np.isfinite(number) or number <= 0:
        raise InputError("{} must be greater than 0, got {}.", what, value)
    return number

"""The one exception type the science raises for bad input, and how messages list units."""

MAX_LISTED = 10


class InputError(ValueError):
    """Input that a method cannot use; the message names the culprit.

    The Processing layer turns it into a ``QgsProcessingException`` with the
    same message, so the sentence must make sense to an analyst: name the
    field or parameter, its unit, and the units (regions) at fault.
    """


def list_names(names):
    """Format a list of unit names for a message, shortening long lists."""
    names = [str(n) for n in names]
    if len(names) <= MAX_LISTED:
        return ", ".join(names)
    return "{} … and {} more".format(", ".join(names[:MAX_LISTED]), len(names) - MAX_LISTED)

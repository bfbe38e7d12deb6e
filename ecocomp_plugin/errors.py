"""The one exception type the science raises for bad input, and how messages list units."""

MAX_LISTED = 10


def N_(text):  # noqa: N802 - marks a message template for translation (scripts/i18n.py), returns it unchanged
    return text


class InputError(ValueError):
    """Input that a method cannot use; the message names the culprit.

    Raised as ``InputError(template, *values)``: the message is
    ``template.format(*values)``. The Processing layer translates the template
    (scripts/i18n.py collects them) before filling in the values, so the
    sentence reaches the analyst in QGIS's language. It must name the field or
    parameter, its unit, and the units (regions) at fault.
    """

    def __init__(self, template, *values):
        self.template = template
        self.values = values
        super().__init__(template.format(*values) if values else template)


def list_names(names):
    """Format a list of unit names for a message, shortening long lists."""
    names = [str(n) for n in names]
    if len(names) <= MAX_LISTED:
        return ", ".join(names)
    return "{} … and {} more".format(", ".join(names[:MAX_LISTED]), len(names) - MAX_LISTED)

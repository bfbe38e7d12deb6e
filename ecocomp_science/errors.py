"""The one exception type the science raises for bad input, and how messages list units."""

MAX_LISTED = 10


def N_(text):  # noqa: N802 - marks a message template for translation (scripts/i18n.py), returns it unchanged
    return text


class Text:
    """A message as data: an English template (collected by scripts/i18n.py) and its values. ``str()`` gives the
    English sentence; :meth:`translated` the sentence in the language of ``tr`` (a Text among the values is
    translated too), so a fragment never stays English inside a translated sentence."""

    __slots__ = ("template", "values")

    def __init__(self, template, *values):
        self.template = template
        self.values = values

    def __str__(self):
        return self.template.format(*self.values) if self.values else self.template

    def __format__(self, spec):
        return format(str(self), spec)

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def __repr__(self):
        return "Text({!r})".format(str(self))

    def translated(self, tr):
        return translate(tr, self.template, self.values)


def translate(tr, template, values):
    """``template`` translated by ``tr`` and filled with ``values`` (Text values translated as well)."""
    values = [value.translated(tr) if isinstance(value, Text) else value for value in values]
    text = tr(template)
    return text.format(*values) if values else text


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

    def translated(self, tr):
        return translate(tr, self.template, self.values)


def list_names(names):
    """Format a list of unit names for a message, shortening long lists."""
    names = [str(n) for n in names]
    if len(names) <= MAX_LISTED:
        return ", ".join(names)
    return "{} … and {} more".format(", ".join(names[:MAX_LISTED]), len(names) - MAX_LISTED)

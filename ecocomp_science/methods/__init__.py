"""The method layer: one definition per method, read by every front end (docs/architecture.md).

A :class:`Method` lists its options — stable string keys, the Processing parameter each becomes, the label
(an English source string, translated by whoever shows it), the unit, the default and, for choices, the choice
keys — and holds ``run(columns, values, log)``: the preset resolution, the mode switches, the calls of the
science modules (ecocomp_science.esv, footprint, …) and the summaries. ``columns`` is anything that reads a
column as numbers in the canonical unit (``numeric(name, what, role)``), as text (``text(name)``), tells
whether it exists (``has_field(name)``) and labels the units (``labels``): the Processing layer's frame of
the joined layer, or the Python API's DataFrame columns. ``log`` receives messages as data (:class:`Text`).

The Processing algorithms declare their parameters from these options and map them back (algorithms/method_
adapter.py); the Python API (api.py) takes the same keys as keyword arguments, with the same defaults. A test
walks the definitions (tests/test_method_layer.py) so the two cannot drift apart.

No QGIS here: this package is part of the wheel and runs in plain Python. The definitions import no numpy: the
science modules are imported when a method runs, so QGIS starts without them.
"""

from ..errors import InputError, N_, Text

FIELD, CHOICE, NUMBER, INTEGER, ROWS, FLAG = "field", "choice", "number", "integer", "rows", "flag"
SAME = object()


class Option:
    """One input or setting of a method.

    ``key``: the stable name (the API's keyword); ``parameter``: the Processing parameter's name; ``label``: the
    English label with its unit; ``kind``: FIELD (a column name), CHOICE (one of ``choices``, (key, label)
    pairs), NUMBER, INTEGER, ROWS (a table of ``width`` columns with ``headers``) or FLAG. ``role``: the unit
    role of a FIELD (ecocomp_science/units.py ROLES), which gives it a unit choice. ``required``: a FIELD the
    method always reads; other FIELD options are read by some settings only (and refused when empty then).
    """

    def __init__(self, key, parameter, label, kind, default=None, choices=(), role=None, required=False,
                 minimum=None, maximum=None, width=None, headers=(), editor=None, what=None, api_default=SAME,
                 decimals=None, optional=False, fixed_rows=None):
        self.key = key
        self.parameter = parameter
        self.label = label
        self.kind = kind
        self.default = default
        self.choices = tuple(choices)
        self.role = role
        self.required = required
        self.minimum = minimum
        self.maximum = maximum
        self.width = width
        self.headers = tuple(headers)
        self.editor = editor
        self.what = what or label  # what the field holds, with its unit, for messages
        # The API's default where it differs from the dialog's (e.g. None: inferred from the other arguments)
        self.api_default = default if api_default is SAME else api_default
        self.decimals = decimals  # shown in the dialog
        self.fixed_rows = fixed_rows  # a ROWS option of a fixed number of rows (the AHP matrix)
        self.optional = optional  # may be left empty in a model (a choice added later; a value used by one mode)
    @property
    def choice_keys(self):
        return tuple(key for key, _ in self.choices)

    def choice_index(self, key):
        return self.choice_keys.index(key)

    def __repr__(self):
        return "Option({!r}, {!r})".format(self.key, self.parameter)


class Log:
    """Messages of a run as data: ``(level, Text)`` in order; the front end translates and shows them."""

    INFO, WARNING = "info", "warning"

    def __init__(self, sink=None):
        self.messages = []
        self.sink = sink

    def info(self, template, *values):
        self._add(self.INFO, Text(template, *values))

    def warning(self, template, *values):
        self._add(self.WARNING, Text(template, *values))

    def _add(self, level, text):
        self.messages.append((level, text))
        if self.sink is not None:
            self.sink(level, text)


class Outcome:
    """What a run gives: per-unit result ``fields`` (name → values, in order), the names among them that are
    money in CNY (``money``, converted to the chosen money unit by the front end), single ``outputs`` (totals,
    correlations), the field to style the map by, the fields of earlier runs that must not survive
    (``drop``) and extra tables (name → list of row dicts)."""

    def __init__(self, fields, money=(), outputs=None, style=None, drop=(), tables=None):
        self.fields = fields
        self.money = tuple(money)
        self.outputs = dict(outputs or {})
        self.style = style
        self.drop = tuple(drop)
        self.tables = dict(tables or {})


class Method:
    """A method of docs/methods.md: its options and its run. Subclasses set ``name`` (the Processing id,
    ecocomp:<name>), ``section`` (of docs/methods.md), ``options`` and implement :meth:`run`."""

    name = None
    section = None
    options = ()

    def option(self, key):
        for option in self.options:
            if option.key == key:
                return option
        raise KeyError(key)

    def defaults(self):
        return {option.key: option.default for option in self.options}

    def resolve(self, values):
        """The values of every option: those given, the defaults for the others; a choice that is not one of its
        keys, or a number that is not a number, is refused naming the option."""
        unknown = sorted(set(values) - {option.key for option in self.options})
        if unknown:
            raise InputError("Unknown option(s) of {}: {}. Its options are: {}.", self.name, ", ".join(unknown),
                             ", ".join(option.key for option in self.options))
        out = {}
        for option in self.options:
            value = values.get(option.key, option.default)
            if option.kind == CHOICE and value not in option.choice_keys:
                raise InputError("Unknown value {!r} for {} ({}); use one of: {}.", value, option.key,
                                 Text(option.label), ", ".join(option.choice_keys))
            if option.kind in (NUMBER, INTEGER) and value is not None:
                try:
                    value = float(value) if option.kind == NUMBER else int(value)
                except (TypeError, ValueError):
                    raise InputError("{} ({}) must be a number, got {!r}.", option.key, Text(option.label),
                                     value) from None
            if option.kind == FIELD and value is not None:
                value = str(value).strip() or None
            out[option.key] = value
        return out

    def field(self, values, key):
        """The column chosen for a FIELD option that this setting reads: refused when none is chosen."""
        value = values.get(key)
        if not value:
            option = self.option(key)
            raise InputError("Choose the field that holds the {}.", Text(option.what))
        return value

    def run(self, columns, values, log):
        raise NotImplementedError


def item_column(columns, field, item, role, what, name):
    """One column of a per-item table — a crop's sown area or yield, a commodity's production — in its canonical unit
    and checked (no NULL, no negative value); ``what`` and ``name`` are message templates filled with the item (and
    the field)."""
    from ..checks import check_quantity

    return check_quantity(columns.numeric(field, Text(what, item), role=role), Text(name, item, field), columns.labels)


#: Words of a field name that say what a crop's column holds (English and the yearbooks' Chinese).
FIELD_HINTS = {
    "sown_area": ("播种面积", "种植面积", "sown", "area", "面积"),
    "crop_yield": ("单产", "yield"),
    "production": ("产量", "production", "output"),
}


def guess_item_rows(fields, parts, width):
    """Rows of a per-crop table guessed from the field names of the units and their statistics table: for each
    crop EcoComp knows by name (presets.CROP_ALIASES: 水稻/稻谷/rice …) the first field holding its name and the
    hint of each part ("sown_area", "crop_yield", "production"), e.g. 水稻播种面积(公顷) and 水稻单产(公斤/公顷).
    Crops without every part are left out; the remaining cells (price, p_i) are left empty for the analyst —
    prices belong to a year and are never guessed."""
    from ..presets import CROP_ALIASES

    rows = []
    for crop, aliases in CROP_ALIASES.items():
        row = [crop]
        for part in parts:
            # the crop's names from the most specific (小麦) to the shortest (麦, which 大麦 holds too)
            found = next((name for alias in aliases for name in fields if alias in str(name).lower()
                          and any(h in str(name).lower() for h in FIELD_HINTS[part])
                          and not (part == "production"  # 单产 is a yield, not a production
                                   and any(h in str(name).lower() for h in FIELD_HINTS["crop_yield"]))), None)
            if found is None:
                break
            row.append(found)
        else:
            rows.append(row + [""] * (width - len(row)))
    return rows


__all__ = ["FIELD", "CHOICE", "NUMBER", "INTEGER", "ROWS", "FLAG", "Option", "Method", "Log", "Outcome", "Text",
           "item_column", "FIELD_HINTS", "guess_item_rows", "N_", "InputError"]

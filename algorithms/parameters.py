"""Parameter helpers shared by the algorithms: defaults QGIS 3.22 forgets, EcoComp's table editors as widget
metadata, matrix rows and the message for a number out of its range."""

from qgis.core import QgsProcessingException

from ..translation import tr
from . import qgis_enums as enums

PLUGIN_PACKAGE = __name__.split(".")[0]  # the plugin's folder name as Python imports it


def fill_defaults(algorithm, parameters):
    """``parameters`` with every omitted parameter set to its default.

    QGIS 3.22 validates an omitted field, CRS or matrix parameter as if it
    were empty, ignoring its default, although parameterAs…() would use the
    default; so processing.run and qgis_process calls could not leave out
    the fields whose default names match the sample data and earlier steps.
    """
    filled = dict(parameters)
    for definition in algorithm.parameterDefinitions():
        if filled.get(definition.name()) is None and definition.defaultValue() is not None:
            filled[definition.name()] = definition.defaultValue()
    return filled


def editor_metadata(table=None):
    """Metadata that shows a matrix parameter with EcoComp's editor in dialogs and the modeller.

    The wrapper is named by its dotted path, so nothing of the GUI is imported by qgis_process; the path starts
    with the package the plugin was loaded as (its folder name: "ecocomp" from the ZIP, anything else from a
    checkout or a repository archive).
    """
    wrappers = PLUGIN_PACKAGE + ".ui.wrappers."
    if table is None:
        return {"widget_wrapper": {"class": wrappers + "AhpWrapper"}}
    return {"widget_wrapper": {"class": wrappers + "TableWrapper", "table": table}}


def with_metadata(parameter, metadata):
    """``parameter`` with ``metadata`` merged into its own (returned, for use inside addParameter)."""
    merged = dict(parameter.metadata())
    merged.update(metadata)
    parameter.setMetadata(merged)
    return parameter


def matrix_rows(values, columns):
    """Split the flat list Processing gives for a matrix parameter into rows."""
    values = list(values or [])
    if len(values) % columns:
        raise QgsProcessingException(
            tr("A table parameter has {} cells, which is not a multiple of its {} columns.").format(len(values), columns)
        )
    return [values[i:i + columns] for i in range(0, len(values), columns)]


def _limit(value):
    return "{:,.10g}".format(value)


def number_range_error(algorithm, parameters, context):
    """A message naming a number parameter outside its range (QGIS itself only says "Incorrect parameter value")."""
    for definition in algorithm.parameterDefinitions():
        if definition.type() != "number" or parameters.get(definition.name()) in (None, ""):
            continue
        value = parameters[definition.name()]
        if hasattr(value, "propertyType"):  # a data-defined value: checked when evaluated
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            return tr("{} ({}) must be a number; {!r} was given.").format(
                definition.description(), definition.name(), value)
        low, high = definition.minimum(), definition.maximum()
        bounded_low, bounded_high = low > -1e300, high < 1e300
        if number != number or (bounded_low and number < low) or (bounded_high and number > high) \
                or (definition.dataType() == enums.NUMBER_INTEGER and not number.is_integer()):
            if bounded_low and bounded_high:
                allowed = tr("from {} to {}").format(_limit(low), _limit(high))
            elif bounded_low:
                allowed = tr("at least {}").format(_limit(low))
            else:
                allowed = tr("at most {}").format(_limit(high))
            kind = tr("a whole number ") if definition.dataType() == enums.NUMBER_INTEGER else ""
            return tr("{} ({}) must be {}{}; {} was given.").format(
                definition.description(), definition.name(), kind, allowed, value)
    return ""

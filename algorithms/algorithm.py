"""Base class and shared parameters of the EcoComp algorithms."""

import importlib.util
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtGui import QIcon

from ..ecocomp_science.errors import InputError
from ..translation import tr
from .bridge import output_fields, read_units, write_units
from .outputs import OutputStaging, refuse_outputs_over_inputs
from .styling import StyleOnLoad
from . import qgis_enums as enums

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "icons", "ecocomp.svg")
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


def plain_text(html):
    """Help written in HTML for the dialog, as readable text for the command line."""
    import html as html_module
    import re

    text = re.sub(r"</p>\s*", "\n\n", html)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<li>", "\n- ", text)
    text = re.sub(r"<sub>(.*?)</sub>", r"_\1", text)
    text = re.sub(r"<sup>(.*?)</sup>", r"^\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", html_module.unescape(text)).strip()


def on_the_command_line():
    from qgis.core import QgsApplication

    return QgsApplication.platform() == "qgis_process"


class EcoCompAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour: translation, icon, the statistics-table join and error wrapping.

    Subclasses implement :meth:`compute` instead of ``processAlgorithm``; an
    :class:`InputError` raised by the science becomes a
    ``QgsProcessingException`` with the same message.
    """

    INPUT = "INPUT"
    STATS_TABLE = "STATS_TABLE"
    INPUT_KEY = "INPUT_KEY"
    STATS_KEY = "STATS_KEY"
    DUPLICATE_KEYS = "DUPLICATE_KEYS"
    UNMATCHED = "UNMATCHED"
    STATS_ENCODING = "STATS_ENCODING"
    STATS_HEADER_ROW = "STATS_HEADER_ROW"
    CHECK_UNITS = "CHECK_UNITS"
    OUTPUT = "OUTPUT"

    def __init_subclass__(cls, **kwargs):
        """The help each algorithm writes in HTML is given as plain text to ``qgis_process help``."""
        super().__init_subclass__(**kwargs)
        written = cls.__dict__.get("shortHelpString")
        if written is not None:
            def short_help(self, _written=written):
                text = _written(self)
                section = getattr(self, "METHODS_SECTION", None)
                if section:
                    text += tr("<p>Formulas, defaults, sources and the choices made where the papers disagree: "
                               "docs/methods.md in the plugin (Help), section “{}”.</p>").format(tr(section))
                return plain_text(text) if on_the_command_line() else text
            cls.shortHelpString = short_help

    # Optional libraries an algorithm needs: (module, what to install). Checked
    # without importing them, so the algorithm stays listed when one is missing.
    REQUIRES = ()

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(ICON)

    def canExecute(self):  # noqa: N802 (QGIS API)
        missing = [hint for module, hint in self.REQUIRES if importlib.util.find_spec(module) is None]
        if missing:
            return False, self.tr("This algorithm needs a Python library that QGIS cannot find. Install: {}.").format(
                "; ".join(missing))
        return True, ""

    def helpUrl(self):
        """The user guide that ships inside the plugin (docs/README.md, or README.zh_CN.md in Chinese), opened
        locally: it works offline and always matches the installed version."""
        from qgis.PyQt.QtCore import QUrl

        from ..translation import qgis_language

        guide = os.path.join(os.path.dirname(os.path.dirname(__file__)), "docs",
                             "README.zh_CN.md" if qgis_language() == "zh_CN" else "README.md")
        return QUrl.fromLocalFile(guide).toString()

    def add_polygon_input(self, description):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, description, [enums.SOURCE_POLYGON]
            )
        )

    def add_join_parameters(self, hidden=True, required=False):
        """The statistics table (CSV/XLSX file or layer) joined to the polygons by key, and the reading options.

        In the method algorithms these parameters are hidden (``hidden``): in the dialog and the modeller the
        table is joined first by ecocomp:jointable, whose output lists the table's fields for every field
        parameter; scripts and qgis_process may still pass STATS_TABLE, and both paths run the same join
        (algorithms/bridge.py read_units).
        """
        parameters = [
            QgsProcessingParameterFeatureSource(
                self.STATS_TABLE, self.tr("Statistics table (CSV/XLSX)"), [enums.SOURCE_VECTOR],
                optional=not required),
            QgsProcessingParameterField(
                self.INPUT_KEY, self.tr("Join field of the polygons (e.g. adcode)"), defaultValue="adcode",
                parentLayerParameterName=self.INPUT, optional=True),
            QgsProcessingParameterField(
                self.STATS_KEY, self.tr("Join field of the table (empty: its code column)"),
                parentLayerParameterName=self.STATS_TABLE, optional=True),
        ]
        advanced = [
            QgsProcessingParameterEnum(
                self.STATS_ENCODING, self.tr("Encoding of a CSV statistics table"),
                options=[self.tr("Detect (UTF-8, UTF-8 with BOM, GBK/GB18030)"), "UTF-8", "GBK / GB18030"],
                defaultValue=0),
            QgsProcessingParameterNumber(
                self.STATS_HEADER_ROW, self.tr("Header row of the statistics table (0 = detect title rows above it)"),
                type=enums.NUMBER_INTEGER, minValue=0, defaultValue=0),
            QgsProcessingParameterEnum(
                self.UNMATCHED, self.tr("Polygons without a table row"),
                options=[self.tr("Refuse (stop and list them)"),
                         self.tr("Leave out with a warning (not from the papers)")],
                defaultValue=0),
            QgsProcessingParameterEnum(
                self.DUPLICATE_KEYS, self.tr("Polygons sharing one key"),
                options=[self.tr("Refuse (stop and list the keys)"),
                         self.tr("Warn and join to each (not from the papers)")],
                defaultValue=0),
        ]
        for parameter in parameters + advanced:
            if hidden:
                parameter.setFlags(parameter.flags() | enums.PARAMETER_HIDDEN)
            elif parameter in advanced:
                parameter.setFlags(parameter.flags() | enums.PARAMETER_ADVANCED)
            self.addParameter(parameter)

    def add_plausibility(self):
        self.addParameter(QgsProcessingParameterBoolean(
            self.CHECK_UNITS, self.tr("Stop on implausible values"),
            defaultValue=True))

    def add_field(self, name, description, default=None, optional=False, role=None):
        """A field of the input (or of the joined table: any name is accepted there), with a default name.

        A field with a ``role`` (ecocomp_science/units.py ROLES) gets a unit parameter ``<name>_UNIT`` beside it:
        "from the header" (its unit in brackets, else the canonical unit) or one of the units of its kind.
        """
        self.addParameter(
            QgsProcessingParameterField(
                name, description, defaultValue=default, parentLayerParameterName=self.INPUT, optional=optional
            )
        )
        if role is not None:
            from ..ecocomp_science import units

            kind = units.ROLES[role][0]
            self.addParameter(QgsProcessingParameterEnum(
                name + "_UNIT", self.tr("Unit of {}").format(description),
                options=[self.tr("From the header, else {}").format(units.canonical(kind)[1])]
                + units.unit_labels(kind), defaultValue=0))
            self.unit_roles = dict(getattr(self, "unit_roles", {}), **{name: role})

    def required_field(self, parameters, name, context, what):
        """The field name given for ``name``; an empty choice is refused, saying what the field must hold."""
        value = self.parameterAsString(parameters, name, context)
        if not value:
            raise QgsProcessingException(tr("Choose the field that holds the {}.").format(what))
        return value

    MONEY_UNIT = "MONEY_UNIT"
    MONEY_UNITS = ("CNY", "10k CNY", "100M CNY")

    def add_money_unit(self):
        """Unit of the money outputs: CNY (default, the papers'), 10,000 CNY or 100 million CNY."""
        from ..ecocomp_science import units

        self.addParameter(QgsProcessingParameterEnum(
            self.MONEY_UNIT, self.tr("Unit of the money results"),
            options=[units.find_unit("money", key)[1] for key in self.MONEY_UNITS], defaultValue=0))

    def in_money_unit(self, parameters, context, results, money_fields, feedback):
        """``results`` with the money fields divided into the chosen unit and renamed with the unit's suffix."""
        from ..ecocomp_science import units

        if self.parameterDefinition(self.MONEY_UNIT) is None:
            return results
        key = self.MONEY_UNITS[self.parameterAsEnum(parameters, self.MONEY_UNIT, context)]
        if key == "CNY":
            return results
        unit = units.find_unit("money", key)
        suffix = units.money_suffix(key)
        converted = {}
        for name, (qtype, values) in results.items():
            if name in money_fields:
                converted[name + suffix] = (qtype, [None if v is None else v / unit[2] for v in values]
                                            if isinstance(values, list) else values / unit[2])
            else:
                converted[name] = (qtype, values)
        feedback.pushInfo(tr("Money results in {} (÷ {}): {}.").format(unit[1], units.format_factor(unit[2]), ", ".join(
            name + suffix for name in results if name in money_fields)))
        return converted

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 (QGIS API)
        """QGIS's algorithm dialog, fitted to its default width (ui/dialog_fit.py); None where no GUI is loaded."""
        try:
            from ..ui.dialog_fit import FittedAlgorithmDialog
        except ImportError:  # qgis_process and scripts without the Processing GUI
            return None
        return FittedAlgorithmDialog(self, parent=parent)

    def write_table(self, name, columns, rows):
        """A table without geometry to the output ``name``: ``columns`` [(field, attribute type: enums.FIELD_DOUBLE,
        …)], ``rows`` lists of values in that order. None when the optional output is not wanted."""
        from qgis.core import QgsFeature, QgsField, QgsFields

        fields = QgsFields()
        for field, qtype in columns:
            fields.append(QgsField(field, qtype))
        sink, dest_id = self.staging.sink(name, fields, enums.WKB_NO_GEOMETRY)
        if sink is None:
            return None
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(row))
            sink.addFeature(feature, enums.SINK_FAST_INSERT)
        return dest_id

    def add_output(self, description):
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, description))

    def write_results(self, parameters, context, feedback, source, frame, results, style, title, drop=()):
        """Input features + joined columns + ``results`` (``{field: (attribute type, values)}``) → OUTPUT.

        The output is styled with the bundled style ``style`` when QGIS loads it. Input fields named in ``drop`` are
        left out (an earlier run's result superseded under another name).
        """
        fields, keep_layer, keep_joined = output_fields(
            frame, [(name, qtype) for name, (qtype, _) in results.items()], feedback, drop
        )
        self.check_unique_fid(parameters, context, frame, fields)
        sink, dest_id = self.staging.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_units(sink, frame, keep_layer, keep_joined, {n: v for n, (_, v) in results.items()}, feedback)
        if style is not None:
            StyleOnLoad.attach(context, dest_id, style, title)
        return dest_id

    def check_unique_fid(self, parameters, context, frame, fields):
        """A GeoPackage output keeps a field 'fid' as its feature id, which must be unique (e.g. after a merge)."""
        from .outputs import destination

        target = destination(self.parameterDefinition(self.OUTPUT), parameters, context)
        if not target.path or not target.path.lower().endswith(".gpkg") or fields.lookupField("fid") < 0 \
                or not frame.has_field("fid"):
            return
        values = [v for v in frame.values("fid") if v is not None]
        duplicates = sorted({str(v) for v in values if values.count(v) > 1}) if len(set(values)) < len(values) else []
        if duplicates:
            raise QgsProcessingException(tr(
                "Field 'fid' has duplicate values ({}), but a GeoPackage uses it as the unique feature id. Remove or "
                "rename the field 'fid' (e.g. with 'Refactor fields'), or write to another format.").format(
                    ", ".join(duplicates[:10])))

    def stats_file(self, parameters, context):
        """(path, sheet or None) of the statistics table when it is a CSV/XLSX file, given as a path or as a layer of
        one (algorithms/statistics_files.py: the panel finds it the same way)."""
        from .statistics_files import statistics_file

        value = parameters.get(self.STATS_TABLE)
        found = statistics_file(value) if isinstance(value, str) else None
        if found is None:
            try:
                layer = self.parameterAsVectorLayer(parameters, self.STATS_TABLE, context)
            except Exception:  # noqa: BLE001 — then it is read as a QGIS source
                layer = None
            found = statistics_file(layer=layer) if layer is not None else None
        return found

    def read_frame(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        stats, rows = None, None
        stats_key = self.parameterAsString(parameters, self.STATS_KEY, context) or None
        if self.STATS_TABLE in parameters and parameters[self.STATS_TABLE] not in (None, ""):
            found = self.stats_file(parameters, context)
            if found is not None:
                from ..ecocomp_science.tables import read_table
                from .bridge import TableRows

                path, sheet = found
                encoding = [None, "utf-8", "gb18030"][self.parameterAsEnum(parameters, self.STATS_ENCODING, context)]
                table = read_table(path, encoding, self.parameterAsInt(parameters, self.STATS_HEADER_ROW, context),
                                   sheet=sheet)
                feedback.pushInfo(tr("Statistics table {}: {} rows × {} columns, header in row {}{}{}.").format(
                    os.path.basename(path) + (" › " + sheet if sheet else ""), len(table.rows), len(table.header),
                    table.header_row,
                    ", encoding " + table.encoding if table.encoding else "",
                    "; left out: " + "; ".join("row {} “{}”".format(n, t[:40]) for n, t in table.skipped)
                    if table.skipped else ""))
                stats_key = self.table_key(stats_key, table.header, feedback)
                rows = TableRows.from_table(table, stats_key)
            else:
                stats = self.parameterAsSource(parameters, self.STATS_TABLE, context)
                if stats is not None:
                    stats_key = self.table_key(stats_key, stats.fields().names(), feedback)
        frame = read_units(
            source, context, feedback, stats,
            self.parameterAsString(parameters, self.INPUT_KEY, context) or None,
            stats_key,
            duplicate_polygons_allowed=self.parameterDefinition(self.DUPLICATE_KEYS) is not None
            and self.parameterAsEnum(parameters, self.DUPLICATE_KEYS, context) == 1,
            stats_rows=rows,
            unmatched_allowed=self.parameterDefinition(self.UNMATCHED) is not None
            and self.parameterAsEnum(parameters, self.UNMATCHED, context) == 1,
        )
        self.set_units(parameters, context, frame, feedback)
        feedback.setProgress(30)  # read and joined: the computing steps follow, then writing from 70 %
        return source, frame

    KEY_COLUMNS = ("行政代码", "行政区划代码", "统计用区划代码", "区划代码", "adcode", "code", "代码")

    def table_key(self, chosen, columns, feedback):
        """The table's join field: the chosen one, else the first code column (行政代码, 区划代码, adcode …)."""
        if chosen and chosen in columns:
            return chosen
        lowered = {c.lower().strip(): c for c in columns}
        for candidate in self.KEY_COLUMNS:
            for low, column in lowered.items():
                if low == candidate or low.startswith(candidate + " ") or low.startswith(candidate + "("):
                    if chosen:
                        feedback.pushWarning(tr("The join field '{}' is not a column of the table as EcoComp reads it; "
                                             "its code column '{}' is used.").format(chosen, column))
                    else:
                        feedback.pushInfo(tr("Join field of the table: '{}'.").format(column))
                    return column
        return chosen

    def set_units(self, parameters, context, frame, feedback):
        """Tell the frame the role and chosen unit of every field with a unit parameter."""
        from ..ecocomp_science import units

        frame.log = feedback.pushInfo
        if self.parameterDefinition(self.CHECK_UNITS) is not None:
            frame.check_plausibility = self.parameterAsBool(parameters, self.CHECK_UNITS, context)
            if not frame.check_plausibility:
                feedback.pushWarning(tr("The plausibility check of units is switched off (not recommended)."))
        for name, role in getattr(self, "unit_roles", {}).items():
            field = self.parameterAsString(parameters, name, context)
            if not field:
                continue
            choice = self.parameterAsEnum(parameters, name + "_UNIT", context)
            kind = units.ROLES[role][0]
            frame.unit_choices[field] = (role, units.units_of(kind)[choice - 1][0] if choice > 0 else None)

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        message = number_range_error(self, parameters, context)
        if message:
            return False, message
        if not any(d.type() == "raster" for d in self.parameterDefinitions()):
            return super().checkParameterValues(fill_defaults(self, parameters), context)
        # QGIS loads raster inputs to check them; their renderer's statistics would make GDAL write a .aux.xml
        # file beside the analyst's raster when the layer is released. Rasters opened here keep no such file.
        from osgeo import gdal

        previous = gdal.GetConfigOption("GDAL_PAM_ENABLED")
        gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
        try:
            return super().checkParameterValues(fill_defaults(self, parameters), context)
        finally:
            gdal.SetConfigOption("GDAL_PAM_ENABLED", previous)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Runs :meth:`compute` with every file output staged: all outputs are moved into place at the end, or
        (failure, cancel) none, and earlier files at the output paths stay byte-identical (algorithms/outputs.py)."""
        refuse_outputs_over_inputs(self, parameters, context)
        self.staging = OutputStaging(self, parameters, context)
        try:
            results = self.compute(parameters, context, feedback)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
            return self.staging.commit(results)
        except InputError as error:
            self.staging.discard(error)
            # The template is translated, then filled in: the message reaches the analyst in QGIS's language.
            raise QgsProcessingException(error.translated(tr)) from None
        except BaseException as error:
            self.staging.discard(error)
            raise
        finally:
            # No reference cycle (algorithm → staging → context → layers) outlives the run: collected after
            # QGIS has exited, it would crash the process.
            self.staging = None
            self.__dict__.pop("frame", None)

    def compute(self, parameters, context, feedback):
        raise NotImplementedError


class MethodAlgorithm(EcoCompAlgorithm):
    """A compensation method of docs/methods.md: listed under "Compensation methods", it works on unit
    polygons with an optional statistics table joined by key."""

    def group(self):
        return self.tr("Compensation methods")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "methods"

    def add_units(self):
        self.add_polygon_input(self.tr("Units (county / prefecture / province polygons)"))
        self.add_join_parameters()
        self.add_plausibility()


class BeyondPapersAlgorithm(EcoCompAlgorithm):
    """An algorithm that goes beyond the papers (docs/methods.md says so in its section): listed under
    "Beyond the papers"."""

    def group(self):
        return self.tr("Beyond the papers")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "beyond"

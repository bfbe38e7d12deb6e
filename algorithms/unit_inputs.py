"""The units an algorithm reads: the polygons, the statistics table joined to them (algorithms/statistics_files.py,
algorithms/bridge.py), the fields with their units and the plausibility switch. Mixed into EcoCompAlgorithm."""


from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..translation import N_, tr
from .bridge import read_units
from . import qgis_enums as enums


#: The invalid-geometry rule (INVALID_GEOMETRY): its label and choices, also the model's input (model_algorithm.py,
#: scripts/make_model.py), and what each choice means to QGIS.
GEOMETRY_RULE = N_("Units with an invalid geometry")
GEOMETRY_RULES = (N_("Stop and name the feature"), N_("Leave out with a warning (not from the papers)"),
                  N_("Use as they are (not from the papers)"))
GEOMETRY_CHECKS = (enums.GEOMETRY_ABORT_ON_INVALID, enums.GEOMETRY_SKIP_INVALID, enums.GEOMETRY_NO_CHECK)


class UnitInputs:
    """Parameters and reading of the units (``self.INPUT``, ``self.STATS_TABLE`` … are EcoCompAlgorithm's)."""

    def add_polygon_input(self, description):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, description, [enums.SOURCE_POLYGON]
            )
        )
        self.add_geometry_rule()

    def add_geometry_rule(self):
        """EcoComp's own invalid-geometry rule for the units (advanced; default: stop, naming the feature).

        Processing's global setting is not used: qgis_process and PyQGIS scripts run with no check at all while the
        desktop stops by default, so one model would give different results by where it runs. A rule set on the
        input itself (the dialog's per-input "Invalid feature filtering") still wins: the analyst chose it there.
        """
        parameter = QgsProcessingParameterEnum(self.INVALID_GEOMETRY, self.tr(GEOMETRY_RULE),
                                               options=[self.tr(rule) for rule in GEOMETRY_RULES], defaultValue=0)
        parameter.setFlags(parameter.flags() | enums.PARAMETER_ADVANCED)
        self.addParameter(parameter)

    def geometry_rule(self, parameters, context, feedback):
        """The invalid-geometry rule of this run: the input's own override, else INVALID_GEOMETRY (stop)."""
        from qgis.core import QgsProcessingFeatureSourceDefinition

        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and \
                value.flags & enums.SOURCE_OVERRIDES_GEOMETRY_CHECK:
            return value.geometryCheck
        choice = 0
        if self.parameterDefinition(self.INVALID_GEOMETRY) is not None:
            choice = self.parameterAsEnum(parameters, self.INVALID_GEOMETRY, context)
        if choice:
            feedback.pushWarning(tr("Units with an invalid geometry: {}.").format(tr(GEOMETRY_RULES[choice])))
        return GEOMETRY_CHECKS[choice]

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
            QgsProcessingParameterString(
                self.STATS_SHEET, self.tr("Sheet of an XLSX statistics table (empty: the first visible sheet)"),
                optional=True),
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
                options=[self.tr("From the header, else {}").format(self.tr(units.canonical(kind)[1]))]
                + [self.tr(label) for label in units.unit_labels(kind)], defaultValue=0))
            self.unit_roles = dict(getattr(self, "unit_roles", {}), **{name: role})

    def required_field(self, parameters, name, context, what):
        """The field name given for ``name``; an empty choice is refused, saying what the field must hold."""
        value = self.parameterAsString(parameters, name, context)
        if not value:
            raise QgsProcessingException(tr("Choose the field that holds the {}.").format(what))
        return value

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
                from .bridge import TableRows
                from .statistics_files import read_parameter_table

                table = read_parameter_table(self, parameters, context, feedback, found)
                stats_key = self.table_key(stats_key, table.header, feedback)
                rows = TableRows.from_table(table, stats_key)
            else:
                stats = self.parameterAsSource(parameters, self.STATS_TABLE, context)
                if stats is not None:
                    stats_key = self.table_key(stats_key, stats.fields().names(), feedback)
        rule = self.geometry_rule(parameters, context, feedback)
        # Polygons kept by a checking rule are valid: the units written from them need no check in the next step.
        self.checked_units = rule != enums.GEOMETRY_NO_CHECK
        frame = read_units(
            source, rule, feedback, stats,
            self.parameterAsString(parameters, self.INPUT_KEY, context) or None,
            stats_key,
            duplicate_polygons_allowed=self.parameterDefinition(self.DUPLICATE_KEYS) is not None
            and self.parameterAsEnum(parameters, self.DUPLICATE_KEYS, context) == 1,
            stats_rows=rows,
            unmatched_allowed=self.parameterDefinition(self.UNMATCHED) is not None
            and self.parameterAsEnum(parameters, self.UNMATCHED, context) == 1,
            identity=self.input_identity(parameters, context),
        )
        self.set_units(parameters, context, frame, feedback)
        feedback.setProgress(30)  # read and joined: the computing steps follow, then writing from 70 %
        return source, frame

    def input_identity(self, parameters, context):
        """The units' file as algorithms/checked_geometries.py knows it (None: a layer that is checked every time)."""
        from . import checked_geometries

        try:
            layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        except Exception:  # noqa: BLE001 — then the polygons are simply checked
            return None
        return checked_geometries.identity_of(layer, parameters.get(self.INPUT))

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

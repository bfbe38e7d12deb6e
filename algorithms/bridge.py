"""Layer ⇄ columns plumbing shared by every EcoComp algorithm, written once.

Data flow: feature source (+ optional statistics table joined by key) →
:class:`UnitFrame` (attribute columns, numeric ones as numpy arrays) →
science → result columns appended to the input features → sink.
"""

import math
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
)
from ..ecocomp_science.errors import Text, list_names
from ..ecocomp_science.tables import parse_number  # stdlib only: QGIS start-up stays light
from ..translation import N_, tr
from . import qgis_enums as enums

LABEL_FIELD_CANDIDATES = ("name", "NAME", "Name", "名称", "county", "region", "unit")


def normalise_key(value):
    """Join keys compare as text: 420102, 420102.0 and ' 420102' all match '420102'."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def to_number(value):
    """A QVariant/Python value as float; NULL and missing markers (—, -, …, /) → NaN; text as yearbooks write
    numbers (1,087.11, full-width digits) read as the number; raises ValueError on other text."""
    if type(value) is float or type(value) is int:  # the common case of a numeric field, at once
        return float(value)
    if _is_null(value):
        return math.nan
    return parse_number(value)


class UnitFrame:
    """The attribute columns of the units (regions) an algorithm works on.

    Holds the input features (geometry and attributes, untouched) and, when
    a statistics table is joined, the table's attributes for each unit.
    Column lookups search the polygon layer first, then the joined table.
    """

    def __init__(self, features, fields, joined_fields=None, joined_rows=None):
        self.features = features
        self._columns = {}  # field index → its values, read once when first asked for (not every attribute)
        self.fields = fields
        self.joined_fields = joined_fields if joined_fields is not None else QgsFields()
        self.joined_rows = joined_rows if joined_rows is not None else [[] for _ in features]
        self.labels = self._unit_labels()
        self.unit_choices = {}  # field name → (role, chosen unit key or None = from the header)
        self.quantities = {}  # role → (values in the canonical unit, field, unit): for the plausibility rules
        self.check_plausibility = True
        self.log = lambda text: None
        self.table = None  # the statistics file joined (ecocomp_science.tables.Table), when one was

    def __len__(self):
        return len(self.features)

    def _unit_labels(self):
        for name in LABEL_FIELD_CANDIDATES:
            if self.fields.lookupField(name) >= 0:
                values = self.values(name)
                return [tr("{} (fid {})").format(v, f.id()) if not _is_null(v) else tr("fid {}").format(f.id())
                        for v, f in zip(values, self.features)]
        return [tr("fid {}").format(f.id()) for f in self.features]

    def has_field(self, name):
        return self.fields.lookupField(name) >= 0 or self.joined_fields.lookupField(name) >= 0

    def values(self, name):
        """Raw attribute values of a field, from the layer or the joined table."""
        index = self.fields.lookupField(name)
        if index >= 0:
            if index not in self._columns:
                self._columns[index] = [feature.attribute(index) for feature in self.features]
            return self._columns[index]
        index = self.joined_fields.lookupField(name)
        if index >= 0:
            return [row[index] if row else None for row in self.joined_rows]
        known = [f.name() for f in self.fields] + [f.name() for f in self.joined_fields]
        raise QgsProcessingException(
            tr("Field '{}' was not found in the input layer{}. Available fields: {}.").format(
                name, " or the joined statistics table" if self.joined_fields.count() else "", ", ".join(known)
            )
        )

    def numeric(self, name, what, role=None):
        """A numeric column as float array in the canonical unit (NULL → NaN, checked later by the science).

        ``what`` says what the field holds, with its unit, for messages. Text that does not read as a number is
        refused, naming the unit and value. A field with a role (``self.unit_choices[name]`` set by the algorithm
        from its unit parameter, or ``role`` given) is converted from the chosen unit, else the unit in its
        header, to the canonical unit, and the conversion logged; then the plausibility rules are checked.
        """
        if isinstance(what, Text):  # from the method layer: shown in QGIS's language
            what = what.translated(tr)
        values = self._numbers(name, what)
        role, chosen = self.unit_choices.get(name, (role, None))
        if role is None:
            return values
        from ..ecocomp_science import units

        values, unit, origin = units.to_canonical(values, role, name, chosen, what, self.quantities,
                                                  self.check_plausibility, self.labels)
        if unit[2] != 1.0:
            note = units.conversion_note(tr("{} (field '{}')").format(tr(units.ROLES[role][1]), name), unit,
                                         units.ROLES[role][0], tr)
            self.log(tr("Unit: {} ({}).").format(note, tr({"chosen": N_("chosen unit"), "header": N_("unit in the header"),
                                                          "canonical": N_("canonical unit")}[origin])))
        return values

    def _numbers(self, name, what):
        import numpy as np  # imported on first use: QGIS start-up stays light

        if self.table is not None and self.fields.lookupField(name) < 0:
            self.table.check_not_merged(name)  # InputError: said as a refusal by the algorithm

        raw = self.values(name)
        if all(type(value) is float or type(value) is int for value in raw):  # a numeric field without NULL
            return np.array(raw, dtype=float)
        out = np.empty(len(raw), dtype=float)
        for i, value in enumerate(raw):
            try:
                out[i] = to_number(value)
            except (TypeError, ValueError):
                raise QgsProcessingException(
                    tr("Field '{}' ({}) must be numeric, but unit {} holds the text {!r}.").format(
                        name, what, self.labels[i], str(value)
                    )
                ) from None
        return out

    def text(self, name):
        """A column as stripped strings (NULL → None)."""
        return [None if _is_null(v) else str(v).strip() for v in self.values(name)]


def read_features(source, rule, feedback, progress_share=20, identity=None):
    """All features of a source, applying the invalid-geometry ``rule`` (algorithms/unit_inputs.py geometry_rule).

    ``identity`` (algorithms/checked_geometries.py) names the file read: polygons this session has already found
    valid in that unchanged file are not checked again, and a file found valid now is remembered.

    QGIS's own check throws a C++ exception from inside the feature iterator,
    which corrupts the Python interpreter when Python is the one iterating
    (QGIS 3.22: the next algorithm run segfaults). So the source is read with
    that check off and the rule applied here: stop with a message naming the
    feature (the default), skip it with a warning, or keep it.
    """
    from . import checked_geometries

    total = source.featureCount() or 1
    features, skipped = [], []
    check = rule != enums.GEOMETRY_NO_CHECK and not checked_geometries.known_valid(identity)
    if rule != enums.GEOMETRY_NO_CHECK and not check:
        feedback.pushInfo(tr("The polygons of this file were found valid earlier in this QGIS session and the file "
                             "has not changed since: not checked again."))
    iterator = source.getFeatures(QgsFeatureRequest(), enums.SOURCE_SKIP_GEOMETRY_CHECKS)
    for i, feature in enumerate(iterator):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled while reading the input layer."))
        geometry = feature.geometry()
        if check and not geometry.isNull() and not geometry.isGeosValid():
            if rule == enums.GEOMETRY_ABORT_ON_INVALID:
                raise QgsProcessingException(
                    tr("Feature ({}) of the input layer has an invalid geometry ({}). Repair it (e.g. with "
                    "'Fix geometries'), or choose what to do with it under 'Units with an invalid geometry' "
                    "(advanced parameter INVALID_GEOMETRY).").format(feature.id(), geometry.lastError() or "not valid"))
            skipped.append(str(feature.id()))
            continue
        features.append(feature)  # a new feature for every step of the iterator: no copy needed
        if i % 64 == 0:
            feedback.setProgress(progress_share * i / total)
    if skipped:
        feedback.pushWarning(tr("Skipped {} feature(s) with invalid geometry: fid {}.").format(
            len(skipped), list_names(skipped)))
    elif check:
        checked_geometries.remember(identity)
    return features


class TableRows:
    """The rows of a statistics table, from a QGIS layer or from a file read by EcoComp's table reader."""

    def __init__(self, fields, rows, name, table=None):
        self.fields = fields  # QgsFields
        self.rows = rows  # lists of attribute values
        self.name = name
        self.table = table  # the Table read from a file (its merged numbers are refused when read), or None

    @classmethod
    def from_source(cls, source):
        request = QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY)
        return cls(source.fields(), [row.attributes() for row in source.getFeatures(request)], "statistics table")

    @classmethod
    def from_table(cls, table, key):
        """Numeric columns as Double (their cells read as numbers: 1,087.11 → 1087.11, — → NULL), others as text."""

        from ..ecocomp_science.tables import is_missing

        numeric = set(table.numeric_columns()) - {key}
        fields = QgsFields()
        for name in table.header:
            fields.append(QgsField(name, enums.FIELD_DOUBLE if name in numeric else enums.FIELD_STRING))
        rows = []
        for row in table.rows:
            values = []
            for name, cell in zip(table.header, row):
                if is_missing(cell):
                    values.append(None)
                elif name in numeric:
                    values.append(parse_number(cell))
                else:
                    values.append(cell if isinstance(cell, str) else
                                  str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell))
            rows.append(values)
        return cls(fields, rows, os.path.basename(table.source), table)


def read_units(source, geometry_rule, feedback, stats_source=None, source_key=None, stats_key=None,
               duplicate_polygons_allowed=False, stats_rows=None, unmatched_allowed=False, identity=None):
    """Read a feature source (and optional statistics table joined by key) into a :class:`UnitFrame`.

    The table comes as a QGIS source (``stats_source``) or as :class:`TableRows` read from a file. Keys match
    as text, else by 6-digit administrative code (9- and 12-digit statistical codes by their first 6 digits),
    else by name without the suffix 县/市/区/旗 (ecocomp_science/joins.py). Every polygon must find its row:
    unmatched polygon keys, duplicated table keys and ambiguous names are refused, listed; table rows that
    match no polygon are reported as a warning; the join report is written to the log.
    """
    from ..ecocomp_science import joins
    from ..ecocomp_science.errors import InputError

    features = read_features(source, geometry_rule, feedback, identity=identity)
    if not features:
        raise QgsProcessingException(tr("The input layer has no features."))
    fields = source.fields()
    if stats_source is None and stats_rows is None:
        return UnitFrame(features, fields)
    if stats_rows is None:
        stats_rows = TableRows.from_source(stats_source)
    if not source_key or not stats_key:
        raise QgsProcessingException(
            tr("A statistics table is given: choose the key field of the polygons and the key field of the table.")
        )
    stats_fields = stats_rows.fields
    for key, where, flds in ((source_key, "input layer", fields), (stats_key, "statistics table", stats_fields)):
        if flds.lookupField(key) < 0:
            raise QgsProcessingException(tr("Key field '{}' was not found in the {}.").format(key, where))

    stats_index = stats_fields.lookupField(stats_key)
    source_index = fields.lookupField(source_key)
    polygon_keys = [normalise_key(feature.attributes()[source_index]) for feature in features]
    shared = sorted({k for k in polygon_keys if k is not None and polygon_keys.count(k) > 1}) \
        if len(set(polygon_keys)) < len(polygon_keys) else []
    if shared:
        if not duplicate_polygons_allowed:
            raise QgsProcessingException(tr(
                "{} key(s) of field '{}' are shared by several polygons, which would each receive the whole table "
                "row: {}. Dissolve or correct them, or choose to warn (parameter 'Polygons sharing one key').")
                .format(len(shared), source_key, list_names(shared)))
        feedback.pushWarning(tr("{} key(s) of field '{}' are shared by several polygons; each receives the whole "
                             "table row: {}.").format(len(shared), source_key, list_names(shared)))

    # Table columns already on the layer (and the key itself) are not joined twice.
    keep = [i for i, f in enumerate(stats_fields) if i != stats_index and fields.lookupField(f.name()) < 0]
    joined_fields = QgsFields()
    for i in keep:
        joined_fields.append(QgsField(stats_fields[i]))
    skipped = [f.name() for i, f in enumerate(stats_fields) if i != stats_index and i not in keep]
    if skipped:
        feedback.pushInfo(tr("Table fields already on the layer were not joined again: {}.").format(", ".join(skipped)))

    table_keys = [row[stats_index] for row in stats_rows.rows]
    unlabelled = UnitFrame(features, fields)
    try:
        indices, report = joins.match_keys(polygon_keys, table_keys, unlabelled.labels)
    except InputError as error:
        if "duplicate keys" in error.template:
            raise QgsProcessingException(tr("The statistics table has duplicate keys in field '{}': {}.").format(
                stats_key, error.values[0])) from None
        raise
    unmatched = report["unmatched_polygons"]
    if unmatched and unmatched_allowed:
        feedback.pushWarning(tr("{} polygon(s) have no row in the statistics table and are left out of the results: "
                             "{}.").format(len(unmatched), list_names(unmatched)))
        kept = [p for p, i in enumerate(indices) if i is not None]
        if not kept:
            raise QgsProcessingException(tr("No polygon has a row in the statistics table (key '{}' → '{}').")
                                         .format(source_key, stats_key))
        features, indices, unmatched = [features[p] for p in kept], [indices[p] for p in kept], []
    joined_rows = [[stats_rows.rows[i][j] for j in keep] if i is not None else [] for i in indices]
    frame = UnitFrame(features, fields, joined_fields, joined_rows)
    frame.table = stats_rows.table
    if unmatched and not report["matched"]:
        raise QgsProcessingException(tr(
            "No polygon matches a row of the statistics table (key '{}' → '{}'): the polygons' keys read e.g. {}, the "
            "table's e.g. {}. Choose the join fields that hold the same codes or names.").format(
            source_key, stats_key, ", ".join(repr(str(k)) for k in polygon_keys[:3]),
            ", ".join(repr(str(k)) for k in table_keys[:3])))
    if unmatched:
        raise QgsProcessingException(
            tr("{} polygon(s) have no row in the statistics table (key '{}' → '{}'): {}.").format(
                len(unmatched), source_key, stats_key, list_names(unmatched)
            )
        )
    if report["unused_rows"]:
        feedback.pushWarning(tr("{} row(s) of the statistics table match no polygon and were ignored: {}.").format(
                len(report["unused_rows"]), list_names(report["unused_rows"])
            )
        )
    feedback.pushInfo(tr("Join report: {} of {} polygons matched to the {} ({} rows) by {} ('{}' → '{}'); unmatched "
                      "polygons: {}; unused table rows: {}.").format(
                          report["matched"], len(features), stats_rows.name, len(stats_rows.rows),
                          tr({"exact": N_("key"), "code": N_("6-digit code"),
                              "name": N_("name without suffix")}[report["method"]]),
                          source_key, stats_key, len(unmatched), len(report["unused_rows"])))
    return frame


def output_fields(frame, result_fields, feedback, drop=()):
    """Input fields + joined table fields + result fields (``[(name, attribute type)]``).

    An input field with the name of a result field (a re-run) is replaced
    by the new result and the user is told. Input fields named in ``drop`` (an earlier run's result that the new
    one supersedes under another name) are left out, and the user is told.
    """
    result_names = {name.lower(): name for name, _ in result_fields}
    dropped_names = {name.lower() for name in drop}
    fields = QgsFields()
    keep_layer, keep_joined, replaced, dropped = [], [], [], []
    for keep, source_fields in ((keep_layer, frame.fields), (keep_joined, frame.joined_fields)):
        for index, field in enumerate(source_fields):
            result = result_names.get(field.name().lower())
            if field.name().lower() in dropped_names:
                dropped.append(field.name())
            elif result is None:
                fields.append(QgsField(field))
                keep.append(index)
            elif result == field.name():
                replaced.append(field.name())  # a result of an earlier run, replaced by the new one
            else:
                # GeoPackage and Shapefile compare field names without case: both cannot be written.
                raise QgsProcessingException(tr(
                    "Input field '{}' and the result field '{}' differ only in case, and GeoPackage and Shapefile "
                    "treat them as one column. Rename the input field (e.g. '{}_in') and run again.").format(
                        field.name(), result, field.name()))
    if replaced:
        feedback.pushWarning(tr("Existing fields replaced by the new results: {}.").format(", ".join(replaced)))
    if dropped:
        feedback.pushWarning(tr("Fields of an earlier run left out, superseded by the new results: {}.").format(
            ", ".join(dropped)))
    for name, qtype in result_fields:
        fields.append(QgsField(name, qtype))
    return fields, keep_layer, keep_joined


def _python_value(value):
    """numpy scalars as Python numbers for QGIS; NaN as NULL."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def write_units(sink, frame, keep_layer, keep_joined, results, feedback, progress_start=70):
    """Append the result columns (``{name: sequence}``, in field order) to each feature and write them, a block of
    features per call of the sink (one crossing into QGIS per block, not per feature)."""
    import numpy as np

    # Each result column as Python values once (numpy scalars → numbers, NaN → NULL), not value by value.
    columns = []
    for column in results.values():
        array = np.asarray(column)
        if array.dtype.kind == "f":
            values = array.tolist()
            columns.append([None if v != v else v for v in values])
        elif array.dtype.kind in "iub":
            columns.append(array.tolist())
        else:
            columns.append([_python_value(v) for v in column])
    n = len(frame.features)
    block = []
    feedback.setProgress(progress_start)
    # Every input field kept in its place (the usual case): the feature read is written with the new values after
    # its own, and its attributes never cross into Python and back.
    whole = keep_layer == list(range(frame.fields.count()))
    for i, feature in enumerate(frame.features):
        joined = frame.joined_rows[i]
        values = [joined[j] if joined else None for j in keep_joined]
        values += [column[i] for column in columns]
        if whole:
            out = QgsFeature(feature)  # shares the geometry and attributes until they change (copy on write)
            out.resizeAttributes(len(keep_layer) + len(values))
            for k, value in enumerate(values, len(keep_layer)):
                out.setAttribute(k, value)
        else:
            attributes = feature.attributes()
            out = QgsFeature()
            out.setGeometry(feature.geometry())
            out.setAttributes([attributes[j] for j in keep_layer] + values)
        block.append(out)
        if len(block) == 256 or i + 1 == n:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled while writing the output."))
            if not sink.addFeatures(block, enums.SINK_FAST_INSERT):
                raise QgsProcessingException(tr("Could not write feature {} to the output {}.").format(
                    frame.labels[i - len(block) + 1], getattr(sink, "name", None) or tr("layer")))
            block = []
            feedback.setProgress(progress_start + (100 - progress_start) * (i + 1) / n)

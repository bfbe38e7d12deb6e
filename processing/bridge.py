"""Layer ⇄ columns plumbing shared by every EcoComp algorithm, written once.

Data flow: feature source (+ optional statistics table joined by key) →
:class:`UnitFrame` (attribute columns, numeric ones as numpy arrays) →
science → result columns appended to the input features → sink.
"""

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)
from ..ecocomp_plugin.errors import list_names
from ..translation import tr

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
    """A QVariant/Python value as float; NULL → NaN; raises ValueError on text that is not a number."""
    if _is_null(value):
        return math.nan
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if not text:
        return math.nan
    return float(text)


class UnitFrame:
    """The attribute columns of the units (regions) an algorithm works on.

    Holds the input features (geometry and attributes, untouched) and, when
    a statistics table is joined, the table's attributes for each unit.
    Column lookups search the polygon layer first, then the joined table.
    """

    def __init__(self, features, fields, joined_fields=None, joined_rows=None):
        self.features = features
        # Each feature's attributes read once: attributes() builds a new list on every call.
        self.rows = [feature.attributes() for feature in features]
        self.fields = fields
        self.joined_fields = joined_fields if joined_fields is not None else QgsFields()
        self.joined_rows = joined_rows if joined_rows is not None else [[] for _ in features]
        self.labels = self._unit_labels()

    def __len__(self):
        return len(self.features)

    def _unit_labels(self):
        for name in LABEL_FIELD_CANDIDATES:
            if self.fields.lookupField(name) >= 0:
                values = self.values(name)
                return ["{} (fid {})".format(v, f.id()) if not _is_null(v) else "fid {}".format(f.id())
                        for v, f in zip(values, self.features)]
        return ["fid {}".format(f.id()) for f in self.features]

    def has_field(self, name):
        return self.fields.lookupField(name) >= 0 or self.joined_fields.lookupField(name) >= 0

    def values(self, name):
        """Raw attribute values of a field, from the layer or the joined table."""
        index = self.fields.lookupField(name)
        if index >= 0:
            return [row[index] for row in self.rows]
        index = self.joined_fields.lookupField(name)
        if index >= 0:
            return [row[index] if row else None for row in self.joined_rows]
        known = [f.name() for f in self.fields] + [f.name() for f in self.joined_fields]
        raise QgsProcessingException(
            tr("Field '{}' was not found in the input layer{}. Available fields: {}.").format(
                name, " or the joined statistics table" if self.joined_fields.count() else "", ", ".join(known)
            )
        )

    def numeric(self, name, what):
        """A numeric column as float array (NULL → NaN, checked later by the science).

        ``what`` says what the field holds, with its unit, for messages.
        Text that does not read as a number is refused, naming the unit and value.
        """
        import numpy as np  # imported on first use: QGIS start-up stays light

        raw = self.values(name)
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


def read_features(source, context, feedback, progress_share=20):
    """All features of a source, applying the user's invalid-geometry setting ourselves.

    QGIS's own check throws a C++ exception from inside the feature iterator,
    which corrupts the Python interpreter when Python is the one iterating
    (QGIS 3.22: the next algorithm run segfaults). So the source is read with
    that check off and the context's rule applied here: stop with a message
    naming the feature (QGIS's default), skip it with a warning, or keep it.
    """
    rule = context.invalidGeometryCheck()
    total = source.featureCount() or 1
    features, skipped = [], []
    iterator = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    for i, feature in enumerate(iterator):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled while reading the input layer."))
        geometry = feature.geometry()
        if rule != QgsFeatureRequest.GeometryNoCheck and not geometry.isNull() and not geometry.isGeosValid():
            if rule == QgsFeatureRequest.GeometryAbortOnInvalid:
                raise QgsProcessingException(
                    tr("Feature ({}) of the input layer has an invalid geometry ({}). Repair it (e.g. with "
                    "'Fix geometries'), or set Processing's 'Invalid features filtering' to skip or ignore "
                    "invalid features.").format(feature.id(), geometry.lastError() or "not valid"))
            skipped.append(str(feature.id()))
            continue
        features.append(QgsFeature(feature))
        feedback.setProgress(progress_share * i / total)
    if skipped:
        feedback.pushWarning("Skipped {} feature(s) with invalid geometry: fid {}.".format(
            len(skipped), list_names(skipped)))
    return features


def read_units(source, context, feedback, stats_source=None, source_key=None, stats_key=None,
               duplicate_polygons_allowed=False):
    """Read a feature source (and optional statistics table joined by key) into a :class:`UnitFrame`.

    Every polygon must find its row in the table: unmatched polygon keys
    and duplicated table keys are refused, listed by value; table rows that
    match no polygon are reported as a warning.
    """
    features = read_features(source, context, feedback)
    if not features:
        raise QgsProcessingException(tr("The input layer has no features."))
    fields = source.fields()
    if stats_source is None:
        return UnitFrame(features, fields)
    if not source_key or not stats_key:
        raise QgsProcessingException(
            tr("A statistics table is given: choose the key field of the polygons and the key field of the table.")
        )
    for key, where, flds in ((source_key, "input layer", fields), (stats_key, "statistics table", stats_source.fields())):
        if flds.lookupField(key) < 0:
            raise QgsProcessingException(tr("Key field '{}' was not found in the {}.").format(key, where))

    stats_fields = stats_source.fields()
    stats_index = stats_fields.lookupField(stats_key)
    rows = {}
    duplicates = []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    for row in stats_source.getFeatures(request):
        key = normalise_key(row.attributes()[stats_index])
        if key is None:
            continue
        if key in rows:
            duplicates.append(key)
        rows[key] = row.attributes()
    if duplicates:
        raise QgsProcessingException(
            tr("The statistics table has duplicate keys in field '{}': {}.").format(
                stats_key, list_names(sorted(set(duplicates))))
        )

    # Table columns already on the layer (and the key itself) are not joined twice.
    keep = [i for i, f in enumerate(stats_fields) if i != stats_index and fields.lookupField(f.name()) < 0]
    joined_fields = QgsFields()
    for i in keep:
        joined_fields.append(QgsField(stats_fields[i]))
    skipped = [f.name() for i, f in enumerate(stats_fields) if i != stats_index and i not in keep]
    if skipped:
        feedback.pushInfo("Table fields already on the layer were not joined again: {}.".format(", ".join(skipped)))

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
        feedback.pushWarning("{} key(s) of field '{}' are shared by several polygons; each receives the whole "
                             "table row: {}.".format(len(shared), source_key, list_names(shared)))
    joined_rows, unmatched, used = [], [], set()
    for feature in features:
        key = normalise_key(feature.attributes()[source_index])
        row = rows.get(key)
        if row is None:
            unmatched.append(str(key))
            joined_rows.append([])
        else:
            used.add(key)
            joined_rows.append([row[i] for i in keep])
    frame = UnitFrame(features, fields, joined_fields, joined_rows)
    if unmatched:
        names = [frame.labels[i] for i, r in enumerate(joined_rows) if not r]
        raise QgsProcessingException(
            tr("{} polygon(s) have no row in the statistics table (key '{}' → '{}'): {}.").format(
                len(unmatched), source_key, stats_key, list_names(names)
            )
        )
    unused = sorted(set(rows) - used)
    if unused:
        feedback.pushWarning(
            "{} row(s) of the statistics table match no polygon and were ignored: {}.".format(
                len(unused), list_names(unused)
            )
        )
    feedback.pushInfo("Joined {} of {} table rows to {} polygons by key.".format(len(used), len(rows), len(features)))
    return frame


def output_fields(frame, result_fields, feedback):
    """Input fields + joined table fields + result fields (``[(name, QVariant type)]``).

    An input field with the name of a result field (a re-run) is replaced
    by the new result and the user is told.
    """
    result_names = {name.lower(): name for name, _ in result_fields}
    fields = QgsFields()
    keep_layer, keep_joined, replaced = [], [], []
    for keep, source_fields in ((keep_layer, frame.fields), (keep_joined, frame.joined_fields)):
        for index, field in enumerate(source_fields):
            result = result_names.get(field.name().lower())
            if result is None:
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
        feedback.pushWarning("Existing fields replaced by the new results: {}.".format(", ".join(replaced)))
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
    """Append the result columns (``{name: sequence}``, in field order) to each feature and write it."""
    columns = list(results.values())
    n = len(frame.features)
    for i, feature in enumerate(frame.features):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled while writing the output."))
        attributes = frame.rows[i]
        joined = frame.joined_rows[i]
        values = [attributes[j] for j in keep_layer]
        values += [joined[j] if joined else None for j in keep_joined]
        values += [_python_value(column[i]) for column in columns]
        out = QgsFeature()
        out.setGeometry(feature.geometry())
        out.setAttributes(values)
        if not sink.addFeature(out, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(tr("Could not write feature {} to the output.").format(frame.labels[i]))
        feedback.setProgress(progress_start + (100 - progress_start) * (i + 1) / n)

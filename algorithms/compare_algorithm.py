"""ecocomp:compare — change between two studies of the same units (docs/methods.md, “Change between two studies”)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..translation import N_, tr
from .algorithm import BeyondPapersAlgorithm
from . import qgis_enums as enums
from .map_texts import money_base
from .qgis_api import parameter_as_fields


HELP = N_(
    "<p>What changed between two result layers of the same units — two study years (e.g. 2012 and 2017) "
    "or two scenarios — joined by their key. Not from the papers.</p>"
    "<ul><li>Every compared numeric field f: <i>f</i>_before, <i>f</i>_after, <i>f</i>_change = after − "
    "before (the field's unit) and <i>f</i>_change_pct = 100 · change / |before| (%, empty where before is "
    "0); the field chosen for the map also as <b>change</b>, styled red (down) to blue (up).</li>"
    "<li>Units that switched compensation role (payer ↔ receiver), zone or priority level: the before and "
    "after values and a switch column; a transition table counts the units from each class to each "
    "class (from-zone × to-zone and the same for roles and levels).</li>"
    "<li>Units present in only one layer are listed by key in the log and in a table, never dropped "
    "silently.</li></ul>"
    "<p>The output has the second layer's geometry. Fields with a money unit must be in the same unit in "
    "both layers (the same field name).</p>")


class CompareAlgorithm(BeyondPapersAlgorithm):
    METHODS_SECTION = N_("Change between two studies")
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    KEY_FIELD = "KEY_FIELD"
    NAME_FIELD = "NAME_FIELD"
    FIELDS = "FIELDS"
    MAP_FIELD = "MAP_FIELD"
    ROLE_FIELD = "ROLE_FIELD"
    ZONE_FIELD = "ZONE_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    BEFORE_LABEL = "BEFORE_LABEL"
    AFTER_LABEL = "AFTER_LABEL"
    OUTPUT_TRANSITIONS = "OUTPUT_TRANSITIONS"
    OUTPUT_UNMATCHED = "OUTPUT_UNMATCHED"
    CLASSES = (("role", ROLE_FIELD), ("zone", ZONE_FIELD), ("level", LEVEL_FIELD))
    CLASS_NAMES = {"role": N_("compensation role"), "zone": N_("compensation zone"), "level": N_("priority level")}

    def name(self):
        return "compare"

    def displayName(self):
        return self.tr("Change between two studies")

    def shortHelpString(self):
        return self.tr(HELP)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.BEFORE, self.tr("First study (before, e.g. 2012)"), [enums.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.AFTER, self.tr("Second study (after, e.g. 2017)"), [enums.SOURCE_POLYGON]))
        self.add_geometry_rule()  # the output has the second study's polygons
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, self.tr("Unit key in both layers (e.g. adcode)"), defaultValue="adcode",
            parentLayerParameterName=self.AFTER))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Unit names"), defaultValue="name", parentLayerParameterName=self.AFTER,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FIELDS, self.tr("Numeric fields to compare (empty: all in both)"),
            parentLayerParameterName=self.AFTER, type=enums.FIELD_NUMERIC, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.MAP_FIELD, self.tr("Field whose change is mapped"), defaultValue="payment",
            parentLayerParameterName=self.AFTER, type=enums.FIELD_NUMERIC, optional=True))
        for name, description, default in (
                (self.ROLE_FIELD, self.tr("Compensation role"), "role"),
                (self.ZONE_FIELD, self.tr("Compensation zone"), "zone"),
                (self.LEVEL_FIELD, self.tr("Priority level"), "level")):
            self.addParameter(QgsProcessingParameterField(
                name, description, defaultValue=default, parentLayerParameterName=self.AFTER, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BEFORE_LABEL, self.tr("Name of the first study (e.g. 2012)"), defaultValue="before"))
        self.addParameter(QgsProcessingParameterString(
            self.AFTER_LABEL, self.tr("Name of the second study (e.g. 2017)"), defaultValue="after"))
        self.add_output(self.tr("Change per unit"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRANSITIONS, self.tr("Transitions (from × to counts)"), type=enums.SOURCE_VECTOR,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_UNMATCHED, self.tr("Units in only one study"), type=enums.SOURCE_VECTOR, optional=True,
            createByDefault=True))
        for name, description in (("UNITS_COMPARED", self.tr("Units in both studies")),
                                  ("ONLY_BEFORE", self.tr("Units only in the first study")),
                                  ("ONLY_AFTER", self.tr("Units only in the second study")),
                                  ("ROLE_SWITCHES", self.tr("Units that switched role"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science import compare
        from ..ecocomp_science.errors import list_names

        pair = StudyPair(self, parameters, context, feedback)
        pairs, only_before, only_after = compare.match_units(pair.keys_before, pair.keys_after)
        if not pairs:
            raise QgsProcessingException(tr("No unit is in both layers by key '{}': e.g. {!r} in the first and {!r} "
                                            "in the second.").format(pair.key, pair.keys_before[:1],
                                                                     pair.keys_after[:1]))
        labels = (self.parameterAsString(parameters, self.BEFORE_LABEL, context) or "before",
                  self.parameterAsString(parameters, self.AFTER_LABEL, context) or "after")
        if only_before or only_after:
            feedback.pushWarning(tr("Units in only one study (see the table of unmatched units): {} only in {}: {}; "
                                    "{} only in {}: {}.").format(len(only_before), labels[0], list_names(only_before),
                                                                 len(only_after), labels[1], list_names(only_after)))
        feedback.pushInfo(tr("{} units in both studies ({} → {}).").format(len(pairs), *labels))
        feedback.setProgress(30)
        chosen, classes, map_field = pair.fields(parameter_as_fields(self, parameters, self.FIELDS, context))
        ib, ia = [p[0] for p in pairs], [p[1] for p in pairs]
        values = {}
        for number, field in enumerate(chosen):
            values[field] = (pair.numbers(True, field, ib), pair.numbers(False, field, ia))
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
            feedback.setProgress(30 + 30 * (number + 1) / max(1, len(chosen)))
        values.update(pair.money_pairs(ib, ia, feedback))  # one quantity in 元 in one study, 万元 in the other
        compare.check_units(values)
        missing = compare.missing_counts(values)
        if missing:
            feedback.pushWarning(tr("Units without a value (NULL, NaN or infinite) in one of the studies, whose change "
                                    "is left empty: {}.").format(", ".join("{} {}".format(f, n)
                                                                           for f, n in missing.items())))
        results = compare.field_changes(values, map_field)
        if map_field and map_field not in chosen:
            results["change"] = compare.field_changes({map_field: (
                pair.numbers(True, map_field, ib), pair.numbers(False, map_field, ia))})[map_field + "_change"]
        transitions, texts, switches = compare.class_changes({
            what: (pair.values(True, field, ib), pair.values(False, field, ia)) for what, field in classes.items()})
        for what, field in classes.items():
            feedback.pushInfo(tr("{} unit(s) changed {} (field '{}').").format(switches[what],
                                                                               tr(self.CLASS_NAMES[what]), field))
        feedback.setProgress(70)
        dest_id = write_change(self, parameters, context, pair.after, pair.features_after, ia, pair.key,
                                    pair.keys_after, results, texts, feedback)
        outputs = {self.OUTPUT: dest_id, "UNITS_COMPARED": len(pairs), "ONLY_BEFORE": len(only_before),
                   "ONLY_AFTER": len(only_after), "ROLE_SWITCHES": switches.get("role", 0)}
        transitions_id = self.write_table(self.OUTPUT_TRANSITIONS, (
            ("class", enums.FIELD_STRING), ("from_" + self.safe(labels[0]), enums.FIELD_STRING),
            ("to_" + self.safe(labels[1]), enums.FIELD_STRING), ("units", enums.FIELD_INT)), transitions)
        if transitions_id is not None:
            outputs[self.OUTPUT_TRANSITIONS] = transitions_id
        unmatched_id = self.write_table(self.OUTPUT_UNMATCHED, (("key", enums.FIELD_STRING),
                                                                ("only_in", enums.FIELD_STRING)),
                                        [(k, labels[0]) for k in only_before] + [(k, labels[1]) for k in only_after])
        if unmatched_id is not None:
            outputs[self.OUTPUT_UNMATCHED] = unmatched_id
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def safe(label):
        import re

        return re.sub(r"\W+", "_", label).strip("_") or "study"


class StudyPair:
    """The two studies compared by ecocomp:compare: their layers, features and unit keys, and their fields read as
    numbers or values of the matched units."""

    def __init__(self, algorithm, parameters, context, feedback):
        from qgis.core import QgsProcessingFeatureSource

        from ..ecocomp_science.report import group_label
        from .bridge import read_features

        self.algorithm, self.parameters, self.context = algorithm, parameters, context
        self.before = algorithm.parameterAsVectorLayer(parameters, algorithm.BEFORE, context)
        self.after = algorithm.parameterAsVectorLayer(parameters, algorithm.AFTER, context)
        for name, layer in ((algorithm.BEFORE, self.before), (algorithm.AFTER, self.after)):
            if layer is None:
                raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
        self.key = algorithm.parameterAsString(parameters, algorithm.KEY_FIELD, context)
        for layer in (self.before, self.after):
            if layer.fields().lookupField(self.key) < 0:
                raise QgsProcessingException(tr("Field '{}' was not found in layer(s) {}.").format(
                    self.key, "'{}'".format(layer.name())))
        self.features_before = list(self.before.getFeatures(
            QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY)))
        # the second study's polygons go to the output: EcoComp's invalid-geometry rule (stop by default)
        self.features_after = read_features(QgsProcessingFeatureSource(self.after, context),
                                            algorithm.geometry_rule(parameters, context, feedback), feedback)
        self.keys_before = ["" if k == "(none)" else k for k in (
            group_label(v) for v in self.values(True, self.key, range(len(self.features_before))))]
        self.keys_after = ["" if k == "(none)" else k for k in (
            group_label(v) for v in self.values(False, self.key, range(len(self.features_after))))]

    def values(self, first, field, rows):
        """The values of ``field`` in the ``rows`` of the first (``first``) or the second study."""
        layer, features = (self.before, self.features_before) if first else (self.after, self.features_after)
        index = layer.fields().lookupField(field)
        return [features[row].attributes()[index] for row in rows]

    def numbers(self, first, field, rows):
        """``field`` as numbers (NULL → NaN); text that is no number is refused, naming the unit."""
        import numpy as np

        from .bridge import to_number

        layer, keys = (self.before, self.keys_before) if first else (self.after, self.keys_after)
        out = []
        for unit, value in zip(rows, self.values(first, field, rows)):
            try:
                out.append(to_number(value))
            except (TypeError, ValueError):
                raise QgsProcessingException(tr("Field '{}' of layer '{}' holds text ({!r}) for unit {}, not a "
                                                "number.").format(field, layer.name(), str(value), keys[unit])) from None
        return np.array(out, dtype=float)

    def choice(self, name):
        """The field chosen for ``name`` if both layers have it; a default name neither has is skipped."""
        value = self.algorithm.parameterAsString(self.parameters, name, self.context)
        if not value:
            return None
        missing = [layer.name() for layer in (self.before, self.after) if layer.fields().lookupField(value) < 0]
        if missing:
            if value == self.algorithm.parameterDefinition(name).defaultValue():
                return None
            raise QgsProcessingException(tr("Field '{}' was not found in layer(s) {}.").format(
                value, ", ".join("'{}'".format(m) for m in missing)))
        return value

    def check_levels(self, field):
        """Priority levels are numbers in both studies: text (e.g. the administrative level 区县) is refused."""
        from .bridge import to_number

        for first, layer in ((True, self.before), (False, self.after)):
            for value in self.values(first, field, range(len(self.features_before if first else self.features_after))):
                try:
                    to_number(value)
                except (TypeError, ValueError):
                    raise QgsProcessingException(tr(
                        "Field '{}' of layer '{}' holds text ({!r}), not priority levels: choose the priority level "
                        "field (Priority level), or none.").format(field, layer.name(), str(value))) from None

    def money_pairs(self, rows_before, rows_after, feedback):
        """{name: (before, after) in CNY} of the money results that carry different unit suffixes in the two studies
        (esv_total in 元 in one, esv_total_10k_cny in 万元 in the other): compared in CNY under the plain name."""

        def money(layer):
            found = {}
            for f in layer.fields():
                if f.isNumeric():
                    base, unit = money_base(f.name())
                    found.setdefault(base, (f.name(), unit))
            return found

        before, after = money(self.before), money(self.after)
        out = {}
        for base, (name_after, unit_after) in after.items():
            name_before, unit_before = before.get(base, (None, None))
            if name_before is None or name_before == name_after or unit_before[2] == unit_after[2]:
                continue
            out[base] = (self.numbers(True, name_before, rows_before) * unit_before[2],
                         self.numbers(False, name_after, rows_after) * unit_after[2])
            feedback.pushInfo(tr("'{}' of the first study and '{}' of the second compared in CNY as '{}'.").format(
                name_before, name_after, base))
        return out

    def fields(self, chosen):
        """(numeric fields compared — the chosen ones, or every numeric field both layers have —, the class fields
        {role/zone/level: field}, the field whose change is mapped)."""
        before, after = self.before, self.after
        if chosen:
            # a money result under another unit suffix in the other study is compared in CNY (money_pairs)
            partners = {money_base(f.name())[0] for f in before.fields()} & \
                {money_base(f.name())[0] for f in after.fields()}
            chosen = [f for f in chosen if not (money_base(f)[0] in partners and (
                before.fields().lookupField(f) < 0 or after.fields().lookupField(f) < 0))]
            for field in chosen:
                if before.fields().lookupField(field) < 0 or after.fields().lookupField(field) < 0:
                    raise QgsProcessingException(tr("Field '{}' was not found in layer(s) {}.").format(
                        field, "'{}'".format(before.name() if before.fields().lookupField(field) < 0
                                             else after.name())))
        else:
            chosen = [f.name() for f in after.fields() if f.isNumeric() and f.name() not in (self.key, "fid")
                      and before.fields().lookupField(f.name()) >= 0
                      and before.fields()[before.fields().lookupField(f.name())].isNumeric()]
        classes = {}
        for what, parameter in self.algorithm.CLASSES:
            field = self.choice(parameter)
            if field is not None:
                classes[what] = field
        if "level" in classes:  # an administrative level (区县, 地级市) is no priority level
            self.check_levels(classes["level"])
        chosen = [field for field in chosen if field not in classes.values()]  # compared as classes
        return chosen, classes, self.choice(self.algorithm.MAP_FIELD)


def write_change(algorithm, parameters, context, after, features, rows, key, keys, results, texts, feedback):
    """The units of the second study with every change column and class switch (OUTPUT)."""
    fields = QgsFields()
    fields.append(QgsField(key, enums.FIELD_STRING))
    name_field = algorithm.parameterAsString(parameters, algorithm.NAME_FIELD, context)
    has_name = bool(name_field) and after.fields().lookupField(name_field) >= 0 and name_field != key
    if has_name:
        fields.append(QgsField(name_field, enums.FIELD_STRING))
    for name in results:
        fields.append(QgsField(name, enums.FIELD_DOUBLE))
    for name in texts:
        fields.append(QgsField(name, enums.FIELD_STRING))
    sink, dest_id = algorithm.staging.sink(algorithm.OUTPUT, fields, after.wkbType(), after.crs())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, algorithm.OUTPUT))
    for position, row in enumerate(rows):
        source = features[row]
        feature = QgsFeature(fields)
        feature.setGeometry(source.geometry())
        values = [keys[row]] + ([None if source[name_field] is None else str(source[name_field])]
                                if has_name else [])
        values += [column[position] for column in results.values()]
        values += [column[position] for column in texts.values()]
        feature.setAttributes(values)
        sink.addFeature(feature, enums.SINK_FAST_INSERT)
        if position % 50 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
            feedback.setProgress(70 + 25 * position / len(rows))
    if "change" in results:
        from .styling import StyleOnLoad

        StyleOnLoad.attach(context, dest_id, "change", algorithm.tr("Change between two studies"))
    return dest_id

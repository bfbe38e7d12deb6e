"""What an algorithm writes: the units with their result fields (staged, algorithms/outputs.py), tables without
geometry, and money in the unit the analyst chose. Mixed into EcoCompAlgorithm."""

from qgis.core import QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink

from ..translation import tr
from .bridge import output_fields, write_units
from .styling import StyleOnLoad
from . import qgis_enums as enums


class ResultOutputs:
    """Outputs of the units (``self.OUTPUT``, ``self.staging`` are EcoCompAlgorithm's)."""

    MONEY_UNIT = "MONEY_UNIT"

    MONEY_UNITS = ("CNY", "10k CNY", "100M CNY")

    def add_money_unit(self):
        """Unit of the money outputs: CNY (default, the papers'), 10,000 CNY or 100 million CNY."""
        from ..ecocomp_science import units

        self.addParameter(QgsProcessingParameterEnum(
            self.MONEY_UNIT, self.tr("Unit of the money results"),
            options=[self.tr(units.find_unit("money", key)[1]) for key in self.MONEY_UNITS], defaultValue=0))

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
        feedback.pushInfo(tr("Money results in {} (÷ {}): {}.").format(tr(unit[1]), units.format_factor(unit[2]), ", ".join(
            name + suffix for name in results if name in money_fields)))
        return converted

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

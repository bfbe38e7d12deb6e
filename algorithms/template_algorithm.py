"""ecocomp:statstemplate — an empty statistics table with the columns a chain needs, for the analyst to fill in."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ..translation import tr
from .algorithm import EcoCompAlgorithm
from . import qgis_enums as enums

CHAINS = ("chain", "zoning", "all")


class StatisticsTemplateAlgorithm(EcoCompAlgorithm):
    KEY_FIELD = "KEY_FIELD"
    NAME_FIELD = "NAME_FIELD"
    CHAIN = "CHAIN"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_CSV = "OUTPUT_CSV"

    def name(self):
        return "statstemplate"

    def displayName(self):
        return self.tr("Statistics template to fill in (XLSX, CSV)")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "data"

    def shortHelpString(self):
        return self.tr(
            "<p>Writes an empty statistics table with exactly the columns the chosen chain needs — headers in "
            "Chinese and English with their units in brackets, e.g. <i>常住人口 population (万人)</i> — and one row "
            "per polygon with its code and name already filled in. Fill it from the yearbook in the units of the "
            "headers (or change a header's unit) and give it to the algorithms or the workflow panel as the "
            "statistics table: the units are read from the headers and converted, and the codes join.</p>"
            "<p>XLSX (sheet <i>statistics</i>, with a <i>notes</i> sheet) and CSV (UTF-8 with BOM, which Excel "
            "opens correctly).</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Units (county / prefecture / province polygons)"),
            [enums.SOURCE_POLYGON]))
        self.add_geometry_rule()
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, self.tr("Code field of the polygons (e.g. adcode)"), "adcode",
            parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field of the polygons"), "name", parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CHAIN, self.tr("Columns for"),
            options=[self.tr("ESV → footprint → priority → payment"), self.tr("ESV → footprint → dual zoning"),
                     self.tr("All methods")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, self.tr("Template (XLSX)"), self.tr("Excel workbook (*.xlsx)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, self.tr("Template (CSV)"), self.tr("CSV (*.csv)"), optional=True))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science import tables
        from .bridge import read_features

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        key = self.parameterAsString(parameters, self.KEY_FIELD, context)
        name = self.parameterAsString(parameters, self.NAME_FIELD, context)
        fields = source.fields()
        for field in (key, name):
            if field and fields.lookupField(field) < 0:
                raise QgsProcessingException(tr("Field '{}' was not found in the input layer. Available fields: {}.")
                                             .format(field, ", ".join(fields.names())))
        features = read_features(source, self.geometry_rule(parameters, context, feedback), feedback)
        if not features:
            raise QgsProcessingException(tr("The input layer has no features."))
        rows = [(f[key], f[name] if name else "") for f in features]
        rows = [("" if code is None or (hasattr(code, "isNull") and code.isNull()) else str(code),
                 "" if label is None or (hasattr(label, "isNull") and label.isNull()) else str(label))
                for code, label in rows]
        empty = [str(i + 1) for i, (code, _) in enumerate(rows) if not code.strip()]
        if empty:
            feedback.pushWarning(tr("{} unit(s) have no code in field '{}' (features {}): their rows cannot be joined "
                                    "back by code.").format(len(empty), key, ", ".join(empty[:10])))
        from ..ecocomp_science.joins import duplicate_keys

        repeated = duplicate_keys([code for code, _ in rows if code.strip()])
        if repeated:
            feedback.pushWarning(tr("{} code(s) of field '{}' belong to several features (e.g. parts of a multipart "
                                    "unit): {}. The template has one row per feature; dissolve by '{}' first for one "
                                    "row per unit.").format(len(repeated), key, ", ".join(repeated[:10]), key))
        header = tables.template_header(CHAINS[self.parameterAsEnum(parameters, self.CHAIN, context)])
        xlsx = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context) \
            if parameters.get(self.OUTPUT_XLSX) else ""
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context) \
            if parameters.get(self.OUTPUT_CSV) else ""
        if not xlsx and not csv_path:
            raise QgsProcessingException(tr("Choose where to write the template (XLSX, CSV or both)."))
        for path, extension in ((xlsx, ".xlsx"), (csv_path, ".csv")):
            if path and os.path.splitext(path)[1].lower() != extension:
                raise QgsProcessingException(tr("The template file {} must end in {}.").format(path, extension))
        feedback.setProgress(50)
        tables.write_template(header, rows, self.staging.file(xlsx) if xlsx else None,
                              self.staging.file(csv_path) if csv_path else None)
        feedback.pushInfo(tr("Template with {} columns and {} units: {}.").format(
            len(header), len(rows), ", ".join(header)))
        results = {}
        if xlsx:
            results[self.OUTPUT_XLSX] = xlsx
        if csv_path:
            results[self.OUTPUT_CSV] = csv_path
        return results

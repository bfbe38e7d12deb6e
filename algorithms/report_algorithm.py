"""ecocomp:report — one PDF (and the same tables as XLSX) of a compensation run.

Cover with the study area and the parameters used; the payment, ESV and zone maps (drawn by ecocomp:mapimage, so
they follow the same map conventions); summary tables by role, zone, main-functional-area type and prefecture; the
largest payers and receivers; a bar chart of the amounts and a chart of the priority levels; the formulas and
sources from docs/methods.md; optionally an atlas page per prefecture. English or Simplified Chinese, whatever
QGIS's own language.
"""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..translation import N_, qgis_language, tr
from .map_algorithm import LayoutAlgorithm
from . import qgis_enums as enums
# The layout engine and the report's content are their own modules; their names stay importable from here.
from .report_book import BOTTOM, MARGIN, PAGE_H, PAGE_W, ROW_MM, TOP, ReportBook, text_width  # noqa: F401
from .report_content import (  # noqa: F401
    MONEY_KEYS, PLUGIN_DIR, QuietSteps, ReportOptions, ReportReader, ReportWriter, field_divisor, study_area, version,
    write_report)

#: The algorithm's help (HTML), translated when shown.
HELP = N_(
    "<p>Writes one PDF report of a compensation run — and the same tables as an XLSX workbook — from the "
    "output of ecocomp:payment (and, optionally, of ecocomp:dualzoning): a cover with the study area, the "
    "totals and the parameters used (the fields, the ranges of R, G and eoi, the method); the maps of the "
    "compensation amount, the ESV and the zones; summary tables by compensation role, zone, "
    "main-functional-area type and prefecture; the largest payers and receivers; a bar chart of the "
    "amounts of all units and a chart of the units per priority level; the formulas and sources from "
    "docs/methods.md. With the atlas option, one page per prefecture with its map and its units.</p>"
    "<p>Every number is a sum, count or copy of the layer's own amounts P (&gt; 0 receives, &lt; 0 pays), "
    "converted into the money unit chosen for the report (元, 万元 or 亿元); a money field that EcoComp "
    "wrote in 万元 or 亿元 (name ending _10k_cny, _100m_cny) is read in its unit.</p>"
    "<p>The report is written in English or Simplified Chinese, whatever QGIS's language; in Chinese the "
    "fields <i>name</i>_zh (e.g. mfa_type_zh, zone_label_zh) are used for group names when the layer has "
    "them. The maps follow ecocomp:mapimage (Albers projection, national base with the South China Sea "
    "inset, north arrow, scale bar); to publish, give the standard map's layers and its approval number "
    "(审图号).</p>"
)


class ReportAlgorithm(LayoutAlgorithm):
    """ecocomp:report's parameters, read into the plain values algorithms/report_content.py writes the report from."""

    METHODS_SECTION = N_("Compensation amount")
    AMOUNT_FIELD = "AMOUNT_FIELD"
    NAME_FIELD = "NAME_FIELD"
    KEY_FIELD = "KEY_FIELD"
    ROLE_FIELD = "ROLE_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    PREFECTURE_FIELD = "PREFECTURE_FIELD"
    ESV_FIELD = "ESV_FIELD"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    LANGUAGE = "LANGUAGE"
    TABLE_UNIT = "TABLE_UNIT"
    TITLE = "TITLE"
    METHOD_NOTE = "METHOD_NOTE"
    NOTE = "NOTE"
    BASE_LAYER = "BASE_LAYER"
    SCS_LAYER = "SCS_LAYER"
    ATLAS = "ATLAS"
    DPI = "DPI"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    PAGES = "PAGES"

    def name(self):
        return "report"

    def displayName(self):
        return self.tr("Report of a compensation run (PDF, XLSX)")

    def shortHelpString(self):
        return self.tr(HELP)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Compensation result (output of ecocomp:payment)"), [enums.SOURCE_POLYGON]))

        def field(name, description, default, optional=True, numeric=False):
            self.addParameter(QgsProcessingParameterField(
                name, description, defaultValue=default, parentLayerParameterName=self.INPUT, optional=optional,
                type=enums.FIELD_NUMERIC if numeric else enums.FIELD_ANY))

        field(self.AMOUNT_FIELD, self.tr("Compensation amount P (CNY; > 0 receives)"), "payment", False, True)
        field(self.NAME_FIELD, self.tr("Unit names"), "name", False)
        field(self.ROLE_FIELD, self.tr("Compensation role (empty: sign of P)"), "role")
        field(self.LEVEL_FIELD, self.tr("Priority level"), "level")
        field(self.TYPE_FIELD, self.tr("Main-functional-area type"), "mfa_type")
        field(self.PREFECTURE_FIELD, self.tr("Prefecture (for totals and the atlas)"), "city")
        field(self.ESV_FIELD, self.tr("ESV to map (CNY)"), "esv_total", numeric=True)
        field(self.KEY_FIELD, self.tr("Join field to the zones (e.g. adcode)"), "adcode")
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones (output of ecocomp:dualzoning, optional)"), [enums.SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone field of the zones layer"), defaultValue="zone",
            parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language of the report"),
            options=[self.tr("QGIS's language"), "English", "简体中文"], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.TABLE_UNIT, self.tr("Money unit of the report"),
            options=[self.tr(N_("CNY (元)")), self.tr(N_("10,000 CNY (万元)")), self.tr(N_("100 million CNY (亿元)"))],
            defaultValue=2))  # 亿元, as officials read provincial amounts (137.68 亿元)
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Study area (cover; empty: the units' province)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.METHOD_NOTE, self.tr("Method and parameters (cover)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Source note of the maps (empty: base map and data)"), optional=True))
        self.add_publication()
        self.addParameter(QgsProcessingParameterBoolean(
            self.ATLAS, self.tr("Atlas: one page per prefecture"), defaultValue=False))
        advanced = [
            QgsProcessingParameterVectorLayer(
                self.BASE_LAYER, self.tr("National base: provinces (empty: demonstration base)"),
                [enums.SOURCE_POLYGON], optional=True),
            QgsProcessingParameterVectorLayer(
                self.SCS_LAYER, self.tr("South China Sea line (empty: the shipped one)"), [enums.SOURCE_LINE],
                optional=True),
            QgsProcessingParameterNumber(
                self.DPI, self.tr("Resolution of maps and charts (dots per inch)"), type=enums.NUMBER_INTEGER,
                minValue=72, maxValue=600, defaultValue=200),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | enums.PARAMETER_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report (PDF)"), self.tr("PDF document (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, self.tr("Tables of the report (XLSX)"), self.tr("Excel workbook (*.xlsx)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages of the report")))

    # ------------------------------------------------------------------ running

    def options(self, parameters, context, code):
        """The report's other choices, read from the parameters."""
        def text(name):
            return self.parameterAsString(parameters, name, context)

        return ReportOptions(
            code=code, unit_index=self.parameterAsEnum(parameters, self.TABLE_UNIT, context),
            atlas=self.parameterAsBool(parameters, self.ATLAS, context),
            dpi=self.parameterAsInt(parameters, self.DPI, context), title=text(self.TITLE), author=text(self.AUTHOR),
            method_note=text(self.METHOD_NOTE), approval=text(self.APPROVAL), note=text(self.NOTE),
            base_layer=None if text(self.NOTE) else self.parameterAsVectorLayer(parameters, self.BASE_LAYER, context),
            map_layers={name: parameters.get(name) for name in (self.BASE_LAYER, self.SCS_LAYER)},
            label_field=text(self.NAME_FIELD), esv_field=text(self.ESV_FIELD),
            zones=self.parameterAsVectorLayer(parameters, self.ZONES, context),
            zone_field=text(self.ZONE_FIELD) or "zone")

    def compute(self, parameters, context, feedback):
        code = ["", "en", "zh_CN"][self.parameterAsEnum(parameters, self.LANGUAGE, context)] or qgis_language()
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if os.path.splitext(path)[1].lower() != ".pdf":
            raise QgsProcessingException(tr("The report is written as PDF: give the output file the extension .pdf "
                                            "({} was given).").format(path))
        xlsx = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        if xlsx and os.path.splitext(xlsx)[1].lower() != ".xlsx":
            raise QgsProcessingException(tr("The report's tables are written as XLSX: give the output file the "
                                            "extension .xlsx ({} was given).").format(xlsx))
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if layer.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{}' has no features: there is nothing to report.")
                                         .format(layer.name()))
        # The data are read and checked in QGIS's language (its messages are the analyst's); the report's own
        # text, maps included, in the report's language (write_report).
        options = self.options(parameters, context, code)
        prepared = ReportReader(layer, chosen_fields(self, layer, parameters, context, code), options).prepare(feedback)
        pages = write_report(layer, options, prepared, context, feedback, self.staging, path, xlsx)
        results = {self.OUTPUT: path, self.PAGES: pages}
        if xlsx:
            results[self.OUTPUT_XLSX] = xlsx
        feedback.pushInfo(tr("Report of {} pages written to {}.").format(results[self.PAGES], path))
        return results


def chosen_fields(algorithm, layer, parameters, context, code):
    """The report's fields of ``layer``: None for one not given, or optional and left at its default name which the
    layer lacks; in Chinese the *_zh variant of the group names' fields where the layer has it."""
    fields = layer.fields()

    def chosen(name, zh_variant=False):
        value = algorithm.parameterAsString(parameters, name, context)
        if not value:
            return None
        if fields.lookupField(value) < 0:
            if value == algorithm.parameterDefinition(name).defaultValue() and \
                    algorithm.parameterDefinition(name).flags() & enums.PARAMETER_OPTIONAL:
                return None  # an optional field left at its default name, which this layer lacks
            raise QgsProcessingException(tr("Field '{}' was not found in layer '{}'.").format(value, layer.name()))
        if zh_variant and code == "zh_CN" and fields.lookupField(value + "_zh") >= 0:
            return value + "_zh"
        return value

    return {"amount": chosen(algorithm.AMOUNT_FIELD), "names": chosen(algorithm.NAME_FIELD),
            "role": chosen(algorithm.ROLE_FIELD), "level": chosen(algorithm.LEVEL_FIELD),
            "area_type": chosen(algorithm.TYPE_FIELD, True), "prefecture": chosen(algorithm.PREFECTURE_FIELD, True),
            "key": chosen(algorithm.KEY_FIELD)}

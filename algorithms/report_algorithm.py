"""ecocomp:report — one PDF (and the same tables as XLSX) of a compensation run.

Cover with the study area and the parameters used; the payment, ESV and zone maps (drawn by ecocomp:mapimage, so
they follow the same map conventions); summary tables by role, zone, main-functional-area type and prefecture; the
largest payers and receivers; a bar chart of the amounts and a chart of the priority levels; the formulas and
sources from docs/methods.md; optionally an atlas page per prefecture. English or Simplified Chinese, whatever
QGIS's own language.
"""

import os

from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ..translation import N_, language, qgis_language, tr
from .algorithm import fill_defaults
from .map_algorithm import LayoutAlgorithm, set_pdf_metadata
from . import qgis_enums as enums
from .qgis_api import set_font

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 12.0
TOP, BOTTOM = 22.0, PAGE_H - 14.0
ROW_MM = 6.2  # height of a table row at 7 pt with 1 mm cell margins (measured on the PDF: 6.0 mm)
#: Money units of the report, in the order of its TABLE_UNIT options (ecocomp_science/units.py).
MONEY_KEYS = ("CNY", "10k CNY", "100M CNY")


def field_divisor(field):
    """CNY per unit of a money field, from the suffix EcoComp gives it (payment_10k_cny → 10,000)."""
    from ..ecocomp_science import units

    return units.field_money_unit(field)[2]


def version():
    from configparser import ConfigParser

    meta = ConfigParser(interpolation=None)
    meta.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return meta.get("general", "version", fallback="")


class ReportAlgorithm(LayoutAlgorithm):
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
        return self.tr(
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

    # ------------------------------------------------------------------ reading

    def read_layer(self, layer, parameters, context, code):
        """Names, amounts (CNY), the group fields and the feature ids per prefecture; NULL amounts refused."""
        import math

        from .bridge import to_number

        fields = layer.fields()

        def chosen(name, zh_variant=False):
            value = self.parameterAsString(parameters, name, context)
            if not value:
                return None
            if fields.lookupField(value) < 0:
                if value == self.parameterDefinition(name).defaultValue() and \
                        self.parameterDefinition(name).flags() & enums.PARAMETER_OPTIONAL:
                    return None  # an optional field left at its default name, which this layer lacks
                raise QgsProcessingException(tr("Field '{}' was not found in layer '{}'.").format(value, layer.name()))
            if zh_variant and code == "zh_CN" and fields.lookupField(value + "_zh") >= 0:
                return value + "_zh"
            return value

        amount_field = chosen(self.AMOUNT_FIELD)
        names = chosen(self.NAME_FIELD)
        wanted = {"role": chosen(self.ROLE_FIELD), "level": chosen(self.LEVEL_FIELD),
                  "area_type": chosen(self.TYPE_FIELD, True), "prefecture": chosen(self.PREFECTURE_FIELD, True),
                  "key": chosen(self.KEY_FIELD)}
        data = {"names": [], "amount": [], "fids": []}
        data.update({key: [] if field else None for key, field in wanted.items()})
        for name in ("R", "G", "eoi"):
            data[name] = [] if fields.lookupField(name) >= 0 else None
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY)):
            name = feature[names]
            data["names"].append("" if name is None or str(name) == "NULL" else str(name))
            try:
                data["amount"].append(to_number(feature[amount_field]))
            except (TypeError, ValueError):
                raise QgsProcessingException(tr("Field '{}' of layer '{}' holds text ({!r}), not amounts.").format(
                    amount_field, layer.name(), str(feature[amount_field]))) from None
            data["fids"].append(feature.id())
            for key, field in wanted.items():
                if field:
                    value = feature[field]
                    data[key].append(None if value is None or str(value) == "NULL" else value)
            for name in ("R", "G", "eoi"):
                if data[name] is not None:
                    try:
                        data[name].append(to_number(feature[name]))
                    except (TypeError, ValueError):
                        data[name].append(math.nan)
        data["amount_field"], data["fields"] = amount_field, wanted
        return data

    def read_zones(self, parameters, context, data, code):
        """Zone labels of the units, joined by the key field; units without a zone are refused by key."""
        from ..ecocomp_science.errors import list_names
        from ..ecocomp_science.report import group_label

        zones = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        if zones is None:
            return None, None
        key_field = data["fields"]["key"]
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or "zone"
        fields = zones.fields()
        for needed in (key_field, zone_field):
            if not needed or fields.lookupField(needed) < 0:
                raise QgsProcessingException(tr("The zones layer '{}' has no field '{}': give the join field and the "
                                                "zone field of ecocomp:dualzoning's output.").format(
                    zones.name(), needed or self.KEY_FIELD))
        label_field = next((f for f in (("zone_label_zh", "zone_label") if code == "zh_CN" else ("zone_label",))
                            if zone_field == "zone" and fields.lookupField(f) >= 0), zone_field)
        by_key = {}
        for feature in zones.getFeatures(QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY)):
            by_key[group_label(feature[key_field])] = feature[label_field]
        keys = [group_label(value) for value in data["key"]]
        missing = [k for k in keys if k not in by_key]
        if missing:
            raise QgsProcessingException(tr("{} unit(s) of the compensation layer have no zone in '{}' (join field "
                                            "'{}'): {}. Use the zoning of the same units.").format(
                len(missing), zones.name(), key_field, list_names(missing)))
        return [by_key[k] for k in keys], zone_field

    # ------------------------------------------------------------------ running

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
        import shutil
        import tempfile

        # The data are read and checked in QGIS's language (its messages are the analyst's); the report's own
        # text, maps included, in the report's language.
        prepared = self.prepare(parameters, context, feedback, layer, code)
        workdir = tempfile.mkdtemp(prefix="ecocomp-report-")
        try:
            with language(code):
                results = self.write_report(parameters, context, feedback, layer, code, path, xlsx, workdir,
                                            prepared)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        feedback.pushInfo(tr("Report of {} pages written to {}.").format(results[self.PAGES], path))
        return results

    def prepare(self, parameters, context, feedback, layer, code):
        """The layer's values, the zones, the amounts in the report's unit, the tables and the atlas groups."""
        import numpy as np

        from ..ecocomp_science import report

        zh = code == "zh_CN"
        data = self.read_layer(layer, parameters, context, code)
        zones, zone_field = self.read_zones(parameters, context, data, code)
        from ..ecocomp_science import units

        key = MONEY_KEYS[self.parameterAsEnum(parameters, self.TABLE_UNIT, context)]
        divisor = units.find_unit("money", key)[2]
        unit_en, unit_zh = units.money_names(key)
        unit = unit_zh if zh else unit_en
        scale = field_divisor(data["amount_field"]) / divisor
        amount = np.asarray(data["amount"], dtype=float) * scale
        tables = report.summary_tables(
            data["names"], amount, (unit_en, unit_zh), role=data["role"], zone=zones,
            area_type=data["area_type"], prefecture=data["prefecture"], level=data["level"])
        feedback.pushInfo(tr("{} units; amounts from field '{}' in {} (÷ {:g} from the field's unit).").format(
            len(amount), data["amount_field"], unit, 1.0 / scale))
        atlas = self.parameterAsBool(parameters, self.ATLAS, context)
        if atlas and data["prefecture"] is None:
            raise QgsProcessingException(tr("The atlas needs the prefecture field: choose the field that names each "
                                            "unit's prefecture (e.g. city)."))
        groups = []
        if atlas:
            for name in dict.fromkeys(report.group_label(v) for v in data["prefecture"]):
                groups.append((name, [i for i, v in enumerate(data["prefecture"]) if report.group_label(v) == name]))
        return data, zones, zone_field, (unit_en, unit_zh), unit, amount, tables, groups

    def write_report(self, parameters, context, feedback, layer, code, path, xlsx, workdir, prepared):
        from ..ecocomp_science import report

        data, zones, zone_field, (unit_en, unit_zh), unit, amount, tables, groups = prepared
        zh = code == "zh_CN"
        lang = "zh" if zh else "en"
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        book = ReportBook(self.parameterAsString(parameters, self.TITLE, context) or study_area(layer), lang)
        # The PDF's title and author are the report's and the analyst's, never the computer's account ("root").
        set_pdf_metadata(book.project, "{} — {}".format(tr("Cultivated-land ecological compensation"), book.study_area),
                         self.parameterAsString(parameters, self.AUTHOR, context))

        from .map_algorithm import source_note

        note = self.parameterAsString(parameters, self.NOTE, context) or source_note(
            layer, self.parameterAsVectorLayer(parameters, self.BASE_LAYER, context))
        # Cover
        book.cover(self.cover_rows(parameters, context, book.study_area, data, zones, amount, unit, note))
        # Maps
        legend_unit = self.parameterAsEnum(parameters, self.TABLE_UNIT, context) \
            if field_divisor(data["amount_field"]) == 1.0 else 0
        maps = [(data["amount_field"], layer, tr("Compensation amount of cultivated land"), legend_unit)]
        esv_field = self.parameterAsString(parameters, self.ESV_FIELD, context)
        if esv_field and layer.fields().lookupField(esv_field) >= 0:
            maps.append((esv_field, layer, tr("Ecosystem service value of cultivated land"),
                         legend_unit if field_divisor(esv_field) == 1.0 else 0))
        if zones is not None:
            zone_layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
            if zone_layer.fields().field(zone_field).isNumeric():
                maps.append((zone_field, zone_layer, tr("Compensation zones: food security × ecological security"),
                             0))
        # One step per map and atlas page, then tables and charts, formulas, and the PDF.
        steps = len(maps) + len(groups) + 3
        progress = QuietSteps(steps, feedback)
        for number, (field, source, title, money) in enumerate(maps):
            progress.setCurrentStep(number)
            picture = self.map_image(parameters, context, progress, source, field, title, money, dpi,
                                     os.path.join(workdir, "map{}.png".format(number)), note)
            book.picture_page(title, picture)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
        progress.setCurrentStep(len(maps))
        # Tables
        book.new_page(tr("Summary tables"))
        for table in tables:
            if table.key in ("by_role", "by_zone", "by_type", "by_prefecture"):
                book.flow_table(table.title(lang), table.headers(lang), self.cells(table, lang))
        book.new_page(tr("Largest payers and receivers"))
        for table in tables:
            if table.key in ("top_payers", "top_receivers"):
                book.flow_table(table.title(lang), table.headers(lang), self.cells(table, lang))
        # Charts
        from . import charts
        from .mapping import chinese_font

        font = chinese_font()
        bars = os.path.join(workdir, "payments.png")
        charts.payment_bars(bars, data["names"], list(amount),
                            report.Column("amount", "Amount", "补偿额度", (unit_en, unit_zh)).header(lang), font,
                            dpi=dpi)
        book.picture_page(tr("Compensation amount by unit (sorted; > 0 receives, < 0 pays)"), bars, height=150.0)
        levels = next((t for t in tables if t.key == "levels"), None)
        if levels is not None:
            book.new_page(tr("Units per priority level"))
            chart = os.path.join(workdir, "levels.png")
            roles = [column.header(lang) for column in levels.columns[1:-1]]
            charts.level_bars(chart, [row[0] for row in levels.rows], roles, [row[1:-1] for row in levels.rows],
                              tr("Units"), font, dpi=dpi, keys=[column.en for column in levels.columns[1:-1]])
            book.picture(chart, 150.0, 95.0)
            book.flow_table(levels.title(lang), levels.headers(lang), self.cells(levels, lang))
        progress.setCurrentStep(len(maps) + 1)
        # Formulas and sources
        keys = ["sign", "amount"]
        if layer.fields().lookupField("esv_total") >= 0 or esv_field:
            keys.insert(1, "esv")
        if layer.fields().lookupField("eoi") >= 0:
            keys.insert(-1, "footprint")
        if zones is not None:
            keys.insert(-1, "zoning")
        if data["level"] is not None or data["role"] is not None:
            keys.insert(-1, "priority")
        document = os.path.join(PLUGIN_DIR, "docs", "methods.zh_CN.md" if zh else "methods.md")
        with open(document, encoding="utf-8") as handle:
            book.new_page(tr("Method notes: formulas and sources"))
            for heading, lines in report.methods_text(handle.read(), keys, lang):
                book.text_block(heading, lines)
        # Atlas
        for number, (prefecture, members) in enumerate(groups):
            progress.setCurrentStep(len(maps) + 2 + number)
            subset = layer.materialize(QgsFeatureRequest().setFilterFids([data["fids"][i] for i in members]))
            subset.setName(prefecture)
            title = tr("{}: compensation amount").format(prefecture)
            picture = self.map_image(parameters, context, progress, subset, data["amount_field"], title, legend_unit,
                                     dpi, os.path.join(workdir, "atlas{}.png".format(number)), note, label=True)
            rows = sorted(members, key=lambda i: -amount[i])
            level_values = data["level"]
            headers = [report.Column("unit", "Unit", "单元").header(lang),
                       report.Column("level", "Priority level", "优先等级").header(lang),
                       report.Column("amount", "Amount", "补偿额度", (unit_en, unit_zh)).header(lang)]
            cells = [[data["names"][i], report.group_label(level_values[i]) if level_values else "",
                      amount[i]] for i in rows]
            cells.append([report.value_text("Σ", lang), "", float(amount[members].sum())])
            book.atlas_page(tr("Atlas: {}").format(prefecture), picture, headers, cells)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
        progress.setCurrentStep(steps - 1)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        import datetime

        book.finish("EcoComp {} · {}".format(version(), datetime.date.today().isoformat()))
        temporary = self.staging.file(path)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = enums.TEXT_ALWAYS_TEXT  # searchable, copyable text (tables too)
        if QgsLayoutExporter(book.layout).exportToPdf(temporary, settings) != enums.EXPORT_SUCCESS:
            raise QgsProcessingException(tr("Could not write the report to {}.").format(path))
        results = {self.OUTPUT: path, self.PAGES: book.pages}
        if xlsx:
            report.write_xlsx(tables, self.staging.file(xlsx))
            results[self.OUTPUT_XLSX] = xlsx
        feedback.setProgress(100)
        return results

    @staticmethod
    def cells(table, lang):
        return table.cells(lang)

    def cover_rows(self, parameters, context, area, data, zones, amount, unit, note):
        """(parameter, value) rows of the cover: the data, the totals and the parameters of the run."""
        import numpy as np

        def money(value):
            return "{:,.2f} {}".format(value + 0.0, unit)

        def span(values):
            values = np.asarray(values, dtype=float)
            values = values[np.isfinite(values)]
            if values.size == 0:
                return "—"
            return tr("{:.4g} – {:.4g} (mean {:.4g})").format(values.min(), values.max(), values.mean()).replace("-", "−")

        none = "—"
        rows = [
            (tr("Study area"), area),
            (tr("Units"), str(len(amount))),
            (tr("Compensation amount P"), tr("in {}; > 0 receives, < 0 pays").format(unit)),
            (tr("Total received"), money(float(amount[amount > 0].sum()))),
            (tr("Total paid"), money(0.0 - float(amount[amount < 0].sum()))),
            (tr("Net (received − paid)"), money(float(amount.sum()))),
            (tr("Receiving / paying units"), "{} / {}".format(int((amount > 0).sum()), int((amount < 0).sum()))),
        ]
        for name, label in (("R", tr("Development-stage coefficient R")), ("G", tr("Affordability coefficient G")),
                            ("eoi", tr("Overload index eoi"))):
            if data[name] is not None:
                rows.append((label, span(data[name])))
        rows += [
            (tr("Method"), self.parameterAsString(parameters, self.METHOD_NOTE, context)
             or tr("P = ESV · R · G · eoi ([HB] eq. 6)")),
            (tr("Zones"), tr("dual food-security / ecological-security zoning [FJ]") if zones is not None else none),
        ]
        rows.append((tr("Base map and data"), note))
        from .map_algorithm import approval_text

        approval = approval_text(self.parameterAsString(parameters, self.APPROVAL, context))
        if approval:
            rows.append((tr("Map approval number (审图号)"), approval))
        return rows

    def map_image(self, parameters, context, feedback, source, field, title, legend_unit, dpi, path, note,
                  label=False):
        """A map of ``field`` drawn by ecocomp:mapimage (same conventions, same checks) as a PNG in the work folder."""
        from .map_algorithm import MapImageAlgorithm

        child = MapImageAlgorithm()
        child.initAlgorithm()
        values = {"INPUT": source, "FIELD": field, "TITLE": title, "DPI": dpi, "LEGEND_UNIT": legend_unit,
                  "NOTE": note,
                  "APPROVAL": self.parameterAsString(parameters, self.APPROVAL, context),
                  "BASE_LAYER": parameters.get(self.BASE_LAYER), "SCS_LAYER": parameters.get(self.SCS_LAYER),
                  "OUTPUT": path}
        if label:
            values["LABEL_FIELD"] = self.parameterAsString(parameters, self.NAME_FIELD, context)
        child.processAlgorithm(fill_defaults(child, {k: v for k, v in values.items() if v not in (None, "")}),
                               context, feedback)
        return path


class QuietSteps(QgsProcessingMultiStepFeedback):
    """Progress and cancelling of the steps, without the map algorithm's messages about its work files."""

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        pass


def study_area(layer):
    """The study area a report names when none is given: the one province (or prefecture) its units belong to, from
    a field province / 省份 (city / 地级市); else the layer's name."""
    for names in (("province", "省份", "省"), ("city", "地级市", "市")):
        for name in names:
            index = layer.fields().lookupField(name)
            if index >= 0:
                values = {str(v).strip() for v in layer.uniqueValues(index) if v is not None and str(v).strip()
                          and str(v) != "NULL"}
                if len(values) == 1:
                    return values.pop()
    return layer.name()


class ReportBook:
    """The report's print layout: A4 landscape pages filled from the top, with headings, tables, pictures, text."""

    def __init__(self, study_area, lang):
        from .mapping import chinese_font

        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.font = chinese_font()
        self.study_area = study_area
        self.lang = lang
        self.page = -1
        self.y = TOP
        self.headings = []

    @property
    def pages(self):
        return self.page + 1

    def _place(self, item, x, y, w, h):
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h, enums.LAYOUT_MILLIMETERS))
        item.attemptMove(QgsLayoutPoint(x, y, enums.LAYOUT_MILLIMETERS), True, False, self.page)

    def label(self, text, x, y, w, h, size=9, bold=False, family=None):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        font = QFont(family or self.font, size)
        font.setBold(bold)
        set_font(item, font)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        self._place(item, x, y, w, h)
        return item

    def new_page(self, heading):
        self.page += 1
        if self.page > 0:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, enums.LAYOUT_MILLIMETERS))
            self.layout.pageCollection().addPage(page)
        self.headings.append(heading)
        if heading:
            self.label(heading, MARGIN, 8.0, PAGE_W - 2 * MARGIN, 10.0, size=14, bold=True)
        self.y = TOP

    def cover(self, rows):
        self.new_page("")
        self.label(tr("Cultivated-land ecological compensation"), MARGIN, 16.0, PAGE_W - 2 * MARGIN, 12.0, size=22,
                   bold=True)
        self.label(self.study_area, MARGIN, 30.0, PAGE_W - 2 * MARGIN, 10.0, size=15)
        self.y = 46.0
        self.table([tr("Item"), tr("Value")], [list(row) for row in rows], widths=(70.0, PAGE_W - 2 * MARGIN - 72.0),
                   wrap=True, size=9)

    def picture(self, path, width, height, x=MARGIN):
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(path)
        self._place(item, x, self.y, width, height)
        self.y += height + 4.0
        return item

    def picture_page(self, heading, path, height=None):
        self.new_page(heading)
        self.picture(path, PAGE_W - 2 * MARGIN, height or (BOTTOM - TOP))

    @staticmethod
    def text_of(value):
        if isinstance(value, float):
            return "{:,.2f}".format(value + 0.0)
        return str(value)

    def table(self, headers, rows, x=MARGIN, widths=None, wrap=False, size=7):
        """A table at the current position (the caller checks that it fits); numbers right-aligned."""
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        text = QgsTextFormat()
        text.setFont(QFont(self.font))
        text.setSize(size)
        table.setContentTextFormat(text)
        header = QgsTextFormat(text)
        bold = QFont(self.font)
        bold.setBold(True)
        header.setFont(bold)
        table.setHeaderTextFormat(header)
        columns = []
        for index, heading in enumerate(headers):
            column = QgsLayoutTableColumn(heading)
            if widths:
                column.setWidth(widths[index])
            columns.append(column)
        table.setHeaders(columns)
        table.setIncludeTableHeader(True)
        table.setCellMargin(1.0)
        if wrap:
            table.setWrapBehavior(enums.TABLE_WRAP_TEXT)
        contents = []
        height = ROW_MM * size / 7.0
        for row in rows:
            cells = []
            lines = 1
            for index, value in enumerate(row):
                cell = QgsTableCell(self.text_of(value))
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
                cells.append(cell)
                if wrap and widths:
                    lines = max(lines, int(text_width(self.text_of(value), size) / max(1.0, widths[index] - 3)) + 1)
            contents.append(cells)
            height += ROW_MM * size / 7.0 + (lines - 1) * 0.45 * size
        table.setTableContents(contents)
        frame = QgsLayoutFrame(self.layout, table)
        width = sum(widths) + 2 if widths else PAGE_W - 2 * MARGIN
        self._place(frame, x, self.y, width, height + 2.0)
        table.addFrame(frame)
        self.y += height + 4.0
        return height

    def flow_table(self, title, headers, rows):
        """A titled table that continues on new pages when it does not fit (its title marked as continued)."""
        rows = list(rows)
        first = True
        while first or rows:
            room = int((BOTTOM - self.y - 7.0) / ROW_MM) - 1
            if room < min(4, len(rows) + 1):
                self.new_page(self.headings[-1])
                continue
            part, rows = rows[:room], rows[room:]
            self.label(title if first else tr("{} (continued)").format(title), MARGIN, self.y,
                       PAGE_W - 2 * MARGIN, 6.0, size=10, bold=True)
            self.y += 7.0
            self.table(headers, part)
            first = False

    def text_block(self, heading, lines):
        """A heading and its lines (formulas indented), wrapped at the page width, flowing over pages."""
        width = PAGE_W - 2 * MARGIN
        if self.y + 14.0 > BOTTOM:
            self.new_page(self.headings[-1])
        self.label(heading, MARGIN, self.y, width, 6.0, size=10, bold=True)
        self.y += 7.0
        for kind, line in lines:
            indent = 8.0 if kind == "formula" else 4.0 if kind == "item" else 0.0
            text = ("• " + line) if kind == "item" else line
            rows = max(1, int(text_width(text, 8) / (width - indent - 2)) + 1)
            height = rows * 3.7 + 1.0
            if self.y + height > BOTTOM:
                self.new_page(self.headings[-1])
            self.label(text, MARGIN + indent, self.y, width - indent, height, size=8,
                       family="DejaVu Sans Mono" if kind == "formula" else None)
            self.y += height + (1.0 if kind == "formula" else 1.5)
        self.y += 3.0

    def atlas_page(self, heading, picture, headers, rows):
        self.new_page(heading)
        self.picture(picture, 175.0, 124.0)
        self.y = TOP
        first = True
        while first or rows:
            room = int((BOTTOM - self.y) / ROW_MM) - 1
            part, rows = rows[:room], rows[room:]
            self.table(headers, part, x=MARGIN + 179.0, widths=(40.0, 20.0, 32.0))
            first = False
            if rows:
                self.new_page(tr("{} (continued)").format(heading))

    def finish(self, footer):
        """Running header (study area) and footer (version, date, page n / N) on every page."""
        count = self.pages
        for page in range(count):
            self.page = page
            if page > 0:
                self.label(self.study_area, PAGE_W - MARGIN - 120.0, 3.0, 120.0, 5.0, size=7).setHAlign(
                    Qt.AlignmentFlag.AlignRight)
            self.label(footer, MARGIN, PAGE_H - 9.0, 150.0, 5.0, size=7)
            self.label("{} / {}".format(page + 1, count), PAGE_W - MARGIN - 30.0, PAGE_H - 9.0, 30.0, 5.0,
                       size=7).setHAlign(Qt.AlignmentFlag.AlignRight)
        self.page = count - 1


def text_width(text, points):
    """Approximate printed width in mm of ``text`` at ``points`` (CJK characters are about twice as wide)."""
    scale = points / 8.0
    return sum((2.9 if ord(c) >= 0x2E80 else 1.65) * scale for c in text)

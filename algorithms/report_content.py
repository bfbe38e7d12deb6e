"""The content of ecocomp:report: the units' values read from the compensation layer (and the zones), converted into
the report's money unit, and what goes on which page of the book (algorithms/report_book.py) — cover, maps, tables,
charts, method notes, atlas (the explanation page, the method notes and the atlas written by
algorithms/report_pages.py) — and into the XLSX. Plain values in (layers, chosen fields, options); the Processing
parameters are read by ReportAlgorithm (algorithms/report_algorithm.py)."""

import os
from dataclasses import dataclass
from typing import Any

from qgis.core import QgsFeatureRequest, QgsLayoutExporter, QgsProcessingException, QgsProcessingMultiStepFeedback

from ..translation import language, tr
from .algorithm import fill_defaults
from .map_algorithm import set_pdf_metadata
from . import qgis_enums as enums
from . import report_pages
from .report_book import ReportBook
# The explanation page, the method notes and the atlas are report_pages'; p_text stays importable from here.
from .report_pages import p_text  # noqa: F401

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
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


@dataclass
class ReportOptions:
    """The choices of a report, as ReportAlgorithm reads them from its parameters."""

    code: str  # language of the report: "en" or "zh_CN"
    unit_index: int  # money unit: index into MONEY_KEYS
    atlas: bool
    dpi: int
    title: str  # study area on the cover ("": from the layer)
    author: str
    method_note: str
    approval: str
    note: str  # source note of the maps ("": base map and data)
    base_layer: Any  # the national base layer (for the default note); None when not given or when a note is given
    map_layers: dict  # BASE_LAYER and SCS_LAYER as given, passed on to ecocomp:mapimage
    label_field: str  # unit names to label the atlas maps with
    esv_field: str
    zones: Any  # zones layer, or None
    zone_field: str


class ReportReader:
    """The layer's values, the zones, the amounts in the report's unit, the tables and the atlas groups."""

    def __init__(self, layer, fields, options):
        self.layer, self.fields, self.options = layer, fields, options

    def read_layer(self):
        """Names, amounts (CNY), the group fields and the feature ids per prefecture; NULL amounts refused."""
        import math

        from .bridge import to_number

        layer = self.layer
        fields = layer.fields()
        amount_field = self.fields["amount"]
        names = self.fields["names"]
        wanted = {key: self.fields[key] for key in ("role", "level", "area_type", "prefecture", "key")}
        data = {"names": [], "amount": [], "fids": []}
        data.update({key: [] if field else None for key, field in wanted.items()})
        for name in ("R", "G", "eoi"):
            data[name] = [] if fields.lookupField(name) >= 0 else None
        # Read for the page "What a reader will ask", by the names EcoComp's chain gives them: the priority rank of
        # ecocomp:priority, the cultivated area (ha) and the non-market ESV (in its money unit).
        extra = {"rank": "rank", "cultivated": "cultivated_ha",
                 "esv_nonmarket": next((f for f in ("esv_nonmarket", "esv_nonmarket_10k_cny", "esv_nonmarket_100m_cny")
                                        if fields.lookupField(f) >= 0), None)}
        if extra["esv_nonmarket"] is None and self.options.esv_field and \
                fields.lookupField(self.options.esv_field) >= 0:
            extra["esv"] = self.options.esv_field  # no non-market ESV: the ESV the report maps
        extra = {key: name for key, name in extra.items() if name and fields.lookupField(name) >= 0}
        data.update({key: [] for key in extra})
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
            for key, name in [(name, name) for name in ("R", "G", "eoi") if data[name] is not None] + list(extra.items()):
                try:
                    data[key].append(to_number(feature[name]))
                except (TypeError, ValueError):
                    data[key].append(math.nan)
        data["amount_field"], data["fields"], data["extra_fields"] = amount_field, wanted, extra
        return data

    def read_zones(self, data):
        """Zone labels of the units, joined by the key field; units without a zone are refused by key."""
        from ..ecocomp_science.errors import list_names
        from ..ecocomp_science.report import group_label

        zones = self.options.zones
        if zones is None:
            return None, None
        key_field = data["fields"]["key"]
        zone_field = self.options.zone_field
        fields = zones.fields()
        for needed in (key_field, zone_field):
            if not needed or fields.lookupField(needed) < 0:
                raise QgsProcessingException(tr("The zones layer '{}' has no field '{}': give the join field and the "
                                                "zone field of ecocomp:dualzoning's output.").format(
                    zones.name(), needed or "KEY_FIELD"))  # the parameter that names the join field
        label_field = next((f for f in (("zone_label_zh", "zone_label") if self.options.code == "zh_CN"
                                        else ("zone_label",))
                            if zone_field == "zone" and fields.lookupField(f) >= 0), zone_field)
        by_key, signs = {}, {}
        numeric = fields.field(zone_field).isNumeric()
        for feature in zones.getFeatures(QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY)):
            by_key[group_label(feature[key_field])] = feature[label_field]
            if numeric:  # < 0 paying zone, > 0 receiving zone (sign convention), for the page of questions
                signs[group_label(feature[key_field])] = feature[zone_field]
        keys = [group_label(value) for value in data["key"]]
        missing = [k for k in keys if k not in by_key]
        if missing:
            raise QgsProcessingException(tr("{} unit(s) of the compensation layer have no zone in '{}' (join field "
                                            "'{}'): {}. Use the zoning of the same units.").format(
                len(missing), zones.name(), key_field, list_names(missing)))
        data["zone_sign"] = [signs[k] for k in keys] if numeric else None
        return [by_key[k] for k in keys], zone_field

    def prepare(self, feedback):
        """Everything the writer needs: (data, zones, zone field, (unit_en, unit_zh), unit, amounts, tables,
        atlas groups)."""
        import numpy as np

        from ..ecocomp_science import report

        zh = self.options.code == "zh_CN"
        data = self.read_layer()
        zones, zone_field = self.read_zones(data)
        from ..ecocomp_science import units

        key = MONEY_KEYS[self.options.unit_index]
        divisor = units.find_unit("money", key)[2]
        unit_en, unit_zh = units.money_names(key)
        unit = unit_zh if zh else unit_en
        scale = field_divisor(data["amount_field"]) / divisor
        data["divisor"] = divisor  # CNY per unit of the report's money
        amount = np.asarray(data["amount"], dtype=float) * scale
        tables = report.summary_tables(
            data["names"], amount, (unit_en, unit_zh), role=data["role"], zone=zones,
            area_type=data["area_type"], prefecture=data["prefecture"], level=data["level"])
        feedback.pushInfo(tr("{} units; amounts from field '{}' in {} (÷ {:g} from the field's unit).").format(
            len(amount), data["amount_field"], unit, 1.0 / scale))
        atlas = self.options.atlas
        if atlas and data["prefecture"] is None:
            raise QgsProcessingException(tr("The atlas needs the prefecture field: choose the field that names each "
                                            "unit's prefecture (e.g. city)."))
        groups = []
        if atlas:
            for name in dict.fromkeys(report.group_label(v) for v in data["prefecture"]):
                groups.append((name, [i for i, v in enumerate(data["prefecture"]) if report.group_label(v) == name]))
        return data, zones, zone_field, (unit_en, unit_zh), unit, amount, tables, groups


def write_report(layer, options, prepared, context, feedback, staging, path, xlsx):
    """Writes the prepared report (PDF, and XLSX when ``xlsx`` is given) in its language, its maps and charts drawn in
    a work folder removed afterwards; returns the number of pages."""
    import shutil
    import tempfile

    workdir = tempfile.mkdtemp(prefix="ecocomp-report-")
    try:
        with language(options.code):
            return ReportWriter(layer, options, prepared, context, feedback, staging, workdir).write(path, xlsx)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


class ReportWriter:
    """Writes the prepared report in its language (the caller sets it): the book's pages (the explanation page, the
    method notes and the atlas by algorithms/report_pages.py), then the PDF and the XLSX through the algorithm's
    output staging."""

    def __init__(self, layer, options, prepared, context, feedback, staging, workdir):
        self.layer, self.options, self.prepared = layer, options, prepared
        self.context, self.feedback, self.staging, self.workdir = context, feedback, staging, workdir
        self.lang = "zh" if options.code == "zh_CN" else "en"

    def cancelled(self):
        if self.feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))

    def write(self, path, xlsx):
        """Writes the PDF to ``path`` (and the tables to ``xlsx`` when given); returns the number of pages."""
        from ..ecocomp_science import report
        from .map_algorithm import source_note

        data, zones, zone_field, units, unit, amount, tables, groups = self.prepared
        options, layer = self.options, self.layer
        book = ReportBook(options.title or study_area(layer), self.lang)
        # The PDF's title and author are the report's and the analyst's, never the computer's account ("root").
        set_pdf_metadata(book.project, "{} — {}".format(tr("Cultivated-land ecological compensation"), book.study_area),
                         options.author)
        note = options.note or source_note(layer, options.base_layer)
        # Cover
        book.cover(cover_rows(options, book.study_area, data, zones, amount, unit, note))
        # Maps
        legend_unit = options.unit_index if field_divisor(data["amount_field"]) == 1.0 else 0
        maps = [(data["amount_field"], layer, tr("Compensation amount of cultivated land"), legend_unit)]
        if options.esv_field and layer.fields().lookupField(options.esv_field) >= 0:
            maps.append((options.esv_field, layer, tr("Ecosystem service value of cultivated land"),
                         legend_unit if field_divisor(options.esv_field) == 1.0 else 0))
        if zones is not None and options.zones.fields().field(zone_field).isNumeric():
            maps.append((zone_field, options.zones, tr("Compensation zones: food security × ecological security"), 0))
        # One step per map and atlas page, then tables and charts, formulas, and the PDF.
        steps = len(maps) + len(groups) + 3
        progress = QuietSteps(steps, self.feedback)
        for number, (field, source, title, money) in enumerate(maps):
            progress.setCurrentStep(number)
            picture = map_image(options, self.context, progress, source, field, title, money,
                                os.path.join(self.workdir, "map{}.png".format(number)), note)
            book.picture_page(title, picture)
            self.cancelled()
        progress.setCurrentStep(len(maps))
        self.tables_and_charts(book, data, units, amount, tables)
        report_pages.reader_questions(book, data, amount, unit)
        progress.setCurrentStep(len(maps) + 1)
        report_pages.method_notes(self, book, data, zones)
        # Atlas
        for number, (prefecture, members) in enumerate(groups):
            progress.setCurrentStep(len(maps) + 2 + number)
            report_pages.atlas_page(self, book, progress, number, prefecture, members, note, legend_unit)
            self.cancelled()
        progress.setCurrentStep(steps - 1)
        self.cancelled()
        import datetime

        book.finish("EcoComp {} · {}".format(version(), datetime.date.today().isoformat()))
        temporary = self.staging.file(path)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = options.dpi
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = enums.TEXT_ALWAYS_TEXT  # searchable, copyable text (tables too)
        if QgsLayoutExporter(book.layout).exportToPdf(temporary, settings) != enums.EXPORT_SUCCESS:
            raise QgsProcessingException(tr("Could not write the report to {}.").format(path))
        if xlsx:
            report.write_xlsx(tables, self.staging.file(xlsx))
        self.feedback.setProgress(100)
        return book.pages

    def tables_and_charts(self, book, data, units, amount, tables):
        """The summary tables, the largest payers and receivers, the bar chart of the amounts and the levels."""
        from ..ecocomp_science import report

        lang = self.lang
        book.new_page(tr("Summary tables"))
        for table in tables:
            if table.key in ("by_role", "by_zone", "by_type", "by_prefecture"):
                book.flow_table(table.title(lang), table.headers(lang), table.cells(lang))
        book.new_page(tr("Largest payers and receivers"))
        for table in tables:
            if table.key in ("top_payers", "top_receivers"):
                book.flow_table(table.title(lang), table.headers(lang), table.cells(lang))
        # Charts
        from . import charts
        from .mapping import chinese_font

        font = chinese_font()
        bars = os.path.join(self.workdir, "payments.png")
        charts.payment_bars(bars, data["names"], list(amount),
                            report.Column("amount", "Amount", "补偿额度", units).header(lang), font,
                            dpi=self.options.dpi)
        book.picture_page(tr("Compensation amount by unit (sorted; > 0 receives, < 0 pays)"), bars, height=150.0)
        levels = next((t for t in tables if t.key == "levels"), None)
        if levels is not None:
            book.new_page(tr("Units per priority level"))
            chart = os.path.join(self.workdir, "levels.png")
            roles = [column.header(lang) for column in levels.columns[1:-1]]
            charts.level_bars(chart, [row[0] for row in levels.rows], roles, [row[1:-1] for row in levels.rows],
                              tr("Units"), font, dpi=self.options.dpi, keys=[column.en for column in levels.columns[1:-1]])
            book.picture(chart, 150.0, 95.0)
            book.flow_table(levels.title(lang), levels.headers(lang), levels.cells(lang))


def cover_rows(options, area, data, zones, amount, unit, note):
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
        (tr("Method"), options.method_note or tr("P = ESV · R · G · eoi ([HB] eq. 6)")),
        (tr("Zones"), tr("dual food-security / ecological-security zoning [FJ]") if zones is not None else none),
    ]
    rows.append((tr("Base map and data"), note))
    from .map_algorithm import approval_text

    approval = approval_text(options.approval)
    if approval:
        rows.append((tr("Map approval number (审图号)"), approval))
    return rows


def map_image(options, context, feedback, source, field, title, legend_unit, path, note, label=False,
              classes_from=None):
    """A map of ``field`` drawn by ecocomp:mapimage (same conventions, same checks) as a PNG in the work folder."""
    from .map_algorithm import MapImageAlgorithm

    child = MapImageAlgorithm()
    child.initAlgorithm()
    values = {"INPUT": source, "FIELD": field, "TITLE": title, "DPI": options.dpi, "LEGEND_UNIT": legend_unit,
              "NOTE": note, "APPROVAL": options.approval,
              "BASE_LAYER": options.map_layers["BASE_LAYER"], "SCS_LAYER": options.map_layers["SCS_LAYER"],
              "OUTPUT": path}
    if label:
        values["LABEL_FIELD"] = options.label_field
    if classes_from is not None:
        values["CLASSES_FROM"] = classes_from
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

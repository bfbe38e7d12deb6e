"""The print layout of a map (ecocomp:mapimage, the report's maps): the A4 landscape page with its title, legend,
scale bar, north arrow, note, South China Sea inset, latitude/longitude ticks and locator inset, and its files — the
map as PNG, PDF or SVG, and the layout (.qpt) EcoComp signs so that a later run never replaces one the analyst
edited."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingException,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QRectF, QSize, QSizeF, Qt
from qgis.PyQt.QtGui import QFont

from ..translation import tr
from . import qgis_enums as enums
from .qgis_api import set_font

# The enums of QgsLayoutItemMapGrid under the name each QGIS understands, as algorithms/qgis_enums.py resolves its own:
# Qgis.MapGrid… (QGIS 3.36 on, the only names on QGIS 4) first, else the class's QGIS 3.22 member.
# tests/test_maps.py checks that each pair names one value.
GRID_NAMES = {
    "FRAME_AND_ANNOTATIONS": ("Qgis.MapGridStyle.FrameAndAnnotationsOnly", "FrameAnnotationsOnly"),
    "EXTERIOR_TICKS": ("Qgis.MapGridFrameStyle.ExteriorTicks", "ExteriorTicks"),
    "OUTSIDE_FRAME": ("Qgis.MapGridAnnotationPosition.OutsideMapFrame", "OutsideMapFrame"),
    "DEGREES": ("Qgis.MapGridAnnotationFormat.DecimalWithSuffix", "DecimalWithSuffix"),
    "DEGREES_MINUTES": ("Qgis.MapGridAnnotationFormat.DegreeMinutePadded", "DegreeMinutePadded"),
    "HIDE_ALL": ("Qgis.MapGridComponentVisibility.HideAll", "HideAll"),
    "LATITUDE_ONLY": ("Qgis.MapGridComponentVisibility.LatitudeOnly", "LatitudeOnly"),
    "LONGITUDE_ONLY": ("Qgis.MapGridComponentVisibility.LongitudeOnly", "LongitudeOnly"),
    "HORIZONTAL": ("Qgis.MapGridAnnotationDirection.Horizontal", "Horizontal"),
    "VERTICAL": ("Qgis.MapGridAnnotationDirection.Vertical", "Vertical"),
    "LEFT": ("Qgis.MapGridBorderSide.Left", "Left"),
    "RIGHT": ("Qgis.MapGridBorderSide.Right", "Right"),
    "TOP": ("Qgis.MapGridBorderSide.Top", "Top"),
    "BOTTOM": ("Qgis.MapGridBorderSide.Bottom", "Bottom"),
}


def grid_enum(name):
    """A QgsLayoutItemMapGrid enum value (GRID_NAMES): the scoped name where this QGIS has it, else the 3.22 one."""
    scoped, member = GRID_NAMES[name]
    return enums.pick(scoped, "QgsLayoutItemMapGrid." + member)


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


def export_map(layout, path, extension, dpi, staging):
    """The page as PNG (rendered by Qt at ``dpi``), PDF or SVG, written under a temporary name (``staging``'s)."""
    temporary = staging.file(path)
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


class MapLayout:
    """An A4 landscape layout of ``layers`` (top first), extent from the mapped ``layer`` (or China for a national
    map, whose ``national`` base layers are (provinces, South China Sea line)), with legend, scale bar, north arrow,
    note, approval number and the South China Sea inset (``inset``; else the islands at full extent); with ``grid``
    latitude/longitude ticks on the main map's frame, with ``locator`` (the study area, the South China Sea line and
    the provinces) a locator inset of China on a map of a part of it, with ``width_legend`` (a flow layer and the
    labels of its sample widths) the widths written into the legend."""

    def __init__(self, project, layers, crs, layer=None, national=None, inset=True, grid=False, locator=None,
                 width_legend=None):
        from . import mapping

        self.font = mapping.chinese_font()
        self.project, self.layers, self.crs = project, layers, crs
        self.layer = layer or layers[-1]
        self.national, self.inset = national, inset
        self.grid, self.locator, self.width_legend = grid, locator, width_legend
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()  # one A4 landscape page
        self.page = self.layout.pageCollection().page(0).pageSize()
        # The main map's frame (mm): 4 mm shorter with ticks, whose degrees go under it, above the note.
        self.frame = QRectF(10, 24, self.page.width() - 110, self.page.height() - (48 if grid else 44))
        self.units = None  # the mapped units' extent in the map's CRS (not on a national map)

    def build(self, title, note, north_arrow=True, approval=""):
        """The layout with its items, added (and so stacked) in this order."""
        self.add_heading(title)
        map_item = self.add_map()
        if self.locator is not None and self.national is None:
            self.add_locator(map_item)
        if self.grid:
            self.add_grid(map_item)
        self.add_legend(map_item)
        self.add_scale_bar(map_item)
        if north_arrow:
            self.add_north_arrow(map_item)
        if self.national is not None and self.inset:
            self.add_inset()
        self.add_note(note, approval)
        return self.layout

    def place(self, item, x, y, w=None, h=None):
        """Add ``item`` at (``x``, ``y``) mm on the page, sized ``w`` × ``h`` mm if given."""
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, enums.LAYOUT_MILLIMETERS))
        if w is not None:
            item.attemptResize(QgsLayoutSize(w, h, enums.LAYOUT_MILLIMETERS))

    def add_heading(self, title):
        """The map's title across the top of the page."""
        heading = QgsLayoutItemLabel(self.layout)
        heading.setText(title)
        set_font(heading, QFont(self.font, 15))
        heading.setHAlign(Qt.AlignmentFlag.AlignLeft)
        heading.setVAlign(Qt.AlignmentFlag.AlignBottom)
        self.place(heading, 10, 4, self.page.width() - 20, 18)

    def add_map(self):
        """The main map, its extent fitted to its frame (a national map's grows northwards only under an inset)."""
        from . import mapping

        crs, national, inset = self.crs, self.national, self.inset
        map_item = QgsLayoutItemMap(self.layout)
        map_item.setId("main map")
        map_item.setLayers(self.layers)
        map_item.setCrs(crs)
        map_item.setFrameEnabled(True)
        frame = self.frame
        self.place(map_item, frame.x(), frame.y(), frame.width(), frame.height())
        if national is not None:
            box = mapping.MAINLAND_BOX if inset else mapping.TERRITORY_BOX
            extent = mapping.box_in(crs, box, self.project.transformContext())
        else:
            extent = QgsCoordinateTransform(self.layer.crs(), crs, self.project).transformBoundingBox(self.layer.extent())
            self.units = extent
        map_item.setExtent(fit_extent(extent, map_item.rect().width() / map_item.rect().height(),
                                      keep_south=national is not None and inset))
        return map_item

    def on_page(self, map_item, box):
        """The rectangle (mm on the page) that ``box`` (in the map's CRS) covers in the main map's frame."""
        extent, frame = map_item.extent(), self.frame
        sx, sy = frame.width() / extent.width(), frame.height() / extent.height()
        return QRectF(frame.x() + (box.xMinimum() - extent.xMinimum()) * sx,
                      frame.y() + (extent.yMaximum() - box.yMaximum()) * sy, box.width() * sx, box.height() * sy)

    def add_grid(self, map_item):
        """Latitude/longitude ticks on the main map's frame — outside it, no line over the map — with their degrees
        (30°N, 110°E; 34°30′N, 35°00′N under 1°) in the map's font outside the frame: latitudes on the left, longitudes
        below, every 10° on a national map, 1°–2° on a province's (:func:`grid_interval`)."""
        grid = QgsLayoutItemMapGrid(tr("Latitude/longitude ticks"), map_item)
        grid.setCrs(QgsCoordinateReferenceSystem(GRID_CRS))
        step = grid_interval(map_item.extent(), QgsCoordinateTransform(self.crs, grid.crs(), self.project))
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
        text.setFont(QFont(self.font, 6))
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

    def add_locator(self, map_item, width=28.0, gap=2.0):
        """A locator inset of China (the provinces, the South China Sea line and the study area in red) in a corner of
        the main map that the mapped units leave free — the upper right (the north arrow and the scale bar hold the
        left corners), else the lower right; when neither is free, the map makes room beside or above the units."""
        from . import mapping

        area, line, provinces = self.locator
        crs = mapping.china_albers(105.0)
        china = None
        for layer in (provinces, line):  # the territory itself (a longitude/latitude box is far wider in Albers)
            transform = QgsCoordinateTransform(layer.crs(), crs, self.project)
            for feature in layer.getFeatures():
                if feature.hasGeometry():
                    bounds = transform.transformBoundingBox(feature.geometry().boundingBox())
                    china = bounds if china is None else china
                    china.combineExtentWith(bounds)
        if china is None:
            china = mapping.box_in(crs, mapping.TERRITORY_BOX, self.project.transformContext())
        height = width * china.height() / china.width()
        frame = self.frame
        x = frame.right() - gap - width
        corners = (QRectF(x, frame.y() + gap, width, height), QRectF(x, frame.bottom() - gap - height, width, height))
        units = self.on_page(map_item, self.units).adjusted(-1, -1, 1, 1)
        box = next((corner for corner in corners if not corner.intersects(units)), None)
        if box is None:
            map_item.setExtent(self.room_for(width + 2 * gap + 1, height + 2 * gap + 1))
            box = corners[0]
        locator = QgsLayoutItemMap(self.layout)
        locator.setId("locator map")
        locator.setLayers([area, line, provinces])
        locator.setCrs(crs)
        locator.setFrameEnabled(True)
        locator.setBackgroundEnabled(True)
        self.place(locator, box.x(), box.y(), box.width(), box.height())
        locator.setExtent(fit_extent(china, width / height, margin=0.03))
        return locator

    def room_for(self, width, height, margin=0.04):
        """The main map's extent (the frame's aspect) that leaves a band ``width`` mm wide on the right, or ``height``
        mm high at the top, free of the mapped units — whichever keeps the larger scale."""
        units, frame = self.units, self.frame
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

    def add_legend(self, map_item):
        """The legend of the data layers, right of the map (a national map's South China Sea line is base map)."""
        legend = QgsLayoutItemLegend(self.layout)
        legend.setId("legend")
        legend.setLinkedMap(map_item)
        legend.setTitle("")
        legend.setWrapString("\n")  # long titles come wrapped (map_texts.wrap_legend): they stay on the page
        for style, size in ((enums.LEGEND_SUBGROUP, 11), (enums.LEGEND_SYMBOL_LABEL, 9)):
            set_font(legend.rstyle(style), QFont(self.font, size))
        if self.national is not None:
            legend.setAutoUpdateModel(False)
            legend.model().rootGroup().removeLayer(self.national[1])  # the line is base map, not data
        if self.width_legend is not None:
            self.write_widths(legend)
        self.place(legend, self.page.width() - 96, 26)

    def write_widths(self, legend):
        """The sample widths of a flow layer and their amounts as the legend's own entries, so that the layout (.qpt)
        keeps them, each in a patch tall enough for its arrow."""
        from qgis.core import QgsMapLayerLegendUtils

        layer, labels = self.width_legend
        legend.setAutoUpdateModel(False)
        node = legend.model().rootGroup().findLayer(layer)
        if node is None:
            return
        for index, label in enumerate(labels):
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, label)
        node.setPatchSize(QSizeF(12, 5))
        legend.model().refreshLayerLegend(node)

    def add_scale_bar(self, map_item):
        """The main map's scale bar, in its lower left corner."""
        scale = scale_bar(self.layout, map_item, "scale bar", "Single Box")
        scale.applyDefaultSize(enums.DISTANCE_KILOMETERS)
        self.place(scale, self.frame.x() + 4, self.frame.bottom() - 16)

    def add_north_arrow(self, map_item):
        """QGIS's north arrow, turned with the map, in its upper left corner."""
        from qgis.core import QgsLayoutItemPicture, QgsSymbolLayerUtils, QgsPathResolver

        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setId("north arrow")
        arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg",
                                                                     QgsPathResolver()))
        arrow.setLinkedMap(map_item)
        self.place(arrow, self.frame.x() + 4, self.frame.y() + 4, 10, 14)

    def add_inset(self):
        """The South China Sea islands (南海诸岛) in an inset in the main map's lower right corner, with its caption
        and scale bar."""
        from . import mapping

        crs, font, national, frame = self.crs, self.font, self.national, self.frame
        scs = QgsLayoutItemMap(self.layout)
        scs.setId("South China Sea inset")
        scs.setLayers([national[1], national[0]])
        scs.setCrs(crs)
        scs.setFrameEnabled(True)
        scs.setBackgroundEnabled(True)
        width, height = 30.0, 42.0
        x = frame.right() - width - 2
        y = frame.bottom() - height - 2
        self.place(scs, x, y, width, height)
        scs.setExtent(fit_extent(mapping.box_in(crs, mapping.SCS_BOX, self.project.transformContext()),
                                 width / height, margin=0.0))
        caption = QgsLayoutItemLabel(self.layout)
        caption.setId("inset caption")
        caption.setText(tr("South China Sea Islands"))
        set_font(caption, QFont(font, 7))
        caption.setHAlign(Qt.AlignmentFlag.AlignRight)  # in the south-east corner, clear of the dashes
        self.place(caption, x + 1, y + height - 6, width - 2, 5)
        inset_scale = scale_bar(self.layout, scs, "inset scale bar", "Line Ticks Up")
        inset_scale.setNumberOfSegments(1)
        inset_scale.setUnitsPerSegment(500)
        set_font(inset_scale, QFont(font, 5))
        self.place(inset_scale, x + 1, y + 1)

    def add_note(self, note, approval):
        """The note (base map and data) and the approval number under the map, when there is either."""
        lines = [note] if note else []
        if approval:
            lines.append(approval)  # 审图号：GS(2019)1822号, the standard form in every language
        if lines:
            footer = QgsLayoutItemLabel(self.layout)
            footer.setId("note")
            footer.setText("\n".join(lines))
            set_font(footer, QFont(self.font, 8))
            self.place(footer, 10, self.page.height() - 18, self.page.width() - 20, 14)


def build_layout(project, layers, crs, title, note, layer=None, national=None, inset=True, north_arrow=True,
                 approval="", grid=False, locator=None, width_legend=None):
    """An A4 landscape layout of ``layers`` (top first), extent from the mapped layer (or China for a
    national map), with legend, scale bar, north arrow, note, approval number and the South China Sea inset; latitude/
    longitude ticks (``grid``), a locator inset (``locator``) and a legend of flow widths (``width_legend``) when
    asked (:class:`MapLayout`)."""
    return MapLayout(project, layers, crs, layer=layer, national=national, inset=inset, grid=grid, locator=locator,
                     width_legend=width_legend).build(title, note, north_arrow=north_arrow, approval=approval)

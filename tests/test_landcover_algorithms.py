"""ecocomp:landcoverarea and ecocomp:esvsurface through the real Processing framework.

Rasters are written and read with osgeo.gdal: these tests also run with rasterio absent
(ECOCOMP_WITHOUT_RASTERIO=1, tests/conftest.py), as in a stock QGIS on Windows or macOS.
"""

import gc

import numpy as np
import pytest
from osgeo import gdal, osr

from tests.layers import features


@pytest.fixture(autouse=True)
def collect_processing_cycles():
    """A Processing run leaves reference cycles holding QGIS objects (the algorithm and its output staging, the
    context, a layer). They are collected after each test, in the main thread while QGIS is alive — not by
    chance later, e.g. after exitQgis() at the end of a session that ends with these tests (a crash)."""
    yield
    gc.collect()


def write_raster(path, data, crs="EPSG:32650", origin=(500000, 3320000), size=(100, 50), nodata=0):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), data.shape[1], data.shape[0], 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((origin[0], size[0], 0.0, origin[1], 0.0, -size[1]))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    dataset.SetSpatialRef(srs)
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset.GetRasterBand(1).WriteArray(data)
    dataset = None
    return str(path)


def read_raster(path):
    dataset = gdal.Open(str(path))  # held while its band is read (GDAL < 3.8: a band does not keep it open)
    return dataset.GetRasterBand(1).ReadAsArray()


@pytest.fixture
def clcd_raster(tmp_path):
    """UTM 50N, 100 m × 50 m pixels; CLCD classes by column: 1 cropland, 2 forest, 4 grassland, 8 impervious."""
    return write_raster(tmp_path / "clcd.tif", np.tile(np.array([1, 1, 2, 4, 8, 8], dtype=np.uint8), (4, 1)))


def units_in_wgs84(polygons):
    """Two polygons given in EPSG:4326 over the raster (in UTM 50N): reprojected by the algorithm."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32650"),
                                      QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    layer = polygons([("name", "string")], [("West",), ("East",)])
    boxes = {1: "POLYGON((500000 3319800, 500300 3319800, 500300 3320000, 500000 3320000, 500000 3319800))",
             2: "POLYGON((500300 3319800, 500600 3319800, 500600 3320000, 500300 3320000, 500300 3319800))"}
    changes = {}
    for fid, wkt in boxes.items():
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.densifyByCount(20)
        geometry.transform(to_wgs84)
        changes[fid] = geometry
    layer.dataProvider().changeGeometryValues(changes)
    return layer


def test_landcover_area_reprojects_and_maps_classes(run_alg, polygons, clcd_raster, tmp_path):
    out = run_alg("landcoverarea", {"INPUT": units_in_wgs84(polygons), "RASTER": clcd_raster, "MAPPING_PRESET": 0,
                                    "PER_CLASS": True, "OUTPUT": str(tmp_path / "lc.gpkg")})
    west, east = features(out["OUTPUT"])
    # West covers columns 0–2 (cropland, cropland, forest) × 4 rows of 0.5 ha pixels.
    assert west["lc_cultivated_ha"] == pytest.approx(4.0)
    assert west["lc_forest_ha"] == pytest.approx(2.0)
    assert east["lc_grassland_ha"] == pytest.approx(2.0) and east["lc_built_up_ha"] == pytest.approx(4.0)
    assert east["lc_total_ha"] == pytest.approx(6.0) and east["lc_class_8_ha"] == pytest.approx(4.0)


def test_landcover_area_feeds_esv(run_alg, polygons, clcd_raster, tmp_path):
    lc = run_alg("landcoverarea", {"INPUT": units_in_wgs84(polygons), "RASTER": clcd_raster,
                                   "OUTPUT": str(tmp_path / "lc.gpkg")})["OUTPUT"]
    esv = run_alg("esv", {"INPUT": lc, "AREA_FIELD": "lc_cultivated_ha", "EA_MODE": 0, "EA_VALUE": 1000.0,
                          "OUTPUT": str(tmp_path / "esv.gpkg")})["OUTPUT"]
    assert [f["esv_total"] for f in features(esv)] == pytest.approx([7.9 * 1000 * 4.0, 0.0])


def test_esv_surface(run_alg, polygons, clcd_raster, tmp_path):
    out = run_alg("esvsurface", {"INPUT": units_in_wgs84(polygons), "RASTER": clcd_raster, "EA_VALUE": 2000.0,
                                 "OUTPUT_RASTER": str(tmp_path / "esv.tif"), "OUTPUT": str(tmp_path / "esv.gpkg")})
    west, east = features(out["OUTPUT"])
    assert west["esv_lc_cultivated"] == pytest.approx(7.90 * 2000 * 4.0)
    assert west["esv_lc_forest"] == pytest.approx(28.12 * 2000 * 2.0)
    assert east["esv_lc_total"] == pytest.approx(11.67 * 2000 * 2.0)  # grassland; built-up is 0
    surface = read_raster(out["OUTPUT_RASTER"])
    assert surface[0, 0] == pytest.approx(7.90 * 2000 * 0.5) and surface[0, 5] == 0.0
    assert np.nansum(surface) == pytest.approx(west["esv_lc_total"] + east["esv_lc_total"])


def test_unmapped_classes_are_listed(run_alg, polygons, clcd_raster, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="missing from the class mapping: 4, 8"):
        run_alg("landcoverarea", {"INPUT": units_in_wgs84(polygons), "RASTER": clcd_raster, "MAPPING_PRESET": 2,
                                  "CLASS_MAPPING": [1, "cultivated", 2, "forest"], "OUTPUT": str(tmp_path / "lc.gpkg")})


def test_no_optional_library_is_required(ecocomp_provider):
    """GDAL's Python bindings ship with every QGIS: neither algorithm asks for rasterio (or anything else)."""
    for name in ("landcoverarea", "esvsurface"):
        algorithm = ecocomp_provider.algorithm(name)
        assert algorithm.REQUIRES == ()
        assert algorithm.canExecute() == (True, "")


def test_geographic_raster_areas_on_the_ellipsoid_of_its_crs(run_alg, polygons, tmp_path):
    """A raster in Beijing 1954 (EPSG:4214, Krassowsky 1940 ellipsoid) under a polygon given in EPSG:4326: the
    areas are those of the raster's own ellipsoid, read from its CRS (no pyproj needed), not WGS 84's."""
    from ecocomp.ecocomp_science import landcover

    raster = write_raster(tmp_path / "bj54.tif", np.ones((20, 20), dtype=np.uint8), "EPSG:4214", origin=(0.0, 1.0),
                          size=(0.05, 0.05))
    layer = polygons([("name", "string")], [("All",)])  # one polygon, 0…1° × 0…1° in EPSG:4326 (conftest)
    out = run_alg("landcoverarea", {"INPUT": layer, "RASTER": raster, "MAPPING_PRESET": 0, "PER_CLASS": True,
                                    "OUTPUT": str(tmp_path / "lc.gpkg")})
    (unit,) = features(out["OUTPUT"])
    transform = landcover.GeoTransform(0.05, 0.0, 0.0, 0.0, -0.05, 1.0)
    # The datum shift moves the polygon far less than half a pixel (0.025°): every pixel centre is inside.
    krassowsky = landcover.row_areas(transform, 20, True, (6378245.0, 1 / 298.3)).sum() * 20 / 10000
    wgs84 = landcover.row_areas(transform, 20, True).sum() * 20 / 10000
    assert unit["lc_cultivated_ha"] == pytest.approx(krassowsky, rel=1e-12)
    assert abs(krassowsky - wgs84) > 1e-5 * krassowsky  # the two ellipsoids differ here by ~2e-5

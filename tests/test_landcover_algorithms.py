"""ecocomp:landcoverarea and ecocomp:esvsurface through the real Processing framework."""

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
from rasterio.transform import from_origin  # noqa: E402


@pytest.fixture
def clcd_raster(tmp_path):
    """UTM 50N, 100 m × 50 m pixels; CLCD classes by column: 1 cropland, 2 forest, 4 grassland, 8 impervious."""
    data = np.tile(np.array([1, 1, 2, 4, 8, 8], dtype=np.uint8), (4, 1))
    path = tmp_path / "clcd.tif"
    with rasterio.open(path, "w", driver="GTiff", width=6, height=4, count=1, dtype="uint8", crs="EPSG:32650",
                       transform=from_origin(500000, 3320000, 100, 50), nodata=0) as dataset:
        dataset.write(data, 1)
    return str(path)


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


def features(path):
    from qgis.core import QgsVectorLayer

    return list(QgsVectorLayer(str(path), "o", "ogr").getFeatures())


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
    with rasterio.open(out["OUTPUT_RASTER"]) as dataset:
        surface = dataset.read(1)
    assert surface[0, 0] == pytest.approx(7.90 * 2000 * 0.5) and surface[0, 5] == 0.0
    assert np.nansum(surface) == pytest.approx(west["esv_lc_total"] + east["esv_lc_total"])


def test_unmapped_classes_are_listed(run_alg, polygons, clcd_raster, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="missing from the class mapping: 4, 8"):
        run_alg("landcoverarea", {"INPUT": units_in_wgs84(polygons), "RASTER": clcd_raster, "MAPPING_PRESET": 2,
                                  "CLASS_MAPPING": [1, "cultivated", 2, "forest"], "OUTPUT": str(tmp_path / "lc.gpkg")})


def test_rasterio_is_required_in_plain_words(ecocomp_provider):
    algorithm = ecocomp_provider.algorithm("landcoverarea")
    assert algorithm.REQUIRES[0][0] == "rasterio" and "apt install python3-rasterio" in algorithm.REQUIRES[0][1]
    assert algorithm.canExecute() == (True, "")

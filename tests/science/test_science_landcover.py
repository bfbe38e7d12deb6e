"""Land-cover class areas and ESV surface without QGIS: known counts, ellipsoidal areas, pixel-centre oracles.

Rasters are written and read here with osgeo.gdal, as the plugin does: every test but the rasterio oracles
(rasterstats, rasterio's rasteriser; marked ``rasterio_oracle``) also runs with rasterio absent
(ECOCOMP_WITHOUT_RASTERIO=1, tests/conftest.py).
"""

import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest
# GDAL's Python bindings come with QGIS, conda-forge or the system (python3-gdal), not from pip: without them the
# land-cover science cannot read a raster, and this module is skipped.
gdal = pytest.importorskip("osgeo.gdal")
from osgeo import gdal_array, osr  # noqa: E402

from ecocomp.ecocomp_science import landcover  # noqa: E402
from ecocomp.ecocomp_science.errors import InputError  # noqa: E402
from ecocomp.ecocomp_science.presets import LAND_TYPES  # noqa: E402


def from_origin(west, north, xsize, ysize):
    """A north-up transform, as rasterio.transform.from_origin (the same six numbers)."""
    return landcover.GeoTransform(xsize, 0.0, west, 0.0, -ysize, north)


def write_raster(path, data, transform, crs="EPSG:32650", nodata=0, tiled=False, block_rows=None):
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"] if tiled else \
        ["BLOCKYSIZE={}".format(block_rows)] if block_rows else []
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), data.shape[1], data.shape[0], 1, gdal_array.NumericTypeCodeToGDALTypeCode(data.dtype), options)
    dataset.SetGeoTransform(transform.to_gdal())
    if crs:
        srs = osr.SpatialReference()
        assert srs.SetFromUserInput(crs) == 0, crs
        dataset.SetSpatialRef(srs)
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    assert band.WriteArray(data) == 0
    band = dataset = None
    return str(path)


def read_raster(path):
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(1).ReadAsArray()


def raster_bounds(transform, height, width):
    """(left, bottom, right, top) of a north-up raster."""
    return transform.c, transform.f + transform.e * height, transform.c + transform.a * width, transform.f


def box(x0, y0, x1, y1):
    return {"type": "Polygon", "coordinates": [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]}


def centres_inside(geometry, transform, height, width):
    """Pixels whose centre lies inside a polygon or multipolygon, by the even-odd ray test in numpy (an oracle
    independent of GDAL; random polygons put no edge exactly on a pixel centre)."""
    rows, cols = np.mgrid[0:height, 0:width]
    x = transform.c + (cols + 0.5) * transform.a
    y = transform.f + (rows + 0.5) * transform.e
    parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    inside = np.zeros((height, width), dtype=bool)
    for rings in parts:
        part = np.zeros((height, width), dtype=bool)
        for ring in rings:
            for (x1, y1), (x2, y2) in zip(ring[:-1], ring[1:]):
                crosses = (y1 > y) != (y2 > y)
                with np.errstate(divide="ignore", invalid="ignore"):
                    part ^= crosses & (x < x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        inside |= part
    return inside


def random_polygons(rng, transform, height, width, n=12):
    """Random boxes and triangles that overlap each other and the raster's edges."""
    left, bottom, right, top = raster_bounds(transform, height, width)
    w, h = right - left, top - bottom
    polygons = []
    for _ in range(n):
        x0, y0 = left + rng.uniform(-0.1, 0.8) * w, bottom + rng.uniform(-0.1, 0.8) * h
        x1, y1 = x0 + rng.uniform(0.1, 0.5) * w, y0 + rng.uniform(0.1, 0.5) * h
        if rng.uniform() < 0.5:
            polygons.append(box(x0, y0, x1, y1))
        else:
            polygons.append({"type": "Polygon", "coordinates": [[(x0, y0), (x1, y0 + 0.2 * h), ((x0 + x1) / 2, y1),
                                                                 (x0, y0)]]})
    return polygons


def counts_by_polygon(result):
    return [{v: int(c) for v, c in zip(result.values, row) if c} for row in result.count]


def test_known_counts_in_a_projected_crs_with_non_square_pixels(tmp_path):
    # 3 rows × 4 columns of 30 m × 20 m pixels; classes by column: 1 1 2 3.
    data = np.array([[1, 1, 2, 3]] * 3, dtype=np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, from_origin(1000, 2060, 30, 20))
    # Left polygon covers the centres of columns 0–1 in all rows; right one columns 1–3 of the top row.
    result = landcover.zonal_class_areas(path, [box(1000, 2000, 1061, 2060), box(1040, 2040, 1120, 2060)])
    assert result.values == [1, 2, 3]
    assert result.count.tolist() == [[6, 0, 0], [1, 1, 1]]  # the overlap pixel (col 1, top) counts for both
    assert result.area.tolist() == [[3600.0, 0, 0], [600.0, 600.0, 600.0]]  # 30 m × 20 m = 600 m² each
    areas = landcover.land_type_areas(result, {1: "cultivated", 2: "forest", 3: "built-up"}, LAND_TYPES)
    assert areas[0, LAND_TYPES.index("cultivated")] == pytest.approx(0.36)  # ha


@pytest.mark.parametrize("latitude", [0.0, 60.0])
def test_geographic_cell_area_matches_the_ellipsoid(latitude):
    """A 1° × 1° cell in EPSG:4326 at the equator and at 60° N, against pyproj's geodesic area (0.1 %)."""
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="WGS84")
    # Edges along parallels, densified so that geodesic segments follow them.
    lons = np.linspace(0, 1, 2001)
    ring_lon = np.concatenate([lons, lons[::-1]])
    ring_lat = np.concatenate([np.full(lons.size, latitude), np.full(lons.size, latitude + 1)])
    reference, _ = geod.polygon_area_perimeter(ring_lon, ring_lat)
    ours = landcover.band_area(latitude, latitude + 1, 1.0)
    assert ours == pytest.approx(abs(reference), rel=1e-3)
    transform = from_origin(0, latitude + 1, 1, 1)
    assert landcover.row_areas(transform, 1, True)[0] == pytest.approx(ours)


@pytest.mark.parametrize("crs,transform", [
    ("EPSG:32650", from_origin(500000, 3000000, 30, 20)),
    ("EPSG:4326", from_origin(110.0, 32.0, 0.01, 0.008)),
], ids=["projected", "geographic"])
def test_tiling_polygons_sum_to_the_raster_area(tmp_path, crs, transform):
    rng = np.random.default_rng(1)
    data = rng.integers(1, 8, size=(50, 60)).astype(np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, transform, crs, nodata=None)
    left, bottom, right, top = raster_bounds(transform, 50, 60)
    middle_x, middle_y = (left + right) / 2, (bottom + top) / 2
    tiles = [box(left, bottom, middle_x, middle_y), box(middle_x, bottom, right, middle_y),
             box(left, middle_y, middle_x, top), box(middle_x, middle_y, right, top)]
    result = landcover.zonal_class_areas(path, tiles)
    total = landcover.row_areas(transform, 50, crs == "EPSG:4326").sum() * 60
    assert result.area.sum() == pytest.approx(total, rel=1e-12)
    assert result.count.sum() == 50 * 60


OVERLAP_CASES = [
    ("EPSG:32650", from_origin(500000, 3000000, 30, 20), landcover.STRIP_PIXELS, (120, 90)),
    ("EPSG:32650", from_origin(500000, 3000000, 30, 20), 500, (120, 90)),  # many strips
    ("EPSG:4326", from_origin(110.0, 32.0, 0.01, 0.008), 700, (120, 90)),
    ("EPSG:4326", from_origin(100.0, 40.0, 0.05, 0.01), landcover.STRIP_PIXELS, (700, 40)),  # > 256 rows a strip
]
OVERLAP_IDS = ["projected", "projected-strips", "geographic-strips", "geographic-tall"]


def overlap_case(tmp_path, crs, transform, shape, seed=2):
    rng = np.random.default_rng(seed)
    data = rng.integers(0, 12, size=shape).astype(np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, transform, crs, nodata=0)
    return data, path, random_polygons(rng, transform, *shape)


@pytest.mark.parametrize("crs,transform,strip,shape", OVERLAP_CASES, ids=OVERLAP_IDS)
def test_counts_equal_pixel_centres_inside_overlapping_polygons(tmp_path, crs, transform, strip, shape):
    """Counts per polygon and class equal the pixels whose centre a numpy ray test puts inside the polygon."""
    data, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    ours = landcover.zonal_class_areas(path, polygons, strip_pixels=strip)
    for i, polygon in enumerate(polygons):
        values = data[centres_inside(polygon, transform, *shape)]
        expected = dict(zip(*(v.tolist() for v in np.unique(values[values != 0], return_counts=True))))
        assert counts_by_polygon(ours)[i] == expected, i


@pytest.mark.rasterio_oracle
@pytest.mark.parametrize("crs,transform,strip,shape", OVERLAP_CASES, ids=OVERLAP_IDS)
def test_counts_equal_rasterstats_with_overlapping_polygons(tmp_path, crs, transform, strip, shape):
    zonal_stats = pytest.importorskip("rasterstats").zonal_stats

    _, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    ours = landcover.zonal_class_areas(path, polygons, strip_pixels=strip)
    theirs = zonal_stats(polygons, path, categorical=True, all_touched=False, nodata=0)
    for i, stats in enumerate(theirs):
        assert counts_by_polygon(ours)[i] == {int(k): v for k, v in stats.items()}


def test_bad_rasters_and_polygons(tmp_path):
    data = np.array([[1, 2], [3, 4]], dtype=np.uint8)
    no_crs = write_raster(tmp_path / "nocrs.tif", data, from_origin(0, 2, 1, 1), crs=None)
    with pytest.raises(InputError, match="no coordinate reference system"):
        landcover.zonal_class_areas(no_crs, [box(0, 0, 2, 2)])
    empty = write_raster(tmp_path / "empty.tif", np.zeros((2, 2), dtype=np.uint8), from_origin(0, 2, 1, 1))
    with pytest.raises(InputError, match="holds only nodata"):
        landcover.zonal_class_areas(empty, [box(0, 0, 2, 2)])
    path = write_raster(tmp_path / "lc.tif", data, from_origin(0, 2, 1, 1))
    with pytest.raises(InputError, match=re.escape("2 polygon(s) lie entirely outside the land-cover raster: Far, Away")):
        landcover.zonal_class_areas(path, [box(0, 0, 2, 2), box(10, 10, 11, 11), box(-5, -5, -4, -4)],
                                    ["Here", "Far", "Away"])
    counts = landcover.zonal_class_areas(path, [box(0, 0, 2, 2)])
    with pytest.raises(InputError, match=re.escape("missing from the class mapping: 3, 4")):
        landcover.land_type_areas(counts, {1: "cultivated", 2: "forest"}, LAND_TYPES)
    floats = write_raster(tmp_path / "float.tif", data.astype(np.float32), from_origin(0, 2, 1, 1), nodata=None)
    with pytest.raises(InputError, match="integer class codes of 8 or 16 bits, not float32"):
        landcover.zonal_class_areas(floats, [box(0, 0, 2, 2)])
    with pytest.raises(InputError, match=re.escape("Band 2 does not exist: the land-cover raster lc.tif has 1 band(s)")):
        landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), {1: 1.0}, band=2)
    (tmp_path / "not-a-raster.tif").write_text("not a raster")
    for function in (lambda p: landcover.zonal_class_areas(p, [box(0, 0, 2, 2)]),
                     lambda p: landcover.write_esv_surface(p, str(tmp_path / "esv.tif"), {1: 1.0})):
        with pytest.raises(InputError, match="must be a file GDAL can read"):
            function(str(tmp_path / "not-a-raster.tif"))
    assert not (tmp_path / "esv.tif").exists()


def test_esv_surface_values(tmp_path):
    data = np.array([[1, 2], [8, 0]], dtype=np.uint8)  # CLCD: cropland, forest, impervious, nodata
    path = write_raster(tmp_path / "lc.tif", data, from_origin(500000, 3000000, 100, 100))
    totals = {"cultivated": 7.90, "forest": 28.12}
    values = landcover.class_values_per_hectare({1: "cultivated", 2: "forest", 8: "built-up"}, LAND_TYPES, totals, 1000)
    landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), values)
    esv = read_raster(tmp_path / "esv.tif")
    # 1 ha pixels: F · Ea · 1 ha
    assert esv[0, 0] == pytest.approx(7900.0) and esv[0, 1] == pytest.approx(28120.0)
    assert esv[1, 0] == 0.0 and np.isnan(esv[1, 1])
    out = gdal.Open(str(tmp_path / "esv.tif"))
    assert out.GetGeoTransform() == (500000, 100, 0, 3000000, 0, -100)
    assert out.GetSpatialRef().GetAuthorityCode(None) == "32650"
    assert np.isnan(out.GetRasterBand(1).GetNoDataValue())
    assert out.GetRasterBand(1).DataType == gdal.GDT_Float32
    assert out.GetRasterBand(1).GetBlockSize() == [256, 256]
    assert out.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"


def test_tall_geographic_raster_rows_across_bands(tmp_path):
    """More than 256 rows in one strip (rows are counted in bands of 256): the areas equal Σ count × the row's
    ellipsoidal cell area computed here row by row."""
    rng = np.random.default_rng(9)
    data = rng.integers(0, 6, size=(700, 40)).astype(np.uint8)
    transform = from_origin(100.0, 40.0, 0.05, 0.01)
    path = write_raster(tmp_path / "tall.tif", data, transform, "EPSG:4326", nodata=0)
    polygons = [box(100.2, 34.1, 101.1, 39.7), box(100.0, 33.0, 102.0, 36.5),
                {"type": "Polygon", "coordinates": [[(100.1, 33.2), (101.9, 34.0), (100.9, 39.9), (100.1, 33.2)]]}]
    ours = landcover.zonal_class_areas(path, polygons)
    for i, polygon in enumerate(polygons):
        inside = centres_inside(polygon, transform, 700, 40) & (data != 0)
        assert ours.count[i].sum() == inside.sum()
    # Area of polygon 0 by hand: its pixels are whole rows 30…589 (centres 39.695 … 34.105) × columns 4…21.
    expected = sum(landcover.band_area(40 - 0.01 * (r + 1), 40 - 0.01 * r, 0.05) *
                   np.count_nonzero(data[r, 4:22]) for r in range(30, 590))
    assert ours.area[0].sum() == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("crs,ellipsoid", [
    ("EPSG:4326", (6378137.0, 1 / 298.257223563)),  # WGS 84
    ("EPSG:4490", (6378137.0, 1 / 298.257222101)),  # CGCS2000
    ("EPSG:4214", (6378245.0, 1 / 298.3)),  # Beijing 1954, Krassowsky 1940
    ("EPSG:4047", (6371007.0, 0.0)),  # GRS 1980 authalic sphere
])
def test_pixel_areas_on_the_ellipsoid_of_the_rasters_crs(tmp_path, crs, ellipsoid):
    """The ellipsoid is read from the raster's CRS by osgeo.osr (no pyproj, no silent WGS 84): the areas equal
    each row's band area on that ellipsoid, exactly; on a sphere, a² · Δλ · Δ sin φ."""
    transform = from_origin(110.0, 32.0, 0.01, 0.008)
    data = np.ones((30, 20), dtype=np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, transform, crs, nodata=None)
    result = landcover.zonal_class_areas(path, [box(109, 31, 111, 33)])
    rows = landcover.row_areas(transform, 30, True, ellipsoid)
    assert result.area[0, 0] == pytest.approx(rows.sum() * 20, rel=1e-14)
    assert result.area[0, 0] == pytest.approx(sum(
        landcover.band_area(32 - 0.008 * (r + 1), 32 - 0.008 * r, 0.01, ellipsoid) * 20 for r in range(30)), rel=1e-12)
    if ellipsoid[1] == 0:
        a = ellipsoid[0]
        expected = a * a * np.radians(1.0) * (np.sin(np.radians(31.0)) - np.sin(np.radians(30.0)))
        assert landcover.band_area(30.0, 31.0, 1.0, ellipsoid) == pytest.approx(expected, rel=1e-14)
        # the sphere is the limit of the ellipsoid formula
        assert landcover.band_area(30.0, 31.0, 1.0, (a, 1e-9)) == pytest.approx(expected, rel=1e-6)
    else:
        assert result.area[0, 0] != pytest.approx(
            (landcover.row_areas(transform, 30, True, (6371007.0, 0.0)) * 20).sum(), rel=1e-6)
    landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), {1: 10000.0})  # 1 CNY per m²
    assert np.array_equal(read_raster(tmp_path / "esv.tif")[:, 0], (10000.0 * (rows / 10000.0)).astype(np.float32))


def test_an_unreadable_ellipsoid_is_refused_never_replaced():
    srs = osr.SpatialReference()
    srs.ImportFromWkt('GEOGCS["odd",DATUM["odd",SPHEROID["odd",6378137,0.5]],PRIMEM["Greenwich",0],'
                      'UNIT["degree",0.0174532925199433]]')  # 1/f = 0.5: no ellipsoid
    assert srs.IsGeographic()
    with pytest.raises(InputError, match="coordinate reference system"):
        landcover.ellipsoid_of(srs)

    class Failing:
        def GetSemiMajor(self):  # noqa: N802 (osr's name)
            raise RuntimeError("PROJ: proj_get_ellipsoid: CRS has no geodetic CRS")

        GetInvFlattening = GetSemiMajor

    with pytest.raises(InputError, match="coordinate reference system"):
        landcover.ellipsoid_of(Failing())
    good = osr.SpatialReference()
    good.ImportFromEPSG(4214)
    assert landcover.ellipsoid_of(good) == (6378245.0, 1 / 298.3)


@pytest.mark.parametrize("dtype,codes", [("uint8", [0, 3, 7, 200]), ("uint16", [0, 3, 60000, 1200])])
def test_many_strips_few_in_flight_same_result(tmp_path, monkeypatch, dtype, codes):
    """One row per strip (120 strips, each a window: a count_window call) on 3 threads: the counts and areas of one
    strip, and never more than workers + 1 strips started and not yet consumed (a strip is consumed when progress
    reports it)."""
    import threading

    rng = np.random.default_rng(5)
    data = rng.choice(np.array(codes, dtype=dtype), size=(120, 50))
    path = write_raster(tmp_path / "lc.tif", data, from_origin(500000, 3000000, 30, 20), nodata=0, block_rows=1)
    polygons = [box(500000, 2997600, 501500, 3000000), box(500100, 2998000, 500900, 2999900),
                {"type": "Polygon", "coordinates": [[(500000, 2997600), (501500, 2997600), (500700, 2999500),
                                                     (500000, 2997600)]]}]
    single = landcover.zonal_class_areas(path, polygons, workers=1)

    lock, state = threading.Lock(), {"started": 0, "consumed": 0, "alive": 0}
    count_window = landcover.count_window

    def counting(job, start):
        with lock:
            state["started"] += 1
            state["alive"] = max(state["alive"], state["started"] - state["consumed"])
        return count_window(job, start)

    def progress(_percent):
        with lock:
            state["consumed"] += 1

    monkeypatch.setattr(landcover, "count_window", counting)  # the unit of work, looked up when a run starts
    many = landcover.zonal_class_areas(path, polygons, progress=progress, strip_pixels=50, workers=3)
    assert state["started"] == state["consumed"] == 120
    assert 1 <= state["alive"] <= 3 + 1
    assert many.values == single.values == sorted(set(codes) - {0})
    assert np.array_equal(many.count, single.count)
    assert np.array_equal(many.area, single.area)  # 600 m² pixels: exact sums, whatever the strips
    one_thread = landcover.zonal_class_areas(path, polygons, strip_pixels=50, workers=1)
    assert np.array_equal(many.area, one_thread.area)


class WindowCalls(list):
    """The (job, start) of each landcover.count_window call, in order; ``original`` counts a window unrecorded."""

    original = None


@pytest.fixture
def window_calls(monkeypatch):
    """landcover.count_window recording its calls (dask and the thread pool look it up when a run starts)."""
    calls = WindowCalls()
    calls.original = original = landcover.count_window
    monkeypatch.setattr(landcover, "count_window",
                        lambda job, start: calls.append((job, start)) or original(job, start))
    return calls


@pytest.mark.parametrize("rows, windows, part", [(60, [0, 256, 512], 52), (200, [0, 256, 512], 128),
                                                 (600, [0, 512], 512), (256, [0, 256, 512], 256)])
def test_windows_are_whole_tile_rows_counted_in_even_parts(tmp_path, monkeypatch, window_calls, rows, windows,
                                                           part):
    """A tiled raster (256-row tiles): each window (the unit of work) is whole tile rows, so that its tiles are
    decompressed once by whichever worker counts it, read in parts that divide it evenly and never hold more than
    strip_pixels (``rows`` rows: 60 rows give 5 parts of ≤ 52 rows, 200 give 2 of 128, 600 give windows of 2 tile
    rows); the counts are those of one window over the whole raster. The parts are read from count_window's
    results, which list each part's counts in turn: the raster's frame (the last polygon) holds every pixel of a
    part, so its counts give the part's rows."""
    rng = np.random.default_rng(3)
    data = rng.choice(np.array([0, 2, 5, 9], dtype="uint8"), size=(700, 900))
    transform = from_origin(500000, 3000000, 30, 30)
    path = write_raster(tmp_path / "lc.tif", data, transform, tiled=True)
    polygons = star_polygons(rng, transform, 700, 900)
    whole = landcover.zonal_class_areas(path, polygons, strip_pixels=10 ** 9, workers=1)
    window_calls.clear()
    recorder, counted = landcover.count_window, {}  # the fixture's recorder; each window's results by its start
    monkeypatch.setattr(landcover, "count_window", lambda job, start: counted.setdefault(start, recorder(job, start)))
    split = landcover.zonal_class_areas(path, polygons, strip_pixels=900 * rows, workers=1)
    assert [start for _, start in window_calls] == windows
    frame, parts = len(polygons) - 1, []
    for window in windows:
        first = window
        for i, _, counts, _ in counted[window]:
            if i == frame:  # one entry per part: all the part's pixels
                part_rows, rest = divmod(int(counts.sum()), 900)
                assert rest == 0
                parts.append((first, first + part_rows))
                first += part_rows
    expected = [(first, min(first + part, window + windows[1], 700)) for window in windows
                for first in range(window, min(window + windows[1], 700), part)]
    assert parts == expected
    assert max(stop - first for first, stop in parts) <= rows
    assert split.values == whole.values
    assert np.array_equal(split.count, whole.count)
    np.testing.assert_allclose(split.area, whole.area, rtol=1e-13)


def test_ordered_map_bounds_the_strips_in_flight_and_cancels_the_rest():
    import contextlib
    import threading

    lock, state = threading.Lock(), {"started": 0, "consumed": 0, "alive": 0}

    def square(x):
        with lock:
            state["started"] += 1
            state["alive"] = max(state["alive"], state["started"] - state["consumed"])
        return x * x

    results = []
    with contextlib.closing(landcover.ordered_map(square, range(200), workers=2)) as squares:
        for value in squares:
            results.append(value)
            with lock:
                state["consumed"] += 1
            if len(results) == 5:
                break  # the consumer stops early (a cancelled run): strips not started are not run
    assert results == [0, 1, 4, 9, 16]
    assert state["alive"] <= 2 + 1
    assert state["started"] <= 5 + 2 + 1
    assert list(landcover.ordered_map(square, range(50), workers=2, in_flight=1)) == [x * x for x in range(50)]
    assert list(landcover.ordered_map(square, range(5), workers=1)) == [0, 1, 4, 9, 16]


def test_gdal_cache_bounded_during_a_run_and_restored_after(tmp_path):
    data = np.ones((40, 30), dtype=np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, from_origin(0, 40, 1, 1))
    original = gdal.GetCacheMax()
    seen = []
    try:
        gdal.SetCacheMax(4 * landcover.CACHE_BYTES)
        landcover.zonal_class_areas(path, [box(0, 0, 30, 40)], strip_pixels=300,
                                    progress=lambda _: seen.append(gdal.GetCacheMax()))
        assert seen and max(seen) == landcover.CACHE_BYTES
        assert gdal.GetCacheMax() == 4 * landcover.CACHE_BYTES
        landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), {1: 2.0},
                                    progress=lambda _: seen.append(gdal.GetCacheMax()))
        assert max(seen) == landcover.CACHE_BYTES
        assert gdal.GetCacheMax() == 4 * landcover.CACHE_BYTES
        seen.clear()  # another bound asked for (cache_bytes=): held during the run, restored after
        landcover.zonal_class_areas(path, [box(0, 0, 30, 40)], strip_pixels=300, cache_bytes=landcover.CACHE_BYTES // 4,
                                    progress=lambda _: seen.append(gdal.GetCacheMax()))
        landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), {1: 2.0}, cache_bytes=landcover.CACHE_BYTES // 4,
                                    progress=lambda _: seen.append(gdal.GetCacheMax()))
        assert len(seen) > 1 and set(seen) == {landcover.CACHE_BYTES // 4}
        assert gdal.GetCacheMax() == 4 * landcover.CACHE_BYTES
        gdal.SetCacheMax(landcover.CACHE_BYTES // 2)  # a smaller cache is left as it is
        landcover.zonal_class_areas(path, [box(0, 0, 30, 40)])
        assert gdal.GetCacheMax() == landcover.CACHE_BYTES // 2
    finally:
        gdal.SetCacheMax(original)


def test_gdal_cache_holds_the_tile_rows_being_read_of_a_wide_raster(tmp_path):
    """A tiled raster whose tile rows (one per thread reading) do not fit in the cache asked for (cache_bytes=1000):
    the cache holds them and a quarter more during the run (else each part of a window would decompress its tile
    row again), never more than GDAL's own limit, and is restored after."""
    rng = np.random.default_rng(3)
    data = rng.choice(np.array([0, 2, 5], dtype="uint16"), size=(700, 900))
    transform = from_origin(500000, 3000000, 30, 30)
    path = write_raster(tmp_path / "lc.tif", data, transform, tiled=True)
    polygons = star_polygons(rng, transform, 700, 900)
    tile_row = 900 * 256 * 2  # bytes of one row of 256 × 256 tiles of uint16
    original = gdal.GetCacheMax()
    try:
        gdal.SetCacheMax(10 * 2 ** 20)
        for workers in (1, 2):
            seen = []
            landcover.zonal_class_areas(path, polygons, strip_pixels=900 * 60, cache_bytes=1000, workers=workers,
                                        progress=lambda _, seen=seen: seen.append(gdal.GetCacheMax()))
            assert set(seen) == {workers * tile_row * 5 // 4}, workers
            assert gdal.GetCacheMax() == 10 * 2 ** 20
        gdal.SetCacheMax(tile_row)  # GDAL's own limit is smaller: left as it is
        seen = []
        landcover.zonal_class_areas(path, polygons, strip_pixels=900 * 60, cache_bytes=1000, workers=2,
                                    progress=lambda _: seen.append(gdal.GetCacheMax()))
        assert set(seen) == {tile_row} and gdal.GetCacheMax() == tile_row
        gdal.SetCacheMax(10 * 2 ** 20)  # one strip holds all the rows: no "tile row" to keep, cache_bytes
        single_strip = str(tmp_path / "strip.tif")  # compressed: GDAL cannot split the strip into rows
        gdal.Translate(single_strip, path, creationOptions=["BLOCKYSIZE=700", "COMPRESS=DEFLATE"])
        assert gdal.Open(single_strip).GetRasterBand(1).GetBlockSize() == [900, 700]
        seen = []
        landcover.zonal_class_areas(single_strip, polygons, strip_pixels=900 * 60, cache_bytes=1000, workers=2,
                                    progress=lambda _: seen.append(gdal.GetCacheMax()))
        assert set(seen) == {1000}
    finally:
        gdal.SetCacheMax(original)


# --- the same numbers as rasterio's reading and rasteriser (the path of EcoComp ≤ 0.2), bit for bit ------------

IDENTITY_CASES = [  # (dtype, codes, CRS, transform, strip pixels): uint8 / uint16, projected / geographic, strips
    ("uint8", [0, 1, 2, 5, 9, 200], "EPSG:32650", from_origin(400000.5, 3320000.25, 30.0, 20.0), 40_000),
    ("uint8", [0, 1, 2, 5, 9, 200], "EPSG:4326", from_origin(110.0, 32.0, 0.00027, 0.00027), 40_000),
    ("uint16", [0, 3, 60000, 1200, 7], "EPSG:32650", from_origin(500000.0, 3300000.0, 30.0, 30.0), 40_000),
    ("uint16", [0, 3, 60000, 1200, 7], "EPSG:4490", from_origin(108.3, 33.35, 0.001, 0.0008), 40_000),
    ("int16", [-5, 0, 3, 300], "EPSG:4214", from_origin(108.3, 33.35, 0.001, 0.0008), landcover.STRIP_PIXELS),
]


def star_polygons(rng, transform, height, width, n=20):
    """Random star-shaped polygons (3–40 vertices) and multipolygons over the raster, and the raster's frame."""
    left, bottom, right, top = raster_bounds(transform, height, width)
    polygons = []
    while len(polygons) < n:
        cx, cy = rng.uniform(left, right), rng.uniform(bottom, top)
        rx, ry = rng.uniform(0.05, 0.5) * (right - left), rng.uniform(0.05, 0.5) * (top - bottom)
        k = rng.integers(3, 40)
        angles, radii = np.sort(rng.uniform(0, 2 * np.pi, k)), rng.uniform(0.3, 1.0, k)
        ring = [(float(cx + rx * r * np.cos(a)), float(cy + ry * r * np.sin(a))) for a, r in zip(angles, radii)]
        ring.append(ring[0])
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) <= left or min(xs) >= right or max(ys) <= bottom or min(ys) >= top:
            continue
        if rng.uniform() < 0.3:
            shift = 0.1 * (right - left)
            polygons.append({"type": "MultiPolygon", "coordinates": [[ring], [[(x + shift, y) for x, y in ring]]]})
        else:
            polygons.append({"type": "Polygon", "coordinates": [ring]})
    polygons.append(box(left, bottom, right, top))
    return polygons


@pytest.mark.rasterio_oracle
@pytest.mark.filterwarnings("ignore:Dataset has no geotransform")  # rasterio's MEM raster, before it gets ours
@pytest.mark.parametrize("dtype,codes,crs,transform,strip", IDENTITY_CASES,
                         ids=["uint8-projected", "uint8-geographic", "uint16-projected", "uint16-geographic",
                              "int16-beijing1954-one-strip"])
def test_gdal_path_is_bit_identical_to_rasterio(tmp_path, monkeypatch, dtype, codes, crs, transform, strip):
    """osgeo.gdal's rasteriser (an OGR layer burnt into a MEM raster over the polygon's window) against
    rasterio.features.rasterize as EcoComp 0.2 called it: the same counts and the same areas, bit for bit;
    the ESV surface equals the formula over rasterio's reading of the raster, bit for bit."""
    rasterio = pytest.importorskip("rasterio")
    from affine import Affine
    from rasterio import features

    rng = np.random.default_rng(11)
    data = rng.choice(np.array(codes, dtype=dtype), size=(700, 900))
    path = write_raster(tmp_path / "lc.tif", data, transform, crs, nodata=0, tiled=True)
    polygons = star_polygons(rng, transform, 700, 900)
    ours = landcover.zonal_class_areas(path, polygons, strip_pixels=strip)

    class RasterioRasterizer:
        def __init__(self, shapes, scratch=None):
            pass

        def mask(self, i, window_transform, r0, r1, c0, c1):
            affine = Affine(*window_transform)
            return features.rasterize([(polygons[i], 1)], out_shape=(r1 - r0, c1 - c0),
                                      transform=affine * affine.translation(c0, r0), fill=0, all_touched=False,
                                      dtype=np.uint8).view(bool)

    with monkeypatch.context() as patch:
        patch.setattr(landcover, "Rasterizer", RasterioRasterizer)
        theirs = landcover.zonal_class_areas(path, polygons, strip_pixels=strip)
    assert ours.count.sum() > 0.5 * data.size
    assert ours.values == theirs.values
    assert np.array_equal(ours.count, theirs.count)
    assert ours.area.tobytes() == theirs.area.tobytes()

    values = {c: 1000.0 + 37.3 * i for i, c in enumerate(codes) if c != 0}
    landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), values, strip_pixels=strip)
    with rasterio.open(path) as dataset:
        assert tuple(dataset.transform)[:6] == tuple(transform)
        read = dataset.read(1)
        geographic = dataset.crs.is_geographic
    offset = 2 ** 15 if dtype == "int16" else 0
    lookup = np.full(2 ** (8 * np.dtype(dtype).itemsize), np.nan)
    for code, per_ha in values.items():
        lookup[code + offset] = per_ha
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    ellipsoid = (srs.GetSemiMajor(), 1 / srs.GetInvFlattening()) if geographic else None
    expected = np.empty(read.shape, dtype=np.float32)
    for start in range(0, 700, 7):  # row by row areas as the strips compute them (same doubles per row)
        rows = slice(start, start + 7)
        hectares = landcover.row_areas(transform, 7, geographic, ellipsoid, start) / 10000.0
        block = lookup[read[rows].astype(np.int64) + offset] * hectares[:, None]
        block[read[rows] == 0] = np.nan
        expected[rows] = block.astype(np.float32)
    assert read_raster(tmp_path / "esv.tif").tobytes() == expected.tobytes()


def test_no_rasterio_or_pyproj_needed(plugin_dir, tmp_path):
    """A fresh interpreter in which rasterio, rasterstats, affine and pyproj cannot be imported (as in a stock
    QGIS on Windows or macOS): class areas and the ESV surface of a geographic raster, identical to this
    process's."""
    transform = from_origin(110.0, 32.0, 0.01, 0.008)
    rng = np.random.default_rng(4)
    data = rng.integers(0, 12, size=(120, 90)).astype(np.uint16)
    path = write_raster(tmp_path / "lc.tif", data, transform, "EPSG:4214", nodata=0)
    polygons = random_polygons(rng, transform, 120, 90)
    code = (
        "import json, sys\n"
        "for name in ('rasterio', 'rasterstats', 'affine', 'pyproj'): sys.modules[name] = None\n"
        "sys.path.insert(0, {plugins!r})\n"
        "from ecocomp.ecocomp_science import landcover\n"
        "r = landcover.zonal_class_areas({path!r}, json.loads({polygons!r}), strip_pixels=2000)\n"
        "landcover.write_esv_surface({path!r}, {esv!r}, {{v: 100.0 * v for v in range(12)}}, strip_pixels=2000)\n"
        "print(json.dumps({{'values': r.values, 'count': r.count.tolist(), 'area': [a.hex() for a in r.area.flat],\n"
        "                   'loaded': sorted(m for m in ('rasterio', 'affine', 'pyproj', 'qgis') if sys.modules.get(m))}}))\n"
    ).format(plugins=str(plugin_dir), path=path, polygons=json.dumps(polygons), esv=str(tmp_path / "esv-fresh.tif"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    fresh = json.loads(done.stdout.strip().splitlines()[-1])
    here = landcover.zonal_class_areas(path, polygons, strip_pixels=2000)
    landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), {v: 100.0 * v for v in range(12)}, strip_pixels=2000)
    assert fresh["loaded"] == []
    assert fresh["values"] == here.values and fresh["count"] == here.count.tolist()
    assert fresh["area"] == [a.hex() for a in here.area.flat]
    assert read_raster(tmp_path / "esv-fresh.tif").tobytes() == read_raster(tmp_path / "esv.tif").tobytes()


def test_science_module_imports_neither_rasterio_nor_pyproj():
    import ast
    import pathlib

    modules = sorted(pathlib.Path(landcover.__file__).parent.glob("*.py"))  # the package: __init__, raster, counting…
    assert {m.name for m in modules} >= {"__init__.py", "raster.py", "counting.py", "windows.py"}
    imported = set()
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported |= {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree)
                     if isinstance(n, ast.ImportFrom) and n.module and not n.level}
    # dask only when a scheduler is asked for (zonal_class_areas(..., scheduler=…)), inside a function
    assert imported <= {"collections", "contextlib", "json", "math", "os", "struct", "threading", "uuid", "concurrent",
                        "ctypes", "numpy", "osgeo", "dask"}, imported


def test_the_ci_variant_really_lacks_rasterio(without_rasterio):
    """ECOCOMP_WITHOUT_RASTERIO=1 (scripts/run_tests.sh's second run): rasterio & co. cannot be imported here."""
    import importlib

    if not without_rasterio:
        pytest.skip("checks the ECOCOMP_WITHOUT_RASTERIO=1 variant")
    for name in ("rasterio", "rasterio.features", "affine", "rasterstats", "pyproj"):
        with pytest.raises(ImportError):
            importlib.import_module(name)


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
@pytest.mark.parametrize("crs,transform,strip,shape", OVERLAP_CASES[1:3], ids=OVERLAP_IDS[1:3])
def test_dask_windows_give_the_same_counts_and_areas_exactly(tmp_path, crs, transform, strip, shape, scheduler):
    """count_window over dask (local threads, processes, or one thread) reduced in window order: the counts and
    areas of the single-process path, bit for bit."""
    pytest.importorskip("dask")
    _, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    single = landcover.zonal_class_areas(path, polygons, strip_pixels=strip, workers=1)
    spread = landcover.zonal_class_areas(path, polygons, strip_pixels=strip, scheduler=scheduler)
    assert spread.values == single.values
    assert np.array_equal(spread.count, single.count) and np.array_equal(spread.area, single.area)
    assert landcover.open_handles() == 0  # every dataset closed after the run


def test_a_process_pool_kept_by_the_caller_counts_every_call_and_keeps_no_raster_open(tmp_path):
    """zonal_class_areas(..., scheduler="processes", pool=…): worker processes started once count two calls (as two
    years of a time series) with the single-process counts, and once a call has returned no worker holds the
    raster open (each opens it for a window and closes it after). A pool without a local scheduler is refused."""
    pytest.importorskip("dask")
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("reads the worker processes' open files in /proc (Linux)")

    crs, transform, strip, shape = OVERLAP_CASES[1]
    _, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    single = landcover.zonal_class_areas(path, polygons, strip_pixels=strip, workers=1)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        for _ in range(2):
            spread = landcover.zonal_class_areas(path, polygons, strip_pixels=strip, scheduler="processes", pool=pool)
            assert spread.values == single.values
            assert np.array_equal(spread.count, single.count) and np.array_equal(spread.area, single.area)
        workers = {pool.submit(os.getpid).result() for _ in range(8)} | set(pool._processes)
        assert workers and os.getpid() not in workers
        target = os.path.realpath(path)
        for pid in workers:
            fds = os.listdir("/proc/{}/fd".format(pid))
            opened = {os.path.realpath(os.readlink("/proc/{}/fd/{}".format(pid, fd))) for fd in fds
                      if os.path.exists("/proc/{}/fd/{}".format(pid, fd))}
            assert target not in opened, pid
        for options in ({}, {"client": object()}):
            with pytest.raises(ValueError, match="pool="):
                landcover.zonal_class_areas(path, polygons, pool=pool, **options)
    assert landcover.open_handles() == 0


def test_dask_sends_each_window_the_polygons_it_counts_only(tmp_path, window_calls):
    """The job dask sends with a window holds the shapes of the polygons that reach into it, the others None; the
    counts are those of the single-process path."""
    pytest.importorskip("dask")
    crs, transform, strip, shape = OVERLAP_CASES[1]
    _, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    single = landcover.zonal_class_areas(path, polygons, strip_pixels=strip, workers=1)
    window_calls.clear()
    spread = landcover.zonal_class_areas(path, polygons, strip_pixels=strip, scheduler="synchronous")
    sent = list(window_calls)
    assert len(sent) > 1 and np.array_equal(spread.count, single.count) and np.array_equal(spread.area, single.area)
    for job, start in sent:
        stop = min(start + job.strip, job.height)
        reaching = [r0 < stop and r1 > start for r0, r1, _, _ in job.windows]
        assert [shape is not None for shape in job.shapes] == reaching
        assert any(reaching) and not all(reaching) or len(polygons) == sum(reaching)
    assert any(not all(shape is not None for shape in job.shapes) for job, _ in sent)


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_dask_windows_of_tile_rows_in_parts_give_the_same_counts(tmp_path, scheduler):
    """A tiled raster whose windows are tile rows read in several parts, counted by dask: the counts and areas of
    the single-process path, bit for bit."""
    pytest.importorskip("dask")
    rng = np.random.default_rng(8)
    data = rng.choice(np.array([0, 3, 4, 11], dtype="uint16"), size=(700, 900))
    transform = from_origin(110.0, 31.0, 0.001, 0.001)
    path = write_raster(tmp_path / "lc.tif", data, transform, crs="EPSG:4326", tiled=True)
    polygons = star_polygons(rng, transform, 700, 900)
    single = landcover.zonal_class_areas(path, polygons, strip_pixels=900 * 60, workers=1)
    spread = landcover.zonal_class_areas(path, polygons, strip_pixels=900 * 60, scheduler=scheduler)
    assert spread.values == single.values == [3, 4, 11]
    assert np.array_equal(spread.count, single.count) and np.array_equal(spread.area, single.area)


def test_a_forked_worker_sizes_its_cache_from_gdal_s_own_limit(tmp_path, window_calls, plugin_dir):
    """A worker process forked while the caller's cache was lowered (its limits inherited) takes GDAL's own limit,
    not the lowered one, as the ceiling for a wide raster's tile rows — simulated in a fresh interpreter (a worker
    that has counted nothing yet): a job of another process counted inside bounded_gdal_cache(), then a job whose
    tile rows exceed GDAL's own limit, which the worker's cache stops at."""
    import pickle

    data = np.ones((700, 900), dtype=np.uint16)
    transform = from_origin(500000, 3000000, 30, 30)
    path = write_raster(tmp_path / "lc.tif", data, transform, tiled=True)
    landcover.zonal_class_areas(path, [box(500000, 2979000, 527000, 3000000)], workers=1, cache_bytes=1000)
    job = window_calls[0][0]
    foreign = job._replace(token="another-process-" + job.token.split("-", 1)[1])
    assert foreign.cache_bytes == 1000  # the call's cache_bytes travels with its windows to the workers
    (tmp_path / "job.pickle").write_bytes(pickle.dumps(foreign))
    code = (
        "import json, pickle, sys\n"
        "sys.path.insert(0, {plugins!r})\n"
        "from osgeo import gdal\n"
        "from ecocomp.ecocomp_science import landcover\n"
        "with open({job!r}, 'rb') as handle:\n"
        "    foreign = pickle.load(handle)\n"
        "seen = []\n"
        "gdal.SetCacheMax(10 * 2 ** 20)\n"
        "with landcover.bounded_gdal_cache(1000):  # as the caller's state is when the pool forks its workers\n"
        "    seen.append(gdal.GetCacheMax())\n"
        "    landcover.count_window(foreign, 0)\n"
        "    seen.append(gdal.GetCacheMax())\n"
        "landcover.count_window(foreign._replace(tile_row=64 * 2 ** 20), 0)  # tile rows above GDAL's own limit\n"
        "seen.append(gdal.GetCacheMax())\n"
        "print(json.dumps(seen))\n"
    ).format(plugins=str(plugin_dir), job=str(tmp_path / "job.pickle"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lowered, inside, ceiling = json.loads(done.stdout.strip().splitlines()[-1])
    assert lowered == 1000
    assert inside == foreign.tile_row * 5 // 4 == 900 * 256 * 2 * 5 // 4
    assert ceiling == 10 * 2 ** 20  # the worker's ceiling: GDAL's own limit, not the lowered 1000


def test_a_window_counted_after_its_call_ended_keeps_no_raster_open(tmp_path, window_calls):
    """A window of the calling process still running when its call has ended (dask's threads go on after another
    window failed) opens the raster for itself and closes it: nothing is left in the handles."""
    crs, transform, strip, shape = OVERLAP_CASES[1]
    _, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    count_window = window_calls.original
    landcover.zonal_class_areas(path, polygons, strip_pixels=strip, workers=1)
    assert landcover.open_handles() == 0
    job, start = window_calls[0]
    late = count_window(job, start)  # after the call's release
    assert late and landcover.open_handles() == 0
    other = job._replace(token=landcover.job_token(path))  # a call of this process not yet released
    count_window(other, start)
    assert landcover.open_handles() == 1
    landcover.release_job(other)
    assert landcover.open_handles() == 0


def test_a_window_job_pickles_for_worker_processes(tmp_path, window_calls):
    """The unit of work travels to another process as plain values and counts the same there."""
    import pickle

    crs, transform, strip, shape = OVERLAP_CASES[1]
    _, path, polygons = overlap_case(tmp_path, crs, transform, shape)
    original = window_calls.original
    landcover.zonal_class_areas(path, polygons, strip_pixels=strip, workers=1)
    job, start = window_calls[1]
    copy = pickle.loads(pickle.dumps(job))
    assert copy == job and copy.token == job.token
    here, there = original(job, start), original(copy, start)
    assert [i for i, *_ in here] == [i for i, *_ in there] and here
    for (_, codes, counts, areas), (_, codes2, counts2, areas2) in zip(here, there):
        assert np.array_equal(codes, codes2) and np.array_equal(counts, counts2) and np.array_equal(areas, areas2)
    landcover.release_job(job)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_windows_in_a_distributed_worker_reuse_freed_memory(plugin_dir):
    """dask.distributed starts workers with MALLOC_TRIM_THRESHOLD_=65536: every array above 128 kB is then a fresh
    mapping, faulted in page by page. While windows count, freed memory is kept for reuse (a 4 MB array allocated
    and freed 50 times faults its pages in once, not 50 times); after, the worker is as distributed set it."""
    import textwrap

    script = textwrap.dedent("""
        import resource, sys
        sys.path.insert(0, sys.argv[1])
        import numpy as np
        from ecocomp.ecocomp_science.landcover import windows

        def faults():
            before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            for _ in range(50):
                np.ones(2 ** 19)  # 4 MB, freed at once
            return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

        outside = faults()
        with windows._heap_reuse():
            inside = faults()
        after = faults()
        print(outside, inside, after)
    """)
    env = dict(os.environ, MALLOC_TRIM_THRESHOLD_="65536")
    done = subprocess.run([sys.executable, "-c", script, str(plugin_dir)], capture_output=True, text=True, env=env,
                          check=True)
    outside, inside, after = map(int, done.stdout.split())
    if outside < 50 * 20:  # this C library and numpy reuse the memory anyway (Debian sid: 150 faults in all)
        pytest.skip("freed memory is reused here even with MALLOC_TRIM_THRESHOLD_ set ({} faults)".format(outside))
    assert outside > 50 * 200  # a fresh mapping each time: its pages faulted in again (≈ 500 faults here)
    assert inside < outside / 10  # faulted once, then reused
    assert after > 50 * 200  # distributed's setting again

"""Land-cover class areas and ESV surface without QGIS: known counts, ellipsoidal areas, rasterstats equality."""

import re

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
from rasterio.transform import from_origin  # noqa: E402

from ecocomp.ecocomp_plugin import landcover  # noqa: E402
from ecocomp.ecocomp_plugin.errors import InputError  # noqa: E402
from ecocomp.ecocomp_plugin.presets import LAND_TYPES  # noqa: E402


def write_raster(path, data, transform, crs="EPSG:32650", nodata=0):
    profile = dict(driver="GTiff", width=data.shape[1], height=data.shape[0], count=1, dtype=data.dtype.name,
                   crs=crs, transform=transform, nodata=nodata)
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(data, 1)
    return str(path)


def box(x0, y0, x1, y1):
    return {"type": "Polygon", "coordinates": [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]]}


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
    with rasterio.open(path) as dataset:
        left, bottom, right, top = dataset.bounds
    middle_x, middle_y = (left + right) / 2, (bottom + top) / 2
    tiles = [box(left, bottom, middle_x, middle_y), box(middle_x, bottom, right, middle_y),
             box(left, middle_y, middle_x, top), box(middle_x, middle_y, right, top)]
    result = landcover.zonal_class_areas(path, tiles)
    total = landcover.row_areas(transform, 50, crs == "EPSG:4326").sum() * 60
    assert result.area.sum() == pytest.approx(total, rel=1e-12)
    assert result.count.sum() == 50 * 60


@pytest.mark.parametrize("crs,transform,strip", [
    ("EPSG:32650", from_origin(500000, 3000000, 30, 20), landcover.STRIP_PIXELS),
    ("EPSG:32650", from_origin(500000, 3000000, 30, 20), 500),  # many strips
    ("EPSG:4326", from_origin(110.0, 32.0, 0.01, 0.008), 700),
], ids=["projected", "projected-strips", "geographic-strips"])
def test_counts_equal_rasterstats_with_overlapping_polygons(tmp_path, crs, transform, strip):
    from rasterstats import zonal_stats

    rng = np.random.default_rng(2)
    data = rng.integers(0, 12, size=(120, 90)).astype(np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, transform, crs, nodata=0)
    with rasterio.open(path) as dataset:
        left, bottom, right, top = dataset.bounds
    w, h = right - left, top - bottom
    polygons = []
    for _ in range(12):  # random boxes and triangles that overlap each other
        x0, y0 = left + rng.uniform(-0.1, 0.8) * w, bottom + rng.uniform(-0.1, 0.8) * h
        x1, y1 = x0 + rng.uniform(0.1, 0.5) * w, y0 + rng.uniform(0.1, 0.5) * h
        if rng.uniform() < 0.5:
            polygons.append(box(x0, y0, x1, y1))
        else:
            polygons.append({"type": "Polygon", "coordinates": [[(x0, y0), (x1, y0 + 0.2 * h), ((x0 + x1) / 2, y1),
                                                                 (x0, y0)]]})
    ours = landcover.zonal_class_areas(path, polygons, strip_pixels=strip)
    theirs = zonal_stats(polygons, path, categorical=True, all_touched=False, nodata=0)
    for i, stats in enumerate(theirs):
        assert {v: int(c) for v, c in zip(ours.values, ours.count[i]) if c} == {int(k): v for k, v in stats.items()}


def test_bad_rasters_and_polygons(tmp_path):
    data = np.array([[1, 2], [3, 4]], dtype=np.uint8)
    no_crs = tmp_path / "nocrs.tif"
    with rasterio.open(no_crs, "w", driver="GTiff", width=2, height=2, count=1, dtype="uint8",
                       transform=from_origin(0, 2, 1, 1)) as dataset:
        dataset.write(data, 1)
    with pytest.raises(InputError, match="no coordinate reference system"):
        landcover.zonal_class_areas(str(no_crs), [box(0, 0, 2, 2)])
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


def test_esv_surface_values(tmp_path):
    data = np.array([[1, 2], [8, 0]], dtype=np.uint8)  # CLCD: cropland, forest, impervious, nodata
    path = write_raster(tmp_path / "lc.tif", data, from_origin(500000, 3000000, 100, 100))
    totals = {"cultivated": 7.90, "forest": 28.12}
    values = landcover.class_values_per_hectare({1: "cultivated", 2: "forest", 8: "built-up"}, LAND_TYPES, totals, 1000)
    landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), values)
    with rasterio.open(tmp_path / "esv.tif") as dataset:
        esv = dataset.read(1)
    # 1 ha pixels: F · Ea · 1 ha
    assert esv[0, 0] == pytest.approx(7900.0) and esv[0, 1] == pytest.approx(28120.0)
    assert esv[1, 0] == 0.0 and np.isnan(esv[1, 1])


def test_tall_geographic_raster_rows_across_bands(tmp_path):
    """More than 256 rows in one strip (rows are counted in bands of 256): counts equal rasterstats, and the
    areas equal Σ count × the row's ellipsoidal cell area computed here row by row."""
    from rasterstats import zonal_stats

    rng = np.random.default_rng(9)
    data = rng.integers(0, 6, size=(700, 40)).astype(np.uint8)
    transform = from_origin(100.0, 40.0, 0.05, 0.01)
    path = write_raster(tmp_path / "tall.tif", data, transform, "EPSG:4326", nodata=0)
    polygons = [box(100.2, 34.1, 101.1, 39.7), box(100.0, 33.0, 102.0, 36.5),
                {"type": "Polygon", "coordinates": [[(100.1, 33.2), (101.9, 34.0), (100.9, 39.9), (100.1, 33.2)]]}]
    ours = landcover.zonal_class_areas(path, polygons)
    theirs = zonal_stats(polygons, path, categorical=True, all_touched=False, nodata=0)
    for i, stats in enumerate(theirs):
        assert {v: int(c) for v, c in zip(ours.values, ours.count[i]) if c} == {int(k): v for k, v in stats.items()}
    # Area of polygon 0 by hand: its pixels are whole rows 30…589 (centres 39.695 … 34.105) × columns 4…21.
    expected = sum(landcover.band_area(40 - 0.01 * (r + 1), 40 - 0.01 * r, 0.05) *
                   np.count_nonzero(data[r, 4:22]) for r in range(30, 590))
    assert ours.area[0].sum() == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("dtype,codes", [("uint8", [0, 3, 7, 200]), ("uint16", [0, 3, 60000, 1200])])
def test_many_strips_few_in_flight_same_result(tmp_path, monkeypatch, dtype, codes):
    """One row per strip (120 strips) on 3 threads: the counts and areas of one strip, and never more than
    workers + 1 strips started and not yet consumed (a strip is consumed when progress reports it)."""
    import threading

    rng = np.random.default_rng(5)
    data = rng.choice(np.array(codes, dtype=dtype), size=(120, 50))
    path = write_raster(tmp_path / "lc.tif", data, from_origin(500000, 3000000, 30, 20), nodata=0)
    polygons = [box(500000, 2997600, 501500, 3000000), box(500100, 2998000, 500900, 2999900),
                {"type": "Polygon", "coordinates": [[(500000, 2997600), (501500, 2997600), (500700, 2999500),
                                                     (500000, 2997600)]]}]
    single = landcover.zonal_class_areas(path, polygons, workers=1)

    lock, state = threading.Lock(), {"started": 0, "consumed": 0, "alive": 0}
    count_strip = landcover._count_strip

    def counting(*args):
        with lock:
            state["started"] += 1
            state["alive"] = max(state["alive"], state["started"] - state["consumed"])
        return count_strip(*args)

    def progress(_percent):
        with lock:
            state["consumed"] += 1

    monkeypatch.setattr(landcover, "_count_strip", counting)
    many = landcover.zonal_class_areas(path, polygons, progress=progress, strip_pixels=50, workers=3)
    assert state["started"] == state["consumed"] == 120
    assert 1 <= state["alive"] <= 3 + 1
    assert many.values == single.values == sorted(set(codes) - {0})
    assert np.array_equal(many.count, single.count)
    assert np.array_equal(many.area, single.area)  # 600 m² pixels: exact sums, whatever the strips
    one_thread = landcover.zonal_class_areas(path, polygons, strip_pixels=50, workers=1)
    assert np.array_equal(many.area, one_thread.area)


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
    from rasterio.env import get_gdal_config, set_gdal_config

    data = np.ones((40, 30), dtype=np.uint8)
    path = write_raster(tmp_path / "lc.tif", data, from_origin(0, 40, 1, 1))
    original = get_gdal_config("GDAL_CACHEMAX")
    seen = []
    try:
        set_gdal_config("GDAL_CACHEMAX", 4 * landcover.CACHE_BYTES)
        landcover.zonal_class_areas(path, [box(0, 0, 30, 40)], strip_pixels=300,
                                    progress=lambda _: seen.append(get_gdal_config("GDAL_CACHEMAX")))
        assert seen and max(seen) == landcover.CACHE_BYTES
        assert get_gdal_config("GDAL_CACHEMAX") == 4 * landcover.CACHE_BYTES
        landcover.write_esv_surface(path, str(tmp_path / "esv.tif"), {1: 2.0},
                                    progress=lambda _: seen.append(get_gdal_config("GDAL_CACHEMAX")))
        assert max(seen) == landcover.CACHE_BYTES
        assert get_gdal_config("GDAL_CACHEMAX") == 4 * landcover.CACHE_BYTES
        set_gdal_config("GDAL_CACHEMAX", landcover.CACHE_BYTES // 2)  # a smaller cache is left as it is
        landcover.zonal_class_areas(path, [box(0, 0, 30, 40)])
        assert get_gdal_config("GDAL_CACHEMAX") == landcover.CACHE_BYTES // 2
    finally:
        set_gdal_config("GDAL_CACHEMAX", original)

"""Land-cover rasters: class areas per polygon and an ESV surface (methods.md §1, all land types) [XIE, HB].

Pixels are counted by centre: a pixel belongs to a polygon when its centre
lies inside it (GDAL's rasterisation rule, all_touched = False, as rasterstats
uses). Polygons may overlap: every polygon counts every pixel whose centre it
contains. Areas are exact for projected rasters (|det| of the pixel transform,
non-square pixels included) and ellipsoidal for geographic ones (each row's
cells have the area of their latitude band on the ellipsoid).

The raster is read in strips of rows, never whole, and memory does not grow
with the raster (benchmarks/landcover_memory.py): at most ``workers`` + 1
strips are in flight at once, temporaries are bounded by the strip (or by
CHUNK_PIXELS), per-polygon totals have a column per class code present (not
per possible code), and GDAL's block cache — process-wide, 5 % of the RAM by
default, which would otherwise fill with blocks read or written once — is
held at CACHE_BYTES while a raster is read or written. rasterio is imported
here, lazily.
"""

import collections
import contextlib
import math
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .errors import InputError, list_names

STRIP_PIXELS = 16_000_000  # pixels per strip read at once: memory stays near two strips per worker (~50 MB)
WORKERS = 2  # strips are counted in parallel: numpy's arithmetic and GDAL's rasterisation release the GIL
CHUNK_PIXELS = 2 ** 21  # pixels per window of the ESV arithmetic within a strip (its 8-byte temporaries: 16 MB)
CACHE_BYTES = 64 * 2 ** 20  # GDAL's block cache while a raster is read or written (never raised; restored after)
WGS84 = (6378137.0, 1 / 298.257223563)

_cache_lock = threading.Lock()
_cache_users = 0
_cache_saved = None


@contextlib.contextmanager
def bounded_gdal_cache(limit=CACHE_BYTES):
    """GDAL's block cache held at most ``limit`` bytes inside the block, then restored.

    The cache is process-wide: it is lowered by the first of concurrent users
    and restored by the last, so that overlapping calls (two algorithms
    running at once in QGIS) cannot leave it lowered. Blocks are read or
    written once per strip by these algorithms, so a larger cache would only
    hold memory: by default it grows to 5 % of the RAM whatever the raster.
    """
    from rasterio.env import get_gdal_config, set_gdal_config

    global _cache_users, _cache_saved
    with _cache_lock:
        if _cache_users == 0:
            current = get_gdal_config("GDAL_CACHEMAX")
            _cache_saved = current if isinstance(current, int) and current > limit else None
            if _cache_saved is not None:
                set_gdal_config("GDAL_CACHEMAX", limit)
        _cache_users += 1
    try:
        yield
    finally:
        with _cache_lock:
            _cache_users -= 1
            if _cache_users == 0 and _cache_saved is not None:
                set_gdal_config("GDAL_CACHEMAX", _cache_saved)
                _cache_saved = None


def ordered_map(function, items, workers, in_flight=None):
    """``function(item)`` for each item, yielded in order, computed by ``workers`` threads.

    At most ``in_flight`` (default ``workers`` + 1) items are submitted and
    not yet consumed at any time — ThreadPoolExecutor.map would submit them
    all at once and keep every result until it is consumed. Use it with
    ``contextlib.closing`` so that items not yet started are cancelled when
    the consumer stops early.
    """
    if workers <= 1:
        yield from map(function, items)
        return
    in_flight = max(1, in_flight or workers + 1)
    pending = collections.deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for item in items:
                if len(pending) >= in_flight:
                    yield pending.popleft().result()
                pending.append(pool.submit(function, item))
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def band_area(lat1, lat2, dlon, ellipsoid=WGS84):
    """Area (m²) of the cell between latitudes lat1, lat2 (degrees) spanning dlon degrees, on an ellipsoid.

    A = (b² · Δλ / 2) · [q(φ)] from φ1 to φ2, with q(φ) = sinφ / (1 − e² sin²φ) + (1 / 2e) · ln((1 + e sinφ) / (1 − e sinφ)).
    """
    a, f = ellipsoid
    b = a * (1 - f)
    e = math.sqrt(1 - (b / a) ** 2)

    def q(lat):
        s = np.sin(np.radians(lat))
        return s / (1 - e * e * s * s) + np.log((1 + e * s) / (1 - e * s)) / (2 * e)

    return np.abs(b * b * np.radians(dlon) / 2 * (q(np.asarray(lat2, dtype=float)) - q(np.asarray(lat1, dtype=float))))


def row_areas(transform, height, geographic, ellipsoid=WGS84, row_offset=0):
    """Area (m²) of one pixel in each of ``height`` rows starting at ``row_offset``."""
    if transform.b != 0 or transform.d != 0:
        if geographic:
            raise InputError("Rotated geographic rasters are not supported: warp the raster first.")
        return np.full(height, abs(transform.a * transform.e - transform.b * transform.d))
    if not geographic:
        return np.full(height, abs(transform.a * transform.e))
    rows = np.arange(row_offset, row_offset + height, dtype=float)
    top = transform.f + rows * transform.e
    return band_area(top, top + transform.e, abs(transform.a), ellipsoid)


def _ellipsoid(crs):
    """(a, f) of a rasterio CRS's ellipsoid, WGS84 when it cannot be read."""
    try:
        from pyproj import CRS

        ellipsoid = CRS.from_user_input(crs.to_wkt()).ellipsoid
        return ellipsoid.semi_major_metre, 1 / ellipsoid.inverse_flattening
    except Exception:  # noqa: BLE001 - pyproj is optional; WGS84 is the fallback
        return WGS84


def _class_codes(dataset, band):
    """(number of possible codes, offset to non-negative bins) of a land-cover band, after checking it.

    Refuses a raster without CRS and bands that are not 8- or 16-bit integer class codes.
    """
    if dataset.crs is None:
        raise InputError("The land-cover raster has no coordinate reference system: assign one first.")
    dtype = np.dtype(dataset.dtypes[band - 1])
    if dtype.kind not in "ui" or dtype.itemsize > 2:
        raise InputError("The land-cover raster must hold integer class codes of 8 or 16 bits, not {}.", dtype)
    base = 2 ** (8 * dtype.itemsize)
    return base, (0 if dtype.kind == "u" else base // 2)  # signed codes shifted to non-negative bins


def _bounds(geometry):
    """Bounds of a GeoJSON-like polygon or multipolygon."""
    coords = geometry["coordinates"]
    points = []
    stack = [coords]
    while stack:
        item = stack.pop()
        if isinstance(item[0], (int, float)):
            points.append(item)
        else:
            stack.extend(item)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


class ZonalCounts:
    """Per-polygon pixel counts and areas by raw class value, accumulated strip by strip."""

    def __init__(self, zones, values):
        self.values = values  # raw class values (columns)
        self.count = np.zeros((zones, len(values)), dtype=np.int64)
        self.area = np.zeros((zones, len(values)))


class _Totals:
    """Counts and areas per polygon and class code, accumulated strip by strip in one column per code present.

    A 16-bit raster has 65,536 possible codes but a few tens present: columns
    are added as codes appear, so memory is polygons × codes present.
    """

    def __init__(self, zones, base):
        self.column = np.full(base, -1, dtype=np.int64)  # code → column, −1 while absent
        self.codes = np.zeros(0, dtype=np.int64)
        self.count = np.zeros((zones, 0), dtype=np.int64)
        self.area = np.zeros((zones, 0))

    def add(self, zone, codes, counts, areas):
        keep = counts != 0  # adding a zero count (area 0.0) would change nothing
        codes, counts, areas = np.asarray(codes)[keep], counts[keep], areas[keep]
        new = codes[self.column[codes] < 0]
        if new.size:
            self.column[new] = np.arange(self.codes.size, self.codes.size + new.size)
            self.codes = np.concatenate([self.codes, new])
            zones = self.count.shape[0]
            self.count = np.hstack([self.count, np.zeros((zones, new.size), dtype=np.int64)])
            self.area = np.hstack([self.area, np.zeros((zones, new.size))])
        columns = self.column[codes]
        self.count[zone, columns] += counts
        self.area[zone, columns] += areas


def _pixel_window(bounds, transform, height, width):
    """Rows and columns (start inclusive, stop exclusive) whose pixel centres can lie inside ``bounds``."""
    xmin, ymin, xmax, ymax = bounds
    c0 = int(math.floor((xmin - transform.c) / transform.a))
    c1 = int(math.ceil((xmax - transform.c) / transform.a)) + 1
    r0 = int(math.floor((ymax - transform.f) / transform.e))
    r1 = int(math.ceil((ymin - transform.f) / transform.e)) + 1
    return max(r0, 0), min(r1, height), max(c0, 0), min(c1, width)


def _count_strip(features, dataset, band, geometries, windows, local, start, stop, width, offset, base, geographic,
                 ellipsoid):
    """(polygon, class codes, pixel counts, areas m²) for each polygon of ``local`` within rows start…stop.

    Each polygon is rasterised over its own window; the class codes under its
    mask are selected and counted (by row too in geographic rasters, whose
    rows differ in pixel area).
    """
    from rasterio.windows import Window

    rows = stop - start
    data = dataset.read(band, window=Window(0, start, width, rows))
    if offset:
        data = data.astype(np.int32)
        data += offset
    row_area = row_areas(dataset.transform, rows, geographic, ellipsoid, start)
    packed = None
    if geographic and base <= 256:
        # (row mod 256, class) packed in 16 bits once per strip: one bincount of a polygon's pixels
        # per band of 256 rows then gives counts by row and class, with no wide temporaries.
        packed = np.empty((rows, width), dtype=np.uint16)
        packed[...] = data
        packed |= (np.arange(rows, dtype=np.uint16) % 256 << 8)[:, None]
    transform = dataset.transform
    out = []
    for i in local:
        r0, r1, c0, c1 = windows[i]
        r0, r1 = max(r0, start), min(r1, stop)
        mask = features.rasterize([(geometries[i], 1)], out_shape=(r1 - r0, c1 - c0),
                                  transform=transform * transform.translation(c0, r0), fill=0,
                                  all_touched=False, dtype=np.uint8).view(bool)
        if packed is not None:
            counts, areas = np.zeros(base, dtype=np.int64), np.zeros(base)
            for band_start in range((r0 - start) // 256 * 256, r1 - start, 256):
                a, b = max(band_start, r0 - start), min(band_start + 256, r1 - start)
                selected = packed[a:b, c0:c1][mask[a - (r0 - start):b - (r0 - start)]]
                if selected.size:
                    by_row = np.bincount(selected, minlength=65536).reshape(256, 256)
                    band_rows = min(256, rows - band_start)
                    counts += by_row.sum(axis=0)
                    areas += row_area[band_start:band_start + band_rows] @ by_row[:band_rows]
            if counts.any():
                out.append((i, np.arange(base), counts, areas))
            continue
        values = data[r0 - start:r1 - start, c0:c1][mask]
        if values.size == 0:
            continue
        codes, inverse = (None, values) if base <= 256 else np.unique(values, return_inverse=True)
        k = base if codes is None else codes.size
        if geographic:
            row = np.repeat(np.arange(r1 - r0, dtype=np.int64), np.count_nonzero(mask, axis=1))
            by_row = np.bincount(row * k + inverse, minlength=(r1 - r0) * k).reshape(r1 - r0, k)
            counts, areas = by_row.sum(axis=0), row_area[r0 - start:r1 - start] @ by_row
        else:
            counts = np.bincount(inverse, minlength=k)
            areas = counts * row_area[0]
        out.append((i, np.arange(base) if codes is None else codes, counts, areas))
    return out


def zonal_class_areas(path, geometries, labels=None, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS, workers=WORKERS):
    """Pixel counts and areas (m²) of each raster class value inside each polygon (pixel-centre rule).

    ``geometries``: GeoJSON-like polygons in the raster's CRS. Returns a
    :class:`ZonalCounts` over the class values that occur inside polygons.

    The raster is read in strips of rows. Within a strip each polygon is
    rasterised alone over its own bounding window — so overlapping polygons
    each get every pixel whose centre they contain, exactly as rasterstats
    counts — and one ``bincount`` over (row, class, inside) codes counts its
    pixels; each row's pixel area turns counts into areas. The polygons'
    bounding windows together cover about the raster once for county maps,
    so the work stays near one pass over the pixels.

    Refuses a raster without CRS, non-integer rasters, polygons entirely
    outside the raster (listed) and a raster holding only nodata inside the
    polygons.
    """
    import rasterio
    from rasterio import features
    from rasterio.errors import NotGeoreferencedWarning

    labels = labels or ["#{}".format(i + 1) for i in range(len(geometries))]
    with rasterio.open(path) as dataset:
        base, offset = _class_codes(dataset, band)
        transform, height, width = dataset.transform, dataset.height, dataset.width
        if transform.b != 0 or transform.d != 0:
            raise InputError("Rotated rasters are not supported: warp the land-cover raster to a north-up grid first.")
        nodata = dataset.nodata
        geographic = dataset.crs.is_geographic
        ellipsoid = _ellipsoid(dataset.crs) if geographic else None
        left, bottom, right, top = dataset.bounds
        windows, outside = [], []
        for i, geometry in enumerate(geometries):
            bounds = _bounds(geometry)
            if bounds[2] <= left or bounds[0] >= right or bounds[3] <= bottom or bounds[1] >= top:
                outside.append(labels[i])
            windows.append(_pixel_window(bounds, transform, height, width))
        if outside:
            raise InputError("{} polygon(s) lie entirely outside the land-cover raster: {}.", len(outside), list_names(outside))
        totals = _Totals(len(geometries), base)
        strip = max(1, min(height, strip_pixels // max(width, 1)))
        starts = [start for start in range(0, height, strip)
                  if any(r0 < min(start + strip, height) and r1 > start and c1 > c0 for r0, r1, c0, c1 in windows)]
    local_state = threading.local()
    # rasterio's in-memory rasterisation dataset reads its default transform before it is given ours and
    # warns; the warning shows only in threads (warnings.catch_warnings is not thread-safe) and is spurious.
    warnings.filterwarnings("ignore", message="Dataset has no geotransform", category=NotGeoreferencedWarning)

    def count(start):
        """One strip, in a worker thread with its own dataset handle and buffer."""
        if cancelled is not None and cancelled():
            return []
        if not hasattr(local_state, "dataset"):
            local_state.dataset = rasterio.open(path)
            opened.append(local_state.dataset)
        stop = min(start + strip, height)
        local = [i for i, (r0, r1, c0, c1) in enumerate(windows) if r0 < stop and r1 > start and c1 > c0]
        with rasterio.Env():  # one GDAL environment per strip, not one per rasterisation
            return _count_strip(features, local_state.dataset, band, geometries, windows, local, start, stop, width,
                                offset, base, geographic, ellipsoid)

    opened = []
    try:
        with bounded_gdal_cache(), contextlib.closing(ordered_map(count, starts, workers)) as strips:
            for done, results in enumerate(strips, start=1):
                if cancelled is not None and cancelled():
                    raise InputError("Cancelled.")
                for i, present, counts, areas in results:
                    totals.add(i, present, counts, areas)
                if progress is not None:
                    progress(100.0 * done / len(starts))
    finally:
        for handle in opened:
            handle.close()
    if nodata is not None:
        code = int(nodata) + offset
        if 0 <= code < base and totals.column[code] >= 0:
            totals.count[:, totals.column[code]] = 0
            totals.area[:, totals.column[code]] = 0
    if totals.count.sum() == 0:
        raise InputError("Inside the polygons the land-cover raster holds only nodata (nodata = {}).", nodata)
    present = np.sort(totals.codes[totals.count.sum(axis=0) != 0])
    result = ZonalCounts(len(geometries), (present - offset).tolist())
    result.count[:] = totals.count[:, totals.column[present]]
    result.area[:] = totals.area[:, totals.column[present]]
    return result


def land_type_areas(counts, mapping, land_types):
    """Areas (ha) per polygon and land type from raw class areas; unmapped classes are refused, listed.

    ``mapping`` {class value: land type}; returns an array (polygons × land types).
    """
    unmapped = [v for v in counts.values if v not in mapping]
    if unmapped:
        raise InputError("Land-cover classes present in the polygons but missing from the class mapping: {}. "
                         "Add them (a land type, or 'ignore').", list_names(unmapped))
    unknown = sorted({t for t in mapping.values() if t not in land_types and t != "ignore"})
    if unknown:
        raise InputError("Unknown land type(s) in the class mapping: {}; use {} or 'ignore'.",
                         list_names(unknown), ", ".join(land_types))
    out = np.zeros((counts.area.shape[0], len(land_types)))
    for j, value in enumerate(counts.values):
        kind = mapping[value]
        if kind != "ignore":
            out[:, land_types.index(kind)] += counts.area[:, j] / 10000.0
    return out


def class_values_per_hectare(mapping, land_types, factor_totals, ea):
    """ESV per hectare (CNY/ha) of each class value: F_total(land type) · Ea; built-up and 'ignore' → 0."""
    return {value: (factor_totals.get(kind, 0.0) * ea if kind in land_types else 0.0)
            for value, kind in mapping.items()}


def write_esv_surface(path, out_path, value_per_ha, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS):
    """ESV raster (CNY per pixel, float32) = value per ha of the pixel's class × pixel area (ha), strip by strip.

    Nodata pixels and classes without a value are written as nodata (NaN).
    Each strip is computed and written in windows of whole 256 × 256 output
    tiles of at most CHUNK_PIXELS: the float32 buffer and the float64 and
    index temporaries stay small whatever the strip and the raster's width.
    """
    import rasterio
    from rasterio.windows import Window

    with bounded_gdal_cache(), rasterio.open(path) as dataset:
        base, offset = _class_codes(dataset, band)
        lookup = np.full(base, np.nan, dtype=np.float64)
        for value, per_ha in value_per_ha.items():
            lookup[int(value) + offset] = per_ha
        geographic = dataset.crs.is_geographic
        ellipsoid = _ellipsoid(dataset.crs) if geographic else None
        profile = dataset.profile.copy()
        profile.update(dtype="float32", count=1, nodata=float("nan"), driver="GTiff", compress="deflate",
                       tiled=True, blockxsize=256, blockysize=256, BIGTIFF="IF_SAFER")
        height, width = dataset.height, dataset.width
        strip = max(1, min(height, strip_pixels // max(width, 1)))
        strip = max(256, strip - strip % 256) if height > 256 else strip
        columns = max(256, CHUNK_PIXELS // 256 // 256 * 256)  # tile columns written at once
        with rasterio.open(out_path, "w", **profile) as out:
            for start in range(0, height, strip):
                if cancelled is not None and cancelled():
                    raise InputError("Cancelled.")
                rows = min(strip, height - start)
                data = dataset.read(band, window=Window(0, start, width, rows))
                hectares = row_areas(dataset.transform, rows, geographic, ellipsoid, start) / 10000.0
                for r0 in range(0, rows, 256):  # whole 256 × 256 output tiles, CHUNK_PIXELS at a time
                    r1 = min(r0 + 256, rows)
                    for c0 in range(0, width, columns):
                        c1 = min(c0 + columns, width)
                        codes = data[r0:r1, c0:c1].astype(np.int64)
                        codes += offset
                        values = lookup[codes] * hectares[r0:r1, None]
                        if dataset.nodata is not None:
                            values[data[r0:r1, c0:c1] == dataset.nodata] = np.nan
                        out.write(values.astype(np.float32), 1, window=Window(c0, start + r0, c1 - c0, r1 - r0))
                if progress is not None:
                    progress(100.0 * (start + rows) / height)

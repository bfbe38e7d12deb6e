"""Land-cover class areas per polygon: the polygons as bounds and WKB, their masks by GDAL's rasteriser, the
counting of one strip of rows, the totals, :func:`zonal_class_areas` (which plans the windows and adds up their
counts), and the class mapping that turns class areas into land-type areas and ESV values per hectare.

Pixels are counted by centre (GDAL's rasterisation rule, all_touched = False): see the package's docstring.
Windows are run by the back ends of windows.py; rasters are read through raster.py.
"""

import contextlib
import json
import math
import struct

import numpy as np

from ..errors import InputError, list_names
from .raster import (CACHE_BYTES, STRIP_PIXELS, _cache_limit, _class_codes, _quiet_gdal, _Raster, _tile_row_bytes,
                     bounded_gdal_cache, ellipsoid_of, row_areas)

WORKERS = 2  # windows counted by two threads: GDAL's reads and numpy's element-wise work release the GIL (numpy's
# bincount and GDAL's rasterisation do not: ≈ 1.5× on two cores; processes, through dask, reach ≈ 1.9×)


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


def _wkb(geometry):
    """A GeoJSON-like polygon or multipolygon as little-endian 2D WKB: the very doubles, nothing rounded."""
    def polygon(rings):
        parts = [struct.pack("<BII", 1, 3, len(rings))]
        for ring in rings:
            points = np.asarray(ring, dtype="<f8").reshape(len(ring), -1)[:, :2]
            parts.append(struct.pack("<I", len(points)) + np.ascontiguousarray(points).tobytes())
        return b"".join(parts)

    kind = geometry["type"]
    if kind == "Polygon":
        return polygon(geometry["coordinates"])
    if kind == "MultiPolygon":
        return struct.pack("<BII", 1, 6, len(geometry["coordinates"])) + b"".join(
            polygon(rings) for rings in geometry["coordinates"])
    from osgeo import ogr  # other kinds, as OGR reads GeoJSON

    return bytes(ogr.CreateGeometryFromJson(json.dumps(geometry)).ExportToWkb(ogr.wkbNDR))


class _Scratch:
    """The large arrays of a window (the rows read, the packed codes, a polygon's mask), allocated once and reused
    from window to window by one thread.

    Allocating them afresh for every window and polygon costs little where the C library keeps freed memory for
    reuse, but dask.distributed starts its workers with MALLOC_TRIM_THRESHOLD_ set, which makes every array of
    more than 128 kB a fresh memory mapping, zero-filled page by page: counting was 2.6 times slower there, and
    is 1.9 times slower with these arrays reused (numpy's own temporaries remain; docs/scaling.md).
    """

    def __init__(self):
        self._buffers = {}

    def array(self, name, shape, dtype):
        """An uninitialised C-contiguous array of ``shape`` and ``dtype`` on the buffer ``name`` (grown when
        needed); valid until the next call for the same name."""
        dtype = np.dtype(dtype)
        size = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        buffer = self._buffers.get(name)
        if buffer is None or buffer.size < size:
            buffer = self._buffers[name] = np.empty(max(size, 1), dtype=np.uint8)
        return buffer[:size].view(dtype).reshape(shape)


class Rasterizer:
    """Masks of single polygons by GDAL's rasteriser — the pixel-centre rule, ALL_TOUCHED false, as rasterio's
    ``features.rasterize`` calls it — each over its own pixel window, in an in-memory (MEM) raster that
    carries the window's geotransform and no CRS. One per thread: GDAL's objects are not shared.

    :func:`count_window` makes one per thread as ``landcover.Rasterizer`` names it when the window is counted:
    a class with the same constructor ``(shapes, scratch=None)`` and :meth:`mask` may stand in for it (the tests
    put rasterio's rasteriser there, to compare the two bit for bit).
    """

    def __init__(self, shapes, scratch=None):
        from osgeo import gdal, gdal_array, ogr

        self.gdal, self.gdal_array, self.ogr = gdal, gdal_array, ogr
        self.shapes = shapes  # WKB of each polygon, built once
        self.vectors = ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")
        self.scratch = scratch if scratch is not None else _Scratch()

    def mask(self, i, transform, r0, r1, c0, c1):
        """Boolean mask (rows r0…r1, columns c0…c1 of a raster with ``transform``) of pixels whose centre is in
        polygon ``i``: burnt into the rasteriser's reused array (valid until its next mask), which GDAL sees as
        an in-memory raster (gdal_array.OpenArray) carrying the window's geotransform and no CRS."""
        gdal, ogr = self.gdal, self.ogr
        pixels = self.scratch.array("mask", (r1 - r0, c1 - c0), np.uint8)
        pixels[...] = 0
        target = self.gdal_array.OpenArray(pixels)
        target.SetGeoTransform(transform.window(c0, r0).to_gdal())
        source = self.vectors.CreateDataSource("")
        layer = source.CreateLayer("polygon", None, ogr.wkbUnknown)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(self.shapes[i]))
        layer.CreateFeature(feature)
        try:
            with _quiet_gdal():  # GDAL warns that the layer has no CRS: none is needed, its coordinates are the raster's
                failed = gdal.RasterizeLayer(target, [1], layer, burn_values=[1]) != gdal.CE_None
        except RuntimeError:
            failed = True
        if failed:
            raise RuntimeError("GDAL could not rasterise polygon #{}: {}".format(i + 1, gdal.GetLastErrorMsg()))
        target.FlushCache()
        target = None  # closed: the burnt pixels are in ``pixels``
        return pixels.view(bool)


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


def _reaching(windows, start, stop):
    """The polygons whose pixel windows (r0, r1, c0, c1) reach into raster rows start … stop (and hold columns)."""
    return [i for i, (r0, r1, c0, c1) in enumerate(windows) if r0 < stop and r1 > start and c1 > c0]


def _count_strip(rasterizer, data, transform, windows, local, start, stop, width, base, geographic, ellipsoid,
                 scratch=None):
    """(polygon, class codes, pixel counts, areas m²) for each polygon of ``local`` within rows start…stop.

    ``data``: the strip's class codes (shifted to non-negative bins). Each polygon is rasterised over its own
    window; the class codes under its mask are selected and counted (by row too in geographic rasters, whose
    rows differ in pixel area). ``scratch``: where the packed codes are kept (reused from strip to strip).
    """
    rows = stop - start
    row_area = row_areas(transform, rows, geographic, ellipsoid, start)
    packed = None
    if geographic and base <= 256:
        # (row mod 256, class) packed in 16 bits once per strip: one bincount of a polygon's pixels
        # per band of 256 rows then gives counts by row and class, with no wide temporaries.
        packed = np.empty((rows, width), dtype=np.uint16) if scratch is None else \
            scratch.array("packed", (rows, width), np.uint16)
        packed[...] = data
        packed |= (np.arange(rows, dtype=np.uint16) % 256 << 8)[:, None]
    out = []
    for i in local:
        r0, r1, c0, c1 = windows[i]
        r0, r1 = max(r0, start), min(r1, stop)
        mask = rasterizer.mask(i, transform, r0, r1, c0, c1)
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
            present = np.flatnonzero(counts)  # only the codes present: what travels back from a worker stays small
            if present.size:
                out.append((i, present, counts[present], areas[present]))
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
        present = np.flatnonzero(counts)
        out.append((i, present if codes is None else codes[present], counts[present], areas[present]))
    return out


def zonal_class_areas(path, geometries, labels=None, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS, workers=WORKERS, scheduler=None, client=None, pool=None,
                      cache_bytes=CACHE_BYTES):
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

    The tunables: ``strip_pixels``, the pixels of a window's part read at
    once (STRIP_PIXELS: a thread's reused arrays ≈ 4 bytes per pixel);
    ``workers``, the threads counting windows (WORKERS; 1: no thread);
    ``cache_bytes``, GDAL's block cache while the raster is read, in this
    process and in every worker process (CACHE_BYTES, or the tile rows
    being read when larger: :func:`bounded_gdal_cache`). None of them
    changes the counts or the areas.

    With ``scheduler`` ("threads", "processes", "synchronous") or a
    dask.distributed ``client`` the windows are counted by dask instead
    (:func:`count_window` is the unit of work; dask must be installed); the
    per-window results are reduced in window order, so the counts are the
    same, exactly. ``pool``: an executor for dask's local scheduler, kept
    by the caller across calls — e.g. a ``ProcessPoolExecutor`` with the
    "spawn" context whose worker processes, started once, count every year
    of a time series (dask otherwise starts and stops its processes in every
    call); it needs ``scheduler`` and no ``client``.

    Every window is counted by ``landcover.count_window`` as the package
    names it when the call starts (so a wrapper put there, a profiler or a
    test's recorder, sees every window).

    Refuses a raster without CRS, non-integer rasters, polygons entirely
    outside the raster (listed) and a raster holding only nodata inside the
    polygons.
    """
    from . import count_window  # as the package names it now (see above)
    from .windows import WindowJob, _dask_windows, _release, job_token, ordered_map

    if pool is not None and (scheduler is None or client is not None):
        raise ValueError("pool= is an executor for dask's local scheduler: give scheduler='processes' (or 'threads') "
                         "and no client.")
    labels = labels or ["#{}".format(i + 1) for i in range(len(geometries))]
    raster = _Raster(path, band)
    base, offset = _class_codes(raster)
    transform, height, width = raster.transform, raster.height, raster.width
    if transform.b != 0 or transform.d != 0:
        raise InputError("Rotated rasters are not supported: warp the land-cover raster to a north-up grid first.")
    nodata = raster.nodata
    geographic = raster.geographic
    ellipsoid = ellipsoid_of(raster.srs) if geographic else None
    left, bottom, right, top = raster.bounds
    windows, outside = [], []
    for i, geometry in enumerate(geometries):
        bounds = _bounds(geometry)
        if bounds[2] <= left or bounds[0] >= right or bounds[3] <= bottom or bounds[1] >= top:
            outside.append(labels[i])
        windows.append(_pixel_window(bounds, transform, height, width))
    if outside:
        raise InputError("{} polygon(s) lie entirely outside the land-cover raster: {}.", len(outside), list_names(outside))
    totals = _Totals(len(geometries), base)
    strip = part = max(1, min(height, strip_pixels // max(width, 1)))
    tile_rows = raster.block_rows
    if 1 < tile_rows < height:
        # Windows of whole tile rows: each tile is decompressed once, by the window that holds it, whichever thread
        # or process counts it (windows cutting a tile row left each process or thread holding a part of it to
        # decompress the whole row again). Where strip_pixels hold less than a tile row, a window is one tile row,
        # counted in parts that divide it evenly (none above strip_pixels), read one after the other while the tile
        # row stays in GDAL's block cache.
        if part >= tile_rows:
            strip = part = min(height, part // tile_rows * tile_rows)
        else:
            strip = min(height, tile_rows)
            part = -(-strip // -(-strip // part))
    starts = [start for start in range(0, height, strip)
              if _reaching(windows, start, min(start + strip, height))]
    shapes = [_wkb(geometry) for geometry in geometries]
    # One window (strip of rows) is the unit of work: count_window, with everything it needs as plain values.
    job = WindowJob(path, band, raster.dtype, offset, width, height, strip, part, _tile_row_bytes(raster), windows,
                    shapes, tuple(transform), base, geographic, ellipsoid, token=job_token(path),
                    cache_bytes=cache_bytes)
    try:
        if scheduler is not None or client is not None:
            strips = _dask_windows(count_window, job, starts, scheduler, client, workers, pool)
        else:
            strips = contextlib.closing(ordered_map(lambda start: [] if cancelled is not None and cancelled()
                                                    else count_window(job, start), starts, workers))
        # threads reading in this process at once
        readers = getattr(pool, "_max_workers", workers) if client is None and \
            scheduler in (None, "threads", "threading") else 1
        with bounded_gdal_cache(_cache_limit(job.tile_row, max(1, readers), cache_bytes)), strips as results_of_strips:
            for done, results in enumerate(results_of_strips, start=1):
                if cancelled is not None and cancelled():
                    raise InputError("Cancelled.")
                for i, present, counts, areas in results:
                    totals.add(i, present, counts, areas)
                if progress is not None:
                    progress(100.0 * done / len(starts))
    finally:
        _release(job.token)  # the datasets close here (on Windows too, where an open file cannot be moved)
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


def class_mapping(rows):
    """{class value: land type} from rows (class value, land type); a value that is not an integer and an empty
    mapping refused."""
    mapping = {}
    for value, kind in rows:
        try:
            mapping[int(float(value))] = str(kind).strip().lower()
        except (TypeError, ValueError):
            raise InputError("Class mapping: class value {!r} is not an integer.", value) from None
    if not mapping:
        raise InputError("The class mapping is empty.")
    return mapping


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

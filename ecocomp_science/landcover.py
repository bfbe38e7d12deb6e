"""Land-cover rasters: class areas per polygon and an ESV surface (docs/methods.md, “Land cover”) [XIE, HB].

Pixels are counted by centre: a pixel belongs to a polygon when its centre
lies inside it (GDAL's rasterisation rule, all_touched = False, as rasterstats
uses). Polygons may overlap: every polygon counts every pixel whose centre it
contains. Areas are exact for projected rasters (|det| of the pixel transform,
non-square pixels included) and ellipsoidal for geographic ones (each row's
cells have the area of their latitude band on the ellipsoid).

The raster is read in windows of whole tile rows, never whole, each in parts
of at most STRIP_PIXELS, and memory does not grow with the raster's height
(benchmarks/landcover_memory.py): at most ``workers`` + 1 windows are in
flight at once, temporaries are bounded by the part (or by CHUNK_PIXELS) and
reused from window to window, per-polygon totals have a column per class
code present (not per possible code), and GDAL's block cache — process-wide, 5 % of the RAM by
default, which would otherwise fill with blocks read or written once — is
held at CACHE_BYTES while a raster is read or written (or at the tile rows
being read, when those are larger: a raster of 200,000 columns).

Rasters are read, rasterised and written through GDAL's own Python bindings
(osgeo.gdal, osgeo.ogr, osgeo.osr), which every QGIS ships — rasterio and
pyproj are not needed. They are imported here lazily. The ellipsoid of a
geographic raster is the one of its CRS, read by osgeo.osr; a CRS whose
ellipsoid cannot be read is refused, never replaced by another ellipsoid.
"""

import collections
import contextlib
import json
import math
import os
import struct
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .errors import InputError, list_names

STRIP_PIXELS = 16_000_000  # pixels per part of a window read at once: a thread's reused arrays ≈ 4 bytes per pixel
WORKERS = 2  # windows counted by two threads: GDAL's reads and numpy's element-wise work release the GIL (numpy's
# bincount and GDAL's rasterisation do not: ≈ 1.5× on two cores; processes, through dask, reach ≈ 1.9×)
CHUNK_PIXELS = 2 ** 21  # pixels per window of the ESV arithmetic within a strip (its 8-byte temporaries: 16 MB)
CACHE_BYTES = 64 * 2 ** 20  # GDAL's block cache while a raster is read or written (never raised; restored after),
# or more for very wide rasters (_cache_limit)
WGS84 = (6378137.0, 1 / 298.257223563)

_cache_lock = threading.Lock()
_cache_limits = []  # the limits of the calls inside bounded_gdal_cache() now
_cache_saved = None  # GDAL's own limit before the first of them


@contextlib.contextmanager
def bounded_gdal_cache(limit=CACHE_BYTES):
    """GDAL's block cache held at most ``limit`` bytes inside the block (never raised above GDAL's own limit),
    then restored.

    The cache is process-wide: it is lowered by the first of concurrent users,
    held at the largest limit of those inside, and restored by the last, so
    that overlapping calls (two algorithms running at once in QGIS) cannot
    leave it lowered. Blocks are read or written once per window by these
    algorithms, so a larger cache would only hold memory: by default it grows
    to 5 % of the RAM whatever the raster. (gdal.GetCacheMax / SetCacheMax:
    the cache's actual limit in bytes, not the GDAL_CACHEMAX setting, which
    GDAL reads once.)
    """
    from osgeo import gdal

    global _cache_saved
    with _cache_lock:
        if not _cache_limits:
            _cache_saved = gdal.GetCacheMax()
        _cache_limits.append(limit)
        gdal.SetCacheMax(min(_cache_saved, max(_cache_limits)))
    try:
        yield
    finally:
        with _cache_lock:
            _cache_limits.remove(limit)
            gdal.SetCacheMax(min(_cache_saved, max(_cache_limits)) if _cache_limits else _cache_saved)


def _tile_row_bytes(raster):
    """Bytes of one row of tiles of a tiled raster; 0 for a raster stored in strips of one row, and for one whose
    blocks hold all its rows (a single compressed strip), which no cache size would spare re-reading."""
    rows = raster.block_rows
    return raster.width * rows * raster.dtype.itemsize if 1 < rows < raster.height else 0


def _cache_limit(tile_row, readers=1):
    """The block cache for reading a raster window by window: CACHE_BYTES, or, for a tiled raster so wide that
    ``readers`` of its tile rows (``tile_row`` bytes each; one per thread reading at once) do not fit, those tile
    rows and a quarter more.

    A window narrower than a tile row is read in parts: the tile row, decompressed for the first part, must stay
    cached for the next ones. In a cache smaller than it, the parts would each decompress the whole tile row
    again (reading left to right, the oldest tiles — those the next part needs first — are evicted first): on a
    200,000-column raster with 512-row tiles (100 MB per tile row) counting took 2.3 times as long. The memory
    then grows with the raster's width, never with its height.
    """
    return max(CACHE_BYTES, readers * tile_row * 5 // 4)


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
    """Area (m²) of the cell between latitudes lat1, lat2 (degrees) spanning dlon degrees, on an ellipsoid (a, f).

    A = (b² · Δλ / 2) · [q(φ)] from φ1 to φ2, with q(φ) = sinφ / (1 − e² sin²φ) + (1 / 2e) · ln((1 + e sinφ) / (1 − e sinφ));
    on a sphere (f = 0), A = a² · Δλ · [sinφ] from φ1 to φ2.
    """
    a, f = ellipsoid
    if f == 0:
        return np.abs(a * a * np.radians(dlon) * (np.sin(np.radians(np.asarray(lat2, dtype=float))) -
                                                  np.sin(np.radians(np.asarray(lat1, dtype=float)))))
    b = a * (1 - f)
    e = math.sqrt(1 - (b / a) ** 2)

    def q(lat):
        s = np.sin(np.radians(lat))
        return s / (1 - e * e * s * s) + np.log((1 + e * s) / (1 - e * s)) / (2 * e)

    return np.abs(b * b * np.radians(dlon) / 2 * (q(np.asarray(lat2, dtype=float)) - q(np.asarray(lat1, dtype=float))))


def row_areas(transform, height, geographic, ellipsoid=WGS84, row_offset=0):
    """Area (m²) of one pixel in each of ``height`` rows starting at ``row_offset``.

    ``transform``: a :class:`GeoTransform` (or any object with affine's a, b, c, d, e, f, e.g. rasterio's).
    """
    if transform.b != 0 or transform.d != 0:
        if geographic:
            raise InputError("Rotated geographic rasters are not supported: warp the raster first.")
        return np.full(height, abs(transform.a * transform.e - transform.b * transform.d))
    if not geographic:
        return np.full(height, abs(transform.a * transform.e))
    rows = np.arange(row_offset, row_offset + height, dtype=float)
    top = transform.f + rows * transform.e
    return band_area(top, top + transform.e, abs(transform.a), ellipsoid)


class GeoTransform(collections.namedtuple("GeoTransform", "a b c d e f")):
    """A raster's pixel → map transform in affine's (and rasterio's) names: x = a·col + b·row + c,
    y = d·col + e·row + f. GDAL orders the same six numbers (c, a, b, f, d, e)."""

    __slots__ = ()

    @classmethod
    def from_gdal(cls, c, a, b, f, d, e):
        return cls(a, b, c, d, e, f)

    def to_gdal(self):
        return self.c, self.a, self.b, self.f, self.d, self.e

    def window(self, col, row):
        """The transform of a window whose top-left pixel is (col, row): affine's
        ``transform * Affine.translation(col, row)``, with its very arithmetic (so the same doubles)."""
        a, b, c, d, e, f = self
        return GeoTransform(a * 1.0 + b * 0.0, a * 0.0 + b * 1.0, a * col + b * row + c,
                            d * 1.0 + e * 0.0, d * 0.0 + e * 1.0, d * col + e * row + f)


def _ellipsoid(srs):
    """(a, f) of the ellipsoid of a geographic CRS (an osr.SpatialReference), read from the CRS itself.

    A CRS whose ellipsoid osr cannot read (or reads as nonsense) is refused: no other ellipsoid is put in its
    place behind the analyst's back. (osr answers WGS 84's values, with an error, when it finds none.)
    """
    from osgeo import gdal

    gdal.ErrorReset()
    try:
        a, inverse = srs.GetSemiMajor(), srs.GetInvFlattening()
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure
    except RuntimeError:  # osgeo set to raise exceptions (gdal.UseExceptions) by QGIS or another plugin
        failed = True
    if failed or not (math.isfinite(a) and a > 0 and math.isfinite(inverse) and (inverse == 0 or inverse > 1)):
        raise InputError("The land-cover raster has no coordinate reference system: assign one first.")
    return a, (1 / inverse if inverse else 0.0)


@contextlib.contextmanager
def _quiet_gdal():
    """GDAL's error messages withheld inside the block (the caller checks what GDAL returns and says so)."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def _open(path):
    """The raster at ``path`` opened read-only with osgeo.gdal; refused when GDAL cannot read it."""
    from osgeo import gdal

    try:
        with _quiet_gdal():
            dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise InputError("The land-cover raster must be a file GDAL can read; {!r} is not.", str(path))
    return dataset


def _band(dataset, band, path):
    """Band ``band`` (1-based) of a GDAL dataset; refused when it does not exist."""
    count = dataset.RasterCount
    if not 1 <= band <= count:
        raise InputError("Band {} does not exist: the land-cover raster {} has {} band(s) (parameter BAND, 1 to {}).",
                         band, str(path).replace("\\", "/").rsplit("/", 1)[-1], count, count)
    return dataset.GetRasterBand(band)


def _dtype(raster_band):
    """The numpy type of a GDAL band's values; a Byte band marked PIXELTYPE=SIGNEDBYTE (GDAL < 3.7) is int8."""
    from osgeo import gdal, gdal_array

    if raster_band.DataType == gdal.GDT_Byte and \
            raster_band.GetMetadataItem("PIXELTYPE", "IMAGE_STRUCTURE") == "SIGNEDBYTE":
        return np.dtype(np.int8)
    numeric = gdal_array.GDALTypeCodeToNumericTypeCode(raster_band.DataType)
    return np.dtype(numeric) if numeric is not None else gdal.GetDataTypeName(raster_band.DataType)


def _read_rows(raster_band, dtype, start, rows, width, path, scratch=None):
    """Rows start…start + rows of a band as a numpy array of ``dtype`` (GDAL's RasterIO, as rasterio reads);
    read into ``scratch``'s reused array when one is given."""
    try:
        if scratch is None:
            data = raster_band.ReadAsArray(0, start, width, rows)
        else:
            from osgeo import gdal_array

            natural = gdal_array.GDALTypeCodeToNumericTypeCode(raster_band.DataType)  # read as stored, no cast
            data = raster_band.ReadAsArray(0, start, width, rows, buf_obj=scratch.array("data", (rows, width), natural))
    except RuntimeError:
        data = None
    if data is None:
        raise InputError("The land-cover raster must be a file GDAL can read; {!r} is not.", str(path))
    return data.view(dtype) if data.dtype != dtype and data.dtype.itemsize == dtype.itemsize else data


class _Raster:
    """What the algorithms need to know of a land-cover raster band, read once through osgeo.gdal."""

    def __init__(self, path, band):
        dataset = _open(path)
        raster_band = _band(dataset, band, path)
        self.srs = dataset.GetSpatialRef()  # a copy: it outlives the dataset, closed at the end of __init__
        self.gdal_transform = dataset.GetGeoTransform()
        self.transform = GeoTransform.from_gdal(*self.gdal_transform)
        self.height, self.width = dataset.RasterYSize, dataset.RasterXSize
        self.dtype = _dtype(raster_band)
        self.nodata = raster_band.GetNoDataValue()
        self.block_rows = raster_band.GetBlockSize()[1]  # rows of one tile (or strip) as the file stores them

    @property
    def geographic(self):
        return bool(self.srs.IsGeographic())

    @property
    def bounds(self):
        """(left, bottom, right, top) of a north-up raster, as rasterio's ``dataset.bounds`` computes them."""
        a, _, c, _, e, f = self.transform
        return c, f + e * self.height, c + a * self.width, f


def _class_codes(raster):
    """(number of possible codes, offset to non-negative bins) of a land-cover band, after checking it.

    Refuses a raster without CRS and bands that are not 8- or 16-bit integer class codes.
    """
    if raster.srs is None:
        raise InputError("The land-cover raster has no coordinate reference system: assign one first.")
    dtype = raster.dtype
    if not isinstance(dtype, np.dtype) or dtype.kind not in "ui" or dtype.itemsize > 2:
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


class _Rasterizer:
    """Masks of single polygons by GDAL's rasteriser — the pixel-centre rule, ALL_TOUCHED false, as rasterio's
    ``features.rasterize`` calls it — each over its own pixel window, in an in-memory (MEM) raster that
    carries the window's geotransform and no CRS. One per thread: GDAL's objects are not shared."""

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


class WindowJob(collections.namedtuple("WindowJob", "path band dtype offset width height strip part tile_row "
                                                   "windows shapes transform base geographic ellipsoid token")):
    """What :func:`count_window` needs to count one window of a raster: plain values, so the job pickles to the
    worker processes of a dask cluster. A window is ``strip`` rows, read and counted ``part`` rows at a time;
    ``tile_row``: bytes of one row of the raster's tiles (see :func:`_cache_limit`)."""


_HANDLES = {}  # (thread, job token) → (dataset, band, rasteriser, scratch) in the calling process (GDAL's objects
# are not shared between threads)
_PROCESS = [uuid.uuid4().hex]  # this process, in the job's token: a worker process (another id) is not the caller
if hasattr(os, "register_at_fork"):  # a forked child is another process: ids and process ids repeat across machines
    os.register_at_fork(after_in_child=lambda: _PROCESS.__setitem__(0, uuid.uuid4().hex))
_handles_lock = threading.Lock()
_released = collections.deque(maxlen=64)  # tokens of the latest calls that have ended (their handles released)
_WORKER = threading.local()  # a worker process's thread: its scratch arrays, reused from window to window
_worker_state = {"threads": 0, "cache": None}  # a worker process: threads counting windows, GDAL's own cache limit


def count_window(job, start):
    """The unit of work: pixel counts and areas by class code of every polygon within the raster rows
    start … start + strip (one window) — [(polygon, class codes, counts, areas m²)].

    In the calling process (EcoComp's threads, dask's threads) each thread opens the raster once per job; the
    handles are released at the end of the call. Another process (dask's local processes, a cluster's workers,
    which may outlive the call) opens the raster for the window and closes it after: no file stays open in a
    worker once the call has returned; it keeps only its scratch arrays (:class:`_Scratch`, the size of one
    window's arrays, ≈ 100 MB for 16-million-pixel windows) for the next window.
    """
    if job.token.split("-")[0] == _PROCESS[0]:
        key = (threading.get_ident(), job.token)
        handle = _HANDLES.get(key)
        if handle is None:
            dataset, scratch = _open(job.path), _Scratch()
            handle = (dataset, dataset.GetRasterBand(job.band), _Rasterizer(job.shapes, scratch), scratch)
            with _handles_lock:
                if job.token not in _released:  # a window still running after its call ended (another one failed)
                    _HANDLES[key] = handle       # must not leave the raster open: it closes with this window
        return _count_window(job, start, *handle[1:])
    from osgeo import gdal

    with _cache_lock:
        if getattr(_WORKER, "scratch", None) is None:
            _WORKER.scratch = _Scratch()
            _worker_state["threads"] += 1
        if _worker_state["cache"] is None:  # GDAL's own limit (a forked worker inherits the caller's, maybe lowered)
            _worker_state["cache"] = _cache_saved if _cache_limits else gdal.GetCacheMax()
        # a worker process's GDAL block cache bounded too, as in the caller: the tile rows its threads read at once
        gdal.SetCacheMax(min(_worker_state["cache"], _cache_limit(job.tile_row, _worker_state["threads"])))
    dataset = _open(job.path)
    try:
        return _count_window(job, start, dataset.GetRasterBand(job.band), _Rasterizer(job.shapes, _WORKER.scratch),
                             _WORKER.scratch)
    finally:
        dataset = None  # closed


def _count_window(job, start, raster_band, rasterizer, scratch):
    """The window's results, part after part (listed in that order: reduced as if each part were a window)."""
    rasterizer.shapes = job.shapes  # a window's own job may carry only its polygons (_window_job)
    out = []
    end = min(start + job.strip, job.height)
    for first in range(start, end, job.part):
        stop = min(first + job.part, end)
        local = _reaching(job.windows, first, stop)
        if not local:
            continue
        data = _read_rows(raster_band, job.dtype, first, stop - first, job.width, job.path, scratch)
        if job.offset:
            data = data.astype(np.int32)
            data += job.offset
        out.extend(_count_strip(rasterizer, data, GeoTransform(*job.transform), job.windows, local, first, stop,
                                job.width, job.base, job.geographic, job.ellipsoid, scratch))
    return out


def _reaching(windows, start, stop):
    """The polygons whose pixel windows (r0, r1, c0, c1) reach into raster rows start … stop (and hold columns)."""
    return [i for i, (r0, r1, c0, c1) in enumerate(windows) if r0 < stop and r1 > start and c1 > c0]


def _release(token):
    with _handles_lock:
        _released.append(token)
        for key in [key for key in _HANDLES if key[1] == token]:
            _HANDLES.pop(key, None)


def _window_job(job, start):
    """The job of the window starting at row ``start``, with the shapes of the polygons that reach into it only
    (the others None): dask sends a window's job with each window (its process scheduler pickles it for every
    task), and the polygons of all China's 2,875 counties are 4.5 MB of WKB, of which a window needs a few."""
    reaching = set(_reaching(job.windows, start, min(start + job.strip, job.height)))
    return job._replace(shapes=tuple(shape if i in reaching else None for i, shape in enumerate(job.shapes)))


def _dask_windows(job, starts, scheduler, client, workers, pool=None):
    """The windows counted by dask — local threads or processes (``scheduler``, in ``pool`` when one is given),
    or a dask.distributed cluster (``client``) — as a context manager over the per-window results in window
    order (reduced exactly by the caller: integer counts, areas summed in the same order as the single-process
    path)."""
    import dask

    # Keys named after the call's token and the window: dask would otherwise hash every window's job to name it
    # (0.35 s for the 2,875 counties of China, before any window is counted).
    call = job.token.split("-")[1]
    task = dask.delayed(count_window)
    tasks = [task(dask.delayed(_window_job(job, start), name="ecocomp-job-{}-{}".format(call, start), traverse=False),
                  start, dask_key_name="ecocomp-window-{}-{}".format(call, start)) for start in starts]

    @contextlib.contextmanager
    def computed():  # computed on entering, i.e. inside bounded_gdal_cache()
        if client is not None:
            yield client.gather(client.compute(tasks))
        else:
            # dask's process scheduler hands a worker 6 windows at a time unless told otherwise (dask's "chunksize"
            # setting), which can leave the other idle for up to 6 windows at the end: one at a time keeps both busy.
            options = {} if pool is None else {"pool": pool}
            yield dask.compute(*tasks, scheduler=scheduler, num_workers=workers,
                               chunksize=dask.config.get("chunksize", 1), **options)

    return computed()


def zonal_class_areas(path, geometries, labels=None, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS, workers=WORKERS, scheduler=None, client=None, pool=None):
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

    With ``scheduler`` ("threads", "processes", "synchronous") or a
    dask.distributed ``client`` the windows are counted by dask instead
    (:func:`count_window` is the unit of work; dask must be installed); the
    per-window results are reduced in window order, so the counts are the
    same, exactly. ``pool``: an executor for dask's local scheduler, kept
    by the caller across calls — e.g. a ``ProcessPoolExecutor`` with the
    "spawn" context whose worker processes, started once, count every year
    of a time series (dask otherwise starts and stops its processes in every
    call); it needs ``scheduler`` and no ``client``.

    Refuses a raster without CRS, non-integer rasters, polygons entirely
    outside the raster (listed) and a raster holding only nodata inside the
    polygons.
    """
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
    ellipsoid = _ellipsoid(raster.srs) if geographic else None
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
                    shapes, tuple(transform), base, geographic, ellipsoid,
                    token="{}-{}-{}".format(_PROCESS[0], uuid.uuid4().hex, path))
    try:
        if scheduler is not None or client is not None:
            strips = _dask_windows(job, starts, scheduler, client, workers, pool)
        else:
            strips = contextlib.closing(ordered_map(lambda start: [] if cancelled is not None and cancelled()
                                                    else count_window(job, start), starts, workers))
        # threads reading in this process at once
        readers = getattr(pool, "_max_workers", workers) if client is None and \
            scheduler in (None, "threads", "threading") else 1
        with bounded_gdal_cache(_cache_limit(job.tile_row, max(1, readers))), strips as results_of_strips:
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


def _gdal_check(result, what):
    """Raise GDAL's own message (as rasterio did) when a GDAL call that returns an error code failed."""
    from osgeo import gdal

    if result != gdal.CE_None:
        raise OSError("{}: {}".format(what, gdal.GetLastErrorMsg() or "GDAL error {}".format(result)))


def write_esv_surface(path, out_path, value_per_ha, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS):
    """ESV raster (CNY per pixel, float32) = value per ha of the pixel's class × pixel area (ha), strip by strip.

    Nodata pixels and classes without a value are written as nodata (NaN).
    Each strip is computed and written in windows of whole 256 × 256 output
    tiles of at most CHUNK_PIXELS: the float32 buffer and the float64 and
    index temporaries stay small whatever the strip and the raster's width.
    The output is a tiled, deflate-compressed GeoTIFF with the input's CRS
    and geotransform, written with osgeo.gdal.
    """
    from osgeo import gdal

    raster = _Raster(path, band)
    base, offset = _class_codes(raster)
    lookup = np.full(base, np.nan, dtype=np.float64)
    for value, per_ha in value_per_ha.items():
        lookup[int(value) + offset] = per_ha
    geographic = raster.geographic
    ellipsoid = _ellipsoid(raster.srs) if geographic else None
    height, width, nodata = raster.height, raster.width, raster.nodata
    strip = max(1, min(height, strip_pixels // max(width, 1)))
    strip = max(256, strip - strip % 256) if height > 256 else strip
    columns = max(256, CHUNK_PIXELS // 256 // 256 * 256)  # tile columns written at once
    dataset = out = source = target = None
    try:
        with bounded_gdal_cache(_cache_limit(_tile_row_bytes(raster))):
            dataset = _open(path)
            source = dataset.GetRasterBand(band)
            try:
                out = gdal.GetDriverByName("GTiff").Create(
                    str(out_path), width, height, 1, gdal.GDT_Float32,
                    options=["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
            except RuntimeError:
                out = None
            if out is None:
                raise OSError("{}: {}".format(out_path, gdal.GetLastErrorMsg()))
            _gdal_check(out.SetGeoTransform(raster.gdal_transform), out_path)
            _gdal_check(out.SetSpatialRef(raster.srs), out_path)
            target = out.GetRasterBand(1)
            _gdal_check(target.SetNoDataValue(float("nan")), out_path)
            for start in range(0, height, strip):
                if cancelled is not None and cancelled():
                    raise InputError("Cancelled.")
                rows = min(strip, height - start)
                data = _read_rows(source, raster.dtype, start, rows, width, path)
                hectares = row_areas(raster.transform, rows, geographic, ellipsoid, start) / 10000.0
                for r0 in range(0, rows, 256):  # whole 256 × 256 output tiles, CHUNK_PIXELS at a time
                    r1 = min(r0 + 256, rows)
                    for c0 in range(0, width, columns):
                        c1 = min(c0 + columns, width)
                        codes = data[r0:r1, c0:c1].astype(np.int64)
                        codes += offset
                        values = lookup[codes] * hectares[r0:r1, None]
                        if nodata is not None:
                            values[data[r0:r1, c0:c1] == nodata] = np.nan
                        _gdal_check(target.WriteArray(values.astype(np.float32), c0, start + r0), out_path)
                if progress is not None:
                    progress(100.0 * (start + rows) / height)
            gdal.ErrorReset()
            out.FlushCache()  # the last tiles compressed and written while the cache is still bounded
            if gdal.GetLastErrorType() >= gdal.CE_Failure:
                raise OSError("{}: {}".format(out_path, gdal.GetLastErrorMsg()))
    finally:
        source = target = None
        dataset = out = None  # closes both files now (on failure too: the staging removes the partial output)

"""Land-cover rasters read and written through osgeo.gdal: opening a raster and its band, the numpy type of its
class codes, reading rows, the pixel → map transform, the ellipsoid of its CRS, pixel areas by row, GDAL's
bounded block cache, and the ESV surface written strip by strip.

Everything here speaks to GDAL (osgeo.gdal, osgeo.osr), imported lazily inside the functions, which every QGIS
ships: rasterio and pyproj are not needed. The counting (counting.py) and the window back ends (windows.py)
read rasters only through these functions.
"""

import collections
import contextlib
import math
import threading

import numpy as np

from ..errors import InputError

STRIP_PIXELS = 16_000_000  # pixels per part of a window read at once: a thread's reused arrays ≈ 4 bytes per pixel
CHUNK_PIXELS = 2 ** 21  # pixels per window of the ESV arithmetic within a strip (its 8-byte temporaries: 16 MB)
CACHE_BYTES = 64 * 2 ** 20  # GDAL's block cache while a raster is read or written (never raised; restored after),
# or more for very wide rasters (_cache_limit); the calls' cache_bytes= keyword gives another
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


def _gdal_own_cache_limit():
    """GDAL's own block-cache limit: the one saved by the first bounded_gdal_cache() still open (a forked worker
    process inherits that state, its cache maybe lowered), else the current one. Called holding ``_cache_lock``."""
    from osgeo import gdal

    return _cache_saved if _cache_limits else gdal.GetCacheMax()


def _tile_row_bytes(raster):
    """Bytes of one row of tiles of a tiled raster; 0 for a raster stored in strips of one row, and for one whose
    blocks hold all its rows (a single compressed strip), which no cache size would spare re-reading."""
    rows = raster.block_rows
    return raster.width * rows * raster.dtype.itemsize if 1 < rows < raster.height else 0


def _cache_limit(tile_row, readers=1, cache_bytes=CACHE_BYTES):
    """The block cache for reading a raster window by window: ``cache_bytes``, or, for a tiled raster so wide
    that ``readers`` of its tile rows (``tile_row`` bytes each; one per thread reading at once) do not fit, those
    tile rows and a quarter more.

    A window narrower than a tile row is read in parts: the tile row, decompressed for the first part, must stay
    cached for the next ones. In a cache smaller than it, the parts would each decompress the whole tile row
    again (reading left to right, the oldest tiles — those the next part needs first — are evicted first): on a
    200,000-column raster with 512-row tiles (100 MB per tile row) counting took 2.3 times as long. The memory
    then grows with the raster's width, never with its height.
    """
    return max(cache_bytes, readers * tile_row * 5 // 4)


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


def ellipsoid_of(srs):
    """(a, f) of the ellipsoid of a geographic CRS (an osr.SpatialReference), read from the CRS itself: the
    ellipsoid on which the pixel areas of a geographic raster are computed (:func:`row_areas`).

    A CRS whose ellipsoid osr cannot read (or reads as nonsense) is refused (InputError): no other ellipsoid is
    put in its place behind the analyst's back. (osr answers WGS 84's values, with an error, when it finds none.)
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


def _gdal_check(result, what):
    """Raise GDAL's own message (as rasterio did) when a GDAL call that returns an error code failed."""
    from osgeo import gdal

    if result != gdal.CE_None:
        raise OSError("{}: {}".format(what, gdal.GetLastErrorMsg() or "GDAL error {}".format(result)))


def write_esv_surface(path, out_path, value_per_ha, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS, cache_bytes=CACHE_BYTES):
    """ESV raster (CNY per pixel, float32) = value per ha of the pixel's class × pixel area (ha), strip by strip.

    Nodata pixels and classes without a value are written as nodata (NaN).
    Each strip is computed and written in windows of whole 256 × 256 output
    tiles of at most CHUNK_PIXELS: the float32 buffer and the float64 and
    index temporaries stay small whatever the strip and the raster's width.
    The output is a tiled, deflate-compressed GeoTIFF with the input's CRS
    and geotransform, written with osgeo.gdal. ``strip_pixels``: pixels per
    strip read at once; ``cache_bytes``: GDAL's block cache meanwhile
    (:func:`bounded_gdal_cache`; more for a tiled raster whose tile row is
    larger).
    """
    from osgeo import gdal

    raster = _Raster(path, band)
    base, offset = _class_codes(raster)
    lookup = np.full(base, np.nan, dtype=np.float64)
    for value, per_ha in value_per_ha.items():
        lookup[int(value) + offset] = per_ha
    geographic = raster.geographic
    ellipsoid = ellipsoid_of(raster.srs) if geographic else None
    height, width, nodata = raster.height, raster.width, raster.nodata
    strip = max(1, min(height, strip_pixels // max(width, 1)))
    strip = max(256, strip - strip % 256) if height > 256 else strip
    columns = max(256, CHUNK_PIXELS // 256 // 256 * 256)  # tile columns written at once
    dataset = out = source = target = None
    try:
        with bounded_gdal_cache(_cache_limit(_tile_row_bytes(raster), cache_bytes=cache_bytes)):
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

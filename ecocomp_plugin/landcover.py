"""Land-cover rasters: class areas per polygon and an ESV surface (methods.md §1, all land types) [XIE, HB].

Pixels are counted by centre: a pixel belongs to a polygon when its centre
lies inside it (GDAL's rasterisation rule, all_touched = False, as rasterstats
uses). Polygons may overlap: every polygon counts every pixel whose centre it
contains. Areas are exact for projected rasters (|det| of the pixel transform,
non-square pixels included) and ellipsoidal for geographic ones (each row's
cells have the area of their latitude band on the ellipsoid).

The raster is read in strips of rows, never whole; memory is bounded by the
strip size whatever the raster size. rasterio is imported here, lazily.
"""

import math

import numpy as np

from .errors import InputError, list_names

STRIP_PIXELS = 8_000_000  # pixels per strip read at once (bounded memory)
WGS84 = (6378137.0, 1 / 298.257223563)


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


def _pixel_rows(geometry_bounds, transform, height):
    """First and last raster row (inclusive) a polygon's bounding box can touch."""
    _, ymin, _, ymax = geometry_bounds
    r1 = int(math.floor((ymax - transform.f) / transform.e))
    r2 = int(math.floor((ymin - transform.f) / transform.e))
    lo, hi = sorted((r1, r2))
    return max(lo, 0), min(hi, height - 1)


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


def zonal_class_areas(path, geometries, labels=None, band=1, progress=None, cancelled=None,
                      strip_pixels=STRIP_PIXELS):
    """Pixel counts and areas (m²) of each raster class value inside each polygon (pixel-centre rule).

    ``geometries``: GeoJSON-like polygons in the raster's CRS. Returns a
    :class:`ZonalCounts` over the class values that occur inside polygons.
    Refuses a raster without CRS, a raster whose pixels inside the polygons are
    all nodata, polygons entirely outside the raster (listed) and non-integer
    rasters.
    """
    import rasterio
    from rasterio import features
    from rasterio.windows import Window

    labels = labels or ["#{}".format(i + 1) for i in range(len(geometries))]
    with rasterio.open(path) as dataset:
        if dataset.crs is None:
            raise InputError("The land-cover raster has no coordinate reference system: assign one first.")
        dtype = np.dtype(dataset.dtypes[band - 1])
        if dtype.kind not in "ui" or dtype.itemsize > 2:
            raise InputError("The land-cover raster must hold integer class codes of 8 or 16 bits, not {}.".format(
                dtype))
        base = 256 if dtype.itemsize == 1 else 65536
        offset = 0 if dtype.kind == "u" else base // 2  # signed codes shifted to non-negative bins
        transform, height, width = dataset.transform, dataset.height, dataset.width
        nodata = dataset.nodata
        geographic = dataset.crs.is_geographic
        ellipsoid = _ellipsoid(dataset.crs) if geographic else None
        left, bottom, right, top = dataset.bounds
        spans, outside = [], []
        for i, geometry in enumerate(geometries):
            xmin, ymin, xmax, ymax = _bounds(geometry)
            if xmax <= left or xmin >= right or ymax <= bottom or ymin >= top:
                outside.append(labels[i])
                spans.append(None)
            else:
                spans.append(_pixel_rows((xmin, ymin, xmax, ymax), transform, height))
        if outside:
            raise InputError("{} polygon(s) lie entirely outside the land-cover raster: {}.".format(
                len(outside), list_names(outside)))
        strip = max(1, min(height, strip_pixels // max(width, 1)))
        totals_count = np.zeros((len(geometries), base), dtype=np.int64)
        totals_area = np.zeros((len(geometries), base))
        valid_pixels = 0
        for start in range(0, height, strip):
            if cancelled is not None and cancelled():
                raise InputError("Cancelled.")
            rows = min(strip, height - start)
            local = [i for i, span in enumerate(spans) if span and span[0] < start + rows and span[1] >= start]
            if progress is not None:
                progress(100.0 * (start + rows) / height)
            if not local:
                continue
            window = Window(0, start, width, rows)
            window_transform = dataset.window_transform(window)
            data = dataset.read(band, window=window)
            zone = features.rasterize(((geometries[i], k + 1) for k, i in enumerate(local)), out_shape=(rows, width),
                                      transform=window_transform, fill=0, all_touched=False, dtype=np.uint16)
            valid = zone > 0
            if nodata is not None:
                valid &= data != nodata
            valid_pixels += int(valid.sum())
            codes = (zone[valid].astype(np.int64) * base + data[valid].astype(np.int64) + offset)
            count = np.bincount(codes, minlength=(len(local) + 1) * base).reshape(len(local) + 1, base)
            areas = row_areas(transform, rows, geographic, ellipsoid, start)
            if geographic:
                weights = np.broadcast_to(areas[:, None], (rows, width))[valid]
                area = np.bincount(codes, weights=weights, minlength=(len(local) + 1) * base).reshape(
                    len(local) + 1, base)
            else:
                area = count * areas[0]
            for k, i in enumerate(local):
                totals_count[i] += count[k + 1]
                totals_area[i] += area[k + 1]
            if len(local) > 1:
                _add_overlaps(features, geometries, local, zone, data, valid, window_transform, base, offset, areas,
                              geographic, totals_count, totals_area)
    if valid_pixels == 0:
        raise InputError("Inside the polygons the land-cover raster holds only nodata (nodata = {}).".format(nodata))
    present = np.flatnonzero(totals_count.sum(axis=0))
    result = ZonalCounts(len(geometries), (present - offset).tolist())
    result.count[:] = totals_count[:, present]
    result.area[:] = totals_area[:, present]
    return result


def _add_overlaps(features, geometries, local, zone, data, valid, window_transform, base, offset, areas, geographic,
                  totals_count, totals_area):
    """Count again, for every other polygon that contains them, the pixels where polygons overlap.

    The zone raster keeps one polygon per pixel (the last drawn); an additive
    burn shows where more than one contains the pixel centre, and only there is
    each polygon rasterised alone, in the overlap's bounding window.
    """
    from rasterio.transform import Affine

    cover = features.rasterize(((geometries[i], 1) for i in local), out_shape=zone.shape,
                               transform=window_transform, fill=0, all_touched=False, dtype=np.uint8,
                               merge_alg=features.MergeAlg.add)
    overlap = (cover > 1) & valid
    if not overlap.any():
        return
    rows, cols = np.nonzero(overlap)
    r0, r1, c0, c1 = rows.min(), rows.max() + 1, cols.min(), cols.max() + 1
    sub_transform = window_transform * Affine.translation(c0, r0)
    sub_overlap = overlap[r0:r1, c0:c1]
    sub_zone = zone[r0:r1, c0:c1]
    sub_data = data[r0:r1, c0:c1].astype(np.int64) + offset
    sub_area = np.broadcast_to(areas[r0:r1, None], sub_overlap.shape)
    for k, i in enumerate(local):
        mask = features.rasterize([(geometries[i], 1)], out_shape=sub_overlap.shape, transform=sub_transform,
                                  fill=0, all_touched=False, dtype=np.uint8).astype(bool)
        extra = mask & sub_overlap & (sub_zone != k + 1)
        if extra.any():
            totals_count[i] += np.bincount(sub_data[extra], minlength=base)
            weights = sub_area[extra] if geographic else None
            added = np.bincount(sub_data[extra], weights=weights, minlength=base)
            totals_area[i] += added if geographic else added * areas[0]


def land_type_areas(counts, mapping, land_types):
    """Areas (ha) per polygon and land type from raw class areas; unmapped classes are refused, listed.

    ``mapping`` {class value: land type}; returns an array (polygons × land types).
    """
    unmapped = [v for v in counts.values if v not in mapping]
    if unmapped:
        raise InputError("Land-cover classes present in the polygons but missing from the class mapping: {}. "
                         "Add them (a land type, or 'ignore').".format(list_names(unmapped)))
    unknown = sorted({t for t in mapping.values() if t not in land_types and t != "ignore"})
    if unknown:
        raise InputError("Unknown land type(s) in the class mapping: {}; use {} or 'ignore'.".format(
            list_names(unknown), ", ".join(land_types)))
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
    """
    import rasterio
    from rasterio.windows import Window

    with rasterio.open(path) as dataset:
        if dataset.crs is None:
            raise InputError("The land-cover raster has no coordinate reference system: assign one first.")
        dtype = np.dtype(dataset.dtypes[band - 1])
        if dtype.kind not in "ui" or dtype.itemsize > 2:
            raise InputError("The land-cover raster must hold integer class codes of 8 or 16 bits, not {}.".format(
                dtype))
        base = 256 if dtype.itemsize == 1 else 65536
        offset = 0 if dtype.kind == "u" else base // 2
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
        with rasterio.open(out_path, "w", **profile) as out:
            for start in range(0, height, strip):
                if cancelled is not None and cancelled():
                    raise InputError("Cancelled.")
                rows = min(strip, height - start)
                window = Window(0, start, width, rows)
                data = dataset.read(band, window=window)
                hectares = row_areas(dataset.transform, rows, geographic, ellipsoid, start) / 10000.0
                values = lookup[data.astype(np.int64) + offset] * hectares[:, None]
                if dataset.nodata is not None:
                    values[data == dataset.nodata] = np.nan
                out.write(values.astype(np.float32), 1, window=window)
                if progress is not None:
                    progress(100.0 * (start + rows) / height)

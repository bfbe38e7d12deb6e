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
being read, when those are larger: a raster of 200,000 columns). The calls
take these tunables as keyword arguments (``strip_pixels=``, ``workers=``,
``cache_bytes=``); the constants are their defaults.

Rasters are read, rasterised and written through GDAL's own Python bindings
(osgeo.gdal, osgeo.ogr, osgeo.osr), which every QGIS ships — rasterio and
pyproj are not needed. They are imported lazily. The ellipsoid of a
geographic raster is the one of its CRS, read by osgeo.osr; a CRS whose
ellipsoid cannot be read is refused, never replaced by another ellipsoid.

The package's modules, each imported here with its public names:

- ``raster``: GDAL I/O — opening a raster and its band, its class codes' type,
  reading rows, :class:`GeoTransform`, :func:`ellipsoid_of` a CRS, pixel areas
  by row (:func:`row_areas`, :func:`band_area`), the bounded block cache
  (:func:`bounded_gdal_cache`) and :func:`write_esv_surface`;
- ``counting``: the polygons' masks (:class:`Rasterizer`), the counting of a
  strip, :func:`zonal_class_areas` and its :class:`ZonalCounts`, and the class
  mapping (:func:`class_mapping`, :func:`land_type_areas`,
  :func:`class_values_per_hectare`);
- ``windows``: the unit of work (:class:`WindowJob`, :func:`count_window`,
  :func:`job_token`), the datasets held for a call (:func:`open_handles`,
  :func:`release_job`), :func:`ordered_map` and the dask back end
  (docs/scaling.md).
"""

from .counting import (WORKERS, Rasterizer, ZonalCounts, class_mapping, class_values_per_hectare, land_type_areas,
                       zonal_class_areas)
from .raster import (CACHE_BYTES, CHUNK_PIXELS, STRIP_PIXELS, WGS84, GeoTransform, band_area, bounded_gdal_cache,
                     ellipsoid_of, row_areas, write_esv_surface)
from .windows import WindowJob, count_window, job_token, open_handles, ordered_map, release_job

__all__ = [
    "CACHE_BYTES", "CHUNK_PIXELS", "STRIP_PIXELS", "WGS84", "WORKERS",
    "GeoTransform", "Rasterizer", "WindowJob", "ZonalCounts",
    "band_area", "bounded_gdal_cache", "class_mapping", "class_values_per_hectare", "count_window", "ellipsoid_of",
    "job_token", "land_type_areas", "open_handles", "ordered_map", "release_job", "row_areas", "write_esv_surface",
    "zonal_class_areas",
]

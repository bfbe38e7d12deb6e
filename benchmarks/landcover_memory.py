"""Peak memory of the land-cover raster algorithms at 10⁸ and 10⁹ pixels: it must not grow with the raster.

    .venv/bin/python benchmarks/landcover_memory.py [--sizes 10000 31623] [--workdir DIR --keep] [--no-peer]

Seeded synthetic land-cover rasters (CLCD classes 1–9 in 40-pixel patches
with 5 % noise, nodata 0, uint8, 512 × 512 tiles, deflate) of 10,000 × 10,000
(1.0 × 10⁸) and 31,623 × 31,623 (1.0 × 10⁹) pixels, in EPSG:4326 with
square pixels (0.00079°, 0.00025°) over a 7.9° square whose top spans the
Hubei extent, and the 103 Hubei county units. Each measurement runs in
a fresh process that first imports QGIS (qgis.core, QgsApplication
initialised), rasterio, pyproj and EcoComp and reads the polygons: its
resident memory then is the baseline, QGIS's own. The process's peak resident
memory (VmHWM, reset to the baseline just before the call through
/proc/self/clear_refs) is read after one call of

  zonal   landcover.zonal_class_areas (class counts and areas per polygon),
  esv     landcover.write_esv_surface (a float32 ESV GeoTIFF, deleted after),
  qgis    QGIS's native:zonalhistogram on the same raster and polygons, the
          peer (its baseline includes Processing.initialize(); ~1 minute at
          10⁹ pixels here; --peer-smallest-only runs it at 10⁸ only).

Requirements (issue "Bounded memory on large rasters"): for each of zonal and
esv, the peak at 10⁹ pixels within 20 % of the peak at 10⁸ pixels, and at
most 500 MB above the baseline. Also reported: each call's time and speed
(Mpixel/s of the whole raster, of which the polygons cover about half) and
the largest difference between the peer's class counts and EcoComp's (both
count by pixel centre). Linux only (/proc). Disk: ~0.5 GB in the temporary
folder at 10⁹ pixels (the input raster and the ESV output); about two
minutes in all on two cores. Results: benchmarks/results/landcover_memory.json.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from landcover_zonal import POLYGONS, polygons_geojson  # noqa: E402

WEST, NORTH, SPAN = 108.30, 33.35, 7.9  # degrees: the rasters' top-left corner and side; Hubei is 108.37–116.14° E
PEAK_RATIO = 1.20  # the largest raster's peak may exceed the smallest's by at most 20 %
ABOVE_BASELINE_MB = 500


def plugin_workdir(workdir, prefix):
    """The benchmark's folder (``workdir``, or a new temporary one) with a link ``ecocomp`` to this checkout,
    through which its worker processes import the plugin."""
    work = workdir or tempfile.mkdtemp(prefix=prefix)
    os.makedirs(work, exist_ok=True)
    link = os.path.join(work, "ecocomp")
    if not os.path.lexists(link):
        os.symlink(ROOT, link)
    return work


def make_raster(path, rows, cols, seed=7, square=True, extent=None):
    """The land-cover raster of benchmarks/landcover_zonal.py (same patches and noise) with square pixels over
    the Hubei extent (or, square=False, pixels SPAN/cols wide and SPAN/rows high: a wide raster over the same
    extent; or ``extent`` = (west, north, pixel width, pixel height) in degrees: another area),
    deflate-compressed; written in bands of 512 rows (memory ~200 MB at 31,623 columns)."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    rng = np.random.default_rng(seed)
    patch = 40
    coarse = rng.integers(1, 10, size=(rows // patch + 2, cols // patch + 2)).astype(np.uint8)
    west, north, xsize, ysize = extent or (WEST, NORTH, SPAN / cols, SPAN / (cols if square else rows))
    profile = dict(driver="GTiff", width=cols, height=rows, count=1, dtype="uint8", crs="EPSG:4326",
                   transform=from_origin(west, north, xsize, ysize), nodata=0, tiled=True,
                   blockxsize=512, blockysize=512, compress="deflate", zlevel=1, BIGTIFF="IF_SAFER")
    with rasterio.Env(GDAL_NUM_THREADS="ALL_CPUS"), rasterio.open(path, "w", **profile) as dataset:
        for r0 in range(0, rows, 512):
            h = min(512, rows - r0)
            block = np.repeat(np.repeat(coarse[r0 // patch:(r0 + h) // patch + 2], patch, 0), patch, 1)
            block = block[r0 % patch:r0 % patch + h, :cols]
            noise = rng.uniform(size=block.shape) < 0.05
            block = np.where(noise, rng.integers(0, 10, size=block.shape, dtype=np.uint8), block).astype(np.uint8)
            dataset.write(block, 1, window=Window(0, r0, cols, h))


def memory_mb():
    """(resident, peak resident) memory of this process in MB, from /proc/self/status."""
    values = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":")
                values[key] = int(value.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def worker(tool, raster, polygons_json, out_json):
    """One call in this fresh process; writes {baseline_mb, peak_mb, startup_peak_mb, seconds, ...} to out_json."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import pyproj  # noqa: F401 - imported before the baseline, as QGIS's Python has it loaded
    import rasterio  # noqa: F401

    sys.path.insert(0, os.path.dirname(polygons_json))
    from ecocomp.ecocomp_science import landcover

    with open(polygons_json, encoding="utf-8") as handle:
        geometries = json.load(handle)
    extra = {}
    if tool == "qgis":
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing
        from qgis import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback

        Processing.initialize()
        context = QgsProcessingContext()
    baseline, startup_peak = memory_mb()
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # VmHWM := VmRSS, so that the peak read below is the call's own
    start = time.perf_counter()
    if tool == "zonal":
        result = landcover.zonal_class_areas(raster, geometries)
        extra["counts"] = [{str(v): int(c) for v, c in zip(result.values, row) if c} for row in result.count]
    elif tool == "esv":
        out = os.path.join(os.path.dirname(out_json), "esv-surface.tif")
        landcover.write_esv_surface(raster, out, {value: 1000.0 * value for value in range(1, 10)})
        extra["esv_bytes"] = os.path.getsize(out)
        os.remove(out)
    elif tool == "qgis":
        result = processing.run("native:zonalhistogram", {
            "INPUT_RASTER": raster, "RASTER_BAND": 1, "INPUT_VECTOR": POLYGONS, "COLUMN_PREFIX": "HISTO_",
            "OUTPUT": "TEMPORARY_OUTPUT"}, context=context, feedback=QgsProcessingFeedback())
        layer = result["OUTPUT"] if not isinstance(result["OUTPUT"], str) else context.getMapLayer(result["OUTPUT"])
        names = [f.name() for f in layer.fields() if f.name().startswith("HISTO_")]
        extra["counts"] = [{n[6:]: int(f[n]) for n in names if f[n] and n[6:] not in ("0", "NODATA")}
                           for f in layer.getFeatures()]
    else:
        raise SystemExit("unknown tool " + tool)
    seconds = time.perf_counter() - start
    _, peak = memory_mb()
    with open(out_json, "w", encoding="utf-8") as handle:
        json.dump(dict(extra, baseline_mb=baseline, startup_peak_mb=startup_peak, peak_mb=peak,
                       increase_mb=peak - baseline, seconds=seconds), handle)


def run(tool, raster, polygons_json, work):
    out = os.path.join(work, tool + ".json")
    if os.path.exists(out):
        os.remove(out)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, __file__, "--worker", tool, raster, polygons_json, out], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0 or not os.path.exists(out):
        raise SystemExit("{} failed: {}".format(tool, (done.stderr or done.stdout).strip()[-2000:]))
    with open(out, encoding="utf-8") as handle:
        return json.load(handle)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 31623],
                        help="side lengths (pixels) of the square rasters, smallest first")
    parser.add_argument("--workdir", help="folder for the rasters (default: a new temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the rasters (reused by a later run in --workdir)")
    parser.add_argument("--no-peer", action="store_true", help="skip QGIS's native:zonalhistogram")
    parser.add_argument("--peer-smallest-only", action="store_true", help="run the peer at the smallest size only")
    parser.add_argument("--worker", nargs=4, metavar=("TOOL", "RASTER", "POLYGONS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = plugin_workdir(args.workdir, "ecocomp-memory-")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", os.path.join(work, "qgis-config"))  # not the user's profile
    polygons_json = os.path.join(work, "polygons.json")
    with open(polygons_json, "w", encoding="utf-8") as handle:
        json.dump(polygons_geojson(), handle)
    summary = {"rasters": [], "requirements": {}}
    try:
        for index, side in enumerate(args.sizes):
            raster = os.path.join(work, "landcover-{}.tif".format(side))
            if not os.path.exists(raster):
                start = time.perf_counter()
                make_raster(raster + ".part", side, side)
                os.rename(raster + ".part", raster)
                print("made {} ({:.0f} MB) in {:.0f} s".format(os.path.basename(raster), os.path.getsize(raster) / 2 ** 20,
                                                             time.perf_counter() - start), flush=True)
            item = {"rows": side, "cols": side, "pixels": side * side, "tools": {}}
            tools = ["zonal", "esv"]
            if not args.no_peer and (index == 0 or not args.peer_smallest_only):
                tools.append("qgis")
            for tool in tools:
                result = run(tool, raster, polygons_json, work)
                counts = result.pop("counts", None)
                if tool == "zonal":
                    ours = counts
                elif counts is not None:
                    result["largest_count_difference_vs_ecocomp"] = max(
                        abs(row.get(k, 0) - ref.get(k, 0)) for row, ref in zip(counts, ours) for k in set(row) | set(ref))
                result["mpixel_per_s"] = side * side / result["seconds"] / 1e6
                item["tools"][tool] = result
                print("{:>6,} × {:<6,} = {:.2e} px  {:<5s}  baseline {:5.0f} MB  peak {:5.0f} MB  (+{:4.0f} MB)  "
                      "{:6.1f} s  {:6.1f} Mpixel/s{}".format(
                          side, side, side * side, tool, result["baseline_mb"], result["peak_mb"],
                          result["increase_mb"], result["seconds"], result["mpixel_per_s"],
                          "  largest count difference vs EcoComp: {:,}".format(
                              result["largest_count_difference_vs_ecocomp"]) if tool == "qgis" else ""), flush=True)
            summary["rasters"].append(item)
    finally:
        if not args.keep:
            for side in args.sizes:
                path = os.path.join(work, "landcover-{}.tif".format(side))
                for name in (path, path + ".part"):
                    if os.path.exists(name):
                        os.remove(name)
            if not args.workdir:
                shutil.rmtree(work, ignore_errors=True)
        else:
            print("rasters kept in", work)
    smallest, largest = summary["rasters"][0], summary["rasters"][-1]
    met = True
    for tool in ("zonal", "esv"):
        small, large = smallest["tools"][tool], largest["tools"][tool]
        ratio = large["peak_mb"] / small["peak_mb"]
        check = {"peak_ratio_largest_to_smallest": ratio, "peak_ratio_met": ratio <= PEAK_RATIO,
                 "largest_increase_mb": large["increase_mb"],
                 "increase_met": large["increase_mb"] <= ABOVE_BASELINE_MB}
        summary["requirements"][tool] = check
        met = met and check["peak_ratio_met"] and check["increase_met"]
        print("{:<5s}: peak at {:.1e} px / peak at {:.1e} px = {:.2f} (≤ {:.2f}: {}); {:.0f} MB above the baseline "
              "(≤ {} MB: {})".format(tool, largest["pixels"], smallest["pixels"], ratio, PEAK_RATIO,
                                     "met" if check["peak_ratio_met"] else "NOT met", large["increase_mb"],
                                     ABOVE_BASELINE_MB, "met" if check["increase_met"] else "NOT met"))
    summary["requirements"]["all_met"] = met
    with open(os.path.join(HERE, "results", "landcover_memory.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1)


if __name__ == "__main__":
    main()

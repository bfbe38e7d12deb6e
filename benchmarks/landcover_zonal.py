"""Per-polygon land-cover class counts on a ≥ 10⁸-pixel raster: EcoComp against QGIS, exactextract, rasterstats.

    .venv/bin/pip install -r benchmarks/requirements.txt
    .venv/bin/python benchmarks/landcover_zonal.py [--rows 7750 --cols 14200]

A seeded synthetic land-cover raster (CLCD classes 1–9 in patches with 5 %
noise, nodata 0, EPSG:4326, 0.00055° pixels over Hubei, tiled GeoTIFF) and
the 103 Hubei county units (whose simplified boundaries overlap: 231 pairs).
Each tool runs in its own process on the same files and reports its wall time
(the counting call only), its peak resident memory above the level before the
call (sampled every 5 ms) and its counts per polygon and class; the largest difference from
EcoComp's counts is printed. EcoComp, QGIS's native:zonalhistogram and
rasterstats (categorical=True) count pixels by centre; exactextract weights
partially covered pixels by their covered fraction, so its counts differ at
polygon edges by design.

Target (issue 6): ≥ 100 Mpixel/s with exact overlaps, on two cores.
Results: benchmarks/results/landcover_zonal.json.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POLYGONS = os.path.join(ROOT, "sample_data", "hubei_counties.gpkg")


def make_raster(path, rows, cols, seed=7):
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    rng = np.random.default_rng(seed)
    patch = 40
    coarse = rng.integers(1, 10, size=(rows // patch + 2, cols // patch + 2)).astype(np.uint8)
    profile = dict(driver="GTiff", width=cols, height=rows, count=1, dtype="uint8", crs="EPSG:4326",
                   transform=from_origin(108.30, 33.35, 0.00055, 0.00055), nodata=0, tiled=True, blockxsize=512,
                   blockysize=512)
    with rasterio.open(path, "w", **profile) as dataset:
        for r0 in range(0, rows, 512):
            h = min(512, rows - r0)
            block = np.repeat(np.repeat(coarse[r0 // patch:(r0 + h) // patch + 2], patch, 0), patch, 1)
            block = block[r0 % patch:r0 % patch + h, :cols]
            noise = rng.uniform(size=block.shape) < 0.05
            block = np.where(noise, rng.integers(0, 10, size=block.shape), block).astype(np.uint8)
            dataset.write(block, 1, window=Window(0, r0, cols, h))


def polygons_geojson():
    """The Hubei polygons as GeoJSON-like dicts, read with QGIS (as the plugin does) and cached."""
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(POLYGONS, "units", "ogr")
    return [json.loads(f.geometry().asJson()) for f in layer.getFeatures()]


class PeakMemory:
    """Peak resident memory (MB) above the level at start, sampled every 5 ms in a thread during a call."""

    def __enter__(self):
        import threading

        self.start = self.peak = self.rss()
        self.running = True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()
        return self

    def sample(self):
        while self.running:
            self.peak = max(self.peak, self.rss())
            time.sleep(0.005)

    @staticmethod
    def rss():
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()
        self.peak = max(self.peak, self.rss())
        self.mb = self.peak - self.start


def worker(tool, raster, polygons_json, out_json):
    """Run one tool in this process; write {seconds, peak_mb, counts: [{class: count}]}."""
    with open(polygons_json, encoding="utf-8") as handle:
        geometries = json.load(handle)
    if tool == "ecocomp":
        sys.path.insert(0, os.path.dirname(polygons_json))
        import pyproj  # noqa: F401 - imported before the clock starts, as the peers import theirs
        import rasterio  # noqa: F401

        from ecocomp.ecocomp_science import landcover

        with PeakMemory() as memory:
            start = time.perf_counter()
            result = landcover.zonal_class_areas(raster, geometries)
            seconds = time.perf_counter() - start
        counts = [{str(v): int(c) for v, c in zip(result.values, row) if c} for row in result.count]
    elif tool == "rasterstats":
        from rasterstats import zonal_stats

        with PeakMemory() as memory:
            start = time.perf_counter()
            stats = zonal_stats(geometries, raster, categorical=True, all_touched=False, nodata=0)
            seconds = time.perf_counter() - start
        counts = [{str(k): int(v) for k, v in s.items()} for s in stats]
    elif tool == "exactextract":
        from exactextract import exact_extract

        with PeakMemory() as memory:
            start = time.perf_counter()
            features = exact_extract(raster, POLYGONS, ["unique", "frac", "count"], output="geojson")
            seconds = time.perf_counter() - start
        counts = [{str(int(u)): float(f) * feature["properties"]["count"]
                   for u, f in zip(feature["properties"]["unique"], feature["properties"]["frac"])}
                  for feature in features]
    elif tool == "qgis":
        from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

        app = QgsApplication([], False)
        app.initQgis()
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing

        Processing.initialize()
        from qgis import processing

        context = QgsProcessingContext()
        with PeakMemory() as memory:
            start = time.perf_counter()
            result = processing.run("native:zonalhistogram", {
                "INPUT_RASTER": raster, "RASTER_BAND": 1, "INPUT_VECTOR": POLYGONS, "COLUMN_PREFIX": "HISTO_",
                "OUTPUT": "TEMPORARY_OUTPUT"}, context=context, feedback=QgsProcessingFeedback())
            seconds = time.perf_counter() - start
        layer = result["OUTPUT"] if not isinstance(result["OUTPUT"], str) else context.getMapLayer(result["OUTPUT"])
        names = [f.name() for f in layer.fields() if f.name().startswith("HISTO_")]
        counts = [{n[6:]: int(f[n]) for n in names if f[n] and n[6:] not in ("0", "NODATA")}
                  for f in layer.getFeatures()]
    else:
        raise SystemExit("unknown tool " + tool)
    with open(out_json, "w", encoding="utf-8") as handle:
        json.dump({"seconds": seconds, "peak_mb": memory.mb, "counts": counts}, handle)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=7750)
    parser.add_argument("--cols", type=int, default=14200)
    parser.add_argument("--worker", nargs=4, metavar=("TOOL", "RASTER", "POLYGONS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = tempfile.mkdtemp(prefix="ecocomp-landcover-")
    os.symlink(ROOT, os.path.join(work, "ecocomp"))
    raster = os.path.join(work, "landcover.tif")
    make_raster(raster, args.rows, args.cols)
    pixels = args.rows * args.cols
    polygons_json = os.path.join(work, "polygons.json")
    with open(polygons_json, "w", encoding="utf-8") as handle:
        json.dump(polygons_geojson(), handle)
    print("Raster: {:,} × {:,} = {:.2e} pixels (EPSG:4326); 103 Hubei units".format(args.rows, args.cols, pixels))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results = {}
    for tool in ("ecocomp", "qgis", "exactextract", "rasterstats"):
        out = os.path.join(work, tool + ".json")
        done = subprocess.run([sys.executable, __file__, "--worker", tool, raster, polygons_json, out], env=env,
                              capture_output=True, text=True)
        if done.returncode != 0 or not os.path.exists(out):
            print("  {:<13s} failed: {}".format(tool, (done.stderr or done.stdout).strip().splitlines()[-1:]))
            continue
        with open(out, encoding="utf-8") as handle:
            results[tool] = json.load(handle)
    reference = results["ecocomp"]["counts"]
    summary = {"pixels": pixels, "tools": {}}
    for tool, result in results.items():
        difference = max(abs(row.get(k, 0) - ref.get(k, 0)) for row, ref in zip(result["counts"], reference)
                         for k in set(row) | set(ref))
        speed = pixels / result["seconds"] / 1e6
        summary["tools"][tool] = {"seconds": result["seconds"], "mpixel_per_s": speed, "peak_mb": result["peak_mb"],
                                  "largest_count_difference_vs_ecocomp": difference}
        print("  {:<13s} {:6.2f} s {:7.1f} Mpixel/s  peak +{:6.0f} MB  largest difference in a class count: {:,.1f}"
              .format(tool, result["seconds"], speed, result["peak_mb"], difference))
    ours = summary["tools"]["ecocomp"]["seconds"]
    for tool, item in summary["tools"].items():
        if tool != "ecocomp":
            print("  EcoComp is {:.1f}× faster than {}".format(item["seconds"] / ours, tool))
    print("target ≥ 100 Mpixel/s with exact overlaps: {}".format(
        "met" if summary["tools"]["ecocomp"]["mpixel_per_s"] >= 100 else "NOT met"))
    with open(os.path.join(ROOT, "benchmarks", "results", "landcover_zonal.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1)


if __name__ == "__main__":
    main()

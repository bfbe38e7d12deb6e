"""The compensation chain on all 2,875 county units of China, timed against the peer tools.

    .venv/bin/python benchmarks/chain_counties.py [--boundaries ../shared/data/boundaries/china_counties.gpkg]

Synthetic attributes (seeded) are attached to the real county boundaries; then,
in one run:

1. EcoComp: ecocomp:esv → footprint → priority → payment through processing.run
   (wall time of each Processing run, printed).
2. The peer an analyst has today: QGIS's own field calculator
   (native:fieldcalculator) with the same formulas typed as expressions, for
   ESV, the Hubei footprint, eoi and the payment (the priority levels cannot be
   expressed there). Results are compared: largest relative difference.
3. The natural-breaks step alone: EcoComp's numpy Fisher–Jenks against the
   current mapclassify.FisherJenks with numba (its own environment,
   benchmarks/peers.py; after the JIT warm-up) on the same IND values (per role).

Results are printed and written to benchmarks/results/chain_counties.json.
Numbers, not assertions: nothing here fails on speed.
"""

import argparse
import json
import os
import platform
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BOUNDARIES = os.path.join(ROOT, "..", "shared", "data", "boundaries", "china_counties.gpkg")
TYPES = ("key development zone", "optimised development zone", "main agricultural production area",
         "key ecological function area", "prohibited development area")
HUBEI_EF = 2.52 * (122.24 / 2744 + 21.80 / 1856 + 141.69 / 18000)


def synthetic_counties(boundaries, path, seed=2875):
    """County polygons + seeded synthetic statistics, written to ``path`` (GeoPackage)."""
    from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsField, QgsVectorFileWriter,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    source = QgsVectorLayer(boundaries, "counties", "ogr")
    if not source.isValid():
        raise SystemExit("cannot open " + boundaries)
    rng = np.random.default_rng(seed)
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "counties", "memory")
    names = ["adcode", "name", "mfa_type", "population", "gdp_cny", "cultivated_ha", "rice_area_ha",
             "rice_yield_kg_ha", "wheat_area_ha", "wheat_yield_kg_ha", "engel_urban", "engel_rural", "urbanisation"]
    memory.dataProvider().addAttributes([QgsField(n, QVariant.String if n in ("adcode", "name", "mfa_type")
                                                  else QVariant.Double) for n in names])
    memory.updateFields()
    features = []
    for feature in source.getFeatures():
        population = float(rng.lognormal(12.8, 0.7))
        cultivated = float(rng.lognormal(10.3, 1.0))
        out = QgsFeature(memory.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes([feature["adcode"], feature["name"], TYPES[int(rng.integers(0, 5))], population,
                           population * float(rng.uniform(2e4, 1.5e5)), cultivated,
                           cultivated * float(rng.uniform(0.2, 0.6)), float(rng.uniform(6000, 9000)),
                           cultivated * float(rng.uniform(0.1, 0.4)), float(rng.uniform(3000, 6000)),
                           float(rng.uniform(0.22, 0.36)), float(rng.uniform(0.25, 0.40)),
                           float(rng.uniform(0.3, 0.95))])
        features.append(out)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, QgsCoordinateTransformContext(), options)
    return len(features)


MAPCLASSIFY = r"""
import json, os, sys, time
import numpy as np, mapclassify, numba
groups = [np.load(os.path.join(sys.argv[1], "group{}.npy".format(i))) for i in range(int(sys.argv[2]))]
[mapclassify.FisherJenks(g, k=5) for g in groups]  # JIT warm-up
start = time.perf_counter()
breaks = [mapclassify.FisherJenks(g, k=5).bins.tolist() for g in groups]
print(json.dumps({"seconds": time.perf_counter() - start, "breaks": breaks, "mapclassify": mapclassify.__version__,
                  "numba": numba.__version__}))
"""


def timed(label, func, timings, repeat=3):
    """The median of ``repeat`` runs (after the warm-up run of the whole chain: imports and caches are not timed)."""
    import statistics

    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    timings[label] = statistics.median(times)
    print("  {:<44s} {:8.3f} s".format(label, timings[label]))
    return result


def profile_of(func, lines=25):
    """The cumulative-time profile of one run of ``func``, as text (recorded in the results)."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    func()
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(lines)
    return text.getvalue()


def values(path, field):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "v", "ogr")
    return {f["adcode"]: f[field] for f in layer.getFeatures()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", default=DEFAULT_BOUNDARIES)
    args = parser.parse_args()

    from qgis.core import QgsApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis import processing

    work = tempfile.mkdtemp(prefix="ecocomp-bench-")
    plugins = os.path.join(work, "plugins")
    os.makedirs(plugins)
    os.symlink(ROOT, os.path.join(plugins, "ecocomp"))
    sys.path.insert(0, plugins)
    from ecocomp.ecocomp_science.classify import fisher_jenks_breaks
    from ecocomp.algorithms.provider import EcoCompProvider

    provider = EcoCompProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    data = os.path.join(work, "counties.gpkg")
    count = synthetic_counties(args.boundaries, data)
    print("{} county units with synthetic attributes".format(count))
    crops = ["rice", "rice_area_ha", "rice_yield_kg_ha", 2.72, "wheat", "wheat_area_ha", "wheat_yield_kg_ha", 2.36]
    out = {name: os.path.join(work, name + ".gpkg") for name in ("esv", "fp", "pr", "pay", "calc1", "calc2", "calc3")}
    ecocomp, peer = {}, {}

    def esv():
        return processing.run("ecocomp:esv", {"INPUT": data, "AREA_FIELD": "cultivated_ha", "EA_MODE": 2,
                                              "CROP_FIELDS": crops, "OUTPUT": out["esv"]})

    esv()  # warm-up: numpy, the science modules and QGIS's providers loaded once, as in a running QGIS
    print("EcoComp (processing.run; median of 3 runs after a warm-up):")
    timed("ecocomp:esv", esv, ecocomp)
    timed("ecocomp:footprint", lambda: processing.run("ecocomp:footprint", {
        "INPUT": out["esv"], "OUTPUT": out["fp"]}), ecocomp)
    timed("ecocomp:priority", lambda: processing.run("ecocomp:priority", {
        "INPUT": out["fp"], "OUTPUT": out["pr"]}), ecocomp)
    timed("ecocomp:payment", lambda: processing.run("ecocomp:payment", {
        "INPUT": out["pr"], "OUTPUT": out["pay"]}), ecocomp)
    ecocomp["chain"] = sum(ecocomp.values())
    profile = profile_of(esv)
    payment_profile = profile_of(lambda: processing.run("ecocomp:payment", {"INPUT": out["pr"], "OUTPUT": out["pay"]}))
    # Every step above reads a file whose polygons this session has already found valid (the warm-up's input, then
    # each step's own output), so none checks them again (algorithms/checked_geometries.py). A file never seen
    # before is checked polygon by polygon with GEOS (each run below on a new copy; copying is not timed);
    # native:fieldcalculator never checks (its sourceFlags), like INVALID_GEOMETRY=2.
    import shutil

    like_for_like, copies = {}, iter(range(100))

    def first_seen():
        copy = os.path.join(work, "copy{}.gpkg".format(next(copies)))
        shutil.copy(data, copy)
        start = time.perf_counter()
        processing.run("ecocomp:esv", {"INPUT": copy, "AREA_FIELD": "cultivated_ha", "EA_MODE": 2,
                                       "CROP_FIELDS": crops, "OUTPUT": out["esv"] + ".first.gpkg"})
        return time.perf_counter() - start

    import statistics

    like_for_like["ecocomp:esv, a file not seen before"] = statistics.median(first_seen() for _ in range(3))
    print("  {:<44s} {:8.3f} s".format("ecocomp:esv, a file not seen before",
                                       like_for_like["ecocomp:esv, a file not seen before"]))
    timed("ecocomp:esv, no validity check", lambda: processing.run("ecocomp:esv", {
        "INPUT": data, "AREA_FIELD": "cultivated_ha", "EA_MODE": 2, "CROP_FIELDS": crops, "INVALID_GEOMETRY": 2,
        "OUTPUT": out["esv"] + ".nocheck.gpkg"}), like_for_like)

    print("Peer: native:fieldcalculator with the same formulas as expressions (median of 3 runs):")
    ea = ('(1/7) * ("rice_area_ha" * "rice_yield_kg_ha" * 2.72 + "wheat_area_ha" * "wheat_yield_kg_ha" * 2.36)'
          ' / ("rice_area_ha" + "wheat_area_ha")')
    calc = lambda src, name, formula, dst: processing.run("native:fieldcalculator", {  # noqa: E731
        "INPUT": src, "FIELD_NAME": name, "FIELD_TYPE": 0, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "FORMULA": formula, "OUTPUT": dst})
    timed("ESV non-market (expression)", lambda: calc(data, "esv_nm", "6.51 * {} * \"cultivated_ha\"".format(ea),
                                                      out["calc1"]), peer)
    ec_total = '("population" * ("cultivated_ha" / "population" * 2.52 * 1.28) * (1 - 0.035))'
    timed("eoi, Hubei footprint (expression)", lambda: calc(
        out["calc1"], "eoi", "({0} - \"population\" * {1}) / {0}".format(ec_total, HUBEI_EF), out["calc2"]), peer)
    en = '("engel_urban" * "urbanisation" + "engel_rural" * (1 - "urbanisation"))'
    gdp_pc = "59660"  # [HB] eq. 9: the national per-capita GDP of 2017, the default of ecocomp:payment
    timed("payment (expression)", lambda: calc(
        out["calc2"], "payment", "\"esv_nm\" * (1 / (1 + exp(-{}))) * (\"gdp_cny\" / \"population\" / {}) * \"eoi\""
        .format(en, gdp_pc), out["calc3"]), peer)
    peer["chain without priority"] = sum(peer.values())

    ours, theirs = values(out["pay"], "payment"), values(out["calc3"], "payment")
    difference = max(abs(ours[k] - theirs[k]) / max(abs(theirs[k]), 1e-9) for k in ours)
    print("  largest relative difference of the payment, EcoComp vs expressions: {:.2e}".format(difference))

    print("Natural breaks (5 classes per role) on the IND values:")
    ind = values(out["pr"], "ind")
    role = values(out["pr"], "role")
    groups = [np.array([ind[k] for k in ind if role[k] == r]) for r in ("receiver", "payer")]
    jenks = {}
    timed("EcoComp numpy Fisher–Jenks", lambda: [fisher_jenks_breaks(g, 5) for g in groups], jenks)
    # The current mapclassify with numba, in its own environment (benchmarks/peers.py), after its JIT warm-up.
    from ecocomp.benchmarks.peers import run_peer

    for index, group in enumerate(groups):
        np.save(os.path.join(work, "group{}.npy".format(index)), group)
    peer_jenks = run_peer("mapclassify", ["mapclassify", "numba"], MAPCLASSIFY, work, len(groups))
    jenks["mapclassify.FisherJenks (numba {})".format(peer_jenks["numba"])] = peer_jenks["seconds"]
    print("  {:<44s} {:8.3f} s".format("mapclassify {} with numba {}".format(peer_jenks["mapclassify"],
                                                                        peer_jenks["numba"]), peer_jenks["seconds"]))
    same = all(np.array_equal(fisher_jenks_breaks(g, 5), np.array(b)) for g, b in zip(groups, peer_jenks["breaks"]))
    print("  breaks equal: {}".format(same))

    result = {
        "units": count, "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "ecocomp_seconds": ecocomp, "fieldcalculator_seconds": peer,
        "chain_vs_expressions_ratio": ecocomp["chain"] / peer["chain without priority"],
        "payment_max_relative_difference": difference, "jenks_seconds": jenks, "jenks_breaks_equal": same,
        "role_sizes": [int(g.size) for g in groups],
        "step_ratios": {"esv": ecocomp["ecocomp:esv"] / peer["ESV non-market (expression)"],
                        "footprint": ecocomp["ecocomp:footprint"] / peer["eoi, Hubei footprint (expression)"],
                        "payment": ecocomp["ecocomp:payment"] / peer["payment (expression)"]},
        "esv_profile": profile.splitlines(),
        "payment_profile": payment_profile.splitlines(),
        "esv_without_validity_check_seconds": like_for_like["ecocomp:esv, no validity check"],
        "esv_first_seen_file_seconds": like_for_like["ecocomp:esv, a file not seen before"],
    }
    result["step_ratios"]["esv_without_validity_check"] = (like_for_like["ecocomp:esv, no validity check"]
                                                           / peer["ESV non-market (expression)"])
    result["step_ratios"]["esv_first_seen_file"] = (like_for_like["ecocomp:esv, a file not seen before"]
                                                    / peer["ESV non-market (expression)"])
    print("Step / expression peer: ESV {esv:.2f}× ({esv_first_seen_file:.2f}× on a file not seen before, its "
          "polygons checked; {esv_without_validity_check:.2f}× with no check, as the peer), footprint "
          "{footprint:.2f}×, payment {payment:.2f}× (goal ≤ 1.5×)".format(**result["step_ratios"]))
    print("EcoComp chain (4 algorithms, incl. priority): {:.2f} s; field-calculator peer (3 steps, no priority): "
          "{:.2f} s".format(ecocomp["chain"], peer["chain without priority"]))
    path = os.path.join(ROOT, "benchmarks", "results", "chain_counties.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    print("wrote", path)


if __name__ == "__main__":
    main()

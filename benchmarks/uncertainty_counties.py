"""Monte Carlo of the chain on all 2,875 county units of China, timed against the peers an analyst has today.

    .venv/bin/python benchmarks/uncertainty_counties.py [--draws 10000] [--peer-draws 5] [--skip-mapclassify]

The county boundaries get the seeded synthetic statistics of benchmarks/chain_counties.py. Then, each in a fresh
Python process (wall time and peak resident memory, VmHWM):

1. EcoComp (ecocomp_science.uncertainty.run): the draws for payments, roles and zones; and the same with the
   priority levels of every draw (exact natural breaks per draw).
2. The peer an analyst has today: the Processing chain ecocomp:esv → footprint → priority → payment → dualzoning,
   run once per draw with the draw's coefficients (``--peer-draws`` draws timed, extrapolated to ``--draws``).
3. The natural breaks alone: EcoComp's breaks of many draws (classify.fisher_jenks_breaks_many) against the
   current mapclassify with numba (FisherJenks, after its JIT warm-up), one draw at a time, in a virtual
   environment of their own (benchmarks/.venv-mapclassify: Debian's numpy is too old for them); the breaks are
   compared for equality.

Targets (issue 15): 10,000 draws ≤ 5 s and ≤ 1 GB for payments, roles and zones; ≤ 60 s with the levels.
Results are printed and written to benchmarks/results/uncertainty_counties.json. Numbers, not assertions.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The checkout imported under the plugin's installed name, as QGIS loads it.
LINKS = os.path.join(tempfile.gettempdir(), "ecocomp-bench-import")
os.makedirs(LINKS, exist_ok=True)
if not os.path.exists(os.path.join(LINKS, "ecocomp")):
    os.symlink(ROOT, os.path.join(LINKS, "ecocomp"))
sys.path.insert(0, LINKS)
RESULTS = os.path.join(ROOT, "benchmarks", "results", "uncertainty_counties.json")
CROPS = {"rice": 2.72, "wheat": 2.36}


def chain_from(path):
    """The uncertainty Chain of the synthetic counties (attributes read with GDAL: no QGIS in the worker)."""
    from osgeo import ogr

    from ecocomp.ecocomp_science import footprint, uncertainty
    from ecocomp.ecocomp_science.factors import xie_table
    from ecocomp.ecocomp_science.presets import FOOTPRINT

    source = ogr.Open(path)  # kept while its layer is read
    rows = [feature.items() for feature in source.GetLayer(0)]

    def column(name):
        return np.array([float(row[name]) for row in rows])

    hubei = FOOTPRINT["hubei2017"]
    _, consumption, productivity = footprint.commodity_table_from_rows(hubei["commodities"])
    cultivated = column("cultivated_ha")
    return uncertainty.Chain(
        labels=[row["name"] for row in rows], area=cultivated,
        crop_area=np.column_stack([column(c + "_area_ha") for c in CROPS]),
        crop_yield=np.column_stack([column(c + "_yield_kg_ha") for c in CROPS]), price=np.array(list(CROPS.values())),
        population=column("population"), gdp=column("gdp_cny"), engel_urban=column("engel_urban"),
        engel_rural=column("engel_rural"), urbanisation=column("urbanisation"), types=[r["mfa_type"] for r in rows],
        grain=cultivated, factors=xie_table("2008"), consumption=consumption, productivity=productivity,
        r=hubei["r"], y=hubei["y"], k=hubei["k"], g_reference=59660.0)


def worker(args):
    """One measurement in this (fresh) process: prints a JSON line with seconds and VmHWM."""
    from ecocomp.ecocomp_science import uncertainty

    chain = chain_from(args.data)
    specs = uncertainty.spec_rows([])
    start = time.perf_counter()
    summary = uncertainty.run(chain, specs, args.draws, seed=1, levels=args.levels)
    seconds = time.perf_counter() - start
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    if args.save_ind:
        multipliers = uncertainty.draw_multipliers(chain, specs, 200, seed=1)
        from ecocomp.ecocomp_science import esv

        ea = esv.equivalent_factor_value(chain.crop_area, chain.crop_yield * multipliers["yield"][:, None, :],
                                         chain.price * multipliers["price"][:, None, :])
        np.save(args.save_ind, ea * chain.area / chain.gdp)  # IND ∝ Ea · S / GDP: the same classes as IND
        np.save(args.save_ind + ".roles.npy", (chain.roles == "payer"))
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "units": int(chain.area.size),
                      "total_paid_p50": float(np.median(summary["total_paid"]))}))


def run_worker(data, draws, levels, save_ind=None):
    command = [sys.executable, __file__, "--worker", "--data", data, "--draws", str(draws)]
    if levels:
        command.append("--levels")
    if save_ind:
        command += ["--save-ind", save_ind]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def peer_chain(data, draws, work):
    """Seconds per draw of the Processing chain with perturbed coefficients (the analyst's way today)."""
    from qgis.core import QgsApplication

    from ecocomp.ecocomp_science import uncertainty
    from ecocomp.algorithms.provider import EcoCompProvider

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis import processing

    provider = EcoCompProvider()  # referenced while the runs last
    QgsApplication.processingRegistry().addProvider(provider)
    chain = chain_from(data)
    multipliers = uncertainty.draw_multipliers(chain, uncertainty.spec_rows([]), draws, seed=1)
    out = {name: os.path.join(work, name + ".gpkg") for name in ("esv", "fp", "pr", "pay", "zone")}
    start = time.perf_counter()
    for d in range(draws):
        m = {name: values[d] for name, values in multipliers.items()}
        crops = []
        for i, (crop, price) in enumerate(CROPS.items()):
            crops += [crop, crop + "_area_ha", crop + "_yield_kg_ha", float(price * m["price"][i])]
        factors = [cell for service, market, factor, scale in zip(
            chain.factors.services, chain.factors.market, chain.factors.factors, m["factors"])
            for cell in (service, "market" if market else "non-market", float(factor * scale))]
        processing.run("ecocomp:esv", {"INPUT": data, "AREA_FIELD": "cultivated_ha", "EA_MODE": 2,
                                       "CROP_FIELDS": crops, "FACTOR_PRESET": 2, "FACTOR_TABLE": factors,
                                       "OUTPUT": out["esv"]})
        processing.run("ecocomp:footprint", {"INPUT": out["esv"], "POPULATION_FIELD": "population",
                                             "AREA_FIELD": "cultivated_ha", "PRESET": 3,
                                             "R_FACTOR": float(chain.r * m["r"][0]), "YIELD_MODE": 0,
                                             "YIELD_FACTOR": float(chain.y * m["y"][0]), "K": float(chain.k * m["k"][0]),
                                             "CONSUMPTION": 0, "OUTPUT": out["fp"]})
        processing.run("ecocomp:priority", {"INPUT": out["fp"], "TYPE_FIELD": "mfa_type",
                                            "ESV_FIELD": "esv_nonmarket", "GDP_FIELD": "gdp_cny", "METHOD": 0,
                                            "CLASSES": 5, "OUTPUT": out["pr"]})
        processing.run("ecocomp:payment", {"INPUT": out["pr"], "PRESET": 0, "ESV_NONMARKET_FIELD": "esv_nonmarket",
                                           "EOI_FIELD": "eoi", "R_MODE": 0, "ENGEL_URBAN_FIELD": "engel_urban",
                                           "ENGEL_RURAL_FIELD": "engel_rural", "URBANISATION_FIELD": "urbanisation",
                                           "G_MODE": 2, "G_REFERENCE": float(chain.g_reference * m["g_reference"][0]),
                                           "GDP_FIELD": "gdp_cny", "POPULATION_FIELD": "population",
                                           "ROLE_FIELD": "role", "OUTPUT": out["pay"]})
        processing.run("ecocomp:dualzoning", {"INPUT": out["fp"], "GRAIN_FIELD": "cultivated_ha", "CHECK_UNITS": False,
                                              "AREA_FIELD": "cultivated_ha", "POPULATION_FIELD": "population",
                                              "ALPHA": 0.95, "GRAIN_PER_CAPITA": 400, "ECO_MODE": 0,
                                              "EF_FIELD": "ef", "EC_FIELD": "ec", "DELTA_MODE": 0,
                                              "DELTA": float(chain.delta * m["delta"][0]), "OUTPUT": out["zone"]})
    seconds = (time.perf_counter() - start) / draws
    QgsApplication.processingRegistry().removeProvider(provider)
    return seconds


MAPCLASSIFY = r"""
import json, sys, time
import numpy as np, mapclassify, numba
ind = np.load(sys.argv[1]); payer = np.load(sys.argv[2]); draws = int(sys.argv[3])
groups = [payer, ~payer]
mapclassify.FisherJenks(ind[0][groups[0]], k=5)  # JIT warm-up
start = time.perf_counter()
breaks = [[mapclassify.FisherJenks(ind[d][g], k=5).bins.tolist() for g in groups] for d in range(draws)]
seconds = (time.perf_counter() - start) / draws
print(json.dumps({"seconds_per_draw": seconds, "breaks": breaks, "mapclassify": mapclassify.__version__,
                  "numba": numba.__version__, "numpy": np.__version__}))
"""


def mapclassify_peer(ind_path, roles_path, draws):
    """Per-draw seconds of mapclassify.FisherJenks (numba) and its breaks, in the peer's own environment."""
    from ecocomp.benchmarks.peers import run_peer

    return run_peer("mapclassify", ["mapclassify", "numba"], MAPCLASSIFY, ind_path, roles_path, draws)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", default=os.path.join(ROOT, "..", "shared", "data", "boundaries",
                                                             "china_counties.gpkg"))
    parser.add_argument("--draws", type=int, default=10000)
    parser.add_argument("--peer-draws", type=int, default=5)
    parser.add_argument("--skip-mapclassify", action="store_true")
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--levels", action="store_true")
    parser.add_argument("--data")
    parser.add_argument("--save-ind")
    args = parser.parse_args()
    if args.worker:
        return worker(args)

    work = tempfile.mkdtemp(prefix="ecocomp-mc-")
    data = os.path.join(work, "counties.gpkg")
    build = ("import sys, os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); sys.path.insert(0, {!r}); "
             "from qgis.core import QgsApplication; app = QgsApplication([], False); app.initQgis(); "
             "from benchmarks.chain_counties import synthetic_counties; "
             "print(synthetic_counties({!r}, {!r}))").format(ROOT, args.boundaries, data)
    count = int(subprocess.run([sys.executable, "-c", build], capture_output=True, text=True, check=True,
                               cwd=ROOT).stdout.split()[-1])
    print("{} county units with synthetic attributes; {} draws".format(count, args.draws))
    results = {"units": count, "draws": args.draws,
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count()}}
    ind = os.path.join(work, "ind.npy")
    fast = run_worker(data, args.draws, False, save_ind=ind)
    print("  EcoComp, payments, roles, zones:      {:8.2f} s, peak {:6.0f} MB".format(fast["seconds"], fast["peak_mb"]))
    levels = run_worker(data, args.draws, True)
    print("  EcoComp, with the levels of each draw: {:8.2f} s, peak {:6.0f} MB".format(levels["seconds"],
                                                                                      levels["peak_mb"]))
    results["ecocomp"] = {"payments_roles_zones": fast, "with_levels": levels}
    per_draw = peer_chain(data, args.peer_draws, work)
    peer_total = per_draw * args.draws
    print("  Peer: the Processing chain per draw:  {:8.2f} s per draw × {} = {:,.0f} s (timed {} draws)".format(
        per_draw, args.draws, peer_total, args.peer_draws))
    print("  Ratio peer / EcoComp: {:,.0f}× (payments, roles, zones), {:,.0f}× (with levels)".format(
        peer_total / fast["seconds"], peer_total / levels["seconds"]))
    results["peer_processing_chain"] = {"seconds_per_draw": per_draw, "draws_timed": args.peer_draws,
                                        "extrapolated_seconds": peer_total,
                                        "ratio_payments_roles_zones": peer_total / fast["seconds"],
                                        "ratio_with_levels": peer_total / levels["seconds"]}
    if not args.skip_mapclassify:
        from ecocomp.ecocomp_science.classify import fisher_jenks_breaks_many

        values = np.load(ind)
        payer = np.load(ind + ".roles.npy")
        start = time.perf_counter()
        ours = [fisher_jenks_breaks_many(values[:, group], 5) for group in (payer, ~payer)]
        our_seconds = (time.perf_counter() - start) / values.shape[0]
        peer = mapclassify_peer(ind, ind + ".roles.npy", values.shape[0])
        from ecocomp.ecocomp_science.classify import within_class_sum_of_squares

        compared, equal, worse_peer, largest = 0, 0, 0, 0.0
        for d in range(values.shape[0]):
            for g, group in enumerate((payer, ~payer)):
                compared += 1
                theirs = np.array(peer["breaks"][d][g])
                if np.array_equal(ours[g][d], theirs):
                    equal += 1
                    continue
                x = values[d, group]  # differing breaks: which partition has the smaller within-class SS?
                mine, other = within_class_sum_of_squares(x, ours[g][d]), within_class_sum_of_squares(x, theirs)
                worse_peer += mine <= other
                largest = max(largest, abs(mine - other) / other)
        print("  Natural breaks of {} values in two roles, per draw: EcoComp {:.2f} ms, mapclassify {} with numba "
              "{} {:.2f} ms ({:.1f}×)".format(count, our_seconds * 1e3, peer["mapclassify"], peer["numba"],
                                              peer["seconds_per_draw"] * 1e3, peer["seconds_per_draw"] / our_seconds))
        print("  Breaks equal in {} of {} (draw, role) cases; in the others EcoComp's partition has the smaller "
              "within-class sum of squares in {} (near-ties: largest relative difference {:.1e})".format(
                  equal, compared, worse_peer, largest))
        results["natural_breaks"] = {"ecocomp_ms_per_draw": our_seconds * 1e3,
                                     "mapclassify_ms_per_draw": peer["seconds_per_draw"] * 1e3,
                                     "mapclassify": peer["mapclassify"], "numba": peer["numba"],
                                     "peer_numpy": peer["numpy"], "draws": int(values.shape[0]),
                                     "cases": compared, "equal": equal, "ecocomp_smaller_wcss_when_different":
                                     worse_peer, "largest_relative_wcss_difference": largest}
    os.makedirs(os.path.dirname(RESULTS), exist_ok=True)
    with open(RESULTS, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=1)
    print("written", RESULTS)


if __name__ == "__main__":
    main()

"""Land-occupation solve against pymrio's calc_all on the same random MRIO, in one run.

    .venv/bin/python benchmarks/io_vs_pymrio.py [--regions 30 --sectors 100 --categories 3 --repeat 3]

pymrio is the current release, in a virtual environment of its own (benchmarks/peers.py: Debian's numpy and
pandas are too old for it), run on the same matrices saved as .npy files; EcoComp runs on Debian's numpy, as in
a user's QGIS.

Both compute the land embodied in every region's final demand: pymrio with
``calc_all`` (A, the Leontief inverse L, multipliers M = S·L and all accounts,
of which D_cba is the one we need); EcoComp with one LU factorisation of I − A
for all final-demand columns (ecocomp_science.mrio.land_occupation). Prints the
wall-time and peak-memory (tracemalloc, numpy allocations included) ratios and
the largest relative difference of the per-region consumption-based totals,
and writes benchmarks/results/io_vs_pymrio.json. Target (issue 4): ≥ 5× faster,
≤ 60 % of pymrio's peak memory, results equal to 1e-12.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def random_mrio(m, n, k, seed=42):
    rng = np.random.default_rng(seed)
    size = m * n
    a = rng.uniform(0, 1, size=(size, size))
    a *= rng.uniform(0.3, 0.7, size=size)[None, :] / a.sum(axis=0)[None, :]  # column sums 0.3–0.7
    y = rng.uniform(1, 100, size=(size, m * k))
    x = np.linalg.solve(np.eye(size) - a, y.sum(axis=1))
    z = a * x[None, :]
    land = rng.uniform(0, 1e4, size=size)
    return z, y, x, land


GENERIC_KERNELS = ("prescott", "generic", "core2", "nehalem")  # OpenBLAS's fallbacks for a processor it does not know


def blas_info():
    """The BLAS numpy calls here, as threadpoolctl reports it: [{api, version, architecture, threads}] (an empty list
    when threadpoolctl is not installed), and whether a generic kernel is running."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        found = openblas_of_this_process()
    else:
        found = [{"api": i.get("internal_api"), "version": i.get("version"), "architecture": i.get("architecture"),
                  "threads": i.get("num_threads")} for i in threadpool_info() if i.get("user_api") == "blas"]
    generic = any(str(i["architecture"]).lower() in GENERIC_KERNELS for i in found)
    return found, generic


def openblas_of_this_process():
    """Without threadpoolctl (Debian's Python): the OpenBLAS numpy loaded, asked for its kernel and configuration
    through its own C functions (openblas_get_corename, openblas_get_config); [] when it is another BLAS."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8") as handle:
            paths = sorted({line.split()[-1] for line in handle if "openblas" in line.lower() and ".so" in line})
    except OSError:
        return []
    found = []
    for path in paths:
        try:
            library = ctypes.CDLL(path)
            library.openblas_get_corename.restype = ctypes.c_char_p
            library.openblas_get_config.restype = ctypes.c_char_p
            library.openblas_get_num_threads.restype = ctypes.c_int
            info = {"api": "openblas", "version": library.openblas_get_config().decode(),
                    "architecture": library.openblas_get_corename().decode(),
                    "threads": library.openblas_get_num_threads()}
            if info not in found:  # one library mapped under several names
                found.append(info)
        except (OSError, AttributeError):
            continue
    return found


def measure(func, repeat):
    """(median seconds, peak bytes of one run, result)."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    tracemalloc.reset_peak()
    func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak, result


PYMRIO = r"""
import json, os, statistics, sys, time, tracemalloc
import numpy as np, pandas as pd, pymrio
work, m, n, k, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
z, y, land = (np.load(os.path.join(work, name + ".npy")) for name in ("z", "y", "land"))
regions = ["r{:02d}".format(i) for i in range(m)]
rows = pd.MultiIndex.from_product([regions, ["s{:03d}".format(i) for i in range(n)]], names=["region", "sector"])
ycols = pd.MultiIndex.from_product([regions, ["c{}".format(i) for i in range(k)]], names=["region", "category"])

def run():
    io = pymrio.IOSystem(Z=pd.DataFrame(z, index=rows, columns=rows), Y=pd.DataFrame(y, index=rows, columns=ycols))
    io.land = pymrio.Extension(name="land", F=pd.DataFrame(land[None, :], index=["land"], columns=rows))
    io.calc_all()
    return io.land.D_cba.loc["land"].groupby(level="region", sort=False).sum().values

times = []
for _ in range(repeat):
    start = time.perf_counter()
    result = run()
    times.append(time.perf_counter() - start)
tracemalloc.start()
run()
peak = tracemalloc.get_traced_memory()[1]
from threadpoolctl import threadpool_info
blas = [{"api": i.get("internal_api"), "version": i.get("version"), "architecture": i.get("architecture"),
         "threads": i.get("num_threads")} for i in threadpool_info() if i.get("user_api") == "blas"]
print(json.dumps({"seconds": statistics.median(times), "peak_bytes": peak, "result": result.tolist(),
                  "pymrio": pymrio.__version__, "numpy": np.__version__, "pandas": pd.__version__, "blas": blas}))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=30)
    parser.add_argument("--sectors", type=int, default=100)
    parser.add_argument("--categories", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="ecocomp-io-")
    os.symlink(ROOT, os.path.join(work, "ecocomp"))
    sys.path.insert(0, work)
    from ecocomp.benchmarks.peers import run_peer
    from ecocomp.ecocomp_science import mrio

    m, n, k = args.regions, args.sectors, args.categories
    z, y, x, land = random_mrio(m, n, k)
    regions = ["r{:02d}".format(i) for i in range(m)]
    sectors = ["s{:03d}".format(i) for i in range(n)]
    categories = ["c{}".format(i) for i in range(k)]
    print("Random MRIO: {} regions × {} sectors = {} rows, {} final-demand columns".format(m, n, m * n, m * k))
    for name, array in (("z", z), ("y", y), ("land", land)):
        np.save(os.path.join(work, name + ".npy"), array)

    def with_ecocomp():
        system = mrio.MRIO(regions, sectors, categories, z, y, x, land)
        cube, _, _ = mrio.land_occupation(system)
        return cube.sum(axis=(0, 1, 3))

    t_ours, mem_ours, ours = measure(with_ecocomp, args.repeat)
    print("  EcoComp LU solve:   {:8.3f} s, peak {:8.1f} MB".format(t_ours, mem_ours / 2 ** 20))
    ours_blas, generic = blas_info()
    for info in ours_blas:
        print("  EcoComp's BLAS: {api} {version}, kernel {architecture}, {threads} thread(s)".format(**info))
    if generic:
        print("  WARNING: a generic OpenBLAS kernel runs here (the processor is not recognised): the LU solve is "
              "several times slower than it could be; see docs/README.md, 'Speed' (OPENBLAS_CORETYPE).")
    peer = run_peer("pymrio", ["pymrio", "threadpoolctl"], PYMRIO, work, m, n, k, args.repeat)
    for info in peer.get("blas", []):
        print("  pymrio's BLAS:  {api} {version}, kernel {architecture}, {threads} thread(s)".format(**info))
    t_pm, mem_pm, theirs = peer["seconds"], peer["peak_bytes"], np.array(peer["result"])
    print("  pymrio calc_all:    {:8.3f} s, peak {:8.1f} MB".format(t_pm, mem_pm / 2 ** 20))
    difference = float(np.max(np.abs(ours - theirs) / np.abs(theirs)))
    result = {
        "regions": m, "sectors_per_region": n, "rows": m * n, "final_demand_columns": m * k,
        "ecocomp_seconds": t_ours, "pymrio_seconds": t_pm, "speedup": t_pm / t_ours,
        "ecocomp_peak_mb": mem_ours / 2 ** 20, "pymrio_peak_mb": mem_pm / 2 ** 20,
        "peak_memory_ratio": mem_ours / mem_pm, "max_relative_difference": difference,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "numpy": np.__version__,
                    "pymrio": peer["pymrio"], "peer_numpy": peer["numpy"], "peer_pandas": peer["pandas"],
                    "blas": ours_blas, "generic_kernel": generic, "peer_blas": peer.get("blas", [])},
    }
    print("  speed-up {:.1f}× (target ≥ 5×); peak memory {:.0%} of pymrio's (target ≤ 60 %); "
          "largest relative difference {:.1e} (target ≤ 1e-12)".format(
              result["speedup"], result["peak_memory_ratio"], difference))
    path = os.path.join(ROOT, "benchmarks", "results", "io_vs_pymrio_{}.json".format(m * n))
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    print("wrote", path)


if __name__ == "__main__":
    main()

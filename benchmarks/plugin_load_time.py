"""How much does EcoComp add to QGIS start-up? Plugin enabled vs disabled, in the same run.

Run with QGIS's Python from the project root (after scripts/setup.sh):

    /usr/bin/python3 benchmarks/plugin_load_time.py [--repeat 7]

Prints and writes benchmarks/results/plugin_load.json:

1. ``qgis_process list`` wall time with the plugin enabled, disabled, and
   with an empty plugin enabled instead (interleaved runs, medians): what a
   headless user pays, and how much of it is QGIS's own cost of loading any
   Python plugin.
2. In one fresh interpreter with QGIS initialised: the time of
   ``import ecocomp; classFactory(None).initProcessing()``, the number of
   modules it imports, and for scale the time of ``import pandas`` (which the
   plugin must not import at load).

The target (issue 2): the plugin adds less than 50 ms to QGIS start-up.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QP = os.path.join(ROOT, "scripts", "qgis_process.sh")

IN_PROCESS = r"""
import sys, time
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
before = set(sys.modules)
t0 = time.perf_counter()
import ecocomp
plugin = ecocomp.classFactory(None)
plugin.initProcessing()
t1 = time.perf_counter()
loaded = len(set(sys.modules) - before)
t2 = time.perf_counter()
import pandas
t3 = time.perf_counter()
print((t1 - t0) * 1000, loaded, (t3 - t2) * 1000)
"""


NULL_PLUGIN = {
    "metadata.txt": "[general]\nname=Null\nqgisMinimumVersion=3.0\ndescription=x\nabout=x\nversion=1\n"
                    "author=x\nemail=x@example.org\nrepository=x\nhasProcessingProvider=yes\n",
    "__init__.py": "class Null:\n    def initProcessing(self): pass\n    def initGui(self): pass\n"
                   "    def unload(self): pass\n\ndef classFactory(iface):\n    return Null()\n",
}


def prepare_home(home, state):
    """A private QGIS profile with EcoComp enabled, disabled, or an empty plugin enabled instead."""
    env = dict(os.environ, ECOCOMP_QGIS_HOME=home)
    env.pop("PYTHONPATH", None)
    subprocess.run([QP, "list"], env=env, capture_output=True, check=True)  # creates the profile
    if state == "null":
        null_dir = os.path.join(home, "plugins", "nullplugin")
        os.makedirs(null_dir)
        for name, text in NULL_PLUGIN.items():
            with open(os.path.join(null_dir, name), "w", encoding="utf-8") as handle:
                handle.write(text)
    ini = os.path.join(home, "config", "profiles", "default", "QGIS", "QGIS3.ini")
    with open(ini, "w", encoding="utf-8") as handle:
        handle.write("[PythonPlugins]\necocomp={}\nnullplugin={}\n".format(
            "true" if state == "enabled" else "false", "true" if state == "null" else "false"))
    done = subprocess.run([QP, "list"], env=env, capture_output=True, text=True, check=True)
    assert ("ecocomp:esv" in done.stdout) == (state == "enabled"), "plugin state not as asked"
    return env


def qgis_process_list(env):
    """Wall time (ms) of one `qgis_process list` (the binary itself, no wrapper script)."""
    start = time.perf_counter()
    subprocess.run(["/usr/bin/qgis_process.bin", "list"], env=env, capture_output=True, check=True)
    return (time.perf_counter() - start) * 1000


def qgis_env(env):
    """The environment scripts/qgis_process.sh sets up, for calling the binary directly."""
    home = env["ECOCOMP_QGIS_HOME"]
    runtime = os.path.join(home, "runtime")
    return dict(env, QGIS_CUSTOM_CONFIG_PATH=os.path.join(home, "config"),
                QGIS_PLUGINPATH=os.path.join(home, "plugins"), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as on_home, tempfile.TemporaryDirectory() as off_home, \
            tempfile.TemporaryDirectory() as null_home:
        homes = {"enabled": on_home, "disabled": off_home, "null": null_home}
        envs = {state: qgis_env(prepare_home(home, state)) for state, home in homes.items()}
        times = {state: [] for state in homes}
        for _ in range(args.repeat):  # interleaved, so drift in machine load hits all three alike
            for state, env in envs.items():
                times[state].append(qgis_process_list(env))
        on, off, null = times["enabled"], times["disabled"], times["null"]
        plugins = os.path.join(on_home, "plugins")
        inproc = []
        for _ in range(args.repeat):
            out = subprocess.run([sys.executable, "-c", IN_PROCESS.format(plugins=plugins)], capture_output=True,
                                 text=True, check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            inproc.append([float(x) for x in out.stdout.split()])

    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "repeat": args.repeat,
        "qgis_process_list_ms": {"enabled_median": statistics.median(on), "disabled_median": statistics.median(off),
                                 "empty_plugin_median": statistics.median(null),
                                 "added_median": statistics.median(on) - statistics.median(off),
                                 "added_over_empty_plugin_median": statistics.median(on) - statistics.median(null),
                                 "enabled": on, "disabled": off, "empty_plugin": null},
        "in_process": {"plugin_load_ms_median": statistics.median(r[0] for r in inproc),
                       "modules_imported": int(inproc[0][1]),
                       "pandas_import_ms_median": statistics.median(r[2] for r in inproc)},
        "target_ms": 50,
    }
    q = result["qgis_process_list_ms"]
    p = result["in_process"]
    spread = statistics.quantiles(off, n=4)
    print("qgis_process list, median of {}: EcoComp enabled {:.0f} ms, disabled {:.0f} ms (adds {:+.0f} ms); "
          "an empty plugin instead {:.0f} ms (EcoComp adds {:+.0f} ms over it)".format(
              args.repeat, q["enabled_median"], q["disabled_median"], q["added_median"], q["empty_plugin_median"],
              q["added_over_empty_plugin_median"]))
    print("  (run-to-run spread with the plugin disabled: quartiles {:.0f}–{:.0f} ms)".format(spread[0], spread[2]))
    print("in process: import + classFactory + initProcessing {:.1f} ms ({} modules); import pandas alone {:.0f} ms"
          .format(p["plugin_load_ms_median"], p["modules_imported"], p["pandas_import_ms_median"]))
    print("target: < {} ms added -> {}".format(result["target_ms"],
                                               "met" if p["plugin_load_ms_median"] < 50 else "NOT met"))
    path = os.path.join(ROOT, "benchmarks", "results", "plugin_load.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    print("wrote", path)


if __name__ == "__main__":
    main()

"""The current version of a benchmark's peer tool, in a virtual environment of its own.

Debian's numpy (1.24, the one QGIS's GDAL bindings are built for) is too old for the current pymrio, mapclassify
and numba, so each peer gets ``benchmarks/.venv-<name>`` with the newest release from PyPI (created once, reused),
and runs there as a subprocess on the same input files. EcoComp keeps running on Debian's numpy, as in a user's
QGIS.
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def peer_python(name, packages):
    """The Python of ``benchmarks/.venv-<name>`` with ``packages`` installed (newest releases)."""
    folder = os.path.join(HERE, ".venv-" + name)
    python = os.path.join(folder, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", folder], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade"] + list(packages), check=True,
                       stderr=subprocess.DEVNULL)
    return python


def run_peer(name, packages, script, *args):
    """Run ``script`` (Python source) in the peer's environment; its last output line is JSON, returned."""
    done = subprocess.run([peer_python(name, packages), "-c", script] + [str(a) for a in args], capture_output=True,
                          text=True)
    if done.returncode:
        raise SystemExit("peer {} failed:\n{}".format(name, done.stderr[-3000:]))
    return json.loads(done.stdout.strip().splitlines()[-1])

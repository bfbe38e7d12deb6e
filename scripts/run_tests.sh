#!/usr/bin/env bash
# Install what the tests need (Debian's QGIS, Xvfb, a venv with pytest-qgis), run the whole suite, then the
# land-cover tests once more with rasterio absent.
#   scripts/run_tests.sh [--qgis 3.22|3.40|3.44] [extra pytest arguments]
# --qgis 3.40 (Debian trixie) and --qgis 3.44 (Debian sid) run the same inside a cached Debian chroot with that
# QGIS (scripts/qgis_chroot.sh, made on first use); the default is the machine's own QGIS (3.22 on Debian 12).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
QGIS_WANTED=""
if [[ "${1:-}" == --qgis ]]; then
    QGIS_WANTED="${2:?--qgis needs a version: 3.22, 3.40 or 3.44}"; shift 2
elif [[ "${1:-}" == --qgis=* ]]; then
    QGIS_WANTED="${1#--qgis=}"; shift
fi
case "$QGIS_WANTED" in
    ""|3.22) ;;
    3.40|3.44)
        export ECOCOMP_TEST_ARTIFACTS="${ECOCOMP_TEST_ARTIFACTS:-$ROOT/test-artifacts}/qgis-$QGIS_WANTED"
        exec bash "$ROOT/scripts/qgis_chroot.sh" "$QGIS_WANTED" bash "$ROOT/scripts/run_tests.sh" "$@" ;;
    *) echo "run_tests: --qgis takes 3.22 (this machine's Debian 12), 3.40 or 3.44, not '$QGIS_WANTED'" >&2; exit 2 ;;
esac
bash "$ROOT/scripts/setup.sh" --dev
VENV="${ECOCOMP_VENV:-$ROOT/.venv}"
WORK="$(mktemp -d /tmp/ecocomp-tests.XXXXXX)"
export QGIS_CUSTOM_CONFIG_PATH="$WORK/qgis-config"
export ECOCOMP_QGIS_HOME="$WORK/qgis-home"
export XDG_RUNTIME_DIR="$WORK/runtime" && mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH
cd "$ROOT"
# The versions this run uses, first (pytest prints them again in its header).
"$VENV/bin/python" -I -c 'from qgis.core import Qgis; from qgis.PyQt.QtCore import QT_VERSION_STR
import numpy, sys
print("run_tests: QGIS {} · Qt {} · Python {} · numpy {}".format(Qgis.version(), QT_VERSION_STR,
      sys.version.split()[0], numpy.__version__))'
# The plugin is imported as the package `ecocomp` (tests/conftest.py links the checkout under that name).
"$VENV/bin/pytest" "$@"
# CI variant: the raster algorithms again with rasterio (and affine, rasterstats, pyproj) unimportable, as in a
# stock QGIS on Windows (OSGeo4W) or macOS: they read and write through osgeo.gdal (tests/conftest.py).
ECOCOMP_WITHOUT_RASTERIO=1 "$VENV/bin/pytest" -q tests/science/test_science_landcover.py tests/test_landcover_algorithms.py
# Checks that do not depend on the QGIS version run once, beside the machine's own QGIS.
if [[ -z "${ECOCOMP_QGIS_CHROOT:-}" ]]; then
    # The science tests again, in Pythons without QGIS: the oldest and newest Python, numpy and pandas supported.
    bash "$ROOT/scripts/run_science_tests.sh"
    bash "$ROOT/scripts/check_qt6.sh"
    "$VENV/bin/ruff" check "$ROOT" && echo "ruff: no finding (ruff.toml)"
fi

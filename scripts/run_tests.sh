#!/usr/bin/env bash
# Install what the tests need (Debian's QGIS, Xvfb, a venv with pytest-qgis), run the whole suite, then the
# land-cover tests once more with rasterio absent.
#   scripts/run_tests.sh [extra pytest arguments]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --dev
VENV="${ECOCOMP_VENV:-$ROOT/.venv}"
WORK="$(mktemp -d /tmp/ecocomp-tests.XXXXXX)"
export QGIS_CUSTOM_CONFIG_PATH="$WORK/qgis-config"
export ECOCOMP_QGIS_HOME="$WORK/qgis-home"
export XDG_RUNTIME_DIR="$WORK/runtime" && mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH
cd "$ROOT"
# The pytest executable, never `python -m pytest`: the latter puts the repo root on sys.path,
# where its processing/ folder would shadow QGIS's processing package.
"$VENV/bin/pytest" "$@"
# CI variant: the raster algorithms again with rasterio (and affine, rasterstats, pyproj) unimportable, as in a
# stock QGIS on Windows (OSGeo4W) or macOS: they read and write through osgeo.gdal (tests/conftest.py).
ECOCOMP_WITHOUT_RASTERIO=1 "$VENV/bin/pytest" -q tests/test_science_landcover.py tests/test_landcover_algorithms.py
bash "$ROOT/scripts/check_qt6.sh"

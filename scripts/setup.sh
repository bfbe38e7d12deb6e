#!/usr/bin/env bash
# Install what EcoComp needs on a fresh Debian 12 machine (run as root), idempotently:
#   - QGIS 3.22 LTR and its Python bindings from Debian's packages,
#   - the apt Python libraries a user's QGIS typically has (numpy, pandas),
#   - with --dev: a virtual environment that sees QGIS's Python, with the test tools.
# Usage: scripts/setup.sh [--dev]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${ECOCOMP_VENV:-$ROOT/.venv}"

# fonts-wqy-microhei: Chinese names and labels in maps and legends; poppler-utils: page images of the reports.
APT_PACKAGES=(qgis python3-qgis qgis-providers python3-numpy python3-pandas fonts-wqy-microhei poppler-utils)
# debootstrap: the Debian chroots of the newer QGIS versions (scripts/qgis_chroot.sh, run_tests.sh --qgis 3.40).
# Test oracles' heavy dependencies from Debian, built for its numpy and GDAL (pymrio needs matplotlib,
# mapclassify scipy; the sparse MRIO path uses scipy; the land-cover tests use rasterio as an oracle (the plugin reads rasters through GDAL), and their
# oracles rasterstats (fiona, shapely) and pyproj). Wheels of these would bring their own GDAL/PROJ.
DEV_APT_PACKAGES=(xvfb debootstrap python3-venv python3-setuptools python3-wheel git poppler-utils python3-scipy python3-matplotlib
                  python3-rasterio python3-fiona
                  python3-shapely python3-pyproj)

want=("${APT_PACKAGES[@]}")
if [[ "${1:-}" == "--dev" ]]; then want+=("${DEV_APT_PACKAGES[@]}"); fi
missing=()
for pkg in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]} from Debian's packages" >&2
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ "${1:-}" == "--dev" ]]; then
    # Re-installed when requirements-dev.txt changes (its checksum is kept in the venv).
    stamp="$(sha256sum "$ROOT/requirements-dev.txt" | cut -d' ' -f1)"
    if [[ ! -x "$VENV/bin/pytest" || "$(cat "$VENV/.ecocomp-requirements" 2>/dev/null)" != "$stamp" ]]; then
        echo "setup: creating $VENV (sees QGIS's Python through --system-site-packages)" >&2
        [[ -x "$VENV/bin/python" ]] || /usr/bin/python3 -m venv --system-site-packages "$VENV"
        # numpy stays Debian's build, the one QGIS's GDAL bindings (and Debian's scipy, rasterio …) are built for.
        /usr/bin/python3 -c 'import numpy; print("numpy==" + numpy.__version__)' > "$VENV/ecocomp-constraints.txt"
        "$VENV/bin/pip" install -q --disable-pip-version-check -c "$VENV/ecocomp-constraints.txt" \
            -r "$ROOT/requirements-dev.txt"
        echo "$stamp" > "$VENV/.ecocomp-requirements"
    fi
fi

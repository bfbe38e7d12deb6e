#!/usr/bin/env bash
# The science tests (tests/science) in Pythons where QGIS cannot be imported, as a user of the wheel has them:
#   the oldest Python, numpy and pandas the wheel supports (Python 3.9, numpy 1.19, pandas 1.3: pyproject.toml)
#   and the newest (the newest Python here, numpy 2.x and pandas as pip serves them today).
# Each venv holds the wheel's dependencies (numpy, pandas for the API) and the test tools only; the tests whose
# oracle (mapclassify, pymrio, scipy, openpyxl, pyproj, GDAL) is absent are skipped, and run in the QGIS suite.
#   scripts/run_science_tests.sh [extra pytest arguments]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${ECOCOMP_SCIENCE_VENVS:-${XDG_CACHE_HOME:-$HOME/.cache}/ecocomp/science-venvs}"
TOOLS=(pytest==8.3.5 hypothesis==6.131.0)

first_python() {  # the first candidate that runs
    for candidate in "$@"; do
        if [[ -n "$candidate" && -x "$candidate" ]] && "$candidate" -c 'import sys' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    return 1
}
OLDEST="$(first_python /root/.pyenv/versions/3.9.*/bin/python3 "$(command -v python3.9 || true)")" || {
    echo "run_science_tests: no Python 3.9 on this machine (pyenv or python3.9)" >&2; exit 1; }
NEWEST="$(first_python $(ls -d /root/.pyenv/versions/3.1[0-9].*/bin/python3 2>/dev/null | sort -V -r) \
                       "$(command -v python3.13 || true)" "$(command -v python3.12 || true)")" || {
    echo "run_science_tests: no Python ≥ 3.10 on this machine" >&2; exit 1; }

run() {
    local name="$1" python="$2"; shift 2
    local venv="$CACHE/$name" stamp="$python $* ${TOOLS[*]}"
    if [[ ! -x "$venv/bin/pytest" || "$(cat "$venv/.ecocomp-stamp" 2>/dev/null)" != "$stamp" ]]; then
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/pip" install -q --disable-pip-version-check "$@" "${TOOLS[@]}"
        echo "$stamp" > "$venv/.ecocomp-stamp"
    fi
    if "$venv/bin/python" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("qgis") is None)'; then
        echo "run_science_tests: QGIS is importable in $venv; the science tests must run without it" >&2; exit 1
    fi
    "$venv/bin/python" -c 'import sys, numpy, pandas
print("run_science_tests: Python {} · numpy {} · pandas {} · no QGIS".format(sys.version.split()[0],
      numpy.__version__, pandas.__version__))'
    # The pytest executable of that venv.
    (cd "$ROOT" && env -u PYTHONPATH -u QGIS_PREFIX_PATH "$venv/bin/pytest" -q -p no:cacheprovider tests/science "${EXTRA[@]}")
}
EXTRA=("$@")
run oldest "$OLDEST" "numpy==1.19.5" "pandas==1.3.5"
run newest "$NEWEST" "numpy>=2" "pandas>=2.2"

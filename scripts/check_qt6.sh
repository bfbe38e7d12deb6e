#!/usr/bin/env bash
# Run QGIS's official PyQt5 → PyQt6 migration script (qgis-pyqt5to6) over a copy of the plugin's code and fail if
# it would change anything: the code must already be valid for Qt5 and Qt6.
# The script needs Python ≥ 3.12 with PyQt6 beside it; QGIS's own Python here is 3.11, so a separate 3.12+
# interpreter is used (pyenv's, or python3.12/3.13 on PATH). Without one, the check says so and is skipped;
# tests/test_qt6_static.py checks the same idioms in every run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON=""
for candidate in /root/.pyenv/versions/3.1[2-9]*/bin/python3 "$(command -v python3.13 || true)" \
                 "$(command -v python3.12 || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]] && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
        PYTHON="$candidate"; break
    fi
done
if [[ -z "$PYTHON" ]]; then
    echo "check_qt6: no Python ≥ 3.12 on this machine; the migration script was not run (static test only)."
    exit 0
fi
WORK="$(mktemp -d /tmp/ecocomp-qt6.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --disable-pip-version-check qgis-pyqt5to6 PyQt6 PyQt6-QScintilla 2>/dev/null
mkdir "$WORK/code"
(cd "$ROOT" && tar --exclude=__pycache__ -cf - plugin.py __init__.py translation.py algorithms ui ecocomp_science) \
    | tar -xf - -C "$WORK/code"
cp -r "$WORK/code" "$WORK/before"
(cd "$WORK/code" && "$WORK/venv/bin/pyqt5to6" . >/dev/null 2>&1 || true)
if ! diff -ru "$WORK/before" "$WORK/code"; then
    echo "check_qt6: the Qt6 migration script would change the code above: make it valid for Qt5 and Qt6." >&2
    exit 1
fi
echo "check_qt6: qgis-pyqt5to6 ($("$PYTHON" --version)) finds nothing to change."

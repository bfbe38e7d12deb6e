"""The science package imports no QGIS and no heavy optional library."""

import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_no_qgis_import_anywhere_in_the_science():
    offenders = []
    for path in (ROOT / "ecocomp_science").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += ["{}: {}".format(path.name, n) for n in names if n.split(".")[0] in ("qgis", "PyQt5", "PyQt6")]
    assert offenders == []


def test_science_runs_in_a_python_without_qgis(plugin_dir):
    """Import and run the ESV science in a fresh interpreter; QGIS must not be loaded."""
    code = (
        "import sys; sys.path.insert(0, {!r});"
        "from ecocomp.ecocomp_science import esv, factors;"
        "r = esv.ecosystem_service_value([1000.0], 542000/40/7, factors.xie_table('2008'));"
        "print(round(r['esv_total'][0], 2), any(m.startswith('qgis') for m in sys.modules),"
        " 'pandas' in sys.modules)"
    ).format(str(plugin_dir))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["15292142.86", "False", "False"]

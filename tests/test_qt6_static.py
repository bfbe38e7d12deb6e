"""Qt5 and Qt6 from one code base, checked statically (QGIS 4 is built on Qt6/PyQt6 and Python ≥ 3.12).

The official migration script (qgis-pyqt5to6) needs Python ≥ 3.12 with PyQt6, which Debian 12 machines do not
have; this test checks the same idioms it rewrites: unscoped enum members of Qt classes (Qt.AlignLeft →
Qt.AlignmentFlag.AlignLeft), exec_(), PyQt5 imported directly instead of through qgis.PyQt, QAction taken from
anywhere but qgis.PyQt's shim, modules removed from Python 3.12 (distutils, imp) and pyrcc resources.
Attribute types come from algorithms/qgis_enums.py (QMetaType from QGIS 3.38; tests/test_qgis_enums.py).
"""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLASSES = ("Qt", "QHeaderView", "QDialogButtonBox", "QMessageBox", "QSizePolicy", "QAbstractItemView", "QFrame",
           "QFont", "QPainter", "QImage", "QPalette", "QFormLayout", "QDialog", "QLineEdit", "QComboBox", "QStyle",
           "QEvent", "QAction", "QDockWidget", "QTableWidget", "QListWidget", "QFileDialog", "QItemSelectionModel",
           "QToolButton", "QTabWidget", "QColor", "QKeySequence", "QIcon", "QPixmap", "QTextOption", "QLocale")
# X.Name not followed by "." (then Name is the scoped enum's type) or "(" (a call): an unscoped member.
UNSCOPED = re.compile(r"\b({})\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*[.(])".format("|".join(CLASSES)))
ALLOWED = {"Qt.ItemDataRole", "QVariant"}  # types passed as values
RULES = [
    (re.compile(r"\.exec_\("), "exec_() (use exec())"),
    (re.compile(r"^\s*(from|import)\s+PyQt5\b", re.M), "PyQt5 imported directly (use qgis.PyQt)"),
    (re.compile(r"^\s*(from|import)\s+(distutils|imp)\b", re.M), "module removed from Python 3.12"),
    (re.compile(r"resources_rc|pyrcc"), "pyrcc resources"),
    (re.compile(r"from\s+(PyQt5|PyQt6)\.QtGui\s+import[^\n]*QAction"), "QAction not through qgis.PyQt"),
]


def plugin_sources():
    for folder in ("algorithms", "ui", "ecocomp_science"):
        yield from sorted((ROOT / folder).rglob("*.py"))
    yield from sorted(ROOT.glob("*.py"))


def findings(text, name="<text>"):
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        code = line.split("#")[0]
        for match in UNSCOPED.finditer(code):
            if match.group(0) not in ALLOWED:
                found.append("{}:{}: unscoped enum {}".format(name, number, match.group(0)))
    for pattern, what in RULES:
        for match in pattern.finditer(text):
            found.append("{}:{}: {}".format(name, text[:match.start()].count("\n") + 1, what))
    return found


def test_the_check_finds_the_qt5_only_idioms():
    sample = ("header.setSectionResizeMode(QHeaderView.Stretch)\nlabel.setAlignment(Qt.AlignLeft)\n"
              "dialog.exec_()\nfrom PyQt5.QtWidgets import QAction\nimport imp\n"
              "ok = Qt.AlignmentFlag.AlignLeft\nheader.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)\n")
    assert findings(sample) == [
        "<text>:1: unscoped enum QHeaderView.Stretch", "<text>:2: unscoped enum Qt.AlignLeft",
        "<text>:3: exec_() (use exec())", "<text>:4: PyQt5 imported directly (use qgis.PyQt)",
        "<text>:5: module removed from Python 3.12"]


def test_the_plugin_is_valid_for_qt5_and_qt6():
    found = []
    for path in plugin_sources():
        found += findings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_metadata_declares_qt6_for_qgis_3_qt6_builds():
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert re.search(r"^supportsQt6=True$", text, re.M) and re.search(r"^qgisMaximumVersion=4\.99$", text, re.M)

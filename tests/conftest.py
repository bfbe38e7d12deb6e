"""Shared fixtures. The repo is loaded as the installed plugin ``ecocomp``.

The repository root is symlinked into a temporary plugins folder as
``ecocomp`` and that folder is put on sys.path; the root itself never is
(its processing/ folder would shadow QGIS's processing package).
"""

import os
import pathlib
import shutil
import sys
import tempfile

import pytest
from hypothesis import settings

# The same examples on every run: CI must not pass or fail by the luck of the draw
# (the tie tests compare with mapclassify's single-precision choices).
settings.register_profile("ecocomp", derandomize=True, deadline=None)
settings.load_profile("ecocomp")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
SHARED = ROOT.parent / "shared"

# pytest-qgis starts QGIS (before this file is imported) with its profile — settings and the credential store
# qgis-auth.db — in <rootdir>/.qgis-settings, i.e. inside the checkout. The profile is moved to a temporary
# folder at once and QGIS's settings re-pointed there (tests/test_repository_hygiene.py checks the checkout).
PROFILE_ROOT = pathlib.Path(tempfile.mkdtemp(prefix="ecocomp-qgis-profile-"))


def _move_profile_out_of_checkout():
    from qgis.PyQt.QtCore import QSettings

    in_checkout = ROOT / ".qgis-settings"
    if in_checkout.exists():
        shutil.copytree(in_checkout, PROFILE_ROOT, dirs_exist_ok=True)
        shutil.rmtree(in_checkout, ignore_errors=True)
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(PROFILE_ROOT)
    os.environ["QGIS_OPTIONS_PATH"] = str(PROFILE_ROOT)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(PROFILE_ROOT / "profiles" / "default"))


PLUGINS_DIR = pathlib.Path(tempfile.mkdtemp(prefix="ecocomp-plugins-"))
os.symlink(ROOT, PLUGINS_DIR / "ecocomp")
sys.path.insert(0, str(PLUGINS_DIR))

_move_profile_out_of_checkout()

ARTIFACTS = pathlib.Path(os.environ.get("ECOCOMP_TEST_ARTIFACTS", ROOT / "test-artifacts"))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(PLUGINS_DIR, ignore_errors=True)
    shutil.rmtree(PROFILE_ROOT, ignore_errors=True)
    # Processing makes its (empty) scripts/models/outputs folders under QGIS's start-up profile path.
    shutil.rmtree(ROOT / ".qgis-settings", ignore_errors=True)


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def plugin_dir():
    return PLUGINS_DIR


_PROVIDERS = []  # keeps the Python side of registered providers alive


@pytest.fixture
def ecocomp_provider(qgis_app, qgis_processing):
    """The EcoComp provider registered in the real Processing registry.

    Looked up on every use: plugin tests unload (and so delete) the provider.
    """
    from qgis.core import QgsApplication

    from ecocomp.processing.provider import EcoCompProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ecocomp")
    if provider is None:
        provider = EcoCompProvider()
        _PROVIDERS.append(provider)
        assert registry.addProvider(provider)
    return provider


@pytest.fixture
def run_alg(ecocomp_provider):
    """Run an ecocomp algorithm through processing.run and return its results."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(name, parameters, feedback=None, context=None):
        if context is None:
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
        return processing.run("ecocomp:" + name, parameters, feedback=feedback or QgsProcessingFeedback(),
                              context=context)

    return _run


def _memory_layer(geometry, fields, rows, name):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    spec = "&".join("field={}:{}".format(n, t) for n, t in fields)
    uri = "{}?crs=EPSG:4326&{}".format(geometry, spec) if geometry != "None" else "None?" + spec
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        if geometry != "None":
            x = float(i)
            feature.setGeometry(QgsGeometry.fromWkt(
                "POLYGON(({0} 0,{1} 0,{1} 1,{0} 1,{0} 0))".format(x, x + 1)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def polygons(qgis_app):
    """Build a memory polygon layer: ``polygons([("name", "string"), ("S", "double")], rows)``."""
    return lambda fields, rows, name="units": _memory_layer("Polygon", fields, rows, name)


@pytest.fixture
def table(qgis_app):
    """Build a memory table without geometry (a statistics table)."""
    return lambda fields, rows, name="stats": _memory_layer("None", fields, rows, name)


SAMPLE_PRICES = {"rice": 2.72, "wheat": 2.36, "maize": 1.76}  # CNY/kg, as in scripts/run_sample.sh


@pytest.fixture(scope="session")
def sample_expected():
    """Ea and ESV (Xie 2008) per adcode of the sample data, computed here from the CSV with numpy.

    Independent of the plugin: Ea = Σ m·q·v / Σ m / 7 over rice, wheat and maize; ESV = F·Ea·S.
    """
    import csv

    import numpy as np

    expected = {}
    with open(SAMPLE / "hubei_statistics_2017_synthetic.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            m = np.array([float(row[c + "_area_ha"]) for c in SAMPLE_PRICES])
            q = np.array([float(row[c + "_yield_kg_ha"]) for c in SAMPLE_PRICES])
            ea = (m * q * np.array(list(SAMPLE_PRICES.values()))).sum() / m.sum() / 7
            s = float(row["cultivated_ha"])
            expected[row["adcode"]] = {"row": row, "ea": ea, "esv_total": 7.90 * ea * s,
                                       "esv_market": 1.39 * ea * s, "esv_nonmarket": 6.51 * ea * s}
    return expected


# Six units for the zoning tests: name → (grain output kg, cultivated ha, population, ef, ec gha/person).
SIX_UNITS = {
    "A": (60e6, 10000, 50000, 0.30, 0.40),
    "B": (20e6, 4000, 120000, 0.35, 0.05),
    "C": (45e6, 8000, 40000, 0.25, 0.45),
    "D": (10e6, 3000, 200000, 0.40, 0.02),
    "E": (30e6, 6000, 60000, 0.30, 0.20),
    "F": (25e6, 5000, 70000, 0.28, 0.15),
}


@pytest.fixture(scope="session")
def six_units():
    """The six-unit zoning case and its z-scores, Q and zones worked out from first principles
    (Python's statistics module; no EcoComp code)."""
    import statistics

    def zoning(alpha=0.95, c=400.0, w1=0.5, w2=0.5, delta=0.2296, sample=True):
        l1 = [s / n - alpha * c / (y / s) for y, s, n, _, _ in SIX_UNITS.values()]
        l2 = [ec - ef for _, _, _, ef, ec in SIX_UNITS.values()]
        sd = statistics.stdev if sample else statistics.pstdev
        z1 = [(v - statistics.mean(l1)) / sd(l1) for v in l1]
        z2 = [(v - statistics.mean(l2)) / sd(l2) for v in l2]
        q = [w1 * a + w2 * b for a, b in zip(z1, z2)]
        zones = [1 if v > delta else -1 if v < -delta else 0 for v in q]
        return {"l1": l1, "l2": l2, "z1": z1, "z2": z2, "q": q, "zones": zones, "sd_q": sd(q)}

    return SIX_UNITS, zoning


HUBEI_EF = 2.52 * (122.24 / 2744 + 21.80 / 1856 + 141.69 / 18000)  # methods.md §2 Hubei preset, by hand


@pytest.fixture(scope="session")
def hubei_ef():
    return HUBEI_EF


@pytest.fixture(scope="session")
def hubei_payment_expected(sample_expected):
    """(eoi, payment CNY) per adcode of the sample data with the Hubei 2017 settings, by hand from the CSV.

    eoi from the Hubei footprint preset (r 2.52, y 1.28, k 0.035); R = 1/(1 + e^−En);
    G against the sample's per-capita GDP; P = ESV_nonmarket · R · G · eoi.
    """
    import math

    rows = [e["row"] for e in sample_expected.values()]
    gdp_pc = sum(float(r["gdp_cny"]) for r in rows) / sum(float(r["population"]) for r in rows)
    expected = {}
    for adcode, item in sample_expected.items():
        row = item["row"]
        n, s = float(row["population"]), float(row["cultivated_ha"])
        ec_total = n * (s / n * 2.52 * 1.28) * (1 - 0.035)
        eoi = (ec_total - n * HUBEI_EF) / ec_total
        theta = float(row["urbanisation"])
        en = float(row["engel_urban"]) * theta + float(row["engel_rural"]) * (1 - theta)
        g = float(row["gdp_cny"]) / n / gdp_pc
        expected[adcode] = (eoi, item["esv_nonmarket"] * (1 / (1 + math.exp(-en))) * g * eoi)
    return expected


def clipped_labels(widget):
    """Texts of the visible single-line labels and buttons in ``widget`` given less width than they need.

    What a label or button needs is its own size hint (text plus the style's padding); a word-wrapped
    label has room for any text.
    """
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel

    clipped = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisible() or not child.text() or (isinstance(child, QLabel) and child.wordWrap()):
            continue
        if child.width() < child.sizeHint().width():
            clipped.append(child.text())
    return clipped


@pytest.fixture(scope="session")
def legible():
    return clipped_labels

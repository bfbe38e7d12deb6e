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

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
SHARED = ROOT.parent / "shared"

PLUGINS_DIR = pathlib.Path(tempfile.mkdtemp(prefix="ecocomp-plugins-"))
os.symlink(ROOT, PLUGINS_DIR / "ecocomp")
sys.path.insert(0, str(PLUGINS_DIR))

ARTIFACTS = pathlib.Path(os.environ.get("ECOCOMP_TEST_ARTIFACTS", ROOT / "test-artifacts"))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(PLUGINS_DIR, ignore_errors=True)


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

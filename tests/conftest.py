"""Shared fixtures. The repo is loaded as the installed plugin ``ecocomp``.

The repository root is symlinked into a temporary plugins folder as
``ecocomp`` and that folder is put on sys.path: the plugin's modules import
each other relatively, as the package QGIS loads (``ecocomp`` from the ZIP).
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

try:  # tests/science runs in a Python without QGIS too (scripts/run_science_tests.sh)
    import qgis.core  # noqa: F401

    HAVE_QGIS = True
except ImportError:
    HAVE_QGIS = False
if HAVE_QGIS:
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

    from ecocomp.algorithms.provider import EcoCompProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ecocomp")
    if provider is None:
        provider = EcoCompProvider()
        _PROVIDERS.append(provider)
        assert registry.addProvider(provider)
    return provider


@pytest.fixture
def layer_tree_view(qgis_iface, monkeypatch):
    """A real layer tree view for ``iface.layerTreeView()``, which Processing hands the results it loads.

    pytest-qgis's interface answers any method it lacks with a MagicMock, which QGIS 3.44's
    QgsProcessingGuiUtils.addResultLayers refuses (it checks its argument types). The view has no model: results
    go to the project's layer tree as in the desktop, and a view with a model of the project root crashes QGIS 3.40
    offscreen (SIGFPE while processing events, after a raster result was loaded).
    """
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    yield view
    view.deleteLater()


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
    G against the national per-capita GDP of 2017 (59,660 CNY/person); P = ESV_nonmarket · R · G · eoi.
    """
    import math

    gdp_pc = 59660.0  # [HB] eq. 9: China's per-capita GDP 2017 (NBS communiqué, 2018), the Hubei preset's default
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


# --- robustness suite (tests/test_robust_*.py) -------------------------------------------------------------

ROBUST_CROPS = ["rice", "rice_area_ha", "rice_yield_kg_ha", 2.72, "wheat", "wheat_area_ha", "wheat_yield_kg_ha",
                2.36, "maize", "maize_area_ha", "maize_yield_kg_ha", 1.76]


def file_hashes(paths):
    """{file: sha256} of every file at ``paths`` (folders: every file below them)."""
    import hashlib

    found = {}
    for path in map(pathlib.Path, paths):
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path] if path.exists() else []
        for item in files:
            found[str(item)] = hashlib.sha256(item.read_bytes()).hexdigest()
    return found


@pytest.fixture(scope="session")
def workspace(tmp_path_factory, qgis_app):
    """The sample data copied to a folder of its own, with the chain's intermediate layers and a land-cover raster.

    ``workspace.params(alg)`` gives valid parameters of every algorithm (outputs to be set by the test).
    """
    import numpy as np
    from qgis import processing  # noqa: F401 — Processing is initialised by the ecocomp_provider fixture
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsVectorFileWriter, QgsWkbTypes
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext
    from ecocomp.algorithms.qgis_enums import FIELD_STRING  # QVariant.String is deprecated from 3.38

    root = tmp_path_factory.mktemp("workspace")
    for name in ("hubei_counties.gpkg", "hubei_statistics_2017_synthetic.csv",
                 "hubei_statistics_2017_synthetic.csvt", "china_provinces.gpkg"):
        shutil.copy(SAMPLE / name, root / name)
    shutil.copytree(SAMPLE / "mrio_china_2012_synthetic", root / "mrio")

    # Two UTM polygons over a 6 × 4 CLCD raster (1 cropland, 2 forest, 4 grassland, 8 impervious).
    import rasterio
    from rasterio.transform import from_origin

    data = np.tile(np.array([1, 1, 2, 4, 8, 8], dtype=np.uint8), (4, 1))
    with rasterio.open(root / "clcd.tif", "w", driver="GTiff", width=6, height=4, count=1, dtype="uint8",
                       crs="EPSG:32650", transform=from_origin(500000, 3320000, 100, 50), nodata=0) as dataset:
        dataset.write(data, 1)
    fields = QgsFields()
    fields.append(QgsField("name", FIELD_STRING))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(str(root / "units_utm.gpkg"), fields, QgsWkbTypes.Polygon,
                                        QgsCoordinateReferenceSystem("EPSG:32650"), QgsCoordinateTransformContext(),
                                        options)
    for name, x0 in (("West", 500000), ("East", 500300)):
        feature = QgsFeature(fields)
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} 3319800,{1} 3319800,{1} 3320000,{0} 3320000,"
                                                "{0} 3319800))".format(x0, x0 + 300)))
        writer.addFeature(feature)
    del writer

    class Workspace:
        path = root

        def params(self, alg):
            r = str(root)
            mrio = {"INPUT": r + "/china_provinces.gpkg", "REGION_KEY": "name_en", "MRIO_FORMAT": 0,
                    "MRIO_FOLDER": r + "/mrio", "CATEGORY_MAPPING": r + "/mrio/categories.csv"}
            landcover = {"INPUT": r + "/units_utm.gpkg", "RASTER": r + "/clcd.tif", "BAND": 1}
            return dict({
                "esv": {"INPUT": r + "/hubei_counties.gpkg", "STATS_TABLE": r + "/hubei_statistics_2017_synthetic.csv",
                        "INPUT_KEY": "adcode", "STATS_KEY": "adcode", "AREA_FIELD": "cultivated_ha", "EA_MODE": 2,
                        "CROP_FIELDS": ROBUST_CROPS, "FACTOR_PRESET": 0},
                "footprint": {"INPUT": r + "/esv.gpkg", "POPULATION_FIELD": "population",
                              "AREA_FIELD": "cultivated_ha", "PRESET": 0},
                "priority": {"INPUT": r + "/footprint.gpkg", "TYPE_FIELD": "mfa_type", "ESV_FIELD": "esv_nonmarket",
                             "GDP_FIELD": "gdp_cny", "METHOD": 0, "CLASSES": 5},
                "payment": {"INPUT": r + "/priority.gpkg", "PRESET": 0, "ESV_NONMARKET_FIELD": "esv_nonmarket",
                            "EOI_FIELD": "eoi", "R_MODE": 0, "ENGEL_URBAN_FIELD": "engel_urban",
                            "ENGEL_RURAL_FIELD": "engel_rural", "URBANISATION_FIELD": "urbanisation", "G_MODE": 2,
                            "GDP_FIELD": "gdp_cny", "POPULATION_FIELD": "population", "ROLE_FIELD": "role"},
                "dualzoning": {"INPUT": r + "/footprint.gpkg", "GRAIN_FIELD": "grain_output_kg",
                               "AREA_FIELD": "cultivated_ha", "POPULATION_FIELD": "population", "ALPHA": 0.95,
                               "GRAIN_PER_CAPITA": 400, "ECO_MODE": 0, "EF_FIELD": "ef", "EC_FIELD": "ec",
                               "DELTA_MODE": 0, "DELTA": 0.2296},
                "ioland": dict(mrio, TARGET_REGION="Gansu"),
                "iobilateral": dict(mrio, FLOW_TOP=40),
                "mapimage": {"INPUT": r + "/esv.gpkg", "FIELD": "esv_total", "DPI": 50},
                "transfers": {"INPUT": r + "/compensation.gpkg", "METHOD": 1, "GROUP_FIELDS": ["city"]},
                "compare": {"BEFORE": r + "/priority.gpkg", "AFTER": r + "/compensation.gpkg"},
                "uncertainty": {"INPUT": r + "/hubei_counties.gpkg",
                                "STATS_TABLE": r + "/hubei_statistics_2017_synthetic.csv", "INPUT_KEY": "adcode",
                                "STATS_KEY": "adcode", "DRAWS": 3000},
                "report": {"INPUT": r + "/compensation.gpkg", "ZONES": r + "/zoning.gpkg", "LANGUAGE": 1,
                           "DPI": 72},
                "landcoverarea": dict(landcover),
                "esvsurface": dict(landcover, EA_VALUE=1000.0),
                "compensationchain": {"units": r + "/hubei_counties.gpkg",
                                      "statistics": r + "/hubei_statistics_2017_synthetic.csv"},
            }[alg])

    space = Workspace()
    return space


@pytest.fixture
def prepared(workspace, ecocomp_provider):
    """The workspace with the chain's layers (esv, footprint, priority, compensation, zoning) written once."""
    from qgis import processing

    root = workspace.path
    if not (root / "compensation.gpkg").exists():
        for alg, out in (("esv", "esv"), ("footprint", "footprint"), ("priority", "priority"),
                         ("payment", "compensation"), ("dualzoning", "zoning")):
            processing.run("ecocomp:" + alg, dict(workspace.params(alg), OUTPUT=str(root / (out + ".gpkg"))))
    return workspace


class Guard:
    """Runs an algorithm that must be refused and checks that nothing an analyst owns changed.

    ``refused(alg, params, fragment)``: the run raises a QgsProcessingException whose message contains
    ``fragment``; every input file (every parameter naming an existing file or folder) is byte-identical
    afterwards; every earlier file at an output path is byte-identical; and no new file (partial output,
    temporary file, journal) appeared in any folder the run reads or writes.
    """

    OUTPUT_KEYS = ("OUTPUT", "OUTPUT_MATRIX", "OUTPUT_FLOWS", "OUTPUT_SUMMARY", "OUTPUT_RASTER",
                   "payment:compensation")

    @staticmethod
    def _paths(params):
        found = []
        for key, value in params.items():
            if isinstance(value, str):
                path = value.split("|")[0]
                if value.startswith("ogr:"):
                    path = value.split("dbname='")[1].split("'")[0]
                if os.path.isabs(path):
                    found.append((key, path))
        return found

    def run(self, alg, params, feedback=None):
        from qgis import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        from qgis.core import QgsFeatureRequest

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)  # QGIS's default setting
        return processing.run("ecocomp:" + alg, params, feedback=feedback or QgsProcessingFeedback(), context=context)

    def snapshot(self, params):
        paths = [p for _, p in self._paths(params)]
        folders = {os.path.dirname(p) for p in paths} | {p for p in paths if os.path.isdir(p)}
        listing = {f: sorted(os.listdir(f)) for f in folders if os.path.isdir(f)}
        return file_hashes(paths), listing

    def refused(self, alg, params, fragment, feedback=None):
        from qgis.core import QgsProcessingException

        before = self.snapshot(params)
        with pytest.raises(QgsProcessingException) as error:
            self.run(alg, params, feedback)
        message = str(error.value)
        assert fragment.lower() in message.lower(), message
        after = self.snapshot(params)
        assert after[0] == before[0], "a file read or written by the run changed"
        assert after[1] == before[1], "files appeared or vanished: {}".format(
            {f: sorted(set(after[1].get(f, [])) ^ set(before[1][f])) for f in before[1]})
        return message


@pytest.fixture
def guard(ecocomp_provider):
    return Guard()


# --- CI variant without rasterio (scripts/run_tests.sh runs the land-cover tests a second time so) -----------
#
# ECOCOMP_WITHOUT_RASTERIO=1 makes the Python packages that a stock QGIS on Windows (OSGeo4W) or macOS may lack
# unimportable in the test process — rasterio, its companion affine, rasterstats (built on rasterio) and
# pyproj — before any test module imports them: ``import rasterio`` raises ImportError, as it would there.
# The plugin's raster algorithms read and write through osgeo.gdal and must pass unchanged; tests that use
# rasterio only as an oracle are marked ``rasterio_oracle`` and skipped.

WITHOUT_RASTERIO = os.environ.get("ECOCOMP_WITHOUT_RASTERIO") == "1"
ABSENT_WITHOUT_RASTERIO = ("rasterio", "affine", "rasterstats", "pyproj")

if WITHOUT_RASTERIO:
    for _name in list(sys.modules):
        if _name.split(".")[0] in ABSENT_WITHOUT_RASTERIO:
            del sys.modules[_name]
    for _name in ABSENT_WITHOUT_RASTERIO:
        sys.modules[_name] = None  # then `import <name>` raises ImportError ("import of <name> halted")


def pytest_configure(config):
    config.addinivalue_line("markers", "rasterio_oracle: uses rasterio (or rasterstats) only as a test oracle; "
                                       "skipped when ECOCOMP_WITHOUT_RASTERIO=1")


def pytest_collection_modifyitems(config, items):
    if not WITHOUT_RASTERIO:
        return
    skip = pytest.mark.skip(reason="ECOCOMP_WITHOUT_RASTERIO=1: rasterio is absent (it is only this test's oracle)")
    for item in items:
        if item.get_closest_marker("rasterio_oracle") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def without_rasterio():
    """True in the CI variant where rasterio (and affine, rasterstats, pyproj) cannot be imported."""
    return WITHOUT_RASTERIO

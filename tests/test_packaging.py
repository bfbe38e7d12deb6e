"""The science package builds as a wheel of its own (pyproject.toml), versioned from metadata.txt, and the wheel
works without QGIS and without the rest of the plugin."""

import configparser
import pathlib
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def plugin_version():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    return meta.get("general", "version")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Built from a copy holding only what the build declares (so nothing else of the checkout leaks in)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "MANIFEST.in", "metadata.txt", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    (source / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "python.md", source / "docs" / "python.md")
    for package in ("ecocomp_science", "compat"):
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    [built] = out.glob("*.whl")
    return built


def test_the_wheel_holds_the_science_package_alone_with_the_plugins_version(wheel):
    assert wheel.name == "ecocomp-{}-py3-none-any.whl".format(plugin_version())
    names = zipfile.ZipFile(wheel).namelist()
    assert "ecocomp_science/api.py" in names and "ecocomp_science/reference/xie_equivalent_factors.csv" in names
    assert "ecocomp_science/methods/payment.py" in names and "ecocomp_plugin/__init__.py" in names  # and the alias
    assert not [n for n in names if n.startswith(("algorithms/", "ui/", "tests/", "i18n/", "sample_data/"))]
    metadata = zipfile.ZipFile(wheel).read("ecocomp-{}.dist-info/METADATA".format(plugin_version())).decode()
    assert "Requires-Dist: numpy" in metadata
    for extra in ("pandas", "geo", "xlsx", "dask", "cluster", "all"):
        assert "Provides-Extra: {}".format(extra) in metadata
    assert re.search(r"Requires-Dist: geopandas.*extra == ['\"]geo['\"]", metadata)  # the spelling varies by setuptools


def test_the_installed_wheel_runs_the_chain_without_qgis(wheel, tmp_path):
    """Installed into a fresh environment (numpy and pandas from the system, no QGIS on the path), the API gives
    the sample's totals."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    script = (
        "import sys, pandas as pd\n"
        "sys.modules['qgis'] = None  # QGIS unreachable: the science must not need it\n"
        "import ecocomp_science, ecocomp_science.api as api\n"
        "from ecocomp_science._version import __version__\n"
        "units = pd.read_csv(sys.argv[1], dtype={'adcode': str})\n"
        "crops = [(c, c + '_area_ha', c + '_yield_kg_ha', p) for c, p in (('rice', 2.72), ('wheat', 2.36), "
        "('maize', 1.76))]\n"
        "out = api.chain(units, crops)\n"
        "print(__version__, ecocomp_science.__file__, round(out.payment[out.payment > 0].sum() / 1e9, 6))\n")
    done = subprocess.run([str(python), "-c", script, str(ROOT / "sample_data" / "hubei_statistics_2017_synthetic.csv")],
                          capture_output=True, text=True, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    version, location, received = done.stdout.split()
    assert version == plugin_version()
    assert str(venv) in location  # the installed copy, not the checkout
    assert float(received) == pytest.approx(13.768098, abs=1e-6)
    # The old name, for one release: the same modules (not copies), with a DeprecationWarning
    alias = ("import warnings; warnings.simplefilter('error', DeprecationWarning)\n"
             "try:\n    import ecocomp_plugin\n"
             "except DeprecationWarning as w:\n    print('warned:', 'ecocomp_science' in str(w))\n"
             "warnings.simplefilter('ignore')\n"
             "import ecocomp_plugin.api, ecocomp_plugin.errors, ecocomp_science.api, ecocomp_science.errors\n"
             "print(ecocomp_plugin.api is ecocomp_science.api, ecocomp_plugin.errors.InputError is "
             "ecocomp_science.errors.InputError)\n")
    done = subprocess.run([str(python), "-c", alias], capture_output=True, text=True, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["warned:", "True", "True", "True"]

"""The plugin object inside QGIS: provider registration, menu, unload, translation and light start-up."""

import os
import pathlib
import re
import subprocess
import sys

import pytest


@pytest.fixture
def plugin(qgis_app, qgis_iface, qgis_processing):
    import ecocomp

    instance = ecocomp.classFactory(qgis_iface)
    yield instance
    instance.unload()


def test_a_gbk_table_added_to_the_project_reads_in_chinese(plugin):
    """With the plugin loaded, a GBK statistics CSV added to the project shows its Chinese field names in QGIS's own
    pickers (the model's field inputs), as EcoComp's reader and the panel read them; unload stops it."""
    from qgis.core import QgsProject, QgsVectorLayer

    path = str(pathlib.Path(__file__).resolve().parent.parent / "sample_data" / "yearbook" / "hubei_2017_yearbook_gbk.csv")
    plugin.initGui()
    try:
        layer = QgsVectorLayer(path, "yearbook", "ogr")
        QgsProject.instance().addMapLayer(layer)
        assert layer.fields().names()[:2] == ["行政代码", "县区"]
        plugin.unload()
        again = QgsVectorLayer(path, "again", "ogr")
        QgsProject.instance().addMapLayer(again)
        assert again.fields().names()[0] != "行政代码"
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_metadata_is_complete():
    import configparser
    import pathlib

    root = pathlib.Path(__file__).resolve().parent.parent
    meta = configparser.ConfigParser()
    meta.read(root / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    assert general["name"] == "EcoComp"
    assert general["qgisMinimumVersion"] == "3.22" and general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert general["license"] == "GPL-2.0-or-later"
    assert (root / general["icon"]).exists()
    assert "GNU GENERAL PUBLIC LICENSE" in (root / "LICENSE").read_text()


def test_init_processing_without_iface_registers_the_provider(qgis_app, qgis_processing):
    """qgis_process calls initProcessing() with iface=None."""
    from qgis.core import QgsApplication

    import ecocomp

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("ecocomp")
    if existing is not None:
        registry.removeProvider(existing)
    instance = ecocomp.classFactory(None)
    instance.initProcessing()
    provider = registry.providerById("ecocomp")
    assert provider is not None and provider.name() == "EcoComp"
    assert {a.id() for a in provider.algorithms()} >= {"ecocomp:esv", "ecocomp:mapimage"}
    instance.unload()
    assert registry.providerById("ecocomp") is None


def test_init_gui_adds_menu_and_unload_removes_everything(plugin, qgis_iface):
    from qgis.core import QgsApplication

    plugin.initGui()
    assert QgsApplication.processingRegistry().algorithmById("ecocomp:esv") is not None
    # in the order of the work: the panel, the statistics table and its join, the methods, maps and report …
    assert [a.objectName() for a in plugin.actions] == [
        "ecocomp_panel", "ecocomp_statstemplate", "ecocomp_jointable",
        "ecocomp_esv", "ecocomp_footprint", "ecocomp_dualzoning", "ecocomp_priority", "ecocomp_payment",
        "ecocomp_compensationchain", "ecocomp_mapimage", "ecocomp_report", "ecocomp_ioland", "ecocomp_iobilateral",
        "ecocomp_landcoverarea", "ecocomp_esvsurface", "ecocomp_transfers", "ecocomp_uncertainty", "ecocomp_compare",
        "ecocomp_editor_crops", "ecocomp_editor_commodities",
        "ecocomp_editor_factors", "ecocomp_editor_roles", "ecocomp_editor_landcover", "ecocomp_editor_ahp"]
    assert len(plugin.separators) == 6
    # the toolbox groups read in the same order, in English and in Chinese (each name starts with its place)
    from ecocomp.algorithms.algorithm import GROUPS

    assert [GROUPS[key][0] for key in ("data", "methods", "models", "tools", "io", "landcover", "beyond")] == \
        list("1234567")
    registry = QgsApplication.processingRegistry()
    assert all(registry.algorithmById("ecocomp:" + a.objectName()[8:]) is not None for a in plugin.actions
               if "editor" not in a.objectName() and a.objectName() != "ecocomp_panel")
    plugin.unload()
    assert plugin.actions == []
    assert QgsApplication.processingRegistry().providerById("ecocomp") is None


def test_algorithm_metadata_for_analysts(ecocomp_provider):
    for algorithm in ecocomp_provider.algorithms():
        assert algorithm.name() == algorithm.name().lower()
        assert algorithm.groupId() in ("data", "methods", "io", "landcover", "beyond", "tools", "models")
        help_text = algorithm.shortHelpString()
        assert len(help_text) > 200
        if algorithm.groupId() in ("methods", "io"):  # every method cites its sources (methods.md tags)
            assert re.search(r"\[(HB|XZ|FJ|XIE|IO)[\], ]", help_text), algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.description(), parameter.name()
    esv = ecocomp_provider.algorithm("esv")
    help_text = esv.shortHelpString()
    for tag in ("[XIE]", "[HB]", "[XZ]", "7.90", "6.91"):
        assert tag in help_text
    # Every quantity parameter of the ESV method states its unit.
    for name in ("AREA_FIELD", "EA_VALUE", "CROP_TABLE", "CROP_FIELDS"):
        assert "ha" in esv.parameterDefinition(name).description()


def test_loading_the_plugin_imports_no_heavy_library(plugin_dir):
    """Start-up cost: the plugin and its provider load without numpy (70 ms), pandas (0.3–0.4 s) and the like."""
    code = (
        "import sys; sys.path.insert(0, {!r});"
        "from qgis.core import QgsApplication; app = QgsApplication([], False); app.initQgis();"
        "before = set(sys.modules);"
        "import ecocomp; p = ecocomp.classFactory(None); p.initProcessing();"
        "heavy = sorted({{m.split('.')[0] for m in set(sys.modules) - before}} & "
        "{{'numpy', 'pandas', 'scipy', 'geopandas', 'matplotlib', 'rasterio', 'mapclassify', 'pymrio', 'shapely'}});"
        "print('heavy=' + ','.join(heavy))"
    ).format(str(plugin_dir))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "heavy="


def test_editors_open_from_the_menu(plugin, qgis_iface, monkeypatch):
    from qgis.PyQt.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: 0)  # no event loop in the test
    plugin.initGui()
    shown = plugin.open_editor("factors")
    assert shown.windowTitle() == "Equivalent-factor table" and shown.totalsLabel.text().startswith("F total 7.90")
    assert plugin.open_editor("ahp").weights == [0.5, 0.5]


def test_the_editors_are_found_whatever_the_plugin_folder_is_called(tmp_path):
    """A plugin unpacked from a repository archive sits in a folder named otherwise (e.g. ecocomp-main, imported as
    a package only when a valid name): the matrix editors' wrapper path follows the package it was loaded as."""
    import processing  # QGIS's own, where the wrappers' base class lives

    root = pathlib.Path(__file__).resolve().parent.parent
    (tmp_path / "ecocomp_main").symlink_to(root)
    qgis_plugins = os.path.dirname(os.path.dirname(processing.__file__))
    code = ("import sys, importlib; sys.path.insert(0, {!r}); sys.path.append({!r});"
            "from ecocomp_main.algorithms.algorithm import editor_metadata;"
            "path = editor_metadata('crops')['widget_wrapper']['class'];"
            "module, name = path.rsplit('.', 1);"
            "print(path, getattr(importlib.import_module(module), name).__name__)").format(str(tmp_path), qgis_plugins)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.split()
    assert out == ["ecocomp_main.ui.wrappers.TableWrapper", "TableWrapper"]

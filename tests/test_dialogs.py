"""Every EcoComp algorithm opens in the Processing toolbox dialog (as an analyst would run it)."""

import pytest

ALGORITHMS = ["esv", "footprint", "dualzoning", "priority", "payment", "compensationchain", "ioland", "iobilateral",
              "landcoverarea", "esvsurface", "mapimage", "report", "transfers", "uncertainty", "compare"]


@pytest.fixture
def toolbox_ready(qgis_iface, ecocomp_provider, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    return browser


@pytest.mark.parametrize("name", ALGORITHMS)
def test_algorithm_dialog_builds(toolbox_ready, artifacts, name):
    from qgis import processing

    dialog = processing.createAlgorithmDialog("ecocomp:" + name, {})
    assert dialog is not None
    algorithm = dialog.algorithm()
    assert algorithm.id() == "ecocomp:" + name
    dialog.resize(1100, 800)
    dialog.show()
    # Every parameter has a widget wrapper in the dialog's panel.
    panel = dialog.mainWidget()
    from qgis.core import QgsProcessingParameterDefinition

    for definition in algorithm.parameterDefinitions():
        hidden = definition.flags() & QgsProcessingParameterDefinition.FlagHidden
        if not definition.isDestination():
            assert (definition.name() in panel.wrappers) == (not hidden), definition.name()
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    dialog.grab().save(str(folder / "dialog_{}_en.png".format(name)))
    dialog.close()

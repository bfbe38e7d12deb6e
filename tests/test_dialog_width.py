"""No EcoComp algorithm dialog scrolls sideways at QGIS's default dialog size, in English or Chinese (ui/dialog_fit.py:
the dialog EcoComp's algorithms hand Processing through createCustomParametersWidget)."""

import pytest

from tests.test_dialogs import ALGORITHMS, toolbox_ready  # noqa: F401 (fixture)

ALL = ALGORITHMS + ["jointable", "statstemplate"]
# The size QGIS 3.22 gives an algorithm dialog on a fresh profile (measured); later it restores the last size used.
DEFAULT_WIDTH = 688


def sideways(dialog, width=None):
    """Pixels each parameter panel of ``dialog`` (``width`` px wide if given) scrolls sideways (empty when none)."""
    from qgis.PyQt.QtWidgets import QApplication, QScrollArea

    dialog.show()
    if width:
        dialog.resize(width, 700)  # after show: QGIS restores the geometry it saved last time
    QApplication.processEvents()
    return [area.horizontalScrollBar().maximum() for area in dialog.findChildren(QScrollArea)
            if area.horizontalScrollBar().maximum() > 0]


@pytest.fixture(params=["en", "zh"])
def language(request):
    if request.param == "en":
        yield "en"
        return
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from ecocomp.translation import install_translator

    ecocomp_zh = install_translator("zh_CN")
    qgis_zh = QTranslator()
    loaded = qgis_zh.load("/usr/share/qgis/i18n/qgis_zh-Hans.qm")
    if loaded:
        QCoreApplication.installTranslator(qgis_zh)
    yield "zh"
    QCoreApplication.removeTranslator(ecocomp_zh)
    if loaded:
        QCoreApplication.removeTranslator(qgis_zh)


@pytest.mark.parametrize("name", ALL)
def test_algorithm_dialog_fits_the_default_width(toolbox_ready, language, artifacts, name):  # noqa: F811
    from qgis import processing

    dialog = processing.createAlgorithmDialog("ecocomp:" + name, {})
    try:
        assert sideways(dialog, DEFAULT_WIDTH) == [], f"ecocomp:{name} ({language}) scrolls sideways"
        assert dialog.width() == DEFAULT_WIDTH
        assert dialog.property("ecocompFitted") is True
        if name in ("payment", "footprint"):
            folder = artifacts / "screenshots"
            folder.mkdir(exist_ok=True)
            dialog.grab().save(str(folder / "dialog_{}_default_width_{}.png".format(name, language)))
    finally:
        dialog.close()


# The modeller's step dialog is built by Processing alone (it does not ask the algorithm for a dialog), so labels stay
# on one line there. At this width QGIS's own native:joinattributestable step does not scroll; EcoComp's must not.
MODELLER_WIDTH = 700


@pytest.mark.parametrize("name", [n for n in ALL if n != "compensationchain"])
def test_modeller_step_fits_where_qgis_own_join_step_fits(toolbox_ready, language, name):  # noqa: F811
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    registry = QgsApplication.processingRegistry()
    native = ModelerParametersDialog(registry.createAlgorithmById("native:joinattributestable"),
                                     QgsProcessingModelAlgorithm("m", "g"))
    step = ModelerParametersDialog(registry.createAlgorithmById("ecocomp:" + name), QgsProcessingModelAlgorithm("m", "g"))
    try:
        assert sideways(native, MODELLER_WIDTH) == []
        assert sideways(step, MODELLER_WIDTH) == [], f"ecocomp:{name} step ({language}) scrolls at {MODELLER_WIDTH} px"
        assert step.width() == MODELLER_WIDTH
    finally:
        native.close()
        step.close()


def test_the_measurement_sees_a_panel_wider_than_the_dialog(toolbox_ready):  # noqa: F811
    # The measurement can fail. QGIS 3.22's own dialog, as Processing builds it, overflowed by itself (85 px for
    # footprint); QGIS 3.40's wraps its labels. So, on every version: QGIS's own, unfitted dialog with one line of
    # text 300 px wider than the dialog placed in its parameter panel must be seen to scroll.
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QLabel, QScrollArea

    dialog = AlgorithmDialog(QgsApplication.processingRegistry().createAlgorithmById("ecocomp:footprint"))
    try:
        assert dialog.property("ecocompFitted") is not True
        areas = [area for area in dialog.findChildren(QScrollArea) if area.widget() is not None
                 and area.widget().layout() is not None]
        assert areas, "no parameter panel found in QGIS's algorithm dialog"
        wide = QLabel("x")
        wide.setMinimumWidth(DEFAULT_WIDTH + 300)
        areas[0].widget().layout().addWidget(wide)
        assert max(sideways(dialog, DEFAULT_WIDTH) or [0]) > 200
    finally:
        dialog.close()


def test_without_the_processing_gui_the_algorithms_leave_the_dialog_to_qgis(monkeypatch):
    # qgis_process and scripts: createCustomParametersWidget returns None and QGIS builds its own dialog (if any).
    import sys

    from ecocomp.algorithms.esv_algorithm import EsvAlgorithm

    monkeypatch.delitem(sys.modules, "ecocomp.ui.dialog_fit", raising=False)
    monkeypatch.setitem(sys.modules, "processing.gui.AlgorithmDialog", None)  # import fails as without the GUI
    assert EsvAlgorithm().createCustomParametersWidget(None) is None


def test_other_providers_keep_qgis_dialog(toolbox_ready):  # noqa: F811
    from qgis import processing

    from ecocomp.ui.dialog_fit import FittedAlgorithmDialog

    native = processing.createAlgorithmDialog("native:joinattributestable", {})
    ours = processing.createAlgorithmDialog("ecocomp:payment", {})
    try:
        assert not isinstance(native, FittedAlgorithmDialog)
        assert isinstance(ours, FittedAlgorithmDialog)
        sideways(native)
        assert native.property("ecocompFitted") is None
    finally:
        native.close()
        ours.close()

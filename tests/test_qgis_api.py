"""QGIS calls under the API each version wants (algorithms/qgis_api.py), and no deprecation warning from EcoComp.

pytest.ini turns a DeprecationWarning, PendingDeprecationWarning or FutureWarning raised from any module of the
plugin (ecocomp.…, ecocomp_science.…) into an error, so a test that reaches a deprecated call fails on every QGIS the
suite runs on (scripts/run_tests.sh --qgis 3.22 | 3.40 | 3.44).
"""

import warnings

import pytest


@pytest.mark.parametrize("category", [DeprecationWarning, PendingDeprecationWarning, FutureWarning])
def test_a_deprecation_warning_from_a_plugin_module_fails_the_test(category):
    for module in ("ecocomp.algorithms.map_algorithm", "ecocomp_science.science"):
        with pytest.raises(category):
            warnings.warn_explicit("QgsSomething.oldCall() is deprecated", category, "x.py", 1, module=module)
    # …and only from the plugin: a library's own warning, attributed to the library, is left to its authors.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        warnings.warn_explicit("old", DeprecationWarning, "y.py", 1, module="pandas.core.frame")
    assert len(caught) == 1


def test_set_font_gives_labels_scale_bars_and_legends_the_font_without_a_warning(qgis_app):
    from qgis.core import (QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsPrintLayout,
                           QgsProject)
    from qgis.PyQt.QtGui import QColor, QFont

    from ecocomp.algorithms import qgis_enums
    from ecocomp.algorithms.qgis_api import set_font

    layout = QgsPrintLayout(QgsProject.instance())
    label = QgsLayoutItemLabel(layout)
    bar = QgsLayoutItemScaleBar(layout)
    legend = QgsLayoutItemLegend(layout)
    font = QFont("DejaVu Sans", 13)
    font.setBold(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        if hasattr(label, "textFormat"):  # the colour of the format set before is kept
            text = label.textFormat()
            text.setColor(QColor(200, 0, 0))
            label.setTextFormat(text)
        for item in (label, bar, legend.rstyle(qgis_enums.LEGEND_SUBGROUP)):
            set_font(item, font)
    for item in (label, bar, legend.rstyle(qgis_enums.LEGEND_SUBGROUP)):
        if hasattr(item, "textFormat"):
            text = item.textFormat()
            assert text.size() == 13 and text.sizeUnit() == qgis_enums.RENDER_POINTS
            got = text.font()
        else:  # QGIS before 3.24 (labels) or 3.30 (legend styles): the font itself
            got = item.font()
            assert got.pointSizeF() == 13
        assert got.family() == font.family() and got.bold()
    if hasattr(label, "textFormat"):
        assert label.textFormat().color() == QColor(200, 0, 0)


def test_field_parameters_are_read_with_the_call_this_qgis_has(ecocomp_provider):
    from qgis.core import QgsApplication, QgsProcessingContext

    from ecocomp.algorithms.qgis_api import parameter_as_fields

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("ecocomp:compare")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert parameter_as_fields(algorithm, {"FIELDS": ["esv_total", "payment"]}, "FIELDS",
                                   QgsProcessingContext()) == ["esv_total", "payment"]

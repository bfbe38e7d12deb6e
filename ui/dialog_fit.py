"""EcoComp's algorithm dialogs fit QGIS's default dialog width instead of scrolling sideways.

Processing puts each parameter's description in a one-line label; with units in the description and QGIS's
"[optional]" suffix, the panel beside the help pane (376 px at the default 688 px dialog width) is too narrow, and so
are combo boxes sized to their longest option. EcoComp's algorithms hand Processing this dialog
(``createCustomParametersWidget``, the hook QGIS offers): QGIS's own, which on first show lets the labels wrap and
the wide combo boxes shrink to a readable minimum (the drop-down list still shows whole option texts). Only a GUI
imports this module.
"""

from processing.gui.AlgorithmDialog import AlgorithmDialog
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QLabel, QScrollArea

#: Characters a combo box keeps visible when it shrinks (its list still shows whole option texts).
COMBO_CHARACTERS = 18
#: Combo boxes wider than this (px, from their longest option) are shrunk; narrower ones keep QGIS's sizing.
WIDE_COMBO = 280


def fit(dialog):
    """Wrap the parameter labels and let the combo boxes shrink in every scroll area of ``dialog``."""
    for area in dialog.findChildren(QScrollArea):
        panel = area.widget()
        if panel is None:
            continue
        for label in panel.findChildren(QLabel):
            label.setWordWrap(True)
        for combo in panel.findChildren(QComboBox):
            if combo.minimumSizeHint().width() <= WIDE_COMBO:
                continue
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            # Qt 5 keeps the minimum size hint it computed from the longest option; a style change recomputes it.
            QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
        panel.updateGeometry()


class FittedAlgorithmDialog(AlgorithmDialog):
    """QGIS's algorithm dialog, fitted when first shown."""

    def showEvent(self, event):  # noqa: N802 (Qt API)
        if not self.property("ecocompFitted"):
            self.setProperty("ecocompFitted", True)
            fit(self)
        super().showEvent(event)


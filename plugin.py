"""The QGIS plugin object: registers the Processing provider, a menu and the translation."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)

# Plugins › EcoComp: one entry per algorithm dialog, in the order of the compensation chain.
MENU = (
    ("ecocomp:esv", "Ecosystem service value (ESV)…"),
    ("ecocomp:footprint", "Ecological footprint and carrying capacity…"),
    ("ecocomp:dualzoning", "Dual food/ecological-security zoning…"),
    ("ecocomp:priority", "Compensation priority by main functional area…"),
    ("ecocomp:payment", "Compensation amount…"),
    ("ecocomp:compensationchain", "Whole chain (model): ESV → footprint → priority → payment…"),
    ("ecocomp:ioland", "Land of a region occupied by other regions (input–output)…"),
    ("ecocomp:iobilateral", "Bilateral land account and net flows (input–output)…"),
    ("ecocomp:landcoverarea", "Land-cover area per unit (raster)…"),
    ("ecocomp:esvsurface", "ESV surface of all land types (raster)…"),
    ("ecocomp:mapimage", "Export a styled map (PNG)…"),
)
# Plugins › EcoComp: the parameter-table editors, on their own (CSV import and export, presets).
EDITORS = (
    ("crops", "Parameter table: crops…"),
    ("commodities", "Parameter table: commodities…"),
    ("factors", "Parameter table: equivalent factors…"),
    ("roles", "Parameter table: functional-area type → role…"),
    ("landcover", "Parameter table: land-cover classes…"),
    ("ahp", "AHP weights…"),
)


def _install_translator():
    """Load i18n/ecocomp_<locale>.qm for QGIS's user locale, when it exists."""
    locale = (QgsSettings().value("locale/userLocale", "") or "")[:5]
    for candidate in (locale, locale[:2]):
        path = os.path.join(PLUGIN_DIR, "i18n", "ecocomp_{}.qm".format(candidate))
        if candidate and os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


class EcoCompPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.translator = _install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API); called with iface=None by qgis_process
        from .processing.provider import EcoCompProvider

        if self.provider is None:
            provider = EcoCompProvider()
            # Refused (and deleted by QGIS) when a provider with the id "ecocomp" is already registered.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        self.initProcessing()
        icon = QIcon(os.path.join(PLUGIN_DIR, "ui", "icons", "ecocomp.svg"))
        for algorithm_id, text in MENU:
            action = QAction(icon, QCoreApplication.translate("EcoComp", text), self.iface.mainWindow())
            action.setObjectName("ecocomp_" + algorithm_id.split(":")[1])
            action.triggered.connect(lambda checked=False, alg=algorithm_id: self.open_algorithm(alg))
            self.iface.addPluginToMenu(self.menu_name(), action)
            self.actions.append(action)
        for editor, text in EDITORS:
            action = QAction(icon, QCoreApplication.translate("EcoComp", text), self.iface.mainWindow())
            action.setObjectName("ecocomp_editor_" + editor)
            action.triggered.connect(lambda checked=False, name=editor: self.open_editor(name))
            self.iface.addPluginToMenu(self.menu_name(), action)
            self.actions.append(action)

    def open_editor(self, name):
        """A parameter-table editor (or the AHP dialog) on its own, from the plugin menu."""
        if name == "ahp":
            from .ui.ahp_dialog import AhpDialog

            dialog = AhpDialog(parent=self.iface.mainWindow())
        else:
            from .ui.table_editor import TableEditorDialog

            dialog = TableEditorDialog(name, parent=self.iface.mainWindow())
        dialog.exec_()
        return dialog

    @staticmethod
    def menu_name():
        return QCoreApplication.translate("EcoComp", "&EcoComp")

    @staticmethod
    def open_algorithm(algorithm_id):
        from qgis import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name(), action)
            action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

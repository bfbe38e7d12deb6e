"""The QGIS plugin object: registers the Processing provider, a menu and the translation."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .translation import N_, install_translator, tr

PLUGIN_DIR = os.path.dirname(__file__)


# Plugins › EcoComp in the order of the work: the panel, the statistics table, the methods, the maps and report, then
# the input–output and land-cover methods and what goes beyond the papers; None: a separator.
MENU = (
    ("panel", N_("Compensation workflow panel…")),
    None,
    ("ecocomp:statstemplate", N_("Statistics template to fill in…")),
    ("ecocomp:jointable", N_("Join a statistics table to the units…")),
    None,
    ("ecocomp:esv", N_("Ecosystem service value (ESV)…")),
    ("ecocomp:footprint", N_("Ecological footprint and carrying capacity…")),
    ("ecocomp:dualzoning", N_("Dual food/ecological-security zoning…")),
    ("ecocomp:priority", N_("Compensation priority by main functional area…")),
    ("ecocomp:payment", N_("Compensation amount…")),
    ("ecocomp:compensationchain", N_("Whole chain (model): ESV → footprint → priority → payment…")),
    None,
    ("ecocomp:mapimage", N_("Export a styled map (PNG, PDF, SVG)…")),
    ("ecocomp:report", N_("Report of a compensation run (PDF, XLSX)…")),
    None,
    ("ecocomp:ioland", N_("Land of a region occupied by other regions (input–output)…")),
    ("ecocomp:iobilateral", N_("Bilateral land account and net flows (input–output)…")),
    ("ecocomp:landcoverarea", N_("Land-cover area per unit (raster)…")),
    ("ecocomp:esvsurface", N_("ESV surface of all land types (raster)…")),
    None,
    ("ecocomp:transfers", N_("Transfers between payers and receivers…")),
    ("ecocomp:uncertainty", N_("Uncertainty of the amounts, roles and zones (Monte Carlo)…")),
    ("ecocomp:compare", N_("Change between two studies…")),
    None,
)

EDITORS = (
    ("crops", N_("Parameter table: crops…")),
    ("commodities", N_("Parameter table: commodities…")),
    ("factors", N_("Parameter table: equivalent factors…")),
    ("roles", N_("Parameter table: functional-area type → role…")),
    ("landcover", N_("Parameter table: land-cover classes…")),
    ("ahp", N_("AHP weights…")),
)


class EcoCompPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.dock = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API); called with iface=None by qgis_process
        from .algorithms.provider import EcoCompProvider

        if self.provider is None:
            provider = EcoCompProvider()
            # Refused (and deleted by QGIS) when a provider with the id "ecocomp" is already registered.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import QgsProject
        from qgis.PyQt.QtGui import QIcon

        from .algorithms.statistics_files import set_gbk_encoding

        self.initProcessing()
        # A GBK statistics CSV added to the project is read by QGIS as EcoComp reads it: the same field names in the
        # model's and dialogs' field pickers as in the panel.
        self.encoding_hook = set_gbk_encoding
        QgsProject.instance().layersAdded.connect(self.encoding_hook)
        self.icon = QIcon(os.path.join(PLUGIN_DIR, "ui", "icons", "ecocomp.svg"))
        for entry in MENU:
            if entry is None:
                self.add_separator()
            elif entry[0] == "panel":
                self.add_action("ecocomp_panel", entry[1], self.show_panel)
            else:
                self.add_action("ecocomp_" + entry[0].split(":")[1], entry[1],
                                lambda checked=False, alg=entry[0]: self.open_algorithm(alg))
        for editor, text in EDITORS:
            self.add_action("ecocomp_editor_" + editor, text, lambda checked=False, name=editor: self.open_editor(name))

    def add_separator(self):
        """A line between the sections of Plugins › EcoComp."""
        from qgis.PyQt.QtWidgets import QAction

        separator = QAction(self.iface.mainWindow())
        separator.setSeparator(True)
        self.iface.addPluginToMenu(self.menu_name(), separator)
        self.separators = getattr(self, "separators", []) + [separator]

    def add_action(self, name, text, callback):
        """An entry of Plugins › EcoComp (removed again by unload)."""
        from qgis.PyQt.QtWidgets import QAction

        action = QAction(self.icon, tr(text), self.iface.mainWindow())
        action.setObjectName(name)
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(self.menu_name(), action)
        self.actions.append(action)

    def show_panel(self):
        """The compensation workflow dock, created on first use (QGIS starts without it)."""
        from qgis.PyQt.QtCore import Qt

        from .ui.workflow_panel import WorkflowDock

        if self.dock is None:
            self.dock = WorkflowDock(self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()
        return self.dock

    def open_editor(self, name):
        """A parameter-table editor (or the AHP dialog) on its own, from the plugin menu."""
        if name == "ahp":
            from .ui.ahp_dialog import AhpDialog

            dialog = AhpDialog(parent=self.iface.mainWindow())
        else:
            from .ui.table_editor import TableEditorDialog

            dialog = TableEditorDialog(name, parent=self.iface.mainWindow())
        dialog.exec()
        return dialog

    @staticmethod
    def menu_name():
        return tr("&EcoComp")

    @staticmethod
    def open_algorithm(algorithm_id):
        from qgis import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def unload(self):
        if getattr(self, "encoding_hook", None) is not None:
            from qgis.core import QgsProject

            QgsProject.instance().layersAdded.disconnect(self.encoding_hook)
            self.encoding_hook = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions + getattr(self, "separators", []):
            self.iface.removePluginMenu(self.menu_name(), action)
            action.deleteLater()
        self.actions, self.separators = [], []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

"""The compensation workflow panel: one layer and table, fields mapped once, the chain run step by step.

A dock widget that walks an analyst through ESV → footprint → priority →
payment (or ESV → footprint → dual zoning) on a chosen polygon layer and
statistics table: fields are suggested from Chinese or English column names,
presets picked from lists, each step runs as a Processing algorithm with
progress and cancel, and the styled outputs are loaded into a group of the
project. Every value it uses is visible in the panel.
"""

import os

from qgis.core import QgsMapLayerProxyModel, QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDockWidget, QHeaderView, QPushButton, QTableWidgetItem

from ..translation import N_, tr

FORM_CLASS, BASE_CLASS = uic.loadUiType(os.path.join(os.path.dirname(__file__), "workflow_panel.ui"))
GROUP_NAME = N_("EcoComp results")

CHAIN, ZONING = "chain", "zoning"
# key, label, name fragments that suggest the field (lower case; English and Chinese), paths that need it
ROLES = (
    ("area", N_("Cultivated land area S (ha)"), ("cultivated", "耕地", "arable", "farmland"), (CHAIN, ZONING)),
    ("population", N_("Population (persons)"), ("population", "人口", "pop"), (CHAIN, ZONING)),
    ("gdp", N_("GDP (CNY)"), ("gdp", "生产总值"), (CHAIN,)),
    ("mfa_type", N_("Main functional area type"), ("mfa_type", "主体功能", "functional"), (CHAIN,)),
    ("engel_urban", N_("Urban Engel coefficient (fraction)"), ("engel_urban", "城镇恩格尔", "urban_engel"), (CHAIN,)),
    ("engel_rural", N_("Rural Engel coefficient (fraction)"), ("engel_rural", "农村恩格尔", "rural_engel"), (CHAIN,)),
    ("urbanisation", N_("Urbanisation rate (fraction)"), ("urbanisation", "urbanization", "城镇化"), (CHAIN,)),
    ("grain", N_("Grain output Y (kg)"), ("grain", "粮食"), (ZONING,)),
)
KEY_NAMES = ("adcode", "code", "行政区划代码", "区划代码", "id", "name")


def suggest(field_names, fragments):
    """The first field whose name equals, then contains, one of ``fragments`` (case-insensitive)."""
    lowered = [(name, name.lower()) for name in field_names]
    for fragment in fragments:
        for name, low in lowered:
            if low == fragment:
                return name
    for fragment in fragments:
        for name, low in lowered:
            if fragment in low:
                return name
    return None


class WorkflowPanel(BASE_CLASS, FORM_CLASS):
    """The panel's content; :class:`WorkflowDock` puts it in a dock widget."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.layerCombo = QgsMapLayerComboBox()
        self.layerCombo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.tableCombo = QgsMapLayerComboBox()
        self.tableCombo.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.tableCombo.setAllowEmptyLayer(True)
        self.layerKeyCombo, self.tableKeyCombo = QgsFieldComboBox(), QgsFieldComboBox()
        self.tableKeyCombo.setAllowEmptyFieldName(True)
        for row, widget in enumerate((self.layerCombo, self.tableCombo, self.layerKeyCombo, self.tableKeyCombo)):
            self.dataLayout.setWidget(row, self.dataLayout.FieldRole, widget)
        self.fieldsTable.setColumnCount(2)
        self.fieldsTable.setHorizontalHeaderLabels([tr("Quantity"), tr("Field")])
        self.fieldsTable.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.fieldsTable.verticalHeader().setVisible(False)
        self.fieldsTable.setRowCount(len(ROLES))
        self.field_combos = {}
        for row, (key, label, _, _) in enumerate(ROLES):
            self.fieldsTable.setItem(row, 0, QTableWidgetItem(tr(label)))
            combo = QComboBox()
            self.fieldsTable.setCellWidget(row, 1, combo)
            self.field_combos[key] = combo
        self.pathCombo.addItem(tr("ESV → footprint → priority → payment"), CHAIN)
        self.pathCombo.addItem(tr("ESV → footprint → dual zoning"), ZONING)
        self.factorCombo.addItem(tr("Xie 2008 [HB]"), 0)
        self.factorCombo.addItem(tr("Xie 2003 [XZ]"), 1)
        for label, value in ((tr("Hubei 2017 [HB]"), 0), (tr("Xuzhou 2015 [XZ]"), 1)):
            self.footprintCombo.addItem(label, value)
            self.paymentCombo.addItem(label, value)
        self.eaButton = QPushButton(tr("From a crop table…"))
        self.settingsLayout.insertRow(2, "", self.eaButton)  # right under Ea
        self.eaSpin.setToolTip(tr("Value of one equivalent factor: Ea = (1/7) · Σ m·q·v / Σ m (CNY/ha) [XIE]"))
        self.layerCombo.layerChanged.connect(self.layers_changed)
        self.tableCombo.layerChanged.connect(self.layers_changed)
        self.eaButton.clicked.connect(self.ea_from_crops)
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.cancel)
        self.feedback = None
        self.layers_changed()

    # -- fields ------------------------------------------------------------------------------------
    def available_fields(self):
        names = []
        for combo in (self.layerCombo, self.tableCombo):
            layer = combo.currentLayer()
            if layer is not None:
                names += [f.name() for f in layer.fields() if f.name() not in names]
        return names

    def layers_changed(self, *args):
        layer, table = self.layerCombo.currentLayer(), self.tableCombo.currentLayer()
        self.layerKeyCombo.setLayer(layer)
        self.tableKeyCombo.setLayer(table)
        if layer is not None:
            self.layerKeyCombo.setField(suggest(layer.fields().names(), KEY_NAMES) or "")
        if table is not None:
            self.tableKeyCombo.setField(suggest(table.fields().names(), KEY_NAMES) or "")
        names = self.available_fields()
        for key, _, fragments, _ in ROLES:
            combo = self.field_combos[key]
            combo.clear()
            combo.addItems([""] + names)
            combo.setCurrentText(suggest(names, fragments) or "")

    def field(self, key):
        return self.field_combos[key].currentText()

    def ea_from_crops(self):
        from ..ecocomp_plugin import esv
        from .table_editor import TableEditorDialog

        dialog = TableEditorDialog("crops", parent=self)
        if dialog.exec_():
            self.eaSpin.setValue(esv.crop_table_ea(dialog.checked_rows())[1])

    # -- running -------------------------------------------------------------------------------------
    def steps(self):
        """(algorithm, parameters, style, output name) of each step; None stands for the previous output."""
        layer, table = self.layerCombo.currentLayer(), self.tableCombo.currentLayer()
        if layer is None:
            raise QgsProcessingException(tr("Choose the layer of units (polygons)."))
        path = self.pathCombo.currentData()
        missing = [tr(label) for key, label, _, paths in ROLES if path in paths and not self.field(key)]
        if missing:
            raise QgsProcessingException(tr("Choose the fields for: {}.").format(", ".join(missing)))
        esv = {"INPUT": layer, "AREA_FIELD": self.field("area"), "EA_MODE": 0, "EA_VALUE": self.eaSpin.value(),
               "FACTOR_PRESET": self.factorCombo.currentData()}
        if table is not None:
            esv.update(STATS_TABLE=table, INPUT_KEY=self.layerKeyCombo.currentField(),
                       STATS_KEY=self.tableKeyCombo.currentField())
        steps = [("ecocomp:esv", esv, "esv_total", tr("Ecosystem service value")),
                 ("ecocomp:footprint", {"POPULATION_FIELD": self.field("population"), "AREA_FIELD": self.field("area"),
                                        "PRESET": self.footprintCombo.currentData()}, "eoi",
                  tr("Ecological footprint and capacity"))]
        if path == CHAIN:
            steps += [("ecocomp:priority", {"TYPE_FIELD": self.field("mfa_type"), "ESV_FIELD": "esv_nonmarket",
                                            "GDP_FIELD": self.field("gdp")}, "level", tr("Compensation priority")),
                      ("ecocomp:payment", {"PRESET": self.paymentCombo.currentData(), "EOI_FIELD": "eoi",
                                           "ESV_NONMARKET_FIELD": "esv_nonmarket", "ESV_TOTAL_FIELD": "esv_total",
                                           "ENGEL_URBAN_FIELD": self.field("engel_urban"),
                                           "ENGEL_RURAL_FIELD": self.field("engel_rural"),
                                           "URBANISATION_FIELD": self.field("urbanisation"), "G_MODE": 1,
                                           "GDP_FIELD": self.field("gdp"),
                                           "POPULATION_FIELD": self.field("population"), "ROLE_FIELD": "role"},
                       "payment", tr("Compensation amount"))]
        else:
            steps += [("ecocomp:dualzoning", {"GRAIN_FIELD": self.field("grain"), "AREA_FIELD": self.field("area"),
                                              "POPULATION_FIELD": self.field("population"), "ECO_MODE": 0,
                                              "EF_FIELD": "ef", "EC_FIELD": "ec"}, "zone", tr("Compensation zones"))]
        return steps

    def run(self):
        """Run the steps; returns the loaded layers (empty when stopped by an error or cancel)."""
        from qgis import processing

        from ..processing.styling import apply_style

        self.feedback = QgsProcessingFeedback()
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.progressBar.setValue(0)
        loaded = []
        try:
            steps = self.steps()
            previous = None
            outputs = []
            for number, (algorithm, parameters, style, name) in enumerate(steps):
                self.statusLabel.setText(tr("Step {} of {}: {}…").format(number + 1, len(steps), name))
                self.feedback.progressChanged.connect(
                    lambda value, n=number: self.show_progress((n + value / 100) / len(steps) * 100))
                parameters = dict(parameters, OUTPUT="TEMPORARY_OUTPUT")
                if previous is not None:
                    parameters["INPUT"] = previous
                result = processing.run(algorithm, parameters, feedback=self.feedback)
                self.feedback.progressChanged.disconnect()
                previous = result["OUTPUT"]
                outputs.append((previous, style, name))
            group = QgsProject.instance().layerTreeRoot().insertGroup(0, tr(GROUP_NAME))
            for path, style, name in reversed(outputs):
                layer = QgsVectorLayer(path, name, "ogr") if isinstance(path, str) else path
                apply_style(layer, style)
                layer.setName(name)
                QgsProject.instance().addMapLayer(layer, False)
                group.addLayer(layer)
                loaded.append(layer)
            self.progressBar.setValue(100)
            self.statusLabel.setText(tr("Done: {} layers in the group “{}”.").format(len(loaded), tr(GROUP_NAME)))
        except QgsProcessingException as error:
            self.statusLabel.setText(tr("Stopped: {}").format(str(error)))
        finally:
            self.runButton.setEnabled(True)
            self.cancelButton.setEnabled(False)
        return loaded

    def show_progress(self, value):
        self.progressBar.setValue(int(value))
        QApplication.processEvents()  # lets Cancel be clicked while a step runs

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()


class WorkflowDock(QDockWidget):
    """The dock widget holding the panel (Plugins › EcoComp › Compensation workflow panel)."""

    def __init__(self, parent=None):
        super().__init__(tr("EcoComp — compensation workflow"), parent)
        self.setObjectName("EcoCompWorkflowDock")
        self.panel = WorkflowPanel(self)
        self.setWidget(self.panel)

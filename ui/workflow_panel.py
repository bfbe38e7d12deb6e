"""The compensation workflow panel: one layer and table, fields mapped once, the chain run step by step.

A dock widget that walks an analyst through ESV → footprint → priority →
payment (or ESV → footprint → dual zoning) on a chosen polygon layer and
statistics table: fields are suggested from Chinese or English column names,
presets picked from lists, each step runs as a Processing algorithm with
progress and cancel, and the styled outputs are loaded into a group of the
project. Every value it uses is visible in the panel.
"""

import os

from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import (QApplication, QComboBox, QDockWidget, QDoubleSpinBox, QFormLayout, QHeaderView,
                                 QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidgetItem)

from ..ecocomp_science import units
from ..ecocomp_science.methods.esv import METHOD as esv_method
from ..ecocomp_science.methods.footprint import METHOD as footprint_method
from ..ecocomp_science.methods.payment import METHOD as payment_method
from ..translation import N_, tr
from ..algorithms import qgis_enums as enums

FORM_CLASS, BASE_CLASS = uic.loadUiType(os.path.join(os.path.dirname(__file__), "workflow_panel.ui"))
GROUP_NAME = N_("EcoComp results")

CHAIN, ZONING = "chain", "zoning"
# key, label, name fragments that suggest the field (lower case; English and Chinese yearbook headers), paths that
# need it, unit role (ecocomp_science/units.py ROLES; None = not a quantity)
ROLES = (
    ("area", N_("Cultivated land area S (ha)"), ("cultivated", "耕地面积", "耕地", "arable", "farmland"),
     (CHAIN, ZONING), "area"),
    ("population", N_("Population (persons)"), ("population", "年末常住人口", "常住人口", "户籍人口", "人口", "pop"),
     (CHAIN, ZONING), "population"),
    ("gdp", N_("GDP (CNY)"), ("gdp", "地区生产总值", "生产总值"), (CHAIN,), "gdp"),
    ("mfa_type", N_("Main functional area type"), ("mfa_type", "主体功能区", "主体功能", "functional"), (CHAIN,), None),
    ("engel_urban", N_("Urban Engel coefficient (fraction)"),
     ("engel_urban", "城镇居民恩格尔系数", "城镇恩格尔", "城镇居民家庭恩格尔", "urban engel", "urban_engel"), (CHAIN,), "ratio"),
    ("engel_rural", N_("Rural Engel coefficient (fraction)"),
     ("engel_rural", "农村居民恩格尔系数", "农村恩格尔", "农村居民家庭恩格尔", "rural engel", "rural_engel"), (CHAIN,), "ratio"),
    ("urbanisation", N_("Urbanisation rate (fraction)"),
     ("urbanisation", "urbanization", "城镇化率", "城镇化", "urbanisation rate"), (CHAIN,), "ratio"),
    ("grain", N_("Grain output Y (kg)"), ("grain", "粮食产量", "粮食总产量", "粮食"), (ZONING,), "grain"),
)
KEY_NAMES = ("adcode", "行政代码", "行政区划代码", "统计用区划代码", "区划代码", "code", "代码", "id", "name", "县区", "名称")
EA_CROPS, EA_TYPED = 0, 1


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


class ColumnComboBox(QComboBox):
    """The columns of the statistics table as EcoComp's reader names them (QGIS may show GBK headers garbled)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = []

    def set_columns(self, columns):
        self.blockSignals(True)
        self.clear()
        self.columns = list(columns)
        self.addItems([""] + self.columns)
        self.blockSignals(False)

    def setField(self, name):  # noqa: N802 — as QgsFieldComboBox
        self.setCurrentIndex(max(0, self.findText(name)))

    def currentField(self):  # noqa: N802
        return self.currentText()


class WorkflowPanel(BASE_CLASS, FORM_CLASS):
    """The panel's content; :class:`WorkflowDock` puts it in a dock widget."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.layerCombo = QgsMapLayerComboBox()
        self.layerCombo.setFilters(enums.LAYER_FILTER_POLYGON)
        self.tableCombo = QgsMapLayerComboBox()
        self.tableCombo.setFilters(enums.LAYER_FILTER_VECTOR)
        self.tableCombo.setAllowEmptyLayer(True)
        self.layerKeyCombo, self.tableKeyCombo = QgsFieldComboBox(), ColumnComboBox()
        for row, widget in enumerate((self.layerCombo, self.tableCombo, self.layerKeyCombo, self.tableKeyCombo)):
            self.dataLayout.setWidget(row, QFormLayout.ItemRole.FieldRole, widget)
        self.fieldsTable.setColumnCount(3)
        self.fieldsTable.setHorizontalHeaderLabels([tr("Quantity"), tr("Field"), tr("Unit")])
        self.fieldsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fieldsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fieldsTable.verticalHeader().setVisible(False)
        self.fieldsTable.setRowCount(len(ROLES))
        self.fieldsTable.setMinimumHeight(self.fieldsTable.horizontalHeader().sizeHint().height()
                                          + len(ROLES) * self.fieldsTable.verticalHeader().defaultSectionSize() + 6)
        self.field_combos, self.unit_combos = {}, {}
        for row, (key, label, _, _, role) in enumerate(ROLES):
            self.fieldsTable.setItem(row, 0, QTableWidgetItem(tr(label)))
            combo = QComboBox()
            self.fieldsTable.setCellWidget(row, 1, combo)
            self.field_combos[key] = combo
            if role is not None:
                units_combo = QComboBox()
                units_combo.addItem("")
                units_combo.addItems([tr(label) for label in units.unit_labels(units.ROLES[role][0])])
                self.fieldsTable.setCellWidget(row, 2, units_combo)
                self.unit_combos[key] = units_combo
                combo.currentTextChanged.connect(lambda text, k=key: self.show_header_unit(k))
        self.pathCombo.addItem(tr("ESV → footprint → priority → payment"), CHAIN)
        self.pathCombo.addItem(tr("ESV → footprint → dual zoning"), ZONING)
        # The choices and their parameter values come from the method definitions (ecocomp_science/methods), as the
        # algorithms' dialogs show them: the panel offers the papers' presets.
        for combo, option, keys in ((self.factorCombo, esv_method.option("factors"), ("xie2008", "xie2003")),
                                    (self.footprintCombo, footprint_method.option("preset"),
                                     ("hubei2017", "xuzhou2015")),
                                    (self.paymentCombo, payment_method.option("preset"), ("hubei2017", "xuzhou2015"))):
            labels = dict(option.choices)
            for key in keys:
                combo.addItem(tr(labels[key]), option.choice_index(key))
        self.eaButton = QPushButton(tr("From a crop table…"))
        self.settingsLayout.insertRow(2, "", self.eaButton)  # right under Ea
        self.eaModeCombo = QComboBox()
        self.eaModeCombo.addItem(tr("Per unit, from the crop fields of the table [HB]"), EA_CROPS)
        self.eaModeCombo.addItem(tr("One typed value (CNY/ha)"), EA_TYPED)
        self.settingsLayout.insertRow(1, tr("Ea from"), self.eaModeCombo)
        self.pricesEdit = QLineEdit()  # filled with the sample's prices for statistics of 2017 only (year_changed)
        self.pricesEdit.setToolTip(tr("Crop prices v (CNY/kg) for Ea = (1/7) · Σ m·q·v / Σ m, per unit [HB]"))
        self.settingsLayout.insertRow(2, tr("Crop prices (CNY/kg)"), self.pricesEdit)
        # [HB] eq. 9: G against China's per-capita GDP of the year of the statistics. The year is asked, never
        # assumed; the reference is filled in only for a year EcoComp has a sourced value for, else typed.
        self.yearSpin = QSpinBox()
        self.yearSpin.setRange(1948, 2100)  # 1948: not given yet
        self.yearSpin.setSpecialValueText(tr("— choose —"))
        self.yearSpin.setValue(1948)
        self.yearSpin.setToolTip(tr("The year the statistics table is of: G divides by China's per-capita GDP of "
                                    "that year [HB eq. 9]"))
        self.settingsLayout.addRow(tr("Year of the statistics"), self.yearSpin)
        self.referenceSpin = QDoubleSpinBox()
        self.referenceSpin.setRange(0.0, 1e7)
        self.referenceSpin.setDecimals(0)
        self.referenceSpin.setGroupSeparatorShown(True)
        self.referenceSpin.setToolTip(tr("China's per-capita GDP of the year of the statistics (National Bureau of "
                                         "Statistics, Statistical Communiqué), CNY/person"))
        self.settingsLayout.addRow(tr("National per-capita GDP (CNY/person)"), self.referenceSpin)
        self.yearSpin.valueChanged.connect(self.year_changed)
        self.joinLabel = QLabel()
        self.joinLabel.setWordWrap(True)
        self.dataLayout.addRow(tr("Join"), self.joinLabel)
        self.templateButton = QPushButton(tr("Statistics template…"))
        self.templateButton.setToolTip(tr("Write an empty table with the columns this path needs and the codes and "
                                          "names of the units (XLSX and CSV)"))
        self.dataLayout.addRow("", self.templateButton)
        self.templateButton.clicked.connect(self.write_template)
        self.layerKeyCombo.fieldChanged.connect(self.update_join_report)
        self.tableKeyCombo.currentTextChanged.connect(self.update_join_report)
        self.eaSpin.setToolTip(tr("Value of one equivalent factor: Ea = (1/7) · Σ m·q·v / Σ m (CNY/ha) [XIE]"))
        self.layerCombo.layerChanged.connect(self.layers_changed)
        self.tableCombo.layerChanged.connect(self.layers_changed)
        self.eaButton.clicked.connect(self.ea_from_crops)
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.cancel)
        self.fieldsTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Where the results go: a folder (one GeoPackage per step, kept) or, empty, temporary layers.
        from qgis.gui import QgsFileWidget

        self.outputFolder = QgsFileWidget()
        self.outputFolder.setStorageMode(enums.gui_enum("FILE_WIDGET_DIRECTORY"))
        self.outputFolder.setToolTip(tr("A folder for the results, one GeoPackage per step (ecocomp_esv.gpkg …); "
                                        "empty: temporary layers"))
        self.settingsLayout.addRow(tr("Output folder (empty: temporary)"), self.outputFolder)
        # After a run: its map and its report, from the compensation (or zoning) layer it just made.
        self.mapButton, self.reportButton = QPushButton(tr("Map…")), QPushButton(tr("Report…"))
        for button in (self.mapButton, self.reportButton):
            button.setEnabled(False)
            self.runLayout.addWidget(button)
        self.mapButton.clicked.connect(lambda: self.open_result("ecocomp:mapimage"))
        self.reportButton.clicked.connect(lambda: self.open_result("ecocomp:report"))
        self.result_layer = None
        self.scroll_groups()
        self.pathCombo.currentIndexChanged.connect(self.path_changed)
        self.eaModeCombo.currentIndexChanged.connect(self.path_changed)
        self.feedback = None
        self.layers_changed()
        self.path_changed()

    def scroll_groups(self):
        """The data, fields and settings scroll; Run, Cancel, the progress and the status stay in view (the panel is
        taller than a laptop screen)."""
        from qgis.PyQt.QtWidgets import QScrollArea, QVBoxLayout, QWidget

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (self.dataGroup, self.fieldsGroup, self.settingsGroup):
            self.mainLayout.removeWidget(group)
            layout.addWidget(group)
        layout.addStretch(1)
        self.scrollArea = QScrollArea()
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scrollArea.setWidget(content)
        self.mainLayout.insertWidget(0, self.scrollArea, 1)

    def path_changed(self, *args):
        """Only what the chosen path uses is shown: its fields, its presets, the year and G for the payment; the
        Ea box only when Ea is typed, the crop prices only when Ea comes from the crop fields."""
        path = self.pathCombo.currentData()
        for row, (_, _, _, paths, _) in enumerate(ROLES):
            self.fieldsTable.setRowHidden(row, path not in paths)
        chain = path == CHAIN
        for widget in (self.paymentCombo, self.yearSpin, self.referenceSpin):
            self.show_row(widget, chain)
        typed = self.eaModeCombo.currentData() == EA_TYPED
        self.eaSpin.setEnabled(typed)
        self.show_row(self.pricesEdit, not typed)

    def show_row(self, field, visible):
        """Show or hide a row of the settings form (its label too); the form layout's own setRowVisible needs Qt 6.4."""
        label = self.settingsLayout.labelForField(field)
        for widget in (field, label):
            if widget is not None:
                widget.setVisible(visible)

    def output_path(self, name):
        """The file of a step's result: in the output folder when one is chosen, else a temporary layer."""
        folder = self.outputFolder.filePath().strip()
        return os.path.join(folder, "ecocomp_{}.gpkg".format(name)) if folder else "TEMPORARY_OUTPUT"

    def open_result(self, algorithm_id):
        """The map or the report algorithm's dialog on the layer the last run made."""
        from qgis import processing

        if self.result_layer is not None:
            processing.execAlgorithmDialog(algorithm_id, {"INPUT": self.result_layer})

    def year_changed(self, year):
        """The sourced national per-capita GDP of that year, if EcoComp has one; else empty, to be typed."""
        from ..ecocomp_science.presets import NATIONAL_GDP_PER_CAPITA

        self.referenceSpin.setValue(NATIONAL_GDP_PER_CAPITA.get(year, 0.0))
        # The sample's crop prices are of 2017: shown for statistics of 2017 only, else the analyst types that year's.
        from ..ecocomp_science.presets import SAMPLE_CROP_PRICES, SAMPLE_PRICE_YEAR

        sample = "; ".join("{} {}".format(crop, price) for crop, price in SAMPLE_CROP_PRICES.items())
        if year == SAMPLE_PRICE_YEAR and not self.pricesEdit.text().strip():
            self.pricesEdit.setText(sample)
        elif year != SAMPLE_PRICE_YEAR and self.pricesEdit.text().strip() == sample:
            self.pricesEdit.clear()
        self.pricesEdit.setPlaceholderText(tr("e.g. 水稻 2.72；小麦 2.36 — the prices of {} (CNY/kg)").format(year)
                                           if year != self.yearSpin.minimum() else tr("Choose the year first"))

    def study_year(self):
        """The year chosen, or None while it is not."""
        return None if self.yearSpin.value() == self.yearSpin.minimum() else self.yearSpin.value()

    # -- fields ------------------------------------------------------------------------------------
    def table_file(self):
        """The statistics table layer's CSV/XLSX file as the algorithms take it ("a.xlsx|layername=sheet"), read by
        EcoComp's own reader (GBK, title rows, sheets); None for other layers."""
        from ..algorithms.statistics_files import statistics_file

        found = statistics_file(layer=self.tableCombo.currentLayer())
        if found is None:
            return None
        path, sheet = found
        return path + ("|layername=" + sheet if sheet else "")

    def table_columns(self):
        """(column names, rows) of the statistics table as the algorithms will read it."""
        table = self.tableCombo.currentLayer()
        if table is None:
            return [], []
        from ..algorithms.statistics_files import read_statistics

        try:
            read = read_statistics(layer=table)
        except Exception:  # noqa: BLE001 — shown when the algorithm runs
            read = None
        if read is not None:
            return read.header, read.rows
        return table.fields().names(), [f.attributes() for f in table.getFeatures()]

    def available_fields(self):
        names = []
        layer = self.layerCombo.currentLayer()
        if layer is not None:
            names += layer.fields().names()
        names += [n for n in self.table_columns()[0] if n not in names]
        return names

    def layers_changed(self, *args):
        layer, table = self.layerCombo.currentLayer(), self.tableCombo.currentLayer()
        self.layerKeyCombo.setLayer(layer)
        self.tableKeyCombo.set_columns(self.table_columns()[0])
        columns = self.tableKeyCombo.columns
        if layer is not None:
            self.layerKeyCombo.setField(suggest(layer.fields().names(), KEY_NAMES) or "")
        if table is not None:
            self.set_table_key(suggest(columns, KEY_NAMES) or "")
        names = self.available_fields()
        for key, _, fragments, _, _ in ROLES:
            combo = self.field_combos[key]
            combo.clear()
            combo.addItems([""] + names)
            combo.setCurrentText(suggest(names, fragments) or "")
        from ..ecocomp_science.methods import guess_item_rows

        # the crops' sown-area and yield columns, found as the crop-fields editor finds them (prices: the line below)
        self.crop_fields = {row[0]: (row[1], row[2]) for row in guess_item_rows(names, ("sown_area", "crop_yield"), 3)}
        self.eaModeCombo.setCurrentIndex(EA_CROPS if self.crop_fields else EA_TYPED)
        self.update_join_report()

    def set_table_key(self, name):
        self.tableKeyCombo.setField(name)

    def table_key(self):
        return self.tableKeyCombo.currentField()

    def field(self, key):
        return self.field_combos[key].currentText()

    def show_header_unit(self, key):
        """The unit in the header of the chosen field, shown (and used) as the unit combo's first choice."""
        role = dict((k, r) for k, _, _, _, r in ROLES)[key]
        kind = units.ROLES[role][0]
        found = units.header_unit(self.field(key), kind)[1] if self.field(key) else None
        label = tr(units.find_unit(kind, found[1])[1] if found else units.canonical(kind)[1])
        short = label[label.rindex("(") + 1:-1] if label.endswith(")") and "(" in label else label
        self.unit_combos[key].setItemText(0, tr("Header: {}").format(short) if found
                                          else tr("Canonical: {}").format(short))
        self.unit_combos[key].setToolTip((tr("The unit written in the field's header, used unless another unit is "
                                             "chosen: {}") if found else tr("No unit in the header: the canonical "
                                                                            "unit, {}")).format(label))
        self.unit_combos[key].setCurrentIndex(0)

    def unit_choice(self, key):
        """The value of the algorithm's unit parameter: 0 = from the header, else the unit's 1-based index."""
        return self.unit_combos[key].currentIndex() if key in self.unit_combos else 0

    def update_join_report(self, *args):
        """How many units find their row, by what, and which keys do not match — shown before running."""
        from ..ecocomp_science import joins
        from ..ecocomp_science.errors import InputError

        layer, table = self.layerCombo.currentLayer(), self.tableCombo.currentLayer()
        if layer is None or table is None or not self.layerKeyCombo.currentField() or not self.table_key():
            self.joinLabel.setText(tr("No statistics table: the fields are read from the units."))
            return
        header, rows = self.table_columns()
        if self.table_key() not in header:
            self.joinLabel.setText(tr("The table has no column '{}'.").format(self.table_key()))
            return
        column = header.index(self.table_key())
        key_field = self.layerKeyCombo.currentField()
        polygon_keys = [f[key_field] for f in layer.getFeatures()]
        try:
            _, report = joins.match_keys(polygon_keys, [r[column] if column < len(r) else None for r in rows])
        except InputError as error:
            self.joinLabel.setText(error.translated(tr))
            return
        method = {"exact": tr("key"), "code": tr("6-digit code"), "name": tr("name without suffix")}[report["method"]]
        text = tr("{} of {} units matched by {}.").format(report["matched"], len(polygon_keys), method)
        if report["unmatched_polygons"]:
            text += " " + tr("Units without a row: {}.").format(", ".join(map(str, report["unmatched_polygons"][:8])))
        if report["unused_rows"]:
            text += " " + tr("Rows without a unit: {}.").format(", ".join(report["unused_rows"][:8]))
        self.joinLabel.setText(text)
        self.join_report = report

    def write_template(self):
        """Write the statistics template of the chosen path for the chosen units (ecocomp:statstemplate)."""
        from qgis import processing
        from qgis.PyQt.QtWidgets import QFileDialog

        layer = self.layerCombo.currentLayer()
        if layer is None:
            self.statusLabel.setText(tr("Choose the layer of units (polygons)."))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Statistics template"), "statistics_template.xlsx",
                                              tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            processing.run("ecocomp:statstemplate", {
                "INPUT": layer, "KEY_FIELD": self.layerKeyCombo.currentField(),
                "NAME_FIELD": suggest(layer.fields().names(), ("name", "名称", "县区")) or "",
                "CHAIN": 0 if self.pathCombo.currentData() == CHAIN else 1,
                "OUTPUT_XLSX": path, "OUTPUT_CSV": path[:-5] + ".csv"})
            self.statusLabel.setText(tr("Template written: {} and {}.").format(path, path[:-5] + ".csv"))
        except QgsProcessingException as error:
            self.statusLabel.setText(tr("Stopped: {}").format(str(error)))

    def crop_prices(self):
        """{crop: price (CNY/kg)} from the prices line: "rice 2.72; wheat 2.36", "水稻 2.72；小麦 2.36" … (esv.parse_price_line,
        which also reads Chinese crop names and punctuation)."""
        from ..ecocomp_science.errors import InputError
        from ..ecocomp_science.esv import parse_price_line

        try:
            prices = parse_price_line(self.pricesEdit.text())
        except InputError as error:
            raise QgsProcessingException(error.translated(tr)) from None
        missing = [crop for crop in self.crop_fields if crop not in prices]
        if missing:
            raise QgsProcessingException(tr("Give the price (CNY/kg) of: {}.").format(", ".join(missing)))
        return prices

    def ea_from_crops(self):
        from ..ecocomp_science import esv
        from .table_editor import TableEditorDialog

        dialog = TableEditorDialog("crops", parent=self)
        if dialog.exec():
            self.eaSpin.setValue(esv.crop_table_ea(dialog.checked_rows())[1])
            self.eaModeCombo.setCurrentIndex(EA_TYPED)

    # -- running -------------------------------------------------------------------------------------
    def steps(self):
        """(algorithm, parameters, style, output name) of each step; None stands for the previous output."""
        layer, table = self.layerCombo.currentLayer(), self.tableCombo.currentLayer()
        if layer is None:
            raise QgsProcessingException(tr("Choose the layer of units (polygons)."))
        path = self.pathCombo.currentData()
        missing = [tr(label) for key, label, _, paths, _ in ROLES if path in paths and not self.field(key)]
        if missing:
            raise QgsProcessingException(tr("Choose the fields for: {}.").format(", ".join(missing)))
        if path == CHAIN:
            if self.study_year() is None:
                raise QgsProcessingException(tr("Choose the year of the statistics: the compensation amount divides "
                                                "by China's per-capita GDP of that year [HB eq. 9]."))
            if self.referenceSpin.value() <= 0:
                raise QgsProcessingException(tr("Type China's per-capita GDP of {} (CNY/person; National Bureau of "
                                                "Statistics, Statistical Communiqué).").format(self.study_year()))
        esv = {"INPUT": layer, "AREA_FIELD": self.field("area"), "AREA_FIELD_UNIT": self.unit_choice("area"),
               "FACTOR_PRESET": self.factorCombo.currentData(), "STUDY_YEAR": self.study_year()}
        if self.eaModeCombo.currentData() == EA_CROPS:
            if not self.crop_fields:
                raise QgsProcessingException(tr("No crop fields (sown area and yield of rice, wheat or maize) were "
                                                "found in the table: type Ea instead."))
            prices = self.crop_prices()
            cells = []
            for crop, (area, yields) in self.crop_fields.items():
                cells += [crop, area, yields, prices[crop]]
            esv.update(EA_MODE=esv_method.option("ea_mode").choice_index("crop_fields"), CROP_FIELDS=cells)
        else:
            if self.eaSpin.value() <= 0:
                raise QgsProcessingException(tr("Ea is 0: type the value of one equivalent factor (CNY/ha), or take "
                                                "it from a crop table."))
            esv.update(EA_MODE=esv_method.option("ea_mode").choice_index("typed"), EA_VALUE=self.eaSpin.value())
        steps = []
        if table is not None:
            # the same first step as in the dialogs and the shipped model: ecocomp:jointable
            steps.append(("ecocomp:jointable", {"INPUT": layer, "STATS_TABLE": self.table_file() or table,
                                                "INPUT_KEY": self.layerKeyCombo.currentField(),
                                                "STATS_KEY": self.table_key()}, None, tr("Units with the statistics")))
        steps += [("ecocomp:esv", esv, "esv_total", tr("Ecosystem service value")),
                 ("ecocomp:footprint", {"POPULATION_FIELD": self.field("population"), "AREA_FIELD": self.field("area"),
                                        "POPULATION_FIELD_UNIT": self.unit_choice("population"),
                                        "AREA_FIELD_UNIT": self.unit_choice("area"),
                                        "PRESET": self.footprintCombo.currentData(),
                                        "STUDY_YEAR": self.study_year()}, "eoi",
                  tr("Ecological footprint and capacity"))]
        if path == CHAIN:
            steps += [("ecocomp:priority", {"TYPE_FIELD": self.field("mfa_type"), "ESV_FIELD": "esv_nonmarket",
                                            "GDP_FIELD": self.field("gdp"), "GDP_FIELD_UNIT": self.unit_choice("gdp")},
                       "level", tr("Compensation priority")),
                      ("ecocomp:payment", {"PRESET": self.paymentCombo.currentData(), "EOI_FIELD": "eoi",
                                           "ESV_NONMARKET_FIELD": "esv_nonmarket", "ESV_TOTAL_FIELD": "esv_total",
                                           "ENGEL_URBAN_FIELD": self.field("engel_urban"),
                                           "ENGEL_URBAN_FIELD_UNIT": self.unit_choice("engel_urban"),
                                           "ENGEL_RURAL_FIELD": self.field("engel_rural"),
                                           "ENGEL_RURAL_FIELD_UNIT": self.unit_choice("engel_rural"),
                                           "URBANISATION_FIELD": self.field("urbanisation"),
                                           "URBANISATION_FIELD_UNIT": self.unit_choice("urbanisation"),
                                           "G_MODE": payment_method.option("g_mode").choice_index("typed"),
                                           "G_REFERENCE": self.referenceSpin.value(), "STUDY_YEAR": self.study_year(),
                                           "GDP_FIELD": self.field("gdp"), "GDP_FIELD_UNIT": self.unit_choice("gdp"),
                                           "POPULATION_FIELD": self.field("population"),
                                           "POPULATION_FIELD_UNIT": self.unit_choice("population"),
                                           "ROLE_FIELD": "role"},
                       "payment", tr("Compensation amount"))]
        else:
            steps += [("ecocomp:dualzoning", {"GRAIN_FIELD": self.field("grain"), "AREA_FIELD": self.field("area"),
                                              "GRAIN_FIELD_UNIT": self.unit_choice("grain"),
                                              "AREA_FIELD_UNIT": self.unit_choice("area"),
                                              "POPULATION_FIELD": self.field("population"),
                                              "POPULATION_FIELD_UNIT": self.unit_choice("population"), "ECO_MODE": 0,
                                              "EF_FIELD": "ef", "EC_FIELD": "ec"}, "zone", tr("Compensation zones"))]
        return steps

    def run(self):
        """Run the steps; returns the loaded layers (empty when stopped by an error or cancel)."""
        from qgis import processing

        from ..algorithms.styling import apply_style

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
                parameters = dict(parameters, OUTPUT=self.output_path(algorithm.split(":")[1]))
                if previous is not None:
                    parameters["INPUT"] = previous
                result = processing.run(algorithm, parameters, feedback=self.feedback)
                self.feedback.progressChanged.disconnect()
                previous = result["OUTPUT"]
                if style is not None:
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
            self.result_layer = loaded[0] if loaded else None  # the last step's: compensation or zones
            for button in (self.mapButton, self.reportButton):
                button.setEnabled(self.result_layer is not None)
            self.reportButton.setEnabled(self.result_layer is not None and self.pathCombo.currentData() == CHAIN)
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

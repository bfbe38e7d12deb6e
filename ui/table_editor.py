"""Parameter-table editors: crops, commodities, equivalent factors, type → role, land-cover classes.

One dialog (table_editor.ui) driven by a :class:`TableSpec`: cells are checked
as the analyst types (text where a number belongs, negative numbers, empty
cells and unknown choices are marked red with the reason), tables load from
presets and import/export CSV, and :meth:`TableEditorDialog.value` gives the
flat list a Processing matrix parameter takes — so the same values work in the
toolbox, the modeller and qgis_process.
"""

import csv
import os
from dataclasses import dataclass, field

from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QComboBox, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox,
                                 QStyledItemDelegate, QTableWidgetItem)

from ..ecocomp_science import factors, presets
from ..translation import tr

FORM_CLASS, BASE_CLASS = uic.loadUiType(os.path.join(os.path.dirname(__file__), "table_editor.ui"))
INVALID = QColor("#f4c7c3")



# Chinese names of the keys the tables store (the keys stay what the algorithms read; the cell shows the name).
CROP_NAMES_ZH = {"rice": "水稻", "paddy": "稻谷", "wheat": "小麦", "maize": "玉米", "corn": "玉米", "beans": "豆类",
                 "soybean": "大豆", "tubers": "薯类", "other grains": "其他谷物", "oil crops": "油料",
                 "oilcrops": "油料", "sugarcane": "甘蔗", "vegetables": "蔬菜", "fruits": "水果", "cotton": "棉花"}
ROLE_NAMES_ZH = {"payer": "支付", "receiver": "受偿"}


def chinese():
    """EcoComp's Chinese translation is active (it is the only one, loaded for QGIS's locale)."""
    return tr("Crop") != "Crop"


def display_names():
    """{stored key: the name shown in the cell} in QGIS's language (Chinese names from the reference tables)."""
    if not chinese():
        return {}
    names = dict(CROP_NAMES_ZH)
    names.update(ROLE_NAMES_ZH)
    for edition in ("2008", "2003"):
        table = factors.xie_table(edition)
        names.update({key: label for key, label in zip(table.services, table.labels_zh) if label})
    return names


@dataclass
class Column:
    header: str
    kind: str = "text"  # text | number (≥ 0) | positive (> 0) | integer | choice | field (a field of the units)
    choices: dict = field(default_factory=dict)  # accepted spelling (lower case) → stored value


@dataclass
class TableSpec:
    title: str
    description: str
    columns: list
    presets: dict = field(default_factory=dict)  # name → rows
    totals: object = None  # rows → text shown under the table
    guess: tuple = ()  # the parts of a per-crop table of fields (methods.guess_item_rows), guessed from field names


def _factor_totals(rows):
    table = factors.table_from_rows(rows)
    return tr("F total {:.2f} = market {:.2f} + non-market {:.2f}").format(
        table.total, table.market_total, table.nonmarket_total)


def _crop_totals(rows):
    from ..ecocomp_science import esv

    return tr("Ea = (1/7) · Σ m·q·v / Σ m = {:,.2f} CNY/ha, prices read as CNY/kg").format(esv.crop_table_ea(rows)[1])


def _commodity_totals(rows):
    from ..ecocomp_science import footprint

    _, c, p = footprint.commodity_table_from_rows(rows)
    ratio = float((c / p).sum())
    return tr("Σ c/p = {:.5f} ha/person; with r = 2.52 (Hubei 2017), ef = {:.5f} gha/person").format(
        ratio, 2.52 * ratio)


PARTS = {"market": "market", "市场": "market", "non-market": "non-market", "nonmarket": "non-market",
         "非市场": "non-market"}
ROLES = {"payer": "payer", "支付": "payer", "receiver": "receiver", "受偿": "receiver"}
LAND_TYPES = dict({t: t for t in presets.LAND_TYPES}, ignore="ignore")


def specs():
    """The editors EcoComp offers, by name."""
    return {
        "crops": TableSpec(
            tr("Crop table"),
            tr("Main food crops of the study region: sown area m (ha), yield q (kg/ha) and national average "
               "price v (CNY/kg). Ea = (1/7) · Σ m·q·v / Σ m [XIE, HB]."),
            [Column(tr("Crop")), Column(tr("Sown area (ha)"), "number"), Column(tr("Yield (kg/ha)"), "number"),
             Column(tr("Price (CNY/kg, or the unit chosen)"), "number")],
            {tr("Example: rice and wheat"): [["rice", 10, 7000, 2.6], ["wheat", 30, 5000, 2.4]]},
            _crop_totals),
        "cropfields": TableSpec(
            tr("Crop fields per unit"),
            tr("For Ea per unit [HB]: each crop's sown-area field (ha) and yield field (kg/ha) of the units' table, "
               "and its national average price v (CNY/kg). Units in the fields' headers (亩, 千公顷, 吨/公顷 …) "
               "are converted."),
            [Column(tr("Crop")), Column(tr("Sown-area field (ha)"), "field"), Column(tr("Yield field (kg/ha)"), "field"),
             Column(tr("Price (CNY/kg, or the unit chosen)"), "number")],
            {tr("Sample data of 2017: rice, wheat, maize"): [
                [crop, crop + "_area_ha", crop + "_yield_kg_ha", presets.SAMPLE_CROP_PRICES[crop]]
                for crop in ("rice", "wheat", "maize")]},
            guess=("sown_area", "crop_yield")),
        "production": TableSpec(
            tr("Production per unit [FJ]"),
            tr("Each commodity's production field (kg) and sown-area field (ha) of the units' table, and its "
               "productivity p_i (kg/ha; empty = the regional average Σ production / Σ sown area) [FJ]."),
            [Column(tr("Commodity")), Column(tr("Production field (kg)"), "field"),
             Column(tr("Sown-area field (ha)"), "field"), Column(tr("p_i (kg/ha; empty = average)"), "optional_number")],
            {tr("Sample data: rice, wheat, maize"): [
                [crop, crop + "_output_kg", crop + "_area_ha", ""] for crop in ("rice", "wheat", "maize")]},
            guess=("production", "sown_area")),
        "commodities": TableSpec(
            tr("Commodity table"),
            tr("Per-capita consumption c_i (kg/person) and average productivity p_i (kg/ha) of each commodity. "
               "ef = r · Σ c_i / p_i [XZ, HB, FJ]."),
            [Column(tr("Commodity")), Column(tr("c_i (kg/person)"), "number"), Column(tr("p_i (kg/ha)"), "positive")],
            {tr("Hubei 2017 [HB]"): [list(r) for r in presets.FOOTPRINT["hubei2017"]["commodities"]]},
            _commodity_totals),
        "factors": TableSpec(
            tr("Equivalent-factor table"),
            tr("Ecosystem services of cultivated land with their part (market / non-market) and equivalent "
               "factor (dimensionless multiple of Ea) [XIE]."),
            [Column(tr("Service")), Column(tr("Part"), "choice", PARTS), Column(tr("Factor"), "number")],
            {tr("Xie 2008 [HB]"): [list(r) for r in factors.table_rows(factors.xie_table("2008"))],
             tr("Xie 2003 [XZ]"): [list(r) for r in factors.table_rows(factors.xie_table("2003"))]},
            _factor_totals),
        "roles": TableSpec(
            tr("Main functional area type → role"),
            tr("Which main-functional-area types pay and which receive compensation [HB]; English or Chinese "
               "type names."),
            [Column(tr("Main functional area type")), Column(tr("Role"), "choice", ROLES)],
            {tr("Default [HB]"): [list(r) for r in presets.DEFAULT_ROLES]}),
        "landcover": TableSpec(
            tr("Land-cover class → land type"),
            tr("Land type of each land-cover class code: cultivated, forest, grassland, wetland, water, unused, "
               "built-up, or ignore."),
            [Column(tr("Class value"), "integer"), Column(tr("Land type"), "choice", LAND_TYPES)],
            {tr("CLCD"): [list(r) for r in presets.LANDCOVER_MAPPINGS["clcd"]],
             tr("ESA WorldCover"): [list(r) for r in presets.LANDCOVER_MAPPINGS["worldcover"]]}),
    }


def check_cell(column, text, fields=None):
    """(value, problem): the typed value as stored, or a sentence saying what is wrong. ``fields``: the field names a
    "field" cell may name (None: not known, e.g. in the modeller, where any name is taken)."""
    text = str(text).strip()
    if not text and column.kind == "optional_number":
        return "", None
    if not text:
        return None, tr("empty")
    if column.kind == "field" and fields is not None and text not in fields:
        return None, tr("not a field of the units or of their statistics table")
    if column.kind in ("text", "field"):
        return text, None
    if column.kind == "choice":
        value = column.choices.get(text.lower())
        if value is None:
            return None, tr("must be one of: {}").format(", ".join(sorted(set(column.choices.values()))))
        return value, None
    try:
        number = float(text)
    except ValueError:
        return None, tr("not a number")
    if column.kind == "integer":
        return (int(number), None) if number.is_integer() else (None, tr("must be a whole number"))
    if number < 0:
        return None, tr("must not be negative")
    if column.kind == "positive" and number == 0:
        return None, tr("must be greater than 0")
    return number, None


class FieldDelegate(QStyledItemDelegate):
    """A cell naming a field of the units: chosen from the fields' list (typing stays possible)."""

    def __init__(self, fields, parent=None):
        super().__init__(parent)
        self.fields = list(fields)

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems([""] + self.fields)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 (Qt API)
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt API)
        model.setData(index, editor.currentText().strip())


class TableEditorDialog(BASE_CLASS, FORM_CLASS):
    """The editor of one parameter table. ``fields``: the field names of the units and their statistics table, for
    tables whose cells name fields (chosen from lists and checked; rows guessed from the names when empty)."""

    def __init__(self, name, value=None, parent=None, fields=None):
        super().__init__(parent)
        self.setupUi(self)
        self.spec = specs()[name]
        self.fields = list(fields) if fields else None
        presets_ = dict(self.spec.presets)
        guessed = []
        if self.fields is not None and self.spec.guess:
            from ..ecocomp_science.methods import guess_item_rows

            guessed = guess_item_rows(self.fields, self.spec.guess, len(self.spec.columns))
            if guessed:
                presets_ = dict({tr("Crops found in the field names"): guessed}, **presets_)
            self.delegate = FieldDelegate(self.fields, self.table)
            for number, column in enumerate(self.spec.columns):
                if column.kind == "field":
                    self.table.setItemDelegateForColumn(number, self.delegate)
        self.presets = presets_
        self.setWindowTitle(self.spec.title)
        self.descriptionLabel.setText(self.spec.description)
        self.table.setColumnCount(len(self.spec.columns))
        self.table.setHorizontalHeaderLabels([c.header for c in self.spec.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.presetCombo.addItems(list(self.presets))
        for widget in (self.presetLabel, self.presetCombo, self.loadPresetButton):
            widget.setVisible(bool(self.presets))
        self.loadPresetButton.clicked.connect(lambda: self.set_rows(self.presets[self.presetCombo.currentText()]))
        self.addRowButton.clicked.connect(self.add_row)
        self.removeRowButton.clicked.connect(self.remove_rows)
        self.importButton.clicked.connect(lambda: self.import_csv())
        self.exportButton.clicked.connect(lambda: self.export_csv())
        self.table.itemChanged.connect(lambda item: self.validate())
        if value:
            self.set_value(value)
        elif any(c.kind == "field" for c in self.spec.columns):
            # a table of fields starts from what the units' field names show, never from the sample's names
            self.set_rows(guessed or [[""] * len(self.spec.columns)])
        elif self.presets:
            self.set_rows(next(iter(self.presets.values())))
        self.validate()

    # -- content -----------------------------------------------------------------------------------
    def set_rows(self, rows):
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self.validate()

    def _append(self, row):
        position = self.table.rowCount()
        self.table.insertRow(position)
        names = display_names()
        for column in range(len(self.spec.columns)):
            cell = row[column] if column < len(row) else ""
            text = "" if cell is None else str(cell)
            item = QTableWidgetItem(names.get(text, text))
            if text in names:
                # the cell shows the name; the stored key is kept while the name is not edited
                item.setData(Qt.ItemDataRole.UserRole, text)
                item.setData(Qt.ItemDataRole.UserRole + 1, names[text])
                item.setToolTip(text)
            self.table.setItem(position, column, item)

    def add_row(self):
        self.table.blockSignals(True)
        self._append([""] * len(self.spec.columns))
        self.table.blockSignals(False)
        self.validate()

    def remove_rows(self):
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.validate()

    def rows(self):
        """The cells as typed (text); a cell showing a name gives its stored key."""
        def cell(item):
            if item is None:
                return ""
            key = item.data(Qt.ItemDataRole.UserRole)
            if key is not None and item.text() == item.data(Qt.ItemDataRole.UserRole + 1):
                return key
            return item.text()

        return [[cell(self.table.item(r, c)) for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def set_value(self, flat):
        """Fill from a matrix parameter value (a flat list, row by row)."""
        n = len(self.spec.columns)
        flat = list(flat or [])
        self.set_rows([flat[i:i + n] for i in range(0, len(flat), n)])

    def value(self):
        """The matrix parameter value: a flat list of the checked values, row by row."""
        return [checked for row in self.checked_rows() for checked in row]

    def checked_rows(self):
        out = []
        for row in self.rows():
            out.append([check_cell(column, text, self.fields)[0] for column, text in zip(self.spec.columns, row)])
        return out

    # -- checks --------------------------------------------------------------------------------------
    def validate(self):
        """Mark invalid cells, report the problems and the live totals; OK only when all is valid."""
        self.table.blockSignals(True)
        problems = []
        for r in range(self.table.rowCount()):
            for c, column in enumerate(self.spec.columns):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.table.setItem(r, c, item)
                _, problem = check_cell(column, item.text(), self.fields)
                item.setBackground(INVALID if problem else QColor(Qt.GlobalColor.transparent))
                item.setToolTip(problem or "")
                if problem:
                    problems.append(tr("row {}, {}: {}").format(r + 1, column.header, problem))
        self.table.blockSignals(False)
        if not self.table.rowCount():
            problems.append(tr("the table is empty"))
        self.problems = problems
        self.statusLabel.setText(tr("Check: {}").format("; ".join(problems[:4]) + (" …" if len(problems) > 4 else ""))
                                 if problems else tr("All values are valid."))
        self.statusLabel.setStyleSheet("color: #b3261e;" if problems else "color: #1e6b2b;")
        totals = ""
        if self.spec.totals is not None and not problems:
            try:
                totals = self.spec.totals(self.checked_rows())
            except Exception as error:  # noqa: BLE001 - an InputError of the science, shown as is
                totals = str(error)
        self.totalsLabel.setText(totals)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        return not problems

    # -- CSV -------------------------------------------------------------------------------------------
    def import_csv(self, path=None):
        path = path or QFileDialog.getOpenFileName(self, tr("Import CSV"), "", tr("CSV or XLSX (*.csv *.txt *.xlsx)"))[0]
        if not path:
            return False
        from ..ecocomp_science.errors import InputError
        from ..ecocomp_science.tables import read_rows

        try:  # EcoComp's one reader: UTF-8 or GBK text, or the first sheet of a workbook
            read = read_rows(path)[0]
        except InputError as error:
            QMessageBox.warning(self, tr("Import CSV"), error.translated(tr))
            return False
        rows = [["" if cell is None else str(cell).strip() for cell in row] for row in read]
        rows = [row for row in rows if any(row)]
        numeric = [i for i, c in enumerate(self.spec.columns) if c.kind in ("number", "positive", "integer")]
        if rows and numeric and check_cell(self.spec.columns[numeric[0]], rows[0][numeric[0]]
                                           if len(rows[0]) > numeric[0] else "")[1]:
            rows = rows[1:]  # a header row
        self.set_rows(rows)
        return True

    def export_csv(self, path=None):
        path = path or QFileDialog.getSaveFileName(self, tr("Export CSV"), "", tr("CSV (*.csv)"))[0]
        if not path:
            return False
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.header for c in self.spec.columns])
            writer.writerows(self.rows())
        return True

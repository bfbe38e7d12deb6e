"""AHP weights: pairwise judgements on Saaty's 1–9 scale, weights and consistency ratio shown live [FJ]."""

import os
from fractions import Fraction

from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidgetItem

from ..ecocomp_science import zoning
from ..translation import tr

FORM_CLASS, BASE_CLASS = uic.loadUiType(os.path.join(os.path.dirname(__file__), "ahp_dialog.ui"))
SAATY = [Fraction(1, n) for n in range(9, 1, -1)] + [Fraction(n) for n in range(1, 10)]



def label(value):
    return str(Fraction(value).limit_denominator(9))


class AhpDialog(BASE_CLASS, FORM_CLASS):
    """Pairwise comparison of criteria; :meth:`value` is the full matrix (row by row) for ecocomp:dualzoning."""

    def __init__(self, criteria=None, value=None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowTitle(tr("AHP weights"))
        self.descriptionLabel.setText(tr(
            "How much more important is the row criterion than the column criterion? Saaty's scale: 1 equal, "
            "3 moderately, 5 strongly, 7 very strongly, 9 extremely more important (1/3 … 1/9: less). "
            "Weights are the principal eigenvector; a consistency ratio CR above 0.1 is refused by "
            "ecocomp:dualzoning unless accepted explicitly."))
        self.criteria = list(criteria or [tr("Food security"), tr("Ecological security")])
        self.countSpin.setValue(len(self.criteria))
        self.countSpin.valueChanged.connect(self.resize_criteria)
        self.weightsTable.setColumnCount(2)
        self.weightsTable.setHorizontalHeaderLabels([tr("Criterion"), tr("Weight")])
        self.weightsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.build()
        if value:
            self.set_value(value)
        self.update_result()

    def resize_criteria(self, count):
        while len(self.criteria) < count:
            self.criteria.append(tr("Criterion {}").format(len(self.criteria) + 1))
        self.criteria = self.criteria[:count]
        self.build()
        self.update_result()

    def build(self):
        n = len(self.criteria)
        self.matrixTable.clear()
        self.matrixTable.setRowCount(n)
        self.matrixTable.setColumnCount(n)
        self.matrixTable.setHorizontalHeaderLabels(self.criteria)
        self.matrixTable.setVerticalHeaderLabels(self.criteria)
        self.matrixTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos = {}
        for i in range(n):
            for j in range(n):
                if j > i:
                    combo = QComboBox()
                    combo.addItems([label(v) for v in SAATY])
                    combo.setCurrentText("1")
                    combo.currentIndexChanged.connect(self.update_result)
                    self.matrixTable.setCellWidget(i, j, combo)
                    self.combos[(i, j)] = combo
                else:
                    item = QTableWidgetItem("1" if i == j else "")
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # reciprocals follow the upper triangle
                    self.matrixTable.setItem(i, j, item)

    def judgements(self):
        return {key: float(Fraction(combo.currentText())) for key, combo in self.combos.items()}

    def matrix(self):
        n = len(self.criteria)
        values = self.judgements()
        return zoning.pairwise_matrix([values[(i, j)] for i in range(n) for j in range(i + 1, n)], n)

    def set_value(self, flat):
        """Fill from a full matrix, row by row (the AHP_MATRIX parameter value)."""
        values = [float(v) for v in flat]
        n = int(round(len(values) ** 0.5))
        if n * n != len(values) or n < 2:
            return
        if n != len(self.criteria):
            self.countSpin.setValue(n)
        for (i, j), combo in self.combos.items():
            combo.setCurrentText(label(values[i * n + j]))

    def value(self):
        return [float(v) for row in self.matrix() for v in row]

    def update_result(self):
        a = self.matrix()
        n = len(self.criteria)
        for i in range(n):
            for j in range(i):
                self.matrixTable.item(i, j).setText(label(a[i, j]))
        weights, cr, lambda_max = zoning.ahp_weights(a)
        self.weights, self.cr = [float(w) for w in weights], cr
        self.weightsTable.setRowCount(n)
        for i, (name, weight) in enumerate(zip(self.criteria, weights)):
            self.weightsTable.setItem(i, 0, QTableWidgetItem(name))
            self.weightsTable.setItem(i, 1, QTableWidgetItem("{:.4f}".format(weight)))
        consistent = cr <= zoning.CR_LIMIT
        self.resultLabel.setText(tr("λmax = {:.4f}; consistency ratio CR = {:.4f} ({})").format(
            lambda_max, cr, tr("consistent") if consistent else tr("inconsistent: CR > 0.1, revise the judgements")))
        self.resultLabel.setStyleSheet("color: #1e6b2b;" if consistent else "color: #b3261e;")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

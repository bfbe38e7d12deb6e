"""Write the bundled QML styles in ui/styles/ (run with QGIS's Python: /usr/bin/python3).

Each style fixes symbol, colour ramp, class count and classification
method; the breaks saved here are placeholders, recomputed from the data
whenever EcoComp applies the style (processing/styling.py).
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsClassificationJenks,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ui", "styles")

# name: (field, colour ramp, classes, legend title, decimals)
STYLES = {
    "esv_total": ("esv_total", "Greens", 5, "ESV of cultivated land (CNY)", 0),
    "graduated": ("value", "Viridis", 5, "", 2),
}


def make(name, field, ramp_name, classes, title, decimals):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes([QgsField(field, QVariant.Double)])
    layer.updateFields()
    features = []
    for value in range(1, 11):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(value)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    symbol = QgsFillSymbol.createSimple({"outline_color": "#5f5f5f", "outline_width": "0.15"})
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(QgsStyle.defaultStyle().colorRamp(ramp_name))
    renderer.setClassificationMethod(QgsClassificationJenks())
    method = renderer.classificationMethod()
    method.setLabelPrecision(decimals)
    method.setLabelTrimTrailingZeroes(True)
    method.setLabelFormat("%1 – %2")
    renderer.updateClasses(layer, classes)
    layer.setRenderer(renderer)
    layer.setTitle(title)
    layer.saveNamedStyle(os.path.join(OUT, name + ".qml"))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(OUT, exist_ok=True)
    for name, spec in STYLES.items():
        make(name, *spec)
        print("wrote", os.path.join(OUT, name + ".qml"))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

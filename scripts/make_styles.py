"""Write the bundled QML styles in ui/styles/ (run with QGIS's Python: /usr/bin/python3).

Each style fixes symbol, colour ramp, class count and classification
method; the breaks saved here are placeholders, recomputed from the data
whenever EcoComp applies the style (algorithms/styling.py).
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsLineSymbol,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsClassificationJenks,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ui", "styles")

# Graduated styles, name: (field, colour ramp, classes, legend title, decimals). "eoi" and
# "payment" are diverging around 0 (red = deficit / pays, blue = surplus / receives): their
# classes are fitted on each side of 0 when applied (algorithms/styling.py).
STYLES = {
    "esv_total": ("esv_total", "Greens", 5, "ESV of cultivated land (CNY)", 0),
    "graduated": ("value", "Viridis", 5, "", 2),
    "eoi": ("eoi", "RdBu", 6, "Overload index (EC − EF)/EC", 2),
    "payment": ("payment", "RdBu", 6, "Compensation amount (CNY)", 0),
    "occ_total": ("occ_total", "YlOrBr", 5, "Land of the target region occupied (ha)", 0),
    "land_net": ("land_net", "RdBu", 6, "Net land supplied to other regions (ha)", 0),
    "lc_cultivated_ha": ("lc_cultivated_ha", "YlGn", 5, "Cultivated land from the land-cover raster (ha)", 0),
    "esv_lc_total": ("esv_lc_total", "Greens", 5, "ESV of all land types (CNY)", 0),
    "change": ("change", "RdBu", 6, "Change between two studies", 0),
}
# Net land flows: curved arrows whose width grows with the flow (0.2–2 mm).
FLOW_WIDTH = 'scale_linear("net_ha", 0, maximum("net_ha"), 0.2, 2)'

ZONE_COLOURS = ((1, "#2c7bb6", "Receiving zone 受偿区"), (0, "#e6e6e6", "Balance zone 平衡区"),
                (-1, "#d7191c", "Paying zone 支付区"))
LEVEL_COLOURS = {
    "receiver": ("#00441b", "#238b45", "#66c2a4", "#b2e2e2", "#edf8fb"),
    "payer": ("#67000d", "#cb181d", "#fb6a4a", "#fcbba1", "#fff5f0"),
}


def make_flows(name="flows", field="net_ha", colour=(179, 88, 6, 170), stroke="#7f3b08", title="Net land flows (ha)"):
    width = FLOW_WIDTH.replace("net_ha", field)
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(True)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(1.0)
    arrow.setArrowStartWidth(1.0)
    arrow.setHeadLength(2.5)
    arrow.setHeadThickness(1.5)
    for key, expression in ((QgsSymbolLayer.PropertyArrowWidth, width),
                            (QgsSymbolLayer.PropertyArrowStartWidth, width),
                            (QgsSymbolLayer.PropertyArrowHeadThickness, width + " * 0.8 + 0.3"),
                            (QgsSymbolLayer.PropertyArrowHeadLength, width + " * 1.2 + 1")):
        arrow.setDataDefinedProperty(key, QgsProperty.fromExpression(expression))
    arrow.subSymbol().setColor(QColor(*colour))
    arrow.subSymbol().symbolLayer(0).setStrokeColor(QColor(stroke))
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field={}:double".format(field), name, "memory")
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)  # transfers ownership (the list constructor does not: double free)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setTitle(title)
    layer.saveNamedStyle(os.path.join(OUT, name + ".qml"))


def fill(colour):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#5f5f5f", "outline_width": "0.15"})


def make_zone():
    renderer = QgsCategorizedSymbolRenderer("zone", [QgsRendererCategory(code, fill(colour), label)
                                                     for code, colour, label in ZONE_COLOURS])
    save_renderer("zone", renderer, "Compensation zone")


def make_level():
    root = QgsRuleBasedRenderer.Rule(None)
    for role, colours in LEVEL_COLOURS.items():
        for level, colour in enumerate(colours, start=1):
            label = "{}, level {}{}".format("Receiver 受偿" if role == "receiver" else "Payer 支付", level,
                                            " (first)" if level == 1 else "")
            root.appendChild(QgsRuleBasedRenderer.Rule(
                fill(colour), 0, 0, "\"role\" = '{}' AND \"level\" = {}".format(role, level), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("#bdbdbd"), 0, 0, "ELSE", "Other levels"))
    save_renderer("level", QgsRuleBasedRenderer(root), "Compensation priority")


def save_renderer(name, renderer, title):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zone:integer&field=role:string&field=level:integer",
                           name, "memory")
    layer.setRenderer(renderer)
    layer.setTitle(title)
    layer.saveNamedStyle(os.path.join(OUT, name + ".qml"))


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
    make_zone()
    make_level()
    make_flows()
    # Money transfers payer → receiver (ecocomp:transfers): the arrow points to the receiver.
    make_flows("transfers", "amount", (1, 102, 94, 170), "#003c30", "Transfers payer → receiver")
    print("wrote", ", ".join(sorted(os.listdir(OUT))))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

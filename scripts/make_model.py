"""Write the shipped graphical model processing/models/compensation_chain.model3.

Run with QGIS's Python from the project root:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_model.py

The model chains ecocomp:esv → ecocomp:footprint → ecocomp:priority →
ecocomp:payment on one layer with the Hubei 2017 [HB] settings. Field names
are the defaults of each algorithm (the columns of the sample statistics
table); open the model in the Graphical Modeler to adapt them.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "processing", "models", "compensation_chain.model3")
SAMPLE_CROPS = ["rice", "rice_area_ha", "rice_yield_kg_ha", "2.72", "wheat", "wheat_area_ha", "wheat_yield_kg_ha",
                "2.36", "maize", "maize_area_ha", "maize_yield_kg_ha", "1.76"]


def source(kind, value):
    if kind == "input":
        return [QgsProcessingModelChildParameterSource.fromModelParameter(value)]
    if kind == "child":
        return [QgsProcessingModelChildParameterSource.fromChildOutput(value, "OUTPUT")]
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child(model, child_id, algorithm, description, x, sources, output=None):
    step = QgsProcessingModelChildAlgorithm(algorithm)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, 200))
    for name, (kind, value) in sources.items():
        step.addParameterSources(name, source(kind, value))
    if output:
        out = QgsProcessingModelOutput(output)
        out.setChildOutputName("OUTPUT")
        out.setPosition(QPointF(x + 40, 300))
        step.setModelOutputs({output: out})
    model.addChildAlgorithm(step)


def add_input(model, parameter, x):
    model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    model.parameterComponent(parameter.name()).setPosition(QPointF(x, 60))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    model = QgsProcessingModelAlgorithm("Compensation chain: ESV → footprint → priority → payment",
                                        "Models", "models")
    add_input(model, QgsProcessingParameterFeatureSource(
        "units", "Units (polygons)", [QgsProcessing.SourceType.TypeVectorPolygon]), 100)
    add_input(model, QgsProcessingParameterFeatureSource(
        "statistics", "Statistics table to join (optional)", [QgsProcessing.SourceType.TypeVector], optional=True), 300)
    add_input(model, QgsProcessingParameterString("units_key", "Key field of the polygons", "adcode", optional=True),
              500)
    add_input(model, QgsProcessingParameterString("table_key", "Key field of the table", "adcode", optional=True), 700)
    add_input(model, QgsProcessingParameterMatrix(
        "crop_fields", "Crop fields per unit: crop, sown-area field (ha), yield field (kg/ha), price (CNY/kg)",
        headers=["Crop", "Sown-area field (ha)", "Yield field (kg/ha)", "Price (CNY/kg)"],
        defaultValue=SAMPLE_CROPS), 900)

    child(model, "esv", "ecocomp:esv", "ESV (Xie 2008, Ea per unit)", 150, {
        "INPUT": ("input", "units"), "STATS_TABLE": ("input", "statistics"), "INPUT_KEY": ("input", "units_key"),
        "STATS_KEY": ("input", "table_key"), "AREA_FIELD": ("static", "cultivated_ha"), "EA_MODE": ("static", 2),
        "CROP_FIELDS": ("input", "crop_fields"), "FACTOR_PRESET": ("static", 0), "PER_SERVICE": ("static", False)})
    child(model, "footprint", "ecocomp:footprint", "Footprint and capacity (Hubei 2017)", 400, {
        "INPUT": ("child", "esv"), "POPULATION_FIELD": ("static", "population"),
        "AREA_FIELD": ("static", "cultivated_ha"), "PRESET": ("static", 0), "SIGN": ("static", 0)})
    child(model, "priority", "ecocomp:priority", "Priority by main functional area", 650, {
        "INPUT": ("child", "footprint"), "TYPE_FIELD": ("static", "mfa_type"),
        "ESV_FIELD": ("static", "esv_nonmarket"), "GDP_FIELD": ("static", "gdp_cny"),
        "METHOD": ("static", 0), "CLASSES": ("static", 5)})
    child(model, "payment", "ecocomp:payment", "Compensation amount (Hubei 2017)", 900, {
        "INPUT": ("child", "priority"), "PRESET": ("static", 0), "EOI_FIELD": ("static", "eoi"),
        "ESV_NONMARKET_FIELD": ("static", "esv_nonmarket"), "ENGEL_URBAN_FIELD": ("static", "engel_urban"),
        "ENGEL_RURAL_FIELD": ("static", "engel_rural"), "URBANISATION_FIELD": ("static", "urbanisation"),
        "GDP_FIELD": ("static", "gdp_cny"), "POPULATION_FIELD": ("static", "population"),
        "ROLE_FIELD": ("static", "role"), "G_MODE": ("static", 1)}, output="compensation")
    model.setHelpContent({
        "ALG_DESC": "Runs the whole compensation chain on one layer with the Hubei 2017 [HB] settings: ESV by "
                    "Xie 2008 equivalent factors with Ea per unit from crop fields, footprint with the Hubei "
                    "preset, priority by main functional area, and the compensation amount (non-market ESV × "
                    "R × G × eoi). The output holds every intermediate field. Field names are those of the "
                    "sample statistics table; edit the model to use yours.",
    })
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    if not model.toFile(TARGET):
        raise SystemExit("could not write " + TARGET)
    print("wrote", TARGET)
    app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())

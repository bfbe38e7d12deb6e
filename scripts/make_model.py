"""Write the shipped graphical model algorithms/models/compensation_chain.model3.

Run with QGIS's Python:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_model.py

The model joins the statistics table (ecocomp:jointable), then chains
ecocomp:esv → ecocomp:footprint → ecocomp:priority → ecocomp:payment with the
Hubei 2017 [HB] settings. Every field is a model input chosen from the
statistics table (defaults: the sample's columns); every step's result is a
named output. The script refuses to write a model that does not validate.
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
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "algorithms", "models", "compensation_chain.model3")
SAMPLE_CROPS = ["rice", "rice_area_ha", "rice_yield_kg_ha", "2.72", "wheat", "wheat_area_ha", "wheat_yield_kg_ha",
                "2.36", "maize", "maize_area_ha", "maize_yield_kg_ha", "1.76"]


def source(kind, value):
    if kind == "input":
        return [QgsProcessingModelChildParameterSource.fromModelParameter(value)]
    if kind == "child":
        return [QgsProcessingModelChildParameterSource.fromChildOutput(value, "OUTPUT")]
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child(model, child_id, algorithm, description, x, sources, output, output_description):
    """A step; every mandatory parameter not given gets its default (the model validates clean), and its result
    is a named model output."""
    from qgis.core import QgsApplication

    step = QgsProcessingModelChildAlgorithm(algorithm)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, 240))
    definition = QgsApplication.processingRegistry().algorithmById(algorithm)
    for parameter in definition.parameterDefinitions():
        name = parameter.name()
        if name == "INVALID_GEOMETRY" and name not in sources:
            sources[name] = ("input", "invalid_geometry")  # one rule for every step of the chain
        if name in sources or parameter.isDestination():
            continue
        if not (parameter.flags() & parameter.FlagOptional) and parameter.defaultValue() is not None:
            sources[name] = ("static", parameter.defaultValue())
    for name, (kind, value) in sources.items():
        step.addParameterSources(name, source(kind, value))
    out = QgsProcessingModelOutput(output)
    out.setChildOutputName("OUTPUT")
    out.setDescription(output_description)
    out.setMandatory(output == "compensation")  # the intermediate results are optional outputs
    if output != "compensation":
        out.setDefaultValue("TEMPORARY_OUTPUT")
    out.setPosition(QPointF(x + 40, 340))
    step.setModelOutputs({output: out})
    model.addChildAlgorithm(step)


def add_input(model, parameter, x, y=60):
    model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    model.parameterComponent(parameter.name()).setPosition(QPointF(x, y))


# model input, description, default (the sample's column), step parameters it feeds
FIELDS = [
    ("area_field", "Cultivated land area S (field of the table, ha)", "cultivated_ha"),
    ("population_field", "Population N (field of the table, persons)", "population"),
    ("gdp_field", "GDP (field of the table, CNY)", "gdp_cny"),
    ("type_field", "Main functional area type (field of the table)", "mfa_type"),
    ("engel_urban_field", "Urban Engel coefficient (field of the table, fraction)", "engel_urban"),
    ("engel_rural_field", "Rural Engel coefficient (field of the table, fraction)", "engel_rural"),
    ("urbanisation_field", "Urbanisation rate θ (field of the table, fraction)", "urbanisation"),
]


def main():
    import tempfile

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    # The checkout under its plugin name: its modules import each other relatively, as the package ecocomp.
    plugins = tempfile.mkdtemp(prefix="ecocomp-model-")
    os.symlink(ROOT, os.path.join(plugins, "ecocomp"))
    sys.path.insert(0, plugins)
    from ecocomp.algorithms.provider import EcoCompProvider

    provider = EcoCompProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    model = QgsProcessingModelAlgorithm("Compensation chain: ESV → footprint → priority → payment",
                                        "Models", "models")
    add_input(model, QgsProcessingParameterFeatureSource(
        "units", "Units (polygons)", [QgsProcessing.SourceType.TypeVectorPolygon]), 100)
    add_input(model, QgsProcessingParameterFeatureSource(
        "statistics", "Statistics table (CSV/XLSX)", [QgsProcessing.SourceType.TypeVector]), 300)
    add_input(model, QgsProcessingParameterField(
        "units_key", "Join field of the polygons", "adcode", parentLayerParameterName="units"), 500)
    add_input(model, QgsProcessingParameterField(
        "table_key", "Join field of the table", "adcode", parentLayerParameterName="statistics"), 700)
    for i, (name, description, default) in enumerate(FIELDS):
        add_input(model, QgsProcessingParameterField(name, description, default,
                                                     parentLayerParameterName="statistics"), 100 + 200 * i, 140)
    add_input(model, QgsProcessingParameterMatrix(
        "crop_fields", "Crop fields per unit (ha, kg/ha, CNY/kg)",
        headers=["Crop", "Sown-area field (ha)", "Yield field (kg/ha)", "Price (CNY/kg)"],
        defaultValue=SAMPLE_CROPS), 1500, 140)
    # [HB] eq. 9: G against China's per-capita GDP of the study year, an input of the model (59,660 CNY/person is
    # 2017's); the year of the statistics lets ecocomp:payment stop the 2017 value used with another year's table.
    add_input(model, QgsProcessingParameterNumber(
        "g_reference", "National per-capita GDP of the study year (CNY/person; 59,660 = China 2017)",
        QgsProcessingParameterNumber.Double, 59660.0, minValue=0.0), 1700, 140)
    add_input(model, QgsProcessingParameterNumber(
        "study_year", "Year of the statistics (empty: a field year / 年份 of the table)",
        QgsProcessingParameterNumber.Integer, None, True, 1949, 2100), 1900, 140)

    # EcoComp's invalid-geometry rule for the whole chain (each step's INVALID_GEOMETRY), as in the algorithms
    from ecocomp.algorithms.unit_inputs import GEOMETRY_RULE, GEOMETRY_RULES

    rule = QgsProcessingParameterEnum("invalid_geometry", GEOMETRY_RULE, list(GEOMETRY_RULES), defaultValue=0)
    rule.setFlags(rule.flags() | rule.FlagAdvanced)
    add_input(model, rule, 2100, 140)

    child(model, "join", "ecocomp:jointable", "Join the statistics table", 100, {
        "INPUT": ("input", "units"), "STATS_TABLE": ("input", "statistics"), "INPUT_KEY": ("input", "units_key"),
        "STATS_KEY": ("input", "table_key")}, "joined", "Units with the statistics")
    child(model, "esv", "ecocomp:esv", "ESV (Xie 2008, Ea per unit)", 350, {
        "INPUT": ("child", "join"), "AREA_FIELD": ("input", "area_field"), "EA_MODE": ("static", 2),
        "CROP_FIELDS": ("input", "crop_fields"), "FACTOR_PRESET": ("static", 0), "PER_SERVICE": ("static", False),
        "STUDY_YEAR": ("input", "study_year")},
        "esv", "Ecosystem service value (CNY)")
    child(model, "footprint", "ecocomp:footprint", "Footprint and capacity (Hubei 2017)", 600, {
        "INPUT": ("child", "esv"), "POPULATION_FIELD": ("input", "population_field"),
        "AREA_FIELD": ("input", "area_field"), "PRESET": ("static", 0), "SIGN": ("static", 0),
        "STUDY_YEAR": ("input", "study_year")},
        "footprint", "Ecological footprint, capacity and overload index")
    child(model, "priority", "ecocomp:priority", "Priority by main functional area", 850, {
        "INPUT": ("child", "footprint"), "TYPE_FIELD": ("input", "type_field"),
        "ESV_FIELD": ("static", "esv_nonmarket"), "GDP_FIELD": ("input", "gdp_field"),
        "METHOD": ("static", 0), "CLASSES": ("static", 5)}, "priority", "Compensation priority (roles, ranks, levels)")
    child(model, "payment", "ecocomp:payment", "Compensation amount (Hubei 2017)", 1100, {
        "INPUT": ("child", "priority"), "PRESET": ("static", 0), "EOI_FIELD": ("static", "eoi"),
        "ESV_NONMARKET_FIELD": ("static", "esv_nonmarket"), "ENGEL_URBAN_FIELD": ("input", "engel_urban_field"),
        "ENGEL_RURAL_FIELD": ("input", "engel_rural_field"), "URBANISATION_FIELD": ("input", "urbanisation_field"),
        "GDP_FIELD": ("input", "gdp_field"), "POPULATION_FIELD": ("input", "population_field"),
        "ROLE_FIELD": ("static", "role"), "G_MODE": ("static", 2), "G_REFERENCE": ("input", "g_reference"),
        "STUDY_YEAR": ("input", "study_year")}, "compensation",
        "Compensation amount (CNY): < 0 pays, > 0 receives")
    # The dialog lists the inputs in the order of the work: units, table, keys, fields, then the settings (a model
    # file keeps its inputs sorted by name otherwise).
    model.setParameterOrder(["units", "statistics", "units_key", "table_key"] + [name for name, _, _ in FIELDS]
                            + ["crop_fields", "study_year", "g_reference"])
    model.setHelpContent({
        "ALG_DESC": "Runs the whole compensation chain with the Hubei 2017 [HB] settings: the statistics table "
                    "joined to the units, ESV by Xie 2008 equivalent factors with Ea per unit from crop fields, "
                    "footprint with the Hubei preset, priority by main functional area, and the compensation amount "
                    "(non-market ESV × R × G × eoi). Every field is chosen from the statistics table (defaults: the "
                    "sample's columns); units are read from the headers. Each step's result is an output.",
    })
    ok, issues = model.validate()
    if not ok:
        raise SystemExit("the model does not validate: " + "; ".join(issues))
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    if not model.toFile(TARGET):
        raise SystemExit("could not write " + TARGET)
    print("wrote", TARGET)
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())

"""The shipped graphical model, listed as ecocomp:compensationchain under EcoComp › Models."""

import os

from qgis.core import QgsProcessingModelAlgorithm

from ..translation import N_
from .algorithm import GROUPS, EcoCompAlgorithm, editor_metadata, fill_defaults, tr
from .unit_inputs import GEOMETRY_RULE, GEOMETRY_RULES

MODEL_PATH = os.path.join(os.path.dirname(__file__), "models", "compensation_chain.model3")

# The model file's texts as scripts/make_model.py writes them (English), translated when QGIS shows them:
# tests/test_translation.py checks that every input, output and the help of the model is listed here.
TEXTS = (
    N_("Units (polygons)"), N_("Statistics table (CSV/XLSX)"), N_("Join field of the polygons"),
    N_("Join field of the table"), N_("Cultivated land area S (field of the table, ha)"),
    N_("Population N (field of the table, persons)"), N_("GDP (field of the table, CNY)"),
    N_("Main functional area type (field of the table)"), N_("Urban Engel coefficient (field of the table, fraction)"),
    N_("Rural Engel coefficient (field of the table, fraction)"),
    N_("Urbanisation rate θ (field of the table, fraction)"), N_("Crop fields per unit (ha, kg/ha, CNY/kg)"),
    N_("National per-capita GDP of the study year (CNY/person; 59,660 = China 2017)"),
    N_("Year of the statistics (empty: a field year / 年份 of the table)"), N_("Units with the statistics"),
    N_("Ecosystem service value (CNY)"), N_("Ecological footprint, capacity and overload index"),
    N_("Compensation priority (roles, ranks, levels)"), N_("Compensation amount (CNY): < 0 pays, > 0 receives"),
    N_("Crop"), N_("Sown-area field (ha)"), N_("Yield field (kg/ha)"), N_("Price (CNY/kg)"),
    GEOMETRY_RULE, *GEOMETRY_RULES,
    N_("Runs the whole compensation chain with the Hubei 2017 [HB] settings: the statistics table joined to the "
       "units, ESV by Xie 2008 equivalent factors with Ea per unit from crop fields, footprint with the Hubei preset, "
       "priority by main functional area, and the compensation amount (non-market ESV × R × G × eoi). Every field is "
       "chosen from the statistics table (defaults: the sample's columns); units are read from the headers. Each "
       "step's result is an output."),
)


class CompensationChainModel(QgsProcessingModelAlgorithm):
    """algorithms/models/compensation_chain.model3 with a stable id.

    A model's name is its display text; this wrapper gives it an id fit for
    scripts and qgis_process while the file stays editable in the Graphical
    Modeler (Processing › Graphical Modeler › Open Model).
    """

    def __init__(self):
        super().__init__()
        if not self.fromFile(MODEL_PATH):
            raise RuntimeError("Cannot read the EcoComp model " + MODEL_PATH)
        self.translate()

    def translate(self):
        """The inputs' and outputs' descriptions (and a table's headers) in QGIS's language."""
        for child_id in self.childAlgorithms():
            child = self.childAlgorithm(child_id)
            outputs = child.modelOutputs()
            for output in outputs.values():
                output.setDescription(tr(output.description()))
            child.setModelOutputs(outputs)
        if all(self.childAlgorithm(child_id).algorithm() is not None for child_id in self.childAlgorithms()):
            self.updateDestinationParameters()  # only with every step's algorithm found (see attach)
        for definition in self.parameterDefinitions():
            definition.setDescription(tr(definition.description()))
            if definition.type() == "enum":
                definition.setOptions([tr(option) for option in definition.options()])
            if definition.type() == "matrix":
                definition.setHeaders([tr(header) for header in definition.headers()])
                # the crop fields in EcoComp's table editor, as in ecocomp:esv's own dialog
                definition.setMetadata(dict(definition.metadata(), **editor_metadata("cropfields")))

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr(self.helpContent().get("ALG_DESC", ""))

    def name(self):
        return "compensationchain"

    def displayName(self):
        return tr("Compensation chain: ESV → footprint → priority → payment (Hubei 2017 settings)")

    def group(self):
        return tr(GROUPS["models"])

    def groupId(self):
        return "models"

    def createInstance(self):
        return CompensationChainModel()

    # The same fitted dialog as every EcoComp algorithm (ui/dialog_fit.py).
    createCustomParametersWidget = EcoCompAlgorithm.createCustomParametersWidget  # noqa: N815 (QGIS API)

    def attach(self):
        """Find the steps' algorithms again: the provider reads the model before its own algorithms are
        registered, so its steps may not have found them yet."""
        for child_id in self.childAlgorithms():
            self.childAlgorithm(child_id).reattach()
        self.translate()

    def validate(self):
        self.attach()
        return super().validate()

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        return super().checkParameterValues(fill_defaults(self, parameters), context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # The model's own run reads its inputs from the parameters; give it the defaults too.
        return super().processAlgorithm(fill_defaults(self, parameters), context, feedback)

"""The shipped graphical model, listed as ecocomp:compensationchain under EcoComp › Models."""

import os

from qgis.core import QgsProcessingModelAlgorithm

from .algorithm import EcoCompAlgorithm, fill_defaults, tr

MODEL_PATH = os.path.join(os.path.dirname(__file__), "models", "compensation_chain.model3")


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

    def name(self):
        return "compensationchain"

    def displayName(self):
        return tr("Compensation chain: ESV → footprint → priority → payment (Hubei 2017 settings)")

    def group(self):
        return tr("Models")

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
        self.updateDestinationParameters()

    def validate(self):
        self.attach()
        return super().validate()

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        return super().checkParameterValues(fill_defaults(self, parameters), context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # The model's own run reads its inputs from the parameters; give it the defaults too.
        return super().processAlgorithm(fill_defaults(self, parameters), context, feedback)

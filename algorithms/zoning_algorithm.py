"""ecocomp:dualzoning — food-security × ecological-security compensation zoning [FJ]
(docs/methods.md, “Dual food-security / ecological-security zoning”)."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ..ecocomp_science.methods import zoning as method
from .algorithm import MethodAlgorithm
from .method_adapter import MethodAdapter
from . import qgis_enums as enums


class DualZoningAlgorithm(MethodAdapter, MethodAlgorithm):
    METHOD = method.METHOD
    METHODS_SECTION = METHOD.section
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def name(self):
        return "dualzoning"

    def displayName(self):
        return self.tr("Dual food-security and ecological-security compensation zoning")

    def shortHelpString(self):
        return self.tr(
            "<p>Zoning of cultivated-land protection compensation from the food-security and the "
            "ecological-security balance of each unit [FJ].</p>"
            "<p>Food security: <b>d1 = α · c / (Y / S1)</b> (ha/person), <b>s1 = S1 / N</b>, "
            "<b>l1 = s1 − d1</b>, L1 = N · l1 (ha). α: food self-sufficiency rate (default 0.95); c: per-capita "
            "grain consumption (default 400 kg/person); Y: grain output (kg); S1: cultivated area (ha); "
            "N: population.</p>"
            "<p>Ecological security: <b>d2 = ef</b>, <b>s2 = ec</b> (gha/person) from ecocomp:footprint, or "
            "computed here with the [FJ] settings (r = 1, y per unit, consumption = production ÷ population, "
            "p_i = regional average); <b>l2 = s2 − d2</b>, L2 = N · l2 (gha).</p>"
            "<p>Score: <b>Q = w1 · z(l1) + w2 · z(l2)</b>, z-scores over all units (sample σ by default); "
            "w1 + w2 = 1, typed or from an AHP pairwise matrix (Saaty's scale 1–9; rows and columns: food security, "
            "ecological security; consistency ratio CR reported; CR > 0.1 refused unless overridden).</p>"
            "<p>Zones: Q > Δ → receiving zone (受偿区, 1); Q < −Δ → paying zone (支付区, −1); otherwise balance "
            "zone (平衡区, 0). Δ typed ([FJ] used 0.2296 for Fujian's 9 cities: 3 receiving, 2 paying, 4 balance) "
            "or automatic Δ = κ · σ(Q), labelled.</p>"
            "<p>Outputs: d1, s1, l1, l1_total (L1), d2, s2, l2, l2_total (L2), z1, z2, q_score, zone, zone_label, "
            "zone_label_zh; and a summary table with the number of units and the totals per zone.</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_units()
        self.declare()
        self.add_output(self.tr("Compensation zones"))
        for name, description in (("DELTA", self.tr("Δ used: half-width of the balance zone of Q")),
                                  ("W1", self.tr("Weight w1 used (food security)")),
                                  ("W2", self.tr("Weight w2 used (ecological security)")),
                                  ("AHP_LAMBDA_MAX", self.tr("AHP λmax (AHP weights only)")),
                                  ("AHP_CR", self.tr("AHP consistency ratio CR (AHP weights only)")),
                                  ("RECEIVING", self.tr("Number of receiving units")),
                                  ("BALANCE", self.tr("Number of balance units")),
                                  ("PAYING", self.tr("Number of paying units"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Zone summary (units and totals per zone)"),
            type=enums.SOURCE_VECTOR, optional=True, createByDefault=True))

    def compute(self, parameters, context, feedback):
        source, frame = self.read_frame(parameters, context, feedback)
        outcome = self.run_method(parameters, context, feedback, frame)
        outputs = self.write_outcome(parameters, context, feedback, source, frame, outcome,
                                     self.tr("Compensation zones"))
        columns = (("zone", enums.FIELD_INT), ("zone_label", enums.FIELD_STRING), ("zone_label_zh", enums.FIELD_STRING),
                   ("units", enums.FIELD_INT), ("population", enums.FIELD_DOUBLE), ("cultivated_ha", enums.FIELD_DOUBLE),
                   ("l1_total", enums.FIELD_DOUBLE), ("l2_total", enums.FIELD_DOUBLE))
        summary_id = self.write_table(self.OUTPUT_SUMMARY, columns,
                                      [[row[name] for name, _ in columns] for row in outcome.tables["summary"]])
        if summary_id is not None:
            outputs[self.OUTPUT_SUMMARY] = summary_id
        return outputs

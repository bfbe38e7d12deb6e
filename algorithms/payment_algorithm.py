"""ecocomp:payment — compensation amount (docs/methods.md, “Compensation amount”) [HB, XZ]."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
)

from ..ecocomp_science.methods import payment as method
from .algorithm import MethodAlgorithm
from .method_adapter import MethodAdapter, method_log
from . import qgis_enums as enums


class PaymentAlgorithm(MethodAdapter, MethodAlgorithm):
    METHOD = method.METHOD
    METHODS_SECTION = METHOD.section
    STUDY_YEAR = METHOD.option("study_year").parameter
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def name(self):
        return "payment"

    def displayName(self):
        return self.tr("Ecological compensation amount")

    def shortHelpString(self):
        return self.tr(
            "<p>Compensation amount of each unit [HB eq. 6, XZ]: <b>P = ESV<sub>part</sub> · R · G · eoi</b> "
            "(CNY). Positive = the unit receives compensation; negative = it pays.</p>"
            "<p><b>R = 1 / (1 + e<sup>−t</sup>)</b>, development-stage coefficient (Pearl curve), with "
            "<b>t = En</b> [HB eq. 7–8, XZ eq. 8] and <b>En = Eu · θ + Er · (1 − θ)</b> from the urban (Eu) and "
            "rural (Er) Engel coefficients and the urbanisation rate θ, all fractions 0–1. Percent input is "
            "detected and refused, or converted with a warning. The form t = 1/En − 3 (not from the papers) is an "
            "option, labelled. R can also be read from a field when a study publishes it "
            "([XZ]: R = 0.5768 for its core districts ⇔ t = 0.3097).</p>"
            "<p><b>G = GDPpc / GDPpc<sub>ref</sub></b>, affordability coefficient: [HB] eq. 9 divides by the "
            "<b>national</b> per-capita GDP of the study year — typed, pre-filled with 59,660 CNY/person for 2017 "
            "(National Bureau of Statistics of China, Statistical Communiqué on the 2017 National Economic and "
            "Social Development, 28 February 2018). The study region's own average (Σ GDP / Σ population) or a "
            "field are options, not [HB]; G can be switched off ([XZ]).</p>"
            "<p>eoi: overload index (EC − EF)/EC from ecocomp:footprint. ESV part: non-market ([HB], default) or "
            "total ([XZ]).</p>"
            "<p>Presets: Hubei 2017 [HB] non-market ESV × R × G × eoi; Xuzhou 2015 [XZ] total ESV × R × eoi "
            "(no G; use the Xie 2003 factors, F = 6.91, in ecocomp:esv).</p>"
            "<p>Outputs: R, G, payment (CNY) and role_conflict (1 where the role from ecocomp:priority "
            "disagrees with the sign of the payment). The log reports the total received, the total paid "
            "and the net.</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_units()
        self.declare()
        self.add_money_unit()
        self.add_output(self.tr("Compensation amount"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Summary per role (units, amount, Spearman ρ)"),
            type=enums.SOURCE_VECTOR, optional=True, createByDefault=False))
        for role, name in (("RECEIVERS", self.tr("receivers")), ("PAYERS", self.tr("payers"))):
            for stat, description in (("RHO", self.tr("Spearman ρ of priority rank and amount rank, {}")),
                                      ("P", self.tr("p-value of that ρ, {}")), ("N", self.tr("n of that ρ, {}"))):
                self.addOutput(QgsProcessingOutputNumber("SPEARMAN_{}_{}".format(role, stat), description.format(name)))
        for name, description in (("TOTAL_RECEIVED", self.tr("Total received by the receiving units (CNY)")),
                                  ("TOTAL_PAID", self.tr("Total paid by the paying units (CNY)")),
                                  ("TOTAL_NET", self.tr("Net: received − paid (CNY)"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def check_reference(self, parameters, context, frame, reference, feedback):
        """G's national reference against the year of the statistics (the STUDY_YEAR parameter, else a year field of
        the table), as ecocomp:payment checks it; used by ecocomp:uncertainty. Returns the year, or None."""
        year = None
        if parameters.get(PaymentAlgorithm.STUDY_YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, PaymentAlgorithm.STUDY_YEAR, context)
        return method.reference_year(frame, year, reference, method_log(feedback))

    def compute(self, parameters, context, feedback):
        source, frame = self.read_frame(parameters, context, feedback)
        outcome = self.run_method(parameters, context, feedback, frame)
        outputs = self.write_outcome(parameters, context, feedback, source, frame, outcome,
                                     self.tr("Compensation amount"))
        summary_id = self.write_table(self.OUTPUT_SUMMARY, (
            ("role", enums.FIELD_STRING), ("units", enums.FIELD_INT), ("amount_cny", enums.FIELD_DOUBLE),
            ("spearman_rho", enums.FIELD_DOUBLE), ("spearman_p", enums.FIELD_DOUBLE), ("spearman_n", enums.FIELD_INT)),
            [[row["role"], row["units"], row["amount"], row["spearman_rho"], row["spearman_p"], row["spearman_n"]]
             for row in outcome.tables["summary"]])
        if summary_id is not None:
            outputs[self.OUTPUT_SUMMARY] = summary_id
        return outputs

"""ecocomp:priority — compensation priority by main functional area [HB]
(docs/methods.md, “Compensation priority by main functional area”)."""

from ..ecocomp_science.methods import priority as method
from .algorithm import MethodAlgorithm
from .method_adapter import MethodAdapter


class PriorityAlgorithm(MethodAdapter, MethodAlgorithm):
    METHOD = method.METHOD  # the definition; its parameter "METHOD" (levels by) is declared from it
    METHODS_SECTION = METHOD.section

    def name(self):
        return "priority"

    def displayName(self):
        return self.tr("Compensation priority by main functional area")

    def shortHelpString(self):
        return self.tr(
            "<p>Who is compensated first and who pays first, by main functional area (主体功能区) [HB].</p>"
            "<p>Role from the type: key development zones (重点开发区) and optimised development zones "
            "(优化开发区) pay; main agricultural production areas (农产品主产区), key ecological function areas "
            "(重点生态功能区) and prohibited development areas (禁止开发区) receive. [HB] has the key development "
            "zones, main agricultural production areas and key ecological function areas; the optimised and "
            "prohibited development types are EcoComp's additions from the national main-functional-area plan "
            "(2010). The mapping is editable "
            "(role: payer / receiver, or 支付 / 受偿; empty = this default mapping); English and Chinese type "
            "names are both recognised, and unknown types are listed.</p>"
            "<p>Priority index <b>IND = ESV<sub>non-market</sub> / GDP</b> (CNY per CNY; the ratio of "
            "non-market ESV per unit area to GDP per unit area, the area cancels).</p>"
            "<p>Receivers: larger IND → compensated earlier (rank 1 = highest IND). Payers: lower ESV and "
            "higher GDP → pays earlier (rank 1 = lowest IND). Ranks and levels are within each main-functional-area "
            "type, as [HB] does (its Figs 5–7: each type in five levels); pooling all types of a role is an "
            "option, not [HB]; "
            "levels 1…k by natural breaks (exact Fisher–Jenks), quantiles or equal intervals, level 1 = first "
            "in order.</p>"
            "<p>Outputs: role (payer / receiver), ind, rank, level.</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_units()
        self.declare()
        self.add_output(self.tr("Compensation priority"))

    def compute(self, parameters, context, feedback):
        source, frame = self.read_frame(parameters, context, feedback)
        outcome = self.run_method(parameters, context, feedback, frame)
        return self.write_outcome(parameters, context, feedback, source, frame, outcome,
                                  self.tr("Compensation priority"))

"""ecocomp:footprint — cultivated-land ecological footprint and carrying capacity [XZ, HB, FJ]
(docs/methods.md, “Ecological footprint and carrying capacity”)."""

from qgis.core import QgsProcessingOutputNumber

from ..ecocomp_science.methods import footprint as method
from .algorithm import MethodAlgorithm
from .method_adapter import MethodAdapter


class FootprintAlgorithm(MethodAdapter, MethodAlgorithm):
    METHOD = method.METHOD
    METHODS_SECTION = METHOD.section

    def name(self):
        return "footprint"

    def displayName(self):
        return self.tr("Ecological footprint and carrying capacity of cultivated land")

    def shortHelpString(self):
        return self.tr(
            "<p>Cultivated-land ecological footprint and carrying capacity per unit [XZ, HB, FJ].</p>"
            "<p><b>ef = r · Σ c<sub>i</sub> / p<sub>i</sub></b> (gha/person), <b>EF = N · ef</b>; "
            "<b>ec = a · r · y · (1 − k)</b> with a = S / N (ha/person), <b>EC = N · ec</b> (gha). "
            "c<sub>i</sub>: per-capita consumption of commodity i (kg/person); p<sub>i</sub>: its average "
            "productivity (kg/ha); r: equivalence factor of cropland; y: yield factor; k: biodiversity "
            "deduction, applied to the capacity only (0.12 WCED, 0.035 [HB], 0 allowed).</p>"
            "<p>Balance <b>eb = EC − EF</b> (gha) and overload index <b>eoi = (EC − EF) / EC</b> "
            "([XZ] eq. 7): positive = surplus = the unit receives compensation. [HB] prints "
            "(EF − EC) / EC; it is offered as an option, labelled, and written to its own field eoi_hb "
            "(surplus < 0), which ecocomp:payment reads negated. A unit with no capacity (EC = 0) has no "
            "overload index: it is refused, or reported apart (not [HB], which merged such counties with a "
            "neighbour).</p>"
            "<p>Consumption: one commodity table for all units, or per unit as production ÷ population "
            "[FJ]. Yield factor: a constant, a field, or per unit y = (Σ P<sub>i</sub>/p<sub>i</sub>) / "
            "Σ m<sub>i</sub> — EcoComp's formulation: [FJ] computes y per unit but prints no formula.</p>"
            "<p>Presets: Hubei 2017 [HB] r 2.52, y 1.28, k 0.035, six commodities (ef = 0.16170 gha/person); "
            "Xuzhou 2015 [XZ] r 2.17, y 1.66, k 0 with your commodity table; Fujian 2017 [FJ] r 1, y per unit, "
            "k 0, consumption and productivity from the production table. 'Custom' uses the values below.</p>"
            "<p>Output fields: ef, ec (gha/person), ef_total (EF), ec_total (EC), eb (gha), eoi, y and k "
            "(the values used). Totals are named ef_total / ec_total because GeoPackage and Shapefile field "
            "names ignore case, so EF and ef cannot both exist.</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_units()
        self.declare()
        self.add_output(self.tr("Ecological footprint and capacity"))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_DEFICIT", self.tr("Sum of the deficits, EF − EC of the units "
                                                                       "in deficit (gha) [HB]")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_SURPLUS", self.tr("Sum of the surpluses (gha)")))

    def compute(self, parameters, context, feedback):
        source, frame = self.read_frame(parameters, context, feedback)
        outcome = self.run_method(parameters, context, feedback, frame)
        return self.write_outcome(parameters, context, feedback, source, frame, outcome,
                                  self.tr("Ecological footprint and capacity"))

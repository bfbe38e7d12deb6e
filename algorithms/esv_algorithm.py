"""ecocomp:esv — ecosystem service value of cultivated land (docs/methods.md, “Ecosystem service value”) [XIE, HB, XZ]."""

from qgis.core import QgsProcessingOutputNumber

from ..ecocomp_science.methods import esv as method
from .algorithm import MethodAlgorithm, matrix_rows
from .method_adapter import MethodAdapter


class EsvAlgorithm(MethodAdapter, MethodAlgorithm):
    METHOD = method.METHOD
    METHODS_SECTION = METHOD.section
    PRICE_UNIT = method.PRICE_UNIT.parameter
    CROP_FIELDS = method.CROP_FIELDS.parameter

    def name(self):
        return "esv"

    def displayName(self):
        return self.tr("Ecosystem service value of cultivated land (ESV)")

    def shortHelpString(self):
        return self.tr(
            "<p>Ecosystem service value (ESV) of each unit's cultivated land by the equivalent-factor "
            "method of Xie et al. [XIE], as used for Hubei [HB] and Xuzhou [XZ].</p>"
            "<p><b>ESV = F · Ea · S</b> (CNY), with S the cultivated-land area (ha) and F the sum of "
            "equivalent factors: total, market (food, raw material) or non-market (regulating, "
            "supporting, cultural services).</p>"
            "<p><b>Ea = (1/7) · Σ m<sub>i</sub>·q<sub>i</sub>·v<sub>i</sub> / Σ m<sub>i</sub></b> (CNY/ha): "
            "value of one equivalent factor, from the sown area m (ha), yield q (kg/ha) and national "
            "average price v (CNY/kg) of the main food crops; 1/7 is the natural share of the value of "
            "food production. Ea is typed in, computed once from a crop table for the whole study "
            "region, or computed per unit from crop fields.</p>"
            "<p>Factor presets: Xie 2008 (F = 7.90; market 1.39; non-market 6.51) [HB]; "
            "Xie 2003 (F = 6.91; market 1.10; non-market 5.81) [XZ]; or your own table "
            "(service, market / non-market, factor).</p>"
            "<p>Output: the input features with <i>ea</i> (CNY/ha), <i>esv_total</i>, <i>esv_market</i>, "
            "<i>esv_nonmarket</i> (CNY) and, optionally, one <i>esv_&lt;service&gt;</i> field per service. "
            "A statistics table (CSV/XLSX layer) can be joined to the polygons by a key field; every "
            "polygon must find its row.</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_units()
        self.declare()
        self.add_money_unit()
        self.add_output(self.tr("Ecosystem service value"))
        self.addOutput(QgsProcessingOutputNumber("EA", self.tr("Ea, value of one equivalent factor (CNY/ha; per unit: "
                                                            "the area-weighted mean)")))
        self.addOutput(QgsProcessingOutputNumber("ESV_TOTAL", self.tr("ESV of all units (CNY)")))

    @staticmethod
    def add_price_unit(algorithm):
        """The unit of the typed crop prices (also added by ecocomp:uncertainty, which reads the same crop fields)."""
        MethodAdapter.declare_option(algorithm, method.PRICE_UNIT)

    def crop_fields(self, parameters, context, frame):
        """Sown areas m (units × crops, ha), yields q (units × crops, kg/ha) and prices v (CNY/kg) of the crop fields
        table (also read by ecocomp:uncertainty)."""
        rows = matrix_rows(self.parameterAsMatrix(parameters, method.CROP_FIELDS.parameter, context),
                           method.CROP_FIELDS.width)
        unit = method.PRICE_UNIT.choice_keys[self.parameterAsEnum(parameters, method.PRICE_UNIT.parameter, context)]
        return method.crop_fields(frame, rows, unit, frame.check_plausibility)

    def compute(self, parameters, context, feedback):
        source, frame = self.read_frame(parameters, context, feedback)
        outcome = self.run_method(parameters, context, feedback, frame)
        return self.write_outcome(parameters, context, feedback, source, frame, outcome,
                                  self.tr("Ecosystem service value"))

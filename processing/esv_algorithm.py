"""ecocomp:esv — ecosystem service value of cultivated land (docs/methods.md, “Ecosystem service value”) [XIE, HB, XZ]."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..ecocomp_plugin import factors
from ..translation import N_, tr
from .algorithm import editor_metadata, with_metadata, MethodAlgorithm, matrix_rows
from . import qgis_enums as enums


class EsvAlgorithm(MethodAlgorithm):
    METHODS_SECTION = N_("Ecosystem service value")
    AREA_FIELD = "AREA_FIELD"
    EA_MODE = "EA_MODE"
    EA_VALUE = "EA_VALUE"
    PRICE_UNIT = "PRICE_UNIT"
    CROP_TABLE = "CROP_TABLE"
    CROP_FIELDS = "CROP_FIELDS"
    FACTOR_PRESET = "FACTOR_PRESET"
    FACTOR_TABLE = "FACTOR_TABLE"
    PER_SERVICE = "PER_SERVICE"

    EA_TYPED, EA_CROP_TABLE, EA_CROP_FIELDS = range(3)
    PRESET_2008, PRESET_2003, PRESET_CUSTOM = range(3)

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
        self.add_field(self.AREA_FIELD, self.tr("Cultivated land area S (field, ha)"), "cultivated_ha", role="area")
        self.addParameter(
            QgsProcessingParameterEnum(
                self.EA_MODE, self.tr("How to get Ea, the value of one equivalent factor"),
                options=[
                    self.tr("Typed value (CNY/ha)"),
                    self.tr("Crop table: one Ea for the study region"),
                    self.tr("Per unit, from crop fields"),
                ],
                defaultValue=self.EA_CROP_TABLE,
            )
        )
        self.addParameter(with_metadata(
            QgsProcessingParameterNumber(
                self.EA_VALUE, self.tr("Ea, typed value (CNY/ha)"),
                type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.0, optional=True,
            ), {"widget_wrapper": {"decimals": 2}}))
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
                self.CROP_TABLE, self.tr("Crop table (ha, kg/ha, price in the unit below)"),
                headers=[self.tr("Crop"), self.tr("Sown area (ha)"), self.tr("Yield (kg/ha)"), self.tr("Price (unit below)")],
                optional=True,
            ),
            editor_metadata("crops")))
        self.addParameter(with_metadata(
            QgsProcessingParameterMatrix(
                self.CROP_FIELDS,
                self.tr("Crop fields per unit (ha, kg/ha, price in the unit below)"),
                headers=[self.tr("Crop"), self.tr("Sown-area field (ha)"), self.tr("Yield field (kg/ha)"),
                         self.tr("Price (unit below)")],
                optional=True,
            ), editor_metadata("cropfields")))
        self.add_price_unit(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FACTOR_PRESET, self.tr("Equivalent-factor table"),
                options=[
                    self.tr("Xie 2008 cropland, F 7.90 = 1.39 + 6.51 [HB]"),
                    self.tr("Xie 2003 farmland, F 6.91 = 1.10 + 5.81 [XZ]"),
                    self.tr("Custom table (below)"),
                ],
                defaultValue=self.PRESET_2008,
            )
        )
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
                self.FACTOR_TABLE,
                self.tr("Custom equivalent factors"),
                headers=[self.tr("Service"), self.tr("Part"), self.tr("Factor")],
                defaultValue=[cell for row in factors.table_rows(factors.xie_table("2008")) for cell in row],
                optional=True,
            ),
            editor_metadata("factors")))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PER_SERVICE, self.tr("Add one ESV field per service (CNY)"), defaultValue=False
            )
        )
        self.add_money_unit()
        self.add_output(self.tr("Ecosystem service value"))
        self.addOutput(QgsProcessingOutputNumber("EA", self.tr("Ea, value of one equivalent factor (CNY/ha; per unit: "
                                                            "the area-weighted mean)")))
        self.addOutput(QgsProcessingOutputNumber("ESV_TOTAL", self.tr("ESV of all units (CNY)")))

    def factor_table(self, parameters, context):
        preset = self.parameterAsEnum(parameters, self.FACTOR_PRESET, context)
        if preset == self.PRESET_2008:
            return factors.xie_table("2008")
        if preset == self.PRESET_2003:
            return factors.xie_table("2003")
        rows = matrix_rows(self.parameterAsMatrix(parameters, self.FACTOR_TABLE, context), 3)
        return factors.table_from_rows(rows)

    @staticmethod
    def add_price_unit(algorithm):
        """The unit of the typed crop prices (also added by ecocomp:uncertainty, which reads the same crop fields)."""
        from ..ecocomp_plugin import units

        algorithm.addParameter(QgsProcessingParameterEnum(
            EsvAlgorithm.PRICE_UNIT, algorithm.tr("Unit of the crop prices (crop table and crop fields)"),
            options=[unit[1] for unit in units.units_of("price")], defaultValue=0,
            optional=True))  # optional: models saved before it keep running, with CNY/kg

    def price_unit(self, parameters, context):
        from ..ecocomp_plugin import units

        return units.units_of("price")[self.parameterAsEnum(parameters, self.PRICE_UNIT, context)][0]

    def crop_fields(self, parameters, context, frame):
        """Sown areas m (units × crops, ha), yields q (units × crops, kg/ha) and prices v (CNY/kg) of the crop fields
        table (also read by ecocomp:uncertainty)."""
        import numpy as np

        from ..ecocomp_plugin import esv
        from ..ecocomp_plugin.checks import check_quantity

        rows = matrix_rows(self.parameterAsMatrix(parameters, self.CROP_FIELDS, context), 4)
        if not rows:
            raise QgsProcessingException(
                tr("Ea per unit needs the crop fields table: one row per crop with its sown-area field (ha), "
                "yield field (kg/ha) and price (CNY/kg).")
            )
        areas, yields, crops = [], [], []
        for crop, area_field, yield_field, _ in rows:
            crop = str(crop).strip() or area_field
            areas.append(check_quantity(
                frame.numeric(area_field, tr("sown area of {}, ha").format(crop), role="sown_area"),
                tr("Sown area of {} (field '{}', ha)").format(crop, area_field), frame.labels))
            yields.append(check_quantity(
                frame.numeric(yield_field, tr("yield of {}, kg/ha").format(crop), role="crop_yield"),
                tr("Yield of {} (field '{}', kg/ha)").format(crop, yield_field), frame.labels))
            crops.append(crop)
        prices = esv.typed_prices(crops, [row[3] for row in rows], EsvAlgorithm.price_unit(self, parameters, context),
                                  tr("Prices of the crop fields table"), frame.check_plausibility)
        return np.column_stack(areas), np.column_stack(yields), prices

    def equivalent_factor(self, parameters, context, frame, feedback):
        from ..ecocomp_plugin import esv
        from ..ecocomp_plugin.checks import check_positive_scalar

        mode = self.parameterAsEnum(parameters, self.EA_MODE, context)
        if mode == self.EA_TYPED:
            ea = check_positive_scalar(
                self.parameterAsDouble(parameters, self.EA_VALUE, context), "Ea, the typed value (CNY/ha),"
            )
            feedback.pushInfo(tr("Ea = {:.4f} CNY/ha (typed).").format(ea))
            return ea
        if mode == self.EA_CROP_TABLE:
            rows = matrix_rows(self.parameterAsMatrix(parameters, self.CROP_TABLE, context), 4)
            names, ea = esv.crop_table_ea(rows, self.price_unit(parameters, context), frame.check_plausibility)
            feedback.pushInfo(tr("Ea = (1/7) · Σ m·q·v / Σ m over {} = {:.4f} CNY/ha.").format(", ".join(names), ea)
            )
            return ea
        areas, yields, prices = self.crop_fields(parameters, context, frame)
        ea = esv.equivalent_factor_value(areas, yields, prices, frame.labels)
        feedback.pushInfo(tr("Ea per unit: {:.2f} to {:.2f} CNY/ha.").format(ea.min(), ea.max()))
        return ea

    def compute(self, parameters, context, feedback):
        # The science (and numpy) are imported when the algorithm runs, not when QGIS starts.
        from ..ecocomp_plugin import esv

        source, frame = self.read_frame(parameters, context, feedback)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        table = self.factor_table(parameters, context)
        ea = self.equivalent_factor(parameters, context, frame, feedback)
        area = frame.numeric(area_field, tr("cultivated land area, ha"))
        per_service = self.parameterAsBool(parameters, self.PER_SERVICE, context)
        results = esv.ecosystem_service_value(
            area, ea, table, frame.labels, per_service,
            area_name=tr("Cultivated land area S (field '{}', ha)").format(area_field),
        )
        esv.check_value_levels(ea, results["esv_total"], area, tr("Ea"), frame.check_plausibility)
        feedback.pushInfo(tr("{}: F total {:.2f}, market {:.2f}, non-market {:.2f}.").format(
                table.name, table.total, table.market_total, table.nonmarket_total)
        )
        feedback.pushInfo(tr("Total ESV of the {} units: {:,.2f} CNY.").format(len(frame), results["esv_total"].sum()))
        feedback.setProgress(60)

        values = self.in_money_unit(parameters, context,
                                    {name: (enums.FIELD_DOUBLE, values) for name, values in results.items()},
                                    [name for name in results if name.startswith("esv_")], feedback)
        dest_id = self.write_results(parameters, context, feedback, source, frame, values, "esv_total",
                                     self.tr("Ecosystem service value"))
        import numpy as np

        ea_value = float(np.sum(np.asarray(ea) * area) / area.sum()) if np.ndim(ea) and area.sum() > 0 \
            else float(np.mean(ea))
        return {self.OUTPUT: dest_id, "EA": ea_value, "ESV_TOTAL": float(results["esv_total"].sum())}

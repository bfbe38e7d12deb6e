"""ecocomp:footprint — cultivated-land ecological footprint and carrying capacity [XZ, HB, FJ]
(docs/methods.md, “Ecological footprint and carrying capacity”)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..ecocomp_plugin import presets
from ..translation import N_, tr
from .algorithm import editor_metadata, with_metadata, MethodAlgorithm, matrix_rows
from . import qgis_enums as enums

HUBEI = presets.FOOTPRINT["hubei2017"]


class FootprintParameters:
    """Parameters and computation of the footprint, shared with ecocomp:dualzoning (inline footprint [FJ])."""

    POPULATION_FIELD = "POPULATION_FIELD"
    AREA_FIELD = "AREA_FIELD"
    PRODUCTION_TABLE = "PRODUCTION_TABLE"
    COMMODITIES = "COMMODITIES"
    YIELD_FIELD = "YIELD_FIELD"

    CONSUMPTION_TABLE, CONSUMPTION_PRODUCTION = range(2)
    YIELD_CONSTANT, YIELD_FROM_FIELD, YIELD_COMPUTED = range(3)

    def add_production_table(self):
        self.addParameter(with_metadata(
            QgsProcessingParameterMatrix(
                self.PRODUCTION_TABLE,
                self.tr("Production per unit [FJ] (fields, kg/ha)"),
                headers=[self.tr("Commodity"), self.tr("Production field (kg)"), self.tr("Sown-area field (ha)"),
                         self.tr("p_i (kg/ha)")],
                optional=True,
            ), editor_metadata("production")))

    def read_production(self, parameters, context, frame):
        """Per-unit production P (kg) and sown area m (ha) matrices, p_i (kg/ha) and commodity names."""
        import numpy as np

        from ..ecocomp_plugin.checks import check_quantity
        from ..ecocomp_plugin.footprint import regional_productivity

        rows = matrix_rows(self.parameterAsMatrix(parameters, self.PRODUCTION_TABLE, context), 4)
        if not rows:
            raise QgsProcessingException(
                tr("The production table is empty: give one row per commodity with its production field (kg), "
                "sown-area field (ha) and, optionally, its productivity p_i (kg/ha)."))
        names, production, area, typed = [], [], [], []
        for name, production_field, area_field, productivity in rows:
            name = str(name).strip() or production_field
            names.append(name)
            production.append(check_quantity(
                frame.numeric(production_field, tr("production of {}, kg").format(name), role="production"),
                tr("Production of {} (field '{}', kg)").format(name, production_field), frame.labels))
            area.append(check_quantity(
                frame.numeric(area_field, tr("sown area of {}, ha").format(name), role="sown_area"),
                tr("Sown area of {} (field '{}', ha)").format(name, area_field), frame.labels))
            text = str(productivity if productivity is not None else "").strip()
            try:
                typed.append(float(text) if text else None)
            except ValueError:
                raise QgsProcessingException(
                    tr("Production table, {}: productivity p_i {!r} (kg/ha) is not a number.").format(name, text)) from None
            if typed[-1] is not None and typed[-1] <= 0:
                raise QgsProcessingException(tr("Production table, {}: productivity p_i must be > 0 kg/ha.").format(name))
        production, area = np.column_stack(production), np.column_stack(area)
        regional = regional_productivity(production, area, names)
        p = np.array([t if t is not None else r for t, r in zip(typed, regional)])
        return names, production, area, p


    def compute_footprint(self, parameters, context, frame, feedback, r, yield_mode, y_constant, consumption):
        """ef (gha/person) and y per unit for the chosen settings."""
        import numpy as np

        from ..ecocomp_plugin import footprint
        from ..ecocomp_plugin.checks import check_quantity

        production_data = None
        if consumption == self.CONSUMPTION_PRODUCTION or yield_mode == self.YIELD_COMPUTED:
            production_data = self.read_production(parameters, context, frame)
        if consumption == "hubei":
            names, c, p = footprint.commodity_table_from_rows(HUBEI["commodities"])
        elif consumption == self.CONSUMPTION_TABLE:
            names, c, p = footprint.commodity_table_from_rows(
                matrix_rows(self.parameterAsMatrix(parameters, self.COMMODITIES, context), 3))
        else:
            names, production, _, p = production_data
            population = check_quantity(frame.numeric(self.population_field, tr("population, persons")),
                                        tr("Population N (field '{}', persons)").format(self.population_field),
                                        frame.labels, allow_zero=False)
            c = footprint.consumption_from_production(production, population)
        self.commodity_values = (names, c, p)  # written per unit by the dual zoning's inline ecology [FJ]
        feedback.pushInfo(tr("Commodities: {}; p_i = {} kg/ha.").format(
            ", ".join(names), ", ".join("{:.1f}".format(v) for v in np.atleast_1d(p))))
        ef = footprint.footprint_per_capita(c, p, r)
        if yield_mode == self.YIELD_CONSTANT:
            y = y_constant
        elif yield_mode == self.YIELD_FROM_FIELD:
            field = self.required_field(parameters, self.YIELD_FIELD, context, tr("yield factor y"))
            y = check_quantity(frame.numeric(field, tr("yield factor, dimensionless")),
                               tr("Yield factor y (field '{}')").format(field), frame.labels)
        else:
            _, production, area, p_ref = production_data
            y = footprint.yield_factor(production, area, p_ref, frame.labels)
        return ef, y


class FootprintAlgorithm(FootprintParameters, MethodAlgorithm):
    METHODS_SECTION = N_("Ecological footprint and carrying capacity")
    PRESET = "PRESET"
    CONSUMPTION = "CONSUMPTION"
    R_FACTOR = "R_FACTOR"
    YIELD_MODE = "YIELD_MODE"
    YIELD_FACTOR = "YIELD_FACTOR"
    K = "K"
    SIGN = "SIGN"
    ZERO_CAPACITY = "ZERO_CAPACITY"

    PRESETS = ("hubei2017", "xuzhou2015", "fujian2017", None)

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
        self.add_field(self.POPULATION_FIELD, self.tr("Population N (field, persons)"), "population", role="population")
        self.add_field(self.AREA_FIELD, self.tr("Cultivated land area S (field, ha)"), "cultivated_ha", role="area")
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Parameter preset"),
            options=[self.tr("Hubei 2017 [HB]: r 2.52, y 1.28, k 0.035"),
                     self.tr("Xuzhou 2015 [XZ]: r 2.17, y 1.66, k 0"),
                     self.tr("Fujian 2017 [FJ]: r 1, y per unit, k 0"),
                     self.tr("Custom: the values below")],
            defaultValue=0))
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
            self.COMMODITIES,
            self.tr("Commodity table (c_i kg/person, p_i kg/ha)"),
            headers=[self.tr("Commodity"), self.tr("c_i (kg/person)"), self.tr("p_i (kg/ha)")],
            defaultValue=[cell for row in HUBEI["commodities"] for cell in row], optional=True),
            editor_metadata("commodities")))
        self.addParameter(QgsProcessingParameterEnum(
            self.CONSUMPTION, self.tr("Per-capita consumption (custom)"),
            options=[self.tr("Commodity table: the same c_i for every unit"),
                     self.tr("Per unit: production ÷ population [FJ]")],
            defaultValue=self.CONSUMPTION_TABLE))
        self.add_production_table()
        self.addParameter(QgsProcessingParameterNumber(
            self.R_FACTOR, self.tr("Equivalence factor of cropland r (custom; gha/ha)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=HUBEI["r"]))
        self.addParameter(QgsProcessingParameterEnum(
            self.YIELD_MODE, self.tr("Yield factor y (custom)"),
            options=[self.tr("Constant (below)"), self.tr("From a field"),
                     self.tr("Per unit: y = (Σ P/p) / Σ m (EcoComp's formula)")],
            defaultValue=self.YIELD_CONSTANT))
        self.addParameter(QgsProcessingParameterNumber(
            self.YIELD_FACTOR, self.tr("Yield factor y, constant (custom; dimensionless)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=HUBEI["y"]))
        self.addParameter(QgsProcessingParameterField(
            self.YIELD_FIELD, self.tr("Yield factor y (field, dimensionless)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("Biodiversity deduction k (custom; fraction)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, maxValue=0.99, defaultValue=HUBEI["k"]))
        self.addParameter(QgsProcessingParameterEnum(
            self.SIGN, self.tr("Overload index"),
            options=[self.tr("eoi = (EC − EF) / EC, surplus > 0 [XZ]"),
                     self.tr("Q = (EF − EC) / EC as in [HB] → field eoi_hb")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ZERO_CAPACITY, self.tr("Units with EC = 0 (no cultivated land)"),
            options=[self.tr("Refuse (stop and list them)"),
                     self.tr("Report apart, no overload index (not [HB])")],
            defaultValue=0))
        self.add_output(self.tr("Ecological footprint and capacity"))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_DEFICIT", self.tr("Sum of the deficits, EF − EC of the units "
                                                                       "in deficit (gha) [HB]")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_SURPLUS", self.tr("Sum of the surpluses (gha)")))

    def settings(self, parameters, context):
        """(label, r, y mode, y constant, k, consumption mode) after applying the preset."""
        key = self.PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)]
        if key == "hubei2017":
            return HUBEI["label"], HUBEI["r"], self.YIELD_CONSTANT, HUBEI["y"], HUBEI["k"], "hubei"
        if key == "xuzhou2015":
            p = presets.FOOTPRINT[key]
            rows = matrix_rows(self.parameterAsMatrix(parameters, self.COMMODITIES, context), 3)
            hubei = [[str(v) for v in row] for row in HUBEI["commodities"]]
            if not rows or [[str(v) for v in row] for row in rows] == hubei \
                    or [[str(row[0]), float(row[1]), float(row[2])] for row in rows] == \
                    [[str(r[0]), float(r[1]), float(r[2])] for r in HUBEI["commodities"]]:
                raise QgsProcessingException(tr(
                    "The Xuzhou 2015 preset [XZ] uses Xuzhou's r = 2.17 and y = 1.66, but the paper publishes no "
                    "commodity table: give your own (commodity, c_i kg/person, p_i kg/ha) in the commodity table. "
                    "The table filled in by default is Hubei's [HB], not Xuzhou's."))
            return p["label"], p["r"], self.YIELD_CONSTANT, p["y"], p["k"], self.CONSUMPTION_TABLE
        if key == "fujian2017":
            p = presets.FOOTPRINT[key]
            return p["label"], p["r"], self.YIELD_COMPUTED, None, p["k"], self.CONSUMPTION_PRODUCTION
        return ("Custom", self.parameterAsDouble(parameters, self.R_FACTOR, context),
                self.parameterAsEnum(parameters, self.YIELD_MODE, context),
                self.parameterAsDouble(parameters, self.YIELD_FACTOR, context),
                self.parameterAsDouble(parameters, self.K, context),
                self.parameterAsEnum(parameters, self.CONSUMPTION, context))

    def compute(self, parameters, context, feedback):
        import numpy as np

        from ..ecocomp_plugin import footprint

        source, frame = self.read_frame(parameters, context, feedback)
        self.population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        label, r, yield_mode, y_constant, k, consumption = self.settings(parameters, context)
        ef, y = self.compute_footprint(parameters, context, frame, feedback, r, yield_mode, y_constant, consumption)
        if consumption == self.CONSUMPTION_PRODUCTION and yield_mode == self.YIELD_COMPUTED:
            feedback.pushWarning(tr(
                "With consumption = each unit's own production and the computed yield factor, the balance is exactly "
                "eb = r · Σ P_i/p_i · (S · (1 − k) / Σ m_i − 1): its sign compares the cultivated area S with the sown "
                "area Σ m_i, whatever the yields (docs/methods.md). This is [FJ]'s definition; for a balance against "
                "what people consume, use the commodity table of per-capita averages."))
        sign = (footprint.SIGN_SURPLUS_POSITIVE if self.parameterAsEnum(parameters, self.SIGN, context) == 0
                else footprint.SIGN_HB_FORMULA)
        result = footprint.footprint_balance(
            frame.numeric(self.population_field, tr("population, persons")),
            frame.numeric(area_field, tr("cultivated land area, ha")), ef, r, y, k, frame.labels, sign,
            population_name=tr("Population N (field '{}', persons)").format(self.population_field),
            area_name=tr("Cultivated land area S (field '{}', ha)").format(area_field),
            zero_capacity_apart=self.parameterAsEnum(parameters, self.ZERO_CAPACITY, context) == 1)
        n = len(frame)
        index_field = "eoi" if sign == footprint.SIGN_SURPLUS_POSITIVE else footprint.HB_FORMULA_FIELD
        apart = np.isnan(result[index_field])
        if apart.any():
            feedback.pushWarning(tr("{} unit(s) have no carrying capacity (EC = 0) and are reported apart, without "
                                    "an overload index: {}. [HB] merged such counties with a neighbour.").format(
                int(apart.sum()), ", ".join(frame.labels[i] for i in np.flatnonzero(apart))))
        result["y"] = np.broadcast_to(np.asarray(y, dtype=float), (n,))
        result["k"] = np.full(n, float(k))
        feedback.pushInfo(tr("{}: r = {}, k = {} (capacity only), y = {}.").format(
            label, r, k, "per unit" if np.ndim(y) else y))
        if sign == footprint.SIGN_SURPLUS_POSITIVE:
            feedback.pushInfo(tr("Overload index: eoi = (EC − EF)/EC, surplus > 0."))
        else:
            feedback.pushWarning(tr("Overload index as printed in [HB]: Q = (EF − EC)/EC, surplus < 0, written to the "
                                    "field 'eoi_hb' (not 'eoi'). ecocomp:payment reads 'eoi_hb' as −Q = (EC − EF)/EC."))
        feedback.pushInfo(tr("Units in surplus (EC > EF): {} of {}.").format(int((result["eb"] > 0).sum()), n))
        share, share_class = footprint.capacity_shares(result["ec_total"])
        deficit, surplus = footprint.deficit_totals(result["eb"])
        feedback.pushInfo(tr("Sum of the deficits: {:,.2f} gha; sum of the surpluses: {:,.2f} gha.").format(
            deficit, surplus))
        feedback.setProgress(60)
        values = {name: (enums.FIELD_DOUBLE, v) for name, v in result.items()}
        values["ec_share"] = (enums.FIELD_DOUBLE, share)
        values["ec_share_class"] = (enums.FIELD_STRING, share_class)
        dest_id = self.write_results(parameters, context, feedback, source, frame, values,
                                     "eoi" if index_field == "eoi" else None,
                                     self.tr("Ecological footprint and capacity"),
                                     # the index of the other sign convention, from an earlier run, must not survive
                                     drop=(footprint.HB_FORMULA_FIELD if index_field == "eoi" else "eoi",))
        return {self.OUTPUT: dest_id, "TOTAL_DEFICIT": deficit, "TOTAL_SURPLUS": surplus}

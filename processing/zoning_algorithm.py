"""ecocomp:dualzoning — food-security × ecological-security compensation zoning [FJ]
(docs/methods.md, “Dual food-security / ecological-security zoning”)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..translation import N_, tr
from .algorithm import editor_metadata, with_metadata, MethodAlgorithm, matrix_rows
from ..ecocomp_plugin.methods import footprint as footprint_method
from .footprint_algorithm import FootprintParameters
from .method_adapter import method_log
from . import qgis_enums as enums


class DualZoningAlgorithm(FootprintParameters, MethodAlgorithm):
    METHODS_SECTION = N_("Dual food-security / ecological-security zoning")
    GRAIN_FIELD = "GRAIN_FIELD"
    AREA_FIELD = "AREA_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    ALPHA = "ALPHA"
    GRAIN_PER_CAPITA = "GRAIN_PER_CAPITA"
    ECO_MODE = "ECO_MODE"
    ECO_CONSUMPTION = "ECO_CONSUMPTION"
    CONSUMPTION_AVERAGES = "CONSUMPTION_AVERAGES"
    EF_FIELD = "EF_FIELD"
    EC_FIELD = "EC_FIELD"
    WEIGHT_MODE = "WEIGHT_MODE"
    W1 = "W1"
    W2 = "W2"
    W1_FIELD = "W1_FIELD"
    W2_FIELD = "W2_FIELD"
    AHP_MATRIX = "AHP_MATRIX"
    AHP_OVERRIDE = "AHP_OVERRIDE"
    DELTA_MODE = "DELTA_MODE"
    DELTA = "DELTA"
    KAPPA = "KAPPA"
    SIGMA = "SIGMA"
    DEFICIT_SHARE = "DEFICIT_SHARE"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    ECO_FIELDS, ECO_INLINE = range(2)
    WEIGHTS_TYPED, WEIGHTS_AHP, WEIGHTS_FIELDS = range(3)
    DELTA_TYPED, DELTA_AUTO, DELTA_TOTAL = range(3)

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
        self.add_field(self.GRAIN_FIELD, self.tr("Grain output Y (field, kg)"), "grain_output_kg", role="grain")
        self.add_field(self.AREA_FIELD, self.tr("Cultivated land area S1 (field, ha)"), "cultivated_ha", role="area")
        self.add_field(self.POPULATION_FIELD, self.tr("Population N (field, persons)"), "population", role="population")
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Food self-sufficiency rate α (fraction 0–1)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, maxValue=1.0, defaultValue=0.95))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRAIN_PER_CAPITA, self.tr("Per-capita grain consumption c (kg/person)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=400.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ECO_MODE, self.tr("Ecological balance"),
            options=[self.tr("Fields ef, ec of ecocomp:footprint (gha/person)"),
                     self.tr("Computed here ([FJ] settings, production table)")],
            defaultValue=self.ECO_FIELDS))
        self.add_field(self.EF_FIELD, self.tr("Per-capita footprint ef (field, gha/person)"), "ef", optional=True)
        self.add_field(self.EC_FIELD, self.tr("Per-capita capacity ec (field, gha/person)"), "ec", optional=True)
        self.add_production_table()
        self.addParameter(QgsProcessingParameterEnum(
            self.ECO_CONSUMPTION, self.tr("Consumption c_i (balance computed here)"),
            options=[self.tr("Own production ÷ population [FJ]"),
                     self.tr("Consumption table averages (not [FJ])")],
            defaultValue=0, optional=True))  # optional: models saved before it keep running, as [FJ]
        self.addParameter(QgsProcessingParameterMatrix(
            self.CONSUMPTION_AVERAGES, self.tr("Consumption table (c_i, kg/person)"),
            headers=[self.tr("Commodity"), self.tr("c_i (kg/person)")], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHT_MODE, self.tr("Weights"),
            options=[self.tr("One typed pair w1, w2 for all units (not [FJ])"),
                     self.tr("From the AHP pairwise matrix (not [FJ])"),
                     self.tr("Per unit, from two weight fields [FJ]")], defaultValue=0))
        self.add_field(self.W1_FIELD, self.tr("Per-unit weight w1 of food security (field, fraction)"), "w1",
                       optional=True)
        self.add_field(self.W2_FIELD, self.tr("Per-unit weight w2 of ecological security (field, fraction)"), "w2",
                       optional=True)
        for name, label in ((self.W1, "Weight w1 of food security (fraction; w1 + w2 = 1)"),
                            (self.W2, "Weight w2 of ecological security (fraction; w1 + w2 = 1)")):
            self.addParameter(QgsProcessingParameterNumber(
                name, self.tr(label), type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.5))
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
            self.AHP_MATRIX,
            self.tr("AHP pairwise matrix (Saaty 1–9)"),
            headers=[self.tr("Food security"), self.tr("Ecological security")], hasFixedNumberRows=True,
            numberRows=2, defaultValue=[1, 1, 1, 1], optional=True),
            editor_metadata()))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AHP_OVERRIDE, self.tr("Accept an AHP matrix with CR > 0.1"), defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            self.DELTA_MODE, self.tr("Balance band Δ"),
            options=[self.tr("Typed Δ"), self.tr("Automatic: Δ = κ · σ(Q) (not [FJ])"),
                     self.tr("Δ = |ΣQ|, EcoComp's reading of [FJ] (per-unit weights)")],
            defaultValue=self.DELTA_TYPED))
        self.addParameter(QgsProcessingParameterNumber(
            self.DELTA, self.tr("Δ (score units, ≥ 0; [FJ] used 0.2296)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.2296))
        self.addParameter(QgsProcessingParameterNumber(
            self.KAPPA, self.tr("κ for the automatic Δ = κ · σ(Q) (dimensionless)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.5))
        self.addParameter(QgsProcessingParameterEnum(
            self.SIGMA, self.tr("Standard deviation for the z-scores"),
            options=[self.tr("Sample (n − 1)"), self.tr("Population (n)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DEFICIT_SHARE, self.tr("Each unit's share of the deficit (deficit_share1, deficit_share2)"),
            options=[self.tr("Of the region's net deficit −ΣL, surplus units included [FJ]"),
                     self.tr("Of the gross deficit Σ max(−L, 0) (not [FJ])")], defaultValue=0,
            optional=True))  # optional: models saved before it keep running, with [FJ]'s share
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

    def weights(self, parameters, context, feedback):
        from ..ecocomp_plugin import zoning

        mode = self.parameterAsEnum(parameters, self.WEIGHT_MODE, context)
        if mode == self.WEIGHTS_FIELDS:
            values = []
            for param, what in ((self.W1_FIELD, tr("per-unit weight w1, fraction")),
                                (self.W2_FIELD, tr("per-unit weight w2, fraction"))):
                field = self.required_field(parameters, param, context, what)
                values.append(self.frame.numeric(field, what))
            w1, w2 = zoning.check_unit_weights(values[0], values[1], self.frame.labels)
            feedback.pushInfo(tr("Per-unit weights [FJ]: w1 from {:.4f} to {:.4f}.").format(w1.min(), w1.max()))
            return w1, w2
        if mode == self.WEIGHTS_TYPED:
            return zoning.check_weights(self.parameterAsDouble(parameters, self.W1, context),
                                        self.parameterAsDouble(parameters, self.W2, context))
        cells = matrix_rows(self.parameterAsMatrix(parameters, self.AHP_MATRIX, context), 2)
        try:
            matrix = [[float(v) for v in row] for row in cells]
        except (TypeError, ValueError):
            raise QgsProcessingException(tr("The AHP matrix must hold numbers (Saaty's scale 1/9 … 9).")) from None
        weights, cr, lambda_max = zoning.ahp_weights(matrix)
        self.ahp = (float(lambda_max), float(cr))
        feedback.pushInfo(tr("AHP weights w1 = {:.4f}, w2 = {:.4f}; λmax = {:.4f}, CR = {:.4f}.").format(
            weights[0], weights[1], lambda_max, cr))
        if cr > zoning.CR_LIMIT and not self.parameterAsBool(parameters, self.AHP_OVERRIDE, context):
            raise QgsProcessingException(
                tr("The AHP matrix is inconsistent: CR = {:.3f} > 0.1. Revise the judgements, or accept it "
                "explicitly.").format(cr))
        return float(weights[0]), float(weights[1])

    def ecological_part(self, parameters, context, frame, feedback, area, population):
        """(ef, ec) in gha/person: from footprint fields, or computed with the [FJ] settings (r = 1, y per unit,
        consumption = production ÷ population). ``area`` and ``population`` are already checked."""
        from ..ecocomp_plugin import footprint
        from ..ecocomp_plugin.checks import check_quantity

        if self.parameterAsEnum(parameters, self.ECO_MODE, context) == self.ECO_FIELDS:
            values = []
            for param, what in ((self.EF_FIELD, tr("per-capita footprint ef, gha/person")),
                                (self.EC_FIELD, tr("per-capita capacity ec, gha/person"))):
                field = self.required_field(parameters, param, context, what)
                values.append(check_quantity(frame.numeric(field, what),
                                             tr("Field '{}' ({})").format(field, what), frame.labels))
            return values
        if self.parameterAsEnum(parameters, self.ECO_CONSUMPTION, context) == 1:
            ef, y = self.ecology_from_consumption_table(parameters, context, frame, feedback)
            feedback.pushInfo(tr("Ecological part: r = 1, y per unit, k = 0, p_i the regional average, c_i from the "
                                 "consumption table (not [FJ])."))
        else:
            ef, y, self.commodity_values = footprint_method.METHOD.per_capita(
                frame, {"production": self.production_rows(parameters, context), "population": self.population_field},
                method_log(feedback), 1.0, "computed", None, "production")
            feedback.pushInfo(tr("Ecological part computed with [FJ] settings: r = 1, y per unit, k = 0."))
            feedback.pushWarning(tr(
                "With consumption = each unit's own production and the computed yield factor, the ecological balance "
                "is exactly l2 = (Σ P_i/p_i) / N · (S / Σ m_i − 1): its sign compares the cultivated area S with the "
                "sown area Σ m_i, whatever the yields (docs/methods.md). This is [FJ]'s definition; for a balance "
                "against what people consume, choose the consumption table (provincial or national averages)."))
        self.inline_y = y
        return ef, footprint.capacity_per_capita(area, population, 1.0, y)

    def ecology_from_consumption_table(self, parameters, context, frame, feedback):
        """ef and y with c_i from a table of per-capita averages (one row per commodity of the production table)."""
        import numpy as np

        from ..ecocomp_plugin import footprint

        names, production, area, p = self.read_production(parameters, context, frame)
        rows = matrix_rows(self.parameterAsMatrix(parameters, self.CONSUMPTION_AVERAGES, context), 2)
        table = {}
        for name, value in rows:
            key = str(name).strip().lower()
            try:
                table[key] = float(value)
            except (TypeError, ValueError):
                raise QgsProcessingException(tr("Consumption table, {}: c_i {!r} (kg/person) is not a number.").format(
                    name, value)) from None
            if table[key] < 0:
                raise QgsProcessingException(tr("Consumption table, {}: c_i must be ≥ 0 kg/person.").format(name))
        missing = [name for name in names if name.strip().lower() not in table]
        if missing:
            raise QgsProcessingException(tr("The consumption table has no row for {} (commodities of the production "
                                            "table): give c_i (kg/person) for each.").format(", ".join(missing)))
        c = np.array([table[name.strip().lower()] for name in names])
        footprint.check_per_capita(c, names)
        self.commodity_values = (names, np.broadcast_to(c, production.shape), p)
        footprint_method.log_commodities(method_log(feedback), names, p)
        ef = np.full(production.shape[0], footprint.footprint_per_capita(c, p, 1.0))
        return ef, footprint.yield_factor(production, area, p, frame.labels)

    def compute(self, parameters, context, feedback):
        from ..ecocomp_plugin import zoning

        source, frame = self.read_frame(parameters, context, feedback)
        grain_field = self.parameterAsString(parameters, self.GRAIN_FIELD, context)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        self.population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)  # compute_footprint
        population = frame.numeric(self.population_field, tr("population, persons"))
        area = frame.numeric(area_field, tr("cultivated land area, ha"))
        food = zoning.food_security_balance(
            frame.numeric(grain_field, tr("grain output, kg")), area, population,
            self.parameterAsDouble(parameters, self.ALPHA, context),
            self.parameterAsDouble(parameters, self.GRAIN_PER_CAPITA, context), frame.labels,
            names={"Y": tr("Grain output Y (field '{}', kg)").format(grain_field),
                   "S1": tr("Cultivated land area S1 (field '{}', ha)").format(area_field),
                   "N": tr("Population N (field '{}', persons)").format(self.population_field)})
        # area and population are checked by food_security_balance (no NULL, no zero) before they are used here.
        ef, ec = self.ecological_part(parameters, context, frame, feedback, area, population)
        eco = zoning.ecological_security_balance(ef, ec, population)
        self.frame = frame  # per-unit weight fields are read from it
        w1, w2 = self.weights(parameters, context, feedback)
        per_unit = bool(getattr(w1, "ndim", 0))
        numbers = {"W1": None if per_unit else w1, "W2": None if per_unit else w2,
                   "AHP_LAMBDA_MAX": getattr(self, "ahp", (None, None))[0],
                   "AHP_CR": getattr(self, "ahp", (None, None))[1]}
        ddof = 1 if self.parameterAsEnum(parameters, self.SIGMA, context) == 0 else 0
        delta_mode = self.parameterAsEnum(parameters, self.DELTA_MODE, context)
        auto = delta_mode == self.DELTA_AUTO
        kappa = self.parameterAsDouble(parameters, self.KAPPA, context)
        scores, delta = zoning.dual_zoning(
            food["l1"], eco["l2"], w1, w2,
            delta=self.parameterAsDouble(parameters, self.DELTA, context) if delta_mode == self.DELTA_TYPED else None,
            kappa=kappa if auto else None, ddof=ddof, total_deficit=delta_mode == self.DELTA_TOTAL,
            unit_labels=frame.labels)
        how = {self.DELTA_TYPED: " (typed)", self.DELTA_AUTO: " (automatic, κ = {:g} · σ(Q))".format(kappa),
               self.DELTA_TOTAL: " (the region's total deficit score |ΣQ| = |{:.4f}|, EcoComp's reading of [FJ])".format(
                   float(scores["q_score"].sum()))}[delta_mode]
        if per_unit:
            feedback.pushInfo(tr("Q = w1j · z(l1) + w2j · z(l2) per unit; {} σ; Δ = {:.4f}{}.").format(
                "sample" if ddof else "population", delta, how))
        else:
            feedback.pushInfo(tr("Q = {:.4f} · z(l1) + {:.4f} · z(l2); {} σ; Δ = {:.4f}{}.").format(
                w1, w2, "sample" if ddof else "population", delta, how))
        zone = scores["zone"]
        labels = [zoning.ZONE_LABELS[int(z)] for z in zone]
        counts = {code: int((zone == code).sum()) for code in zoning.ZONE_LABELS}
        feedback.pushInfo(tr("Receiving zones: {}, balance zones: {}, paying zones: {}.").format(
            counts[zoning.RECEIVING], counts[zoning.BALANCE], counts[zoning.PAYING]))
        feedback.setProgress(60)

        results = {name: (enums.FIELD_DOUBLE, values) for name, values in list(food.items()) + list(eco.items())}
        share_of = (zoning.SHARE_NET, zoning.SHARE_GROSS)[self.parameterAsEnum(parameters, self.DEFICIT_SHARE, context)]
        for which, demand, supply, total in (("1", food["d1"], food["s1"], food["l1_total"]),
                                             ("2", eco["d2"], eco["s2"], eco["l2_total"])):
            rate, share = zoning.deficit_rates_and_shares(demand, supply, total, share_of)
            # L1 is cultivated land (ha), L2 land in global hectares (gha)
            side = tr("food security, ha") if which == "1" else tr("ecological security, gha")
            if share_of == zoning.SHARE_GROSS:
                feedback.pushInfo(tr("Shares of the deficit ({}): of the gross deficit Σ max(−L, 0) = {:,.2f} "
                                     "(not [FJ]).").format(side, float(-total[total < 0].sum())))
            elif float(total.sum()) < 0:
                feedback.pushInfo(tr("Shares of the deficit ({}): of the region's net deficit −ΣL = {:,.2f}, "
                                     "surplus units included [FJ].").format(side, float(-total.sum())))
            else:
                feedback.pushWarning(tr("The region as a whole has no net deficit ({}): ΣL = {:,.2f}, so [FJ]'s "
                                        "share of the net deficit is undefined and deficit_share{} is left empty. "
                                        "Choose the share of the gross deficit (not [FJ]) to have one.").format(
                    side, float(total.sum()), which))
            results["deficit_rate" + which] = (enums.FIELD_DOUBLE, rate)
            results["deficit_share" + which] = (enums.FIELD_DOUBLE, share)
        if getattr(self, "inline_y", None) is not None:
            # the [FJ] settings computed here: the yield factor and the per-unit consumption and productivity used
            import numpy as np

            from ..ecocomp_plugin.factors import service_key

            results["y"] = (enums.FIELD_DOUBLE, np.broadcast_to(np.asarray(self.inline_y, dtype=float), (len(frame),)))
            names, c, p = self.commodity_values
            c = np.atleast_2d(np.asarray(c, dtype=float))
            c = c if c.shape[0] == len(frame) else c.T
            for i, name in enumerate(names):
                results["c_" + service_key(name)] = (enums.FIELD_DOUBLE, c[:, i])
                results["p_" + service_key(name)] = (enums.FIELD_DOUBLE, np.full(len(frame), float(np.atleast_1d(p)[i])))
        results.update({name: (enums.FIELD_DOUBLE, scores[name]) for name in ("z1", "z2", "q_score")})
        results["zone"] = (enums.FIELD_INT, zone)
        results["zone_label"] = (enums.FIELD_STRING, [label[0] for label in labels])
        results["zone_label_zh"] = (enums.FIELD_STRING, [label[1] for label in labels])
        dest_id = self.write_results(parameters, context, feedback, source, frame, results, "zone",
                                     self.tr("Compensation zones"))
        outputs = dict(numbers, DELTA=float(delta), RECEIVING=counts[zoning.RECEIVING], BALANCE=counts[zoning.BALANCE],
                       PAYING=counts[zoning.PAYING])
        outputs[self.OUTPUT] = dest_id
        summary_id = self.write_summary(parameters, context, zoning.zone_summary(zone, {
            "population": population, "cultivated_ha": area,
            "l1_total": food["l1_total"], "l2_total": eco["l2_total"]}))
        if summary_id is not None:
            outputs[self.OUTPUT_SUMMARY] = summary_id
        return outputs

    def write_summary(self, parameters, context, rows):
        columns = (("zone", enums.FIELD_INT), ("zone_label", enums.FIELD_STRING), ("zone_label_zh", enums.FIELD_STRING),
                   ("units", enums.FIELD_INT), ("population", enums.FIELD_DOUBLE), ("cultivated_ha", enums.FIELD_DOUBLE),
                   ("l1_total", enums.FIELD_DOUBLE), ("l2_total", enums.FIELD_DOUBLE))
        return self.write_table(self.OUTPUT_SUMMARY, columns, [[row[name] for name, _ in columns] for row in rows])

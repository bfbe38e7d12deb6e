"""ecocomp:dualzoning / api.dual_zoning — dual food-security / ecological-security zoning [FJ]
(docs/methods.md, “Dual food-security / ecological-security zoning”): the one definition of its options and run."""

from . import CHOICE, FIELD, FLAG, NUMBER, ROWS, InputError, Method, N_, Option, Outcome, Text
from .footprint import METHOD as FOOTPRINT
from .footprint import PRODUCTION, log_commodities, production_table


class DualZoning(Method):
    name = "dualzoning"
    section = N_("Dual food-security / ecological-security zoning")
    options = (
        Option("grain", "GRAIN_FIELD", N_("Grain output Y (field, kg)"), FIELD, "grain_output_kg", role="grain",
               required=True),
        Option("area", "AREA_FIELD", N_("Cultivated land area S1 (field, ha)"), FIELD, "cultivated_ha", role="area",
               required=True),
        Option("population", "POPULATION_FIELD", N_("Population N (field, persons)"), FIELD, "population",
               role="population", required=True),
        Option("alpha", "ALPHA", N_("Food self-sufficiency rate α (fraction 0–1)"), NUMBER, 0.95, minimum=0.0,
               maximum=1.0),
        Option("grain_per_capita", "GRAIN_PER_CAPITA", N_("Per-capita grain consumption c (kg/person)"), NUMBER,
               400.0, minimum=0.0),
        Option("eco_mode", "ECO_MODE", N_("Ecological balance"), CHOICE, "fields", choices=(
            ("fields", N_("Fields ef, ec of ecocomp:footprint (gha/person)")),
            ("inline", N_("Computed here ([FJ] settings, production table)")))),
        Option("ef", "EF_FIELD", N_("Per-capita footprint ef (field, gha/person)"), FIELD, "ef",
               what=N_("per-capita footprint ef, gha/person")),
        Option("ec", "EC_FIELD", N_("Per-capita capacity ec (field, gha/person)"), FIELD, "ec",
               what=N_("per-capita capacity ec, gha/person")),
        PRODUCTION,
        Option("eco_consumption", "ECO_CONSUMPTION", N_("Consumption c_i (balance computed here)"), CHOICE,
               "production", choices=(("production", N_("Own production ÷ population [FJ]")),
                                      ("table", N_("Consumption table averages (not [FJ])"))), optional=True),
        Option("consumption_averages", "CONSUMPTION_AVERAGES", N_("Consumption table (c_i, kg/person)"), ROWS, None,
               width=2, headers=(N_("Commodity"), N_("c_i (kg/person)"))),
        Option("weight_mode", "WEIGHT_MODE", N_("Weights"), CHOICE, "typed", choices=(
            ("typed", N_("One typed pair w1, w2 for all units (not [FJ])")),
            ("ahp", N_("From the AHP pairwise matrix (not [FJ])")),
            ("fields", N_("Per unit, from two weight fields [FJ]")))),
        Option("w1_field", "W1_FIELD", N_("Per-unit weight w1 of food security (field, fraction)"), FIELD, "w1",
               what=N_("per-unit weight w1, fraction")),
        Option("w2_field", "W2_FIELD", N_("Per-unit weight w2 of ecological security (field, fraction)"), FIELD,
               "w2", what=N_("per-unit weight w2, fraction")),
        Option("w1", "W1", N_("Weight w1 of food security (fraction; w1 + w2 = 1)"), NUMBER, 0.5, minimum=0.0),
        Option("w2", "W2", N_("Weight w2 of ecological security (fraction; w1 + w2 = 1)"), NUMBER, 0.5, minimum=0.0),
        Option("ahp_matrix", "AHP_MATRIX", N_("AHP pairwise matrix (Saaty 1–9)"), ROWS, ((1, 1), (1, 1)), width=2,
               headers=(N_("Food security"), N_("Ecological security")), editor="ahp", fixed_rows=2),
        Option("ahp_override", "AHP_OVERRIDE", N_("Accept an AHP matrix with CR > 0.1"), FLAG, False),
        Option("delta_mode", "DELTA_MODE", N_("Balance band Δ"), CHOICE, "typed", choices=(
            ("typed", N_("Typed Δ")), ("auto", N_("Automatic: Δ = κ · σ(Q) (not [FJ])")),
            ("total", N_("Δ = |ΣQ|, EcoComp's reading of [FJ] (per-unit weights)")))),
        Option("delta", "DELTA", N_("Δ (score units, ≥ 0; [FJ] used 0.2296)"), NUMBER, 0.2296, minimum=0.0),
        Option("kappa", "KAPPA", N_("κ for the automatic Δ = κ · σ(Q) (dimensionless)"), NUMBER, 0.5, minimum=0.0),
        Option("sigma", "SIGMA", N_("Standard deviation for the z-scores"), CHOICE, "sample", choices=(
            ("sample", N_("Sample (n − 1)")), ("population", N_("Population (n)")))),
        Option("deficit_share", "DEFICIT_SHARE",
               N_("Each unit's share of the deficit (deficit_share1, deficit_share2)"), CHOICE, "net", choices=(
                   ("net", N_("Of the region's net deficit −ΣL, surplus units included [FJ]")),
                   ("gross", N_("Of the gross deficit Σ max(−L, 0) (not [FJ])"))), optional=True),
    )

    def ecological_part(self, columns, values, log, area, population):
        """(ef, ec) in gha/person and, computed here, (y, (names, c_i, p_i)): from the footprint's fields, or with
        the [FJ] settings (r = 1, y per unit, k = 0). ``area`` and ``population`` are already checked."""
        from .. import footprint as science
        from ..checks import check_quantity

        if values["eco_mode"] == "fields":
            out = []
            for key in ("ef", "ec"):
                field, what = self.field(values, key), self.option(key).what
                out.append(check_quantity(columns.numeric(field, Text(what)), Text(N_("Field '{}' ({})"), field,
                                                                                    Text(what)), columns.labels))
            return out[0], out[1], None
        if values["eco_consumption"] == "table":
            ef, y, commodities = self.from_consumption_table(columns, values, log)
            log.info(N_("Ecological part: r = 1, y per unit, k = 0, p_i the regional average, c_i from the consumption "
                        "table (not [FJ])."))
        else:
            ef, y, commodities = FOOTPRINT.per_capita(
                columns, {"production": values["production"], "population": values["population"]}, log, 1.0,
                "computed", None, "production")
            log.info(N_("Ecological part computed with [FJ] settings: r = 1, y per unit, k = 0."))
            log.warning(N_(
                "With consumption = each unit's own production and the computed yield factor, the ecological balance "
                "is exactly l2 = (Σ P_i/p_i) / N · (S / Σ m_i − 1): its sign compares the cultivated area S with the "
                "sown area Σ m_i, whatever the yields (docs/methods.md). This is [FJ]'s definition; for a balance "
                "against what people consume, choose the consumption table (provincial or national averages)."))
        return ef, science.capacity_per_capita(area, population, 1.0, y), (y, commodities)

    def from_consumption_table(self, columns, values, log):
        """ef and y with c_i from a table of per-capita averages (one row per commodity of the production table)."""
        import numpy as np

        from .. import footprint as science

        names, production, area, p = production_table(columns, values["production"])
        table = {}
        for name, value in values["consumption_averages"] or ():
            key = str(name).strip().lower()
            try:
                table[key] = float(value)
            except (TypeError, ValueError):
                raise InputError("Consumption table, {}: c_i {!r} (kg/person) is not a number.", name, value) from None
            if table[key] < 0:
                raise InputError("Consumption table, {}: c_i must be ≥ 0 kg/person.", name)
        missing = [name for name in names if name.strip().lower() not in table]
        if missing:
            raise InputError("The consumption table has no row for {} (commodities of the production table): give "
                             "c_i (kg/person) for each.", ", ".join(missing))
        c = np.array([table[name.strip().lower()] for name in names])
        science.check_per_capita(c, names)
        log_commodities(log, names, p)
        ef = np.full(production.shape[0], science.footprint_per_capita(c, p, 1.0))
        return ef, science.yield_factor(production, area, p, columns.labels), (names, np.broadcast_to(
            c, production.shape), p)

    def weights(self, columns, values, log):
        """(w1, w2, (λmax, CR) or None): one pair, per-unit arrays, or the AHP weights."""
        from .. import zoning as science

        mode = values["weight_mode"]
        if mode == "fields":
            w = [columns.numeric(self.field(values, key), Text(self.option(key).what))
                 for key in ("w1_field", "w2_field")]
            w1, w2 = science.check_unit_weights(w[0], w[1], columns.labels)
            log.info(N_("Per-unit weights [FJ]: w1 from {:.4f} to {:.4f}."), w1.min(), w1.max())
            return w1, w2, None
        if mode == "typed":
            w1, w2 = science.check_weights(values["w1"], values["w2"])
            return w1, w2, None
        try:
            matrix = [[float(v) for v in row] for row in values["ahp_matrix"] or ()]
        except (TypeError, ValueError):
            raise InputError("The AHP matrix must hold numbers (Saaty's scale 1/9 … 9).") from None
        weights, cr, lambda_max = science.ahp_weights(matrix)
        log.info(N_("AHP weights w1 = {:.4f}, w2 = {:.4f}; λmax = {:.4f}, CR = {:.4f}."), weights[0], weights[1],
                 lambda_max, cr)
        if cr > science.CR_LIMIT and not values["ahp_override"]:
            raise InputError("The AHP matrix is inconsistent: CR = {:.3f} > 0.1. Revise the judgements, or accept it "
                             "explicitly.", cr)
        return float(weights[0]), float(weights[1]), (float(lambda_max), float(cr))

    def run(self, columns, values, log):
        import numpy as np

        from .. import zoning as science
        from ..factors import service_key

        grain_field, area_field, population_field = (values[key] for key in ("grain", "area", "population"))
        population = columns.numeric(population_field, Text(N_("population, persons")), role="population")
        area = columns.numeric(area_field, Text(N_("cultivated land area, ha")), role="area")
        food = science.food_security_balance(
            columns.numeric(grain_field, Text(N_("grain output, kg")), role="grain"), area, population,
            values["alpha"], values["grain_per_capita"], columns.labels,
            names={"Y": Text(N_("Grain output Y (field '{}', kg)"), grain_field),
                   "S1": Text(N_("Cultivated land area S1 (field '{}', ha)"), area_field),
                   "N": Text(N_("Population N (field '{}', persons)"), population_field)})
        # area and population are checked by food_security_balance (no NULL, no zero) before they are used here.
        ef, ec, inline = self.ecological_part(columns, values, log, area, population)
        eco = science.ecological_security_balance(ef, ec, population)
        w1, w2, ahp = self.weights(columns, values, log)
        per_unit = bool(getattr(w1, "ndim", 0))
        ddof = 1 if values["sigma"] == "sample" else 0
        mode, kappa = values["delta_mode"], values["kappa"]
        scores, delta = science.dual_zoning(
            food["l1"], eco["l2"], w1, w2, delta=values["delta"] if mode == "typed" else None,
            kappa=kappa if mode == "auto" else None, ddof=ddof, total_deficit=mode == "total",
            unit_labels=columns.labels)
        how = {"typed": Text(N_(" (typed)")), "auto": Text(N_(" (automatic, κ = {:g} · σ(Q))"), kappa),
               "total": Text(N_(" (the region's total deficit score |ΣQ| = |{:.4f}|, EcoComp's reading of [FJ])"),
                             float(scores["q_score"].sum()))}[mode]
        sigma = Text(N_("sample σ (n − 1)")) if ddof else Text(N_("population σ (n)"))
        if per_unit:
            log.info(N_("Q = w1j · z(l1) + w2j · z(l2) per unit; {}; Δ = {:.4f}{}."), sigma, delta, how)
        else:
            log.info(N_("Q = {:.4f} · z(l1) + {:.4f} · z(l2); {}; Δ = {:.4f}{}."), w1, w2, sigma, delta, how)
        zone = scores["zone"]
        counts = {code: int((zone == code).sum()) for code in science.ZONE_LABELS}
        log.info(N_("Receiving zones: {}, balance zones: {}, paying zones: {}."), counts[science.RECEIVING],
                 counts[science.BALANCE], counts[science.PAYING])

        fields = dict(food)
        fields.update(eco)
        share_of = values["deficit_share"]
        for which, demand, supply, total in (("1", food["d1"], food["s1"], food["l1_total"]),
                                             ("2", eco["d2"], eco["s2"], eco["l2_total"])):
            rate, share = science.deficit_rates_and_shares(demand, supply, total, share_of)
            # L1 is cultivated land (ha), L2 land in global hectares (gha)
            side = Text(N_("food security, ha")) if which == "1" else Text(N_("ecological security, gha"))
            if share_of == science.SHARE_GROSS:
                log.info(N_("Shares of the deficit ({}): of the gross deficit Σ max(−L, 0) = {:,.2f} (not [FJ])."),
                         side, float(-total[total < 0].sum()))
            elif float(total.sum()) < 0:
                log.info(N_("Shares of the deficit ({}): of the region's net deficit −ΣL = {:,.2f}, surplus units "
                            "included [FJ]."), side, float(-total.sum()))
            else:
                log.warning(N_("The region as a whole has no net deficit ({}): ΣL = {:,.2f}, so [FJ]'s share of the net "
                               "deficit is undefined and deficit_share{} is left empty. Choose the share of the gross "
                               "deficit (not [FJ]) to have one."), side, float(total.sum()), which)
            fields["deficit_rate" + which], fields["deficit_share" + which] = rate, share
        n = len(columns.labels)
        if inline is not None:
            # the [FJ] settings computed here: the yield factor and the per-unit consumption and productivity used
            y, (names, c, p) = inline
            fields["y"] = np.broadcast_to(np.asarray(y, dtype=float), (n,)).copy()
            c = np.atleast_2d(np.asarray(c, dtype=float))
            c = c if c.shape[0] == n else c.T
            for i, name in enumerate(names):
                fields["c_" + service_key(name)] = c[:, i]
                fields["p_" + service_key(name)] = np.full(n, float(np.atleast_1d(p)[i]))
        fields.update({name: scores[name] for name in ("z1", "z2", "q_score")})
        fields["zone"] = np.asarray(zone).astype(int)
        fields["zone_label"] = [science.ZONE_LABELS[int(z)][0] for z in zone]
        fields["zone_label_zh"] = [science.ZONE_LABELS[int(z)][1] for z in zone]
        outputs = {"W1": None if per_unit else w1, "W2": None if per_unit else w2,
                   "AHP_LAMBDA_MAX": ahp[0] if ahp else None, "AHP_CR": ahp[1] if ahp else None,
                   "DELTA": float(delta), "RECEIVING": counts[science.RECEIVING], "BALANCE": counts[science.BALANCE],
                   "PAYING": counts[science.PAYING]}
        summary = science.zone_summary(zone, {"population": population, "cultivated_ha": area,
                                              "l1_total": food["l1_total"], "l2_total": eco["l2_total"]})
        return Outcome(fields, outputs=outputs, style="zone", tables={"summary": summary})


METHOD = DualZoning()

"""ecocomp:footprint / api.footprint — cultivated-land ecological footprint and carrying capacity [XZ, HB, FJ]
(docs/methods.md, “Ecological footprint and carrying capacity”): the one definition of its options and run."""

from .. import presets
from . import CHOICE, FIELD, INTEGER, NUMBER, ROWS, InputError, Method, N_, Option, Outcome, Text, item_column

HUBEI = presets.FOOTPRINT["hubei2017"]

PRODUCTION = Option(
    "production", "PRODUCTION_TABLE", N_("Production per unit [FJ] (fields, kg/ha)"), ROWS, None, width=4,
    headers=(N_("Commodity"), N_("Production field (kg)"), N_("Sown-area field (ha)"), N_("p_i (kg/ha)")),
    editor="production")


def production_table(columns, rows):
    """The production table's rows (commodity, production field (kg), sown-area field (ha), p_i kg/ha or empty)
    read per unit: (names, production P (kg, units × commodities), sown area m (ha), p_i (kg/ha): the typed
    value, else the regional average Σ P / Σ m). Shared with the dual zoning's inline footprint [FJ]."""
    import numpy as np
    from .. import footprint as science
    from ..checks import check_positive_scalar

    rows = [list(row) for row in rows or ()]
    if not rows:
        raise InputError("The production table is empty: give one row per commodity with its production field (kg), "
                         "sown-area field (ha) and, optionally, its productivity p_i (kg/ha).")
    names, production, area, typed = [], [], [], []
    for number, row in enumerate(rows, start=1):
        if len(row) != 4:
            raise InputError("Production table row {} must have 4 items (commodity, production field, sown-area "
                             "field, p_i or empty), got {}.", number, len(row))
        name, production_field, area_field, productivity = row
        name = str(name if name is not None else "").strip() or str(production_field)
        names.append(name)
        production.append(item_column(columns, production_field, name, "production", N_("production of {}, kg"),
                                      N_("Production of {} (field '{}', kg)")))
        area.append(item_column(columns, area_field, name, "sown_area", N_("sown area of {}, ha"),
                                N_("Sown area of {} (field '{}', ha)")))
        text = str(productivity if productivity is not None else "").strip()
        typed.append(check_positive_scalar(text, Text(N_("Production table, {}: productivity p_i (kg/ha)"), name))
                     if text else None)
    production, area = np.column_stack(production), np.column_stack(area)
    regional = science.regional_productivity(production, area, names)
    p = np.array([t if t is not None else r for t, r in zip(typed, regional)])
    return names, production, area, p


# The names of the Hubei preset's commodities [HB], shown in the analyst's language.
COMMODITY_NAMES = (N_("wheat"), N_("paddy"), N_("beans"), N_("oil crops"), N_("vegetables"), N_("fruits"))


def log_commodities(log, names, p):
    import numpy as np

    log.info(N_("Commodities: {}; p_i = {} kg/ha."), Text(", ".join("{}" for _ in names), *[Text(n) for n in names]),
             ", ".join("{:.1f}".format(v) for v in np.atleast_1d(p)))


class Footprint(Method):
    name = "footprint"
    section = N_("Ecological footprint and carrying capacity")
    options = (
        Option("population", "POPULATION_FIELD", N_("Population N (field, persons)"), FIELD, "population",
               role="population", required=True, what=N_("population, persons")),
        Option("area", "AREA_FIELD", N_("Cultivated land area S (field, ha)"), FIELD, "cultivated_ha", role="area",
               required=True, what=N_("cultivated land area, ha")),
        Option("preset", "PRESET", N_("Parameter preset"), CHOICE, "hubei2017", choices=(
            ("hubei2017", N_("Hubei 2017 [HB]: r 2.52, y 1.28, k 0.035")),
            ("xuzhou2015", N_("Xuzhou 2015 [XZ]: r 2.17, y 1.66, k 0")),
            ("fujian2017", N_("Fujian 2017 [FJ]: r 1, y per unit, k 0")),
            ("custom", N_("Custom: the values below")))),
        Option("commodities", "COMMODITIES", N_("Commodity table (c_i kg/person, p_i kg/ha)"), ROWS,
               tuple(tuple(row) for row in HUBEI["commodities"]), width=3,
               headers=(N_("Commodity"), N_("c_i (kg/person)"), N_("p_i (kg/ha)")), editor="commodities"),
        Option("consumption", "CONSUMPTION", N_("Per-capita consumption (custom)"), CHOICE, "table", choices=(
            ("table", N_("Commodity table: the same c_i for every unit")),
            ("production", N_("Per unit: production ÷ population [FJ]")))),
        PRODUCTION,
        Option("r", "R_FACTOR", N_("Equivalence factor of cropland r (custom; gha/ha)"), NUMBER, HUBEI["r"],
               minimum=0.0),
        Option("yield_mode", "YIELD_MODE", N_("Yield factor y (custom)"), CHOICE, "constant", choices=(
            ("constant", N_("Constant (below)")), ("field", N_("From a field")),
            ("computed", N_("Per unit: y = (Σ P/p) / Σ m (EcoComp's formula)")))),
        Option("y", "YIELD_FACTOR", N_("Yield factor y, constant (custom; dimensionless)"), NUMBER, HUBEI["y"],
               minimum=0.0),
        Option("yield_field", "YIELD_FIELD", N_("Yield factor y (field, dimensionless)"), FIELD, None,
               what=N_("yield factor y")),
        Option("k", "K", N_("Biodiversity deduction k (custom; fraction)"), NUMBER, HUBEI["k"], minimum=0.0,
               maximum=0.99),
        # the keys are ecocomp_science.footprint's SIGN_SURPLUS_POSITIVE and SIGN_HB_FORMULA
        Option("sign", "SIGN", N_("Overload index"), CHOICE, "surplus_positive", choices=(
            ("surplus_positive", N_("eoi = (EC − EF) / EC, surplus > 0 [XZ]")),
            ("hb_formula", N_("Q = (EF − EC) / EC as in [HB] → field eoi_hb")))),
        Option("study_year", "STUDY_YEAR", N_("Year of the statistics (empty: a field year / 年份)"), INTEGER, None,
               minimum=1949, maximum=2100),
        Option("zero_capacity", "ZERO_CAPACITY", N_("Units with EC = 0 (no cultivated land)"), CHOICE, "refuse",
               choices=(("refuse", N_("Refuse (stop and list them)")),
                        ("apart", N_("Report apart, no overload index (not [HB])")))),
    )

    def settings(self, values):
        """(label, r, yield mode, y, k, consumption mode) after the preset: a preset's values replace the custom
        ones (docs/methods.md lists them with their sources)."""
        preset = values["preset"]
        if preset == "hubei2017":
            return HUBEI["label"], HUBEI["r"], "constant", HUBEI["y"], HUBEI["k"], "hubei"
        chosen = presets.FOOTPRINT.get(preset)
        if preset == "xuzhou2015":
            rows = values["commodities"]
            if not rows or _same_rows(rows, HUBEI["commodities"]):
                raise InputError(
                    "The Xuzhou 2015 preset [XZ] uses Xuzhou's r = 2.17 and y = 1.66, but the paper publishes no "
                    "commodity table: give your own (commodity, c_i kg/person, p_i kg/ha) in the commodity table. "
                    "The table filled in by default is Hubei's [HB], not Xuzhou's.")
            return chosen["label"], chosen["r"], "constant", chosen["y"], chosen["k"], "table"
        if preset == "fujian2017":
            return chosen["label"], chosen["r"], "computed", None, chosen["k"], "production"
        return (N_("Custom"), values["r"], values["yield_mode"], values["y"], values["k"], values["consumption"])

    def year_bound(self, values, yield_mode, y, consumption):
        """(year, what) of the settings that hold one year's values — Hubei 2017's consumption table, productivities
        and y [HB], Xuzhou 2015's r and y [XZ] — or None ([FJ]'s settings come from the units' own data)."""
        preset = values["preset"]
        if preset in ("hubei2017", "xuzhou2015"):
            return presets.FOOTPRINT[preset]["year"], Text(presets.FOOTPRINT[preset]["label"])
        hubei = (consumption == "table" and _same_rows(values["commodities"] or (), HUBEI["commodities"])) or \
            (yield_mode == "constant" and y == HUBEI["y"])
        return (HUBEI["year"], Text(N_("Hubei 2017's commodity table or yield factor [HB]"))) if hubei else None

    def check_year(self, columns, values, bound, log):
        """Settings of one year are refused with statistics of another (STUDY_YEAR, else the table's year field)
        and named in the log when no year is known."""
        from ..payment import table_study_year

        if bound is None:
            return
        year = values["study_year"]
        if year is None:
            year = table_study_year(columns.has_field, columns.values)
        if year is None:
            log.warning(N_("The footprint settings hold the values of {} ({}); the year of the statistics is not known "
                           "(set the year of the statistics, or give the table a field year / 年份): check that they "
                           "apply."), bound[0], bound[1])
        elif int(year) != bound[0]:
            raise InputError("The footprint settings hold the values of {} ({}), but the statistics are of {}: choose "
                             "Custom (in ecocomp:footprint's dialog, the model or the API) and type the per-capita "
                             "consumption c_i, productivities p_i and yield factor y of {}.", bound[0], bound[1],
                             int(year), int(year))

    def per_capita(self, columns, values, log, r, yield_mode, y, consumption):
        """ef (gha/person), y and the commodity values (names, c_i, p_i) for the chosen settings."""
        from .. import footprint as science
        from ..checks import check_quantity

        production = None
        if consumption == "production" or yield_mode == "computed":
            production = production_table(columns, values["production"])
        if consumption == "hubei":
            names, c, p = science.commodity_table_from_rows(HUBEI["commodities"])
        elif consumption == "table":
            names, c, p = science.commodity_table_from_rows(values["commodities"] or ())
        else:
            names, output, _, p = production
            people = check_quantity(
                columns.numeric(values["population"], Text(N_("population, persons")), role="population"),
                Text(N_("Population N (field '{}', persons)"), values["population"]), columns.labels,
                allow_zero=False)
            c = science.consumption_from_production(output, people)
        log_commodities(log, names, p)
        ef = science.footprint_per_capita(c, p, r)
        if yield_mode == "field":
            field = self.field(values, "yield_field")
            y = check_quantity(columns.numeric(field, Text(N_("yield factor, dimensionless"))),
                               Text(N_("Yield factor y (field '{}')"), field), columns.labels)
        elif yield_mode == "computed":
            _, output, sown, p_ref = production
            y = science.yield_factor(output, sown, p_ref, columns.labels)
        if y is None:
            raise InputError("The yield factor y is missing: type it, or choose a field or the computed y.")
        return ef, y, (names, c, p)

    def run(self, columns, values, log):
        import numpy as np
        from .. import footprint as science

        population, area = values["population"], values["area"]
        label, r, yield_mode, y, k, consumption = self.settings(values)
        self.check_year(columns, values, self.year_bound(values, yield_mode, y, consumption), log)
        ef, y, _ = self.per_capita(columns, values, log, r, yield_mode, y, consumption)
        if consumption == "production" and yield_mode == "computed":
            log.warning(N_(
                "With consumption = each unit's own production and the computed yield factor, the balance is exactly "
                "eb = r · Σ P_i/p_i · (S · (1 − k) / Σ m_i − 1): its sign compares the cultivated area S with the sown "
                "area Σ m_i, whatever the yields (docs/methods.md). This is [FJ]'s definition; for a balance against "
                "what people consume, use the commodity table of per-capita averages."))
        sign = values["sign"]
        result = science.footprint_balance(
            columns.numeric(population, Text(N_("population, persons")), role="population"),
            columns.numeric(area, Text(N_("cultivated land area, ha")), role="area"), ef, r, y, k, columns.labels,
            sign, population_name=Text(N_("Population N (field '{}', persons)"), population),
            area_name=Text(N_("Cultivated land area S (field '{}', ha)"), area),
            zero_capacity_apart=values["zero_capacity"] == "apart")
        n = len(columns.labels)
        index_field = "eoi" if sign == science.SIGN_SURPLUS_POSITIVE else science.HB_FORMULA_FIELD
        apart = np.isnan(result[index_field])
        if apart.any():
            log.warning(N_("{} unit(s) have no carrying capacity (EC = 0) and are reported apart, without an overload "
                           "index: {}. [HB] merged such counties with a neighbour."),
                        int(apart.sum()), ", ".join(columns.labels[i] for i in np.flatnonzero(apart)))
        result["y"] = np.broadcast_to(np.asarray(y, dtype=float), (n,)).copy()
        result["k"] = np.full(n, float(k))
        log.info(N_("{}: r = {}, k = {} (capacity only), y = {}."), Text(label), r, k,
                 Text(N_("per unit")) if np.ndim(y) else y)
        if sign == science.SIGN_SURPLUS_POSITIVE:
            log.info(N_("Overload index: eoi = (EC − EF)/EC, surplus > 0."))
        else:
            log.warning(N_("Overload index as printed in [HB]: Q = (EF − EC)/EC, surplus < 0, written to the field "
                           "'eoi_hb' (not 'eoi'). ecocomp:payment reads 'eoi_hb' as −Q = (EC − EF)/EC."))
        log.info(N_("Units in surplus (EC > EF): {} of {}."), int((result["eb"] > 0).sum()), n)
        result["ec_share"], result["ec_share_class"] = science.capacity_shares(result["ec_total"])
        deficit, surplus = science.deficit_totals(result["eb"])
        log.info(N_("Sum of the deficits: {:,.2f} gha; sum of the surpluses: {:,.2f} gha."), deficit, surplus)
        return Outcome(result, outputs={"TOTAL_DEFICIT": deficit, "TOTAL_SURPLUS": surplus},
                       style="eoi" if index_field == "eoi" else None,
                       # the index of the other sign convention, from an earlier run, must not survive
                       drop=(science.HB_FORMULA_FIELD if index_field == "eoi" else "eoi",))


def _same_rows(rows, reference):
    """Whether a commodity table is the reference's (as typed text or as numbers)."""
    def normal(table):
        out = []
        for row in table:
            row = list(row)
            try:
                out.append([str(row[0]).strip()] + [float(str(v).strip()) for v in row[1:]])
            except (TypeError, ValueError, IndexError):
                return None
        return out
    mine = normal(rows)
    return mine is not None and mine == normal(reference)


METHOD = Footprint()

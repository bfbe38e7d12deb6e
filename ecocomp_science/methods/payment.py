"""ecocomp:payment / api.payment — compensation amount P = ESV_part · R · G · eoi [HB eq. 6, XZ]
(docs/methods.md, “Compensation amount”): the one definition of its options and run."""

from .. import presets
from . import CHOICE, FIELD, INTEGER, NUMBER, Method, N_, Option, Outcome, Text
from .priority import ROLE_NAMES

ENGEL_FIELDS = (("engel_urban", N_("urban Engel coefficient")), ("engel_rural", N_("rural Engel coefficient")),
                ("urbanisation", N_("urbanisation rate")))


def fraction(columns, field, what, convert, log):
    """A 0–1 fraction field (Engel coefficients, urbanisation): percent refused, or converted with a warning."""
    from .. import payment as science

    return science.as_fraction(
        columns.numeric(field, Text(N_("{}, fraction 0–1"), Text(what)), role="ratio"),
        Text(N_("The {} (field '{}')"), Text(what), field), columns.labels, convert, log.warning)


def reference_year(columns, study_year, reference, log):
    """G's national reference against the year of the statistics (``study_year``, else a year field of the table):
    refused for another year, a warning when no year is known (also ecocomp:uncertainty's check). Returns the
    year, or None."""
    from .. import payment as science

    year = study_year if study_year is not None else science.table_study_year(columns.has_field, columns.values)
    if science.check_reference_year(reference, year) is None:
        log.warning(science.UNCHECKED_REFERENCE, reference,
                    Text(science.OF_2017) if reference == presets.NATIONAL_GDP_PER_CAPITA_2017 else "")
    return year


class Payment(Method):
    name = "payment"
    section = N_("Compensation amount")
    options = (
        Option("preset", "PRESET", N_("Preset"), CHOICE, "hubei2017", choices=(
            ("hubei2017", N_("Hubei 2017 [HB]: non-market ESV × R × G × eoi")),
            ("xuzhou2015", N_("Xuzhou 2015 [XZ]: total ESV × R × eoi, no G")),
            ("custom", N_("Custom: ESV part and G below")))),
        Option("esv_part", "ESV_PART", N_("ESV part (custom)"), CHOICE, "nonmarket", choices=(
            ("nonmarket", N_("Non-market ESV [HB]")), ("total", N_("Total ESV [XZ]")))),
        Option("esv_nonmarket", "ESV_NONMARKET_FIELD", N_("Non-market ESV (field, CNY)"), FIELD, "esv_nonmarket",
               role="esv", what=N_("ESV (CNY)")),
        Option("esv_total", "ESV_TOTAL_FIELD", N_("Total ESV (field, CNY)"), FIELD, "esv_total", role="esv",
               what=N_("ESV (CNY)")),
        Option("eoi", "EOI_FIELD", N_("Overload index eoi = (EC − EF)/EC (field, fraction)"), FIELD, "eoi",
               required=True, what=N_("overload index eoi")),
        Option("r_mode", "R_MODE", N_("Development-stage coefficient R"), CHOICE, "engel", choices=(
            ("engel", N_("From Engel coefficients and urbanisation")), ("field", N_("From a field (published R)")))),
        Option("engel_urban", "ENGEL_URBAN_FIELD", N_("Urban Engel coefficient Eu (field, fraction)"), FIELD,
               "engel_urban", role="ratio", what=N_("urban Engel coefficient")),
        Option("engel_rural", "ENGEL_RURAL_FIELD", N_("Rural Engel coefficient Er (field, fraction)"), FIELD,
               "engel_rural", role="ratio", what=N_("rural Engel coefficient")),
        Option("urbanisation", "URBANISATION_FIELD", N_("Urbanisation rate θ (field, fraction 0–1)"), FIELD,
               "urbanisation", role="ratio", what=N_("urbanisation rate")),
        Option("r_field", "R_FIELD", N_("Published R (field, dimensionless)"), FIELD, None,
               what=N_("development-stage coefficient R")),
        Option("t_form", "T_FORM", N_("Form of t in R = 1 / (1 + e^(−t))"), CHOICE, "engel", choices=(
            ("engel", N_("t = En [HB, XZ]")), ("pearl", N_("t = 1/En − 3 (not from the papers)")))),
        Option("percent", "PERCENT", N_("Engel coefficients or urbanisation given in percent"), CHOICE, "refuse",
               choices=(("refuse", N_("Refuse them")), ("convert", N_("Divide by 100, with a warning")))),
        Option("g_mode", "G_MODE", N_("Affordability coefficient G (custom)"), CHOICE, "typed", choices=(
            ("off", N_("Off (G = 1) [XZ]")), ("region_average", N_("Study region's per-capita GDP (not [HB])")),
            ("typed", N_("National per-capita GDP, typed below [HB eq. 9]")), ("field", N_("From a field (not [HB])")))),
        Option("g_reference", "G_REFERENCE", N_("National per-capita GDP of the study year (CNY/person)"), NUMBER,
               presets.NATIONAL_GDP_PER_CAPITA_2017, minimum=0.0, optional=True),
        Option("study_year", "STUDY_YEAR", N_("Year of the statistics (empty: a field year / 年份)"), INTEGER, None,
               minimum=1949, maximum=2100),
        Option("g_field", "G_FIELD", N_("G (field, dimensionless)"), FIELD, None,
               what=N_("affordability coefficient G")),
        Option("gdp", "GDP_FIELD", N_("GDP (field, CNY)"), FIELD, "gdp_cny", role="gdp", what=N_("GDP (CNY)")),
        Option("population", "POPULATION_FIELD", N_("Population (field, persons)"), FIELD, "population",
               role="population", what=N_("population (persons)")),
        Option("role", "ROLE_FIELD", N_("Role from ecocomp:priority (field, optional)"), FIELD, "role"),
        Option("priority_rank", "PRIORITY_RANK_FIELD", N_("Priority rank from ecocomp:priority (field, optional)"),
               FIELD, "rank"),
    )

    def settings(self, values):
        """(label, ESV part, G mode) after the preset."""
        preset = values["preset"]
        if preset == "custom":
            return N_("Custom"), values["esv_part"], values["g_mode"]
        chosen = presets.PAYMENT[preset]
        g_mode = values["g_mode"] if chosen["use_g"] else "off"
        if chosen["use_g"] and g_mode == "off":
            g_mode = "typed"  # [HB] eq. 9: against the national per-capita GDP
        return chosen["label"], chosen["esv_part"], g_mode

    def development_stage(self, columns, values, log):
        from .. import payment as science
        from ..checks import check_quantity

        if values["r_mode"] == "field":
            field = self.field(values, "r_field")
            return check_quantity(columns.numeric(field, Text(N_("R, dimensionless"))),
                                  Text(N_("R (field '{}')"), field), columns.labels)
        convert = values["percent"] == "convert"
        engel = [fraction(columns, self.field(values, key), what, convert, log) for key, what in ENGEL_FIELDS]
        variant = science.T_ENGEL if values["t_form"] == "engel" else science.T_PEARL
        log.info(N_("R = 1/(1 + e^(−t)) with {}."),
                 "t = En" if variant == science.T_ENGEL else Text(N_("the form t = 1/En − 3")))
        return science.development_stage(science.engel_coefficient(*engel), variant, columns.labels)

    def affordability(self, columns, values, log, g_mode):
        import numpy as np
        from .. import payment as science
        from ..checks import check_quantity

        if g_mode == "off":
            return np.ones(len(columns.labels))
        if g_mode == "field":
            field = self.field(values, "g_field")
            return check_quantity(columns.numeric(field, Text(N_("G, dimensionless"))),
                                  Text(N_("G (field '{}')"), field), columns.labels)
        gdp_field, population_field = self.field(values, "gdp"), self.field(values, "population")
        gdp = check_quantity(columns.numeric(gdp_field, Text(N_("GDP, CNY")), role="gdp"),
                             Text(N_("GDP (field '{}', CNY)"), gdp_field), columns.labels, allow_zero=False)
        population = check_quantity(
            columns.numeric(population_field, Text(N_("population, persons")), role="population"),
            Text(N_("Population (field '{}', persons)"), population_field), columns.labels, allow_zero=False)
        if g_mode == "region_average":
            reference = science.region_average_gdp_per_capita(gdp, population)
            source = Text(N_("the study region's average, not [HB]"))
            log.warning(N_("G against the study region's own per-capita GDP: not [HB], whose eq. 9 divides by the "
                           "national per-capita GDP of the study year."))
        else:
            reference = values["g_reference"]
            if reference is None:
                reference = self.option("g_reference").default
            year = reference_year(columns, values["study_year"], reference, log)
            source = Text(N_("national, typed [HB eq. 9]")) if year is None else \
                Text(N_("national, typed [HB eq. 9], statistics of {}"), year)
        log.info(N_("G = per-capita GDP / {:,.0f} CNY/person ({})."), reference, source)
        return science.affordability(gdp, population, reference, columns.labels)

    def run(self, columns, values, log):
        import numpy as np
        from .. import payment as science
        from ..checks import check_quantity

        label, part, g_mode = self.settings(values)
        esv_field = self.field(values, "esv_nonmarket" if part == "nonmarket" else "esv_total")
        eoi_field = self.field(values, "eoi")
        esv = check_quantity(columns.numeric(esv_field, Text(N_("ESV, CNY")), role="esv"),
                             Text(N_("ESV (field '{}', CNY)"), esv_field), columns.labels)
        science.check_one_overload_index([name for name in ("eoi", science.HB_FORMULA_FIELD)
                                          if columns.has_field(name)])
        eoi, negated = science.overload_index_from_field(columns.numeric(eoi_field, Text(N_("overload index"))),
                                                         eoi_field, columns.labels)
        if negated:
            log.info(N_("Field '{}' holds [HB]'s printed index Q = (EF − EC)/EC (surplus < 0): read as eoi = −Q = "
                        "(EC − EF)/EC."), eoi_field)
        r = self.development_stage(columns, values, log)
        g = self.affordability(columns, values, log, g_mode)
        amount = science.compensation_amount(esv, r, g, eoi)
        log.info(N_("{}: P = {} ESV (field '{}') · R · {}eoi."), Text(label),
                 Text(N_("non-market")) if part == "nonmarket" else Text(N_("total")), esv_field,
                 "" if g_mode == "off" else "G · ")
        totals = science.totals(amount)
        log.info(N_("Total received: {:,.2f} CNY; total paid: {:,.2f} CNY; net: {:+,.2f} CNY."),
                 totals["received"], totals["paid"], totals["net"])
        role_field = values["role"]
        n = len(columns.labels)
        if role_field and columns.has_field(role_field):
            roles = np.array(columns.text(role_field), dtype=object)
            conflicts = science.role_conflicts(amount, roles)
            if conflicts.any():
                log.warning(N_("{} unit(s) pay although their role is receiver, or receive although they are payers: "
                               "see role_conflict."), int(conflicts.sum()))
        else:
            roles, conflicts = science.roles_from_amounts(amount), [None] * n
        rank_field = values["priority_rank"]
        priority_rank = columns.numeric(rank_field, Text(N_("priority rank"))) \
            if rank_field and columns.has_field(rank_field) else None
        summary, amount_rank = science.role_summary(amount, roles, priority_rank)
        for row in summary:
            if row["spearman_rho"] is not None:
                log.info(N_("{}: Spearman's rank correlation of priority rank and amount rank ρ = {:.4f} (p = {:.3g}, "
                            "n = {}) [HB]."), Text(ROLE_NAMES.get(row["role"], str(row["role"]))), row["spearman_rho"],
                         row["spearman_p"], row["spearman_n"])
        outputs = {"TOTAL_RECEIVED": totals["received"], "TOTAL_PAID": totals["paid"], "TOTAL_NET": totals["net"]}
        correlation = {row["role"]: row for row in summary}
        for role, key in (("receiver", "RECEIVERS"), ("payer", "PAYERS")):
            for stat in ("rho", "p", "n"):
                outputs["SPEARMAN_{}_{}".format(key, stat.upper())] = correlation[role]["spearman_" + stat]
        multiple = science.amount_per_esv(amount, esv)
        large = np.flatnonzero(multiple > science.LARGE_MULTIPLE)
        if large.size:
            order = large[np.argsort(-multiple[large])]
            log.warning(N_("{} unit(s) pay or receive more than {} × their own ESV (field amount_per_esv = |P| / ESV "
                           "= R · G · |eoi|): {}."), int(large.size), science.LARGE_MULTIPLE,
                        ", ".join("{} {:,.0f}×".format(columns.labels[i], multiple[i]) for i in order[:10]))
        fields = {"R": r, "G": g, "payment": amount, "amount_rank": amount_rank,
                  "role_conflict": conflicts, "amount_per_esv": multiple}
        return Outcome(fields, money=("payment",), outputs=outputs, style="payment", tables={"summary": summary})


METHOD = Payment()

"""ecocomp:payment — compensation amount (docs/methods.md, “Compensation amount”) [HB, XZ]."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..ecocomp_plugin import presets
from ..ecocomp_plugin.presets import NATIONAL_GDP_PER_CAPITA_2017
from ..translation import N_, tr
from .algorithm import MethodAlgorithm
from . import qgis_enums as enums


class PaymentAlgorithm(MethodAlgorithm):
    METHODS_SECTION = N_("Compensation amount")
    PRESET = "PRESET"
    ESV_PART = "ESV_PART"
    ESV_NONMARKET_FIELD = "ESV_NONMARKET_FIELD"
    ESV_TOTAL_FIELD = "ESV_TOTAL_FIELD"
    EOI_FIELD = "EOI_FIELD"
    R_MODE = "R_MODE"
    ENGEL_URBAN_FIELD = "ENGEL_URBAN_FIELD"
    ENGEL_RURAL_FIELD = "ENGEL_RURAL_FIELD"
    URBANISATION_FIELD = "URBANISATION_FIELD"
    R_FIELD = "R_FIELD"
    T_FORM = "T_FORM"
    PERCENT = "PERCENT"
    G_MODE = "G_MODE"
    G_REFERENCE = "G_REFERENCE"
    STUDY_YEAR = "STUDY_YEAR"
    PRIORITY_RANK_FIELD = "PRIORITY_RANK_FIELD"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    G_FIELD = "G_FIELD"
    GDP_FIELD = "GDP_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    ROLE_FIELD = "ROLE_FIELD"

    PRESETS = ("hubei2017", "xuzhou2015", None)
    PART_NONMARKET, PART_TOTAL = range(2)
    R_ENGEL, R_FROM_FIELD = range(2)
    G_OFF, G_REGION_AVERAGE, G_TYPED, G_FROM_FIELD = range(4)

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
        self.addParameter(QgsProcessingParameterEnum(
            self.PRESET, self.tr("Preset"),
            options=[self.tr("Hubei 2017 [HB]: non-market ESV × R × G × eoi"),
                     self.tr("Xuzhou 2015 [XZ]: total ESV × R × eoi, no G"),
                     self.tr("Custom: ESV part and G below")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ESV_PART, self.tr("ESV part (custom)"),
            options=[self.tr("Non-market ESV [HB]"), self.tr("Total ESV [XZ]")], defaultValue=self.PART_NONMARKET))
        self.add_field(self.ESV_NONMARKET_FIELD, self.tr("Non-market ESV (field, CNY)"), "esv_nonmarket", optional=True,
                       role="esv")
        self.add_field(self.ESV_TOTAL_FIELD, self.tr("Total ESV (field, CNY)"), "esv_total", optional=True, role="esv")
        self.add_field(self.EOI_FIELD, self.tr("Overload index eoi = (EC − EF)/EC (field, fraction)"), "eoi")
        self.addParameter(QgsProcessingParameterEnum(
            self.R_MODE, self.tr("Development-stage coefficient R"),
            options=[self.tr("From Engel coefficients and urbanisation"), self.tr("From a field (published R)")],
            defaultValue=self.R_ENGEL))
        self.add_field(self.ENGEL_URBAN_FIELD, self.tr("Urban Engel coefficient Eu (field, fraction)"),
                       "engel_urban", optional=True, role="ratio")
        self.add_field(self.ENGEL_RURAL_FIELD, self.tr("Rural Engel coefficient Er (field, fraction)"),
                       "engel_rural", optional=True, role="ratio")
        self.add_field(self.URBANISATION_FIELD, self.tr("Urbanisation rate θ (field, fraction 0–1)"), "urbanisation",
                       optional=True, role="ratio")
        self.add_field(self.R_FIELD, self.tr("Published R (field, dimensionless)"), optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.T_FORM, self.tr("Form of t in R = 1 / (1 + e^(−t))"),
            options=[self.tr("t = En [HB, XZ]"), self.tr("t = 1/En − 3 (not from the papers)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.PERCENT, self.tr("Engel coefficients or urbanisation given in percent"),
            options=[self.tr("Refuse them"), self.tr("Divide by 100, with a warning")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.G_MODE, self.tr("Affordability coefficient G (custom)"),
            options=[self.tr("Off (G = 1) [XZ]"), self.tr("Study region's per-capita GDP (not [HB])"),
                     self.tr("National per-capita GDP, typed below [HB eq. 9]"),
                     self.tr("From a field (not [HB])")],
            defaultValue=self.G_TYPED))
        self.addParameter(QgsProcessingParameterNumber(
            self.G_REFERENCE, self.tr("National per-capita GDP of the study year (CNY/person)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=NATIONAL_GDP_PER_CAPITA_2017,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.STUDY_YEAR, self.tr("Year of the statistics (empty: a field year / 年份)"),
            type=enums.NUMBER_INTEGER, minValue=1949, maxValue=2100, optional=True))
        self.add_field(self.G_FIELD, self.tr("G (field, dimensionless)"), optional=True)
        self.add_field(self.GDP_FIELD, self.tr("GDP (field, CNY)"), "gdp_cny", optional=True, role="gdp")
        self.add_field(self.POPULATION_FIELD, self.tr("Population (field, persons)"), "population", optional=True,
                       role="population")
        self.add_field(self.ROLE_FIELD, self.tr("Role from ecocomp:priority (field, optional)"), "role",
                       optional=True)
        self.add_field(self.PRIORITY_RANK_FIELD, self.tr("Priority rank from ecocomp:priority (field, optional)"),
                       "rank", optional=True)
        self.add_money_unit()
        self.add_output(self.tr("Compensation amount"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Summary per role (units, amount, Spearman ρ)"),
            type=enums.SOURCE_VECTOR, optional=True, createByDefault=False))
        for role in ("RECEIVERS", "PAYERS"):
            for stat, description in (("RHO", self.tr("Spearman ρ of priority rank and amount rank, {}")),
                                      ("P", self.tr("p-value of that ρ, {}")), ("N", self.tr("n of that ρ, {}"))):
                self.addOutput(QgsProcessingOutputNumber("SPEARMAN_{}_{}".format(role, stat),
                                                         description.format(role.lower())))
        for name, description in (("TOTAL_RECEIVED", self.tr("Total received by the receiving units (CNY)")),
                                  ("TOTAL_PAID", self.tr("Total paid by the paying units (CNY)")),
                                  ("TOTAL_NET", self.tr("Net: received − paid (CNY)"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def development_stage(self, parameters, context, frame, feedback):
        from ..ecocomp_plugin import payment
        from ..ecocomp_plugin.checks import check_quantity

        if self.parameterAsEnum(parameters, self.R_MODE, context) == self.R_FROM_FIELD:
            field = self.required_field(parameters, self.R_FIELD, context, tr("development-stage coefficient R"))
            return check_quantity(frame.numeric(field, tr("R, dimensionless")), tr("R (field '{}')").format(field), frame.labels)
        convert = self.parameterAsEnum(parameters, self.PERCENT, context) == 1
        values = []
        for param, what in ((self.ENGEL_URBAN_FIELD, tr("urban Engel coefficient")),
                            (self.ENGEL_RURAL_FIELD, tr("rural Engel coefficient")),
                            (self.URBANISATION_FIELD, tr("urbanisation rate"))):
            field = self.required_field(parameters, param, context, what)
            values.append(payment.as_fraction(
                frame.numeric(field, what + ", fraction 0–1"), tr("The {} (field '{}')").format(what, field),
                frame.labels, convert, feedback.pushWarning))
        en = payment.engel_coefficient(*values)
        variant = payment.T_ENGEL if self.parameterAsEnum(parameters, self.T_FORM, context) == 0 else payment.T_PEARL
        feedback.pushInfo(tr("R = 1/(1 + e^(−t)) with {}.").format(
            "t = En" if variant == payment.T_ENGEL else "the form t = 1/En − 3"))
        return payment.development_stage(en, variant, frame.labels)

    def affordability(self, parameters, context, frame, feedback, mode):
        import numpy as np

        from ..ecocomp_plugin import payment
        from ..ecocomp_plugin.checks import check_quantity

        if mode == self.G_OFF:
            return np.ones(len(frame))
        if mode == self.G_FROM_FIELD:
            field = self.required_field(parameters, self.G_FIELD, context, tr("affordability coefficient G"))
            return check_quantity(frame.numeric(field, tr("G, dimensionless")), tr("G (field '{}')").format(field), frame.labels)
        gdp_field = self.required_field(parameters, self.GDP_FIELD, context, tr("GDP (CNY)"))
        population_field = self.required_field(parameters, self.POPULATION_FIELD, context, tr("population (persons)"))
        gdp = check_quantity(frame.numeric(gdp_field, tr("GDP, CNY")), tr("GDP (field '{}', CNY)").format(gdp_field),
                             frame.labels, allow_zero=False)
        population = check_quantity(frame.numeric(population_field, tr("population, persons")),
                                    tr("Population (field '{}', persons)").format(population_field), frame.labels,
                                    allow_zero=False)
        if mode == self.G_REGION_AVERAGE:
            reference = payment.region_average_gdp_per_capita(gdp, population)
            source = "the study region's average, not [HB]"
            feedback.pushWarning(tr("G against the study region's own per-capita GDP: not [HB], whose eq. 9 divides "
                                    "by the national per-capita GDP of the study year."))
        else:
            reference = self.parameterAsDouble(parameters, self.G_REFERENCE, context)
            source = "national, typed [HB eq. 9]"
            year = self.check_reference(parameters, context, frame, reference, feedback)
            if year is not None:
                source += ", " + tr("statistics of {}").format(year)
        feedback.pushInfo(tr("G = per-capita GDP / {:,.0f} CNY/person ({}).").format(reference, source))
        return payment.affordability(gdp, population, reference, frame.labels)

    def check_reference(self, parameters, context, frame, reference, feedback):
        """G's national reference against the year of the statistics (the parameter, else a year field of the table;
        also used by ecocomp:uncertainty): refused for another year, a warning when no year is known. Returns the
        year, or None."""
        from ..ecocomp_plugin import payment

        if parameters.get(PaymentAlgorithm.STUDY_YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, PaymentAlgorithm.STUDY_YEAR, context)
        else:
            year = payment.table_study_year(frame.has_field, frame.values)
        if payment.check_reference_year(reference, year) is None:
            feedback.pushWarning(tr(payment.UNCHECKED_REFERENCE).format(
                reference, tr(payment.OF_2017) if reference == NATIONAL_GDP_PER_CAPITA_2017 else ""))
        return year

    def compute(self, parameters, context, feedback):
        from ..ecocomp_plugin import payment
        from ..ecocomp_plugin.checks import check_quantity

        source, frame = self.read_frame(parameters, context, feedback)
        key = self.PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)]
        if key is None:
            part = self.parameterAsEnum(parameters, self.ESV_PART, context)
            g_mode = self.parameterAsEnum(parameters, self.G_MODE, context)
            label = "Custom"
        else:
            preset = presets.PAYMENT[key]
            part = self.PART_NONMARKET if preset["esv_part"] == "nonmarket" else self.PART_TOTAL
            g_mode = self.parameterAsEnum(parameters, self.G_MODE, context) if preset["use_g"] else self.G_OFF
            if preset["use_g"] and g_mode == self.G_OFF:
                g_mode = self.G_TYPED  # [HB] eq. 9: against the national per-capita GDP
            label = preset["label"]
        esv_param = self.ESV_NONMARKET_FIELD if part == self.PART_NONMARKET else self.ESV_TOTAL_FIELD
        esv_field = self.required_field(parameters, esv_param, context, tr("ESV (CNY)"))
        eoi_field = self.required_field(parameters, self.EOI_FIELD, context, tr("overload index eoi"))
        esv = check_quantity(frame.numeric(esv_field, tr("ESV, CNY")), tr("ESV (field '{}', CNY)").format(esv_field),
                             frame.labels)
        payment.check_one_overload_index([name for name in ("eoi", payment.HB_FORMULA_FIELD) if frame.has_field(name)])
        eoi, negated = payment.overload_index_from_field(frame.numeric(eoi_field, tr("overload index")), eoi_field,
                                                         frame.labels)
        if negated:
            feedback.pushInfo(tr("Field '{}' holds [HB]'s printed index Q = (EF − EC)/EC (surplus < 0): read as "
                                 "eoi = −Q = (EC − EF)/EC.").format(eoi_field))
        r = self.development_stage(parameters, context, frame, feedback)
        g = self.affordability(parameters, context, frame, feedback, g_mode)
        amount = payment.compensation_amount(esv, r, g, eoi)
        feedback.pushInfo(tr("{}: P = {} ESV (field '{}') · R · {}eoi.").format(
            label, "non-market" if part == self.PART_NONMARKET else "total", esv_field,
            "" if g_mode == self.G_OFF else "G · "))
        totals = payment.totals(amount)
        feedback.pushInfo(tr("Total received: {:,.2f} CNY; total paid: {:,.2f} CNY; net: {:+,.2f} CNY.").format(
            totals["received"], totals["paid"], totals["net"]))
        import numpy as np

        role_field = self.parameterAsString(parameters, self.ROLE_FIELD, context)
        conflicts = [None] * len(frame)
        if role_field and frame.has_field(role_field):
            conflicts = payment.role_conflicts(amount, np.array(frame.text(role_field), dtype=object))
            if conflicts.any():
                feedback.pushWarning(tr("{} unit(s) pay although their role is receiver, or receive although "
                                     "they are payers: see role_conflict.").format(int(conflicts.sum())))
        roles = np.array(frame.text(role_field), dtype=object) if role_field and frame.has_field(role_field) else \
            payment.roles_from_amounts(amount)
        rank_field = self.parameterAsString(parameters, self.PRIORITY_RANK_FIELD, context)
        priority_rank = frame.numeric(rank_field, tr("priority rank")) if rank_field and frame.has_field(rank_field) \
            else None
        summary, amount_rank = payment.role_summary(amount, roles, priority_rank)
        correlation = {row["role"]: row for row in summary}
        for row in summary:
            if row["spearman_rho"] is not None:
                feedback.pushInfo(tr("{}: Spearman's rank correlation of priority rank and amount rank ρ = {:.4f} "
                                     "(p = {:.3g}, n = {}) [HB].").format(row["role"], row["spearman_rho"],
                                                                           row["spearman_p"], row["spearman_n"]))
        feedback.setProgress(60)
        dest_id = self.write_results(parameters, context, feedback, source, frame, self.in_money_unit(
            parameters, context, {
                "R": (enums.FIELD_DOUBLE, r), "G": (enums.FIELD_DOUBLE, g), "payment": (enums.FIELD_DOUBLE, amount),
                "amount_rank": (enums.FIELD_INT, amount_rank), "role_conflict": (enums.FIELD_INT, conflicts),
            }, ["payment"], feedback), "payment", self.tr("Compensation amount"))
        outputs = {self.OUTPUT: dest_id, "TOTAL_RECEIVED": totals["received"], "TOTAL_PAID": totals["paid"],
                   "TOTAL_NET": totals["net"]}
        for role, key in (("receiver", "RECEIVERS"), ("payer", "PAYERS")):
            for stat in ("rho", "p", "n"):
                outputs["SPEARMAN_{}_{}".format(key, stat.upper())] = correlation[role]["spearman_" + stat]
        summary_id = self.write_summary(parameters, context, summary)
        if summary_id is not None:
            outputs[self.OUTPUT_SUMMARY] = summary_id
        return outputs

    def write_summary(self, parameters, context, rows):
        return self.write_table(self.OUTPUT_SUMMARY, (
            ("role", enums.FIELD_STRING), ("units", enums.FIELD_INT), ("amount_cny", enums.FIELD_DOUBLE),
            ("spearman_rho", enums.FIELD_DOUBLE), ("spearman_p", enums.FIELD_DOUBLE), ("spearman_n", enums.FIELD_INT)),
            [[row["role"], row["units"], row["amount"], row["spearman_rho"], row["spearman_p"], row["spearman_n"]]
             for row in rows])

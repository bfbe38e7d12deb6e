"""ecocomp:uncertainty — how sure the amounts, roles, zones and levels are (docs/methods.md, “Uncertainty of the
amounts, roles and zones”). Beyond the papers."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..ecocomp_science import presets
from ..translation import N_, tr
from .algorithm import BeyondPapersAlgorithm, MethodAlgorithm, editor_metadata, matrix_rows, with_metadata
from .esv_algorithm import EsvAlgorithm
from .payment_algorithm import PaymentAlgorithm
from . import qgis_enums as enums

SAMPLE_CROPS = ("rice", "rice_area_ha", "rice_yield_kg_ha", 2.72, "wheat", "wheat_area_ha", "wheat_yield_kg_ha", 2.36,
                "maize", "maize_area_ha", "maize_yield_kg_ha", 1.76)


HELP = N_(
    "<p>How sure the compensation amounts, roles, zones and priority levels are, not from the papers: the "
    "Hubei 2017 chain (Ea per unit from crop fields, Xie 2008 factors, the Hubei footprint preset, "
    "P = ESV<sub>non-market</sub> · R · G · eoi, roles by main-functional-area type, natural-breaks levels "
    "within each type, the dual zoning) run for many draws of the coefficients nobody knows exactly, by the "
    "same science functions as the deterministic algorithms.</p>"
    "<p>Uncertain inputs (table <i>Uncertain inputs</i>: parameter, distribution, spread): the equivalent "
    "factors (each service), grain prices and yields (each crop), r, y, k, the Engel coefficients, the "
    "urbanisation rate, the reference per-capita GDP, the zoning weight w1 and the band Δ. Each is "
    "multiplied by a factor drawn once per draw for all units — uniform 1 ± s, triangular (1 − s, 1, "
    "1 + s) or normal (1, s), its mean 1 — and each unit's value is capped at its physical bound (fractions "
    "≤ 1, k &lt; 1): no unit narrows the shared factor. The "
    "default spreads are EcoComp's, documented in docs/methods.md. Seeded: the same seed gives the same "
    "result.</p>"
    "<p>Per unit: the deterministic amount, the mean, P5, P50 and P95 of the amount (CNY), the probability "
    "of paying (P &lt; 0), of each zone and of each priority level. A tornado chart (PNG) and a table show "
    "the one-at-a-time sensitivity (each input at the 5th and 95th percentile of its distribution, the same "
    "probability range for every input) of the total paid and of the number of "
    "paying units.</p>")


class UncertaintyAlgorithm(BeyondPapersAlgorithm, MethodAlgorithm):
    METHODS_SECTION = N_("Uncertainty of the amounts, roles and zones")
    AREA_FIELD = "AREA_FIELD"
    CROP_FIELDS = "CROP_FIELDS"
    POPULATION_FIELD = "POPULATION_FIELD"
    GDP_FIELD = "GDP_FIELD"
    ENGEL_URBAN_FIELD = "ENGEL_URBAN_FIELD"
    ENGEL_RURAL_FIELD = "ENGEL_RURAL_FIELD"
    URBANISATION_FIELD = "URBANISATION_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    GRAIN_FIELD = "GRAIN_FIELD"
    G_REFERENCE = "G_REFERENCE"
    ALPHA = "ALPHA"
    GRAIN_PER_CAPITA = "GRAIN_PER_CAPITA"
    W1 = "W1"
    DELTA = "DELTA"
    CLASSES = "CLASSES"
    SPREADS = "SPREADS"
    DRAWS = "DRAWS"
    SEED = "SEED"
    LEVELS = "LEVELS"
    OUTPUT_SENSITIVITY = "OUTPUT_SENSITIVITY"
    OUTPUT_TORNADO = "OUTPUT_TORNADO"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    PRICE_UNIT = EsvAlgorithm.PRICE_UNIT
    STUDY_YEAR = PaymentAlgorithm.STUDY_YEAR
    crop_fields = EsvAlgorithm.crop_fields

    def name(self):
        return "uncertainty"

    def displayName(self):
        return self.tr("Uncertainty of the amounts, roles and zones (Monte Carlo)")

    def shortHelpString(self):
        return self.tr(HELP)

    def initAlgorithm(self, config=None):
        self.add_units()
        self.add_field(self.AREA_FIELD, self.tr("Cultivated land area S (field, ha)"), "cultivated_ha", role="area")
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
            self.CROP_FIELDS, self.tr("Crop fields per unit (ha, kg/ha, price in the unit below)"),
            headers=[self.tr("Crop"), self.tr("Sown-area field (ha)"), self.tr("Yield field (kg/ha)"),
                     self.tr("Price (unit below)")], defaultValue=list(SAMPLE_CROPS), optional=True),
            editor_metadata("cropfields")))
        EsvAlgorithm.add_price_unit(self)
        self.add_field(self.POPULATION_FIELD, self.tr("Population N (field, persons)"), "population",
                       role="population")
        self.add_field(self.GDP_FIELD, self.tr("GDP (field, CNY)"), "gdp_cny", role="gdp")
        self.add_field(self.ENGEL_URBAN_FIELD, self.tr("Urban Engel coefficient Eu (field, fraction)"),
                       "engel_urban", role="ratio")
        self.add_field(self.ENGEL_RURAL_FIELD, self.tr("Rural Engel coefficient Er (field, fraction)"),
                       "engel_rural", role="ratio")
        self.add_field(self.URBANISATION_FIELD, self.tr("Urbanisation rate θ (field, fraction 0–1)"), "urbanisation",
                       role="ratio")
        self.add_field(self.TYPE_FIELD, self.tr("Main functional area type (field, text)"), "mfa_type")
        self.add_field(self.GRAIN_FIELD, self.tr("Grain output Y (field, kg)"), "grain_output_kg", role="grain")
        for name, description, default, low, high in (
                (self.G_REFERENCE, self.tr("Reference per-capita GDP (CNY/person) [HB eq. 9]"),
                 presets.NATIONAL_GDP_PER_CAPITA_2017, 1.0, 1e7),
                (self.ALPHA, self.tr("Food self-sufficiency rate α (fraction)"), 0.95, 0.01, 1.0),
                (self.GRAIN_PER_CAPITA, self.tr("Grain per person c (kg/person)"), 400.0, 1.0, 5000.0),
                (self.W1, self.tr("Weight w1 of food security (w2 = 1 − w1)"), 0.5, 0.0, 1.0),
                (self.DELTA, self.tr("Balance band Δ"), 0.2296, 0.0, 100.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, description, type=enums.NUMBER_DOUBLE, minValue=low, maxValue=high, defaultValue=default))
        self.addParameter(QgsProcessingParameterNumber(
            PaymentAlgorithm.STUDY_YEAR, self.tr("Year of the statistics (empty: a field year / 年份)"),
            type=enums.NUMBER_INTEGER, minValue=1949, maxValue=2100, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Priority levels (natural-breaks classes)"), type=enums.NUMBER_INTEGER, minValue=1,
            maxValue=10, defaultValue=5))
        self.addParameter(QgsProcessingParameterMatrix(
            self.SPREADS, self.tr("Uncertain inputs (spread as a fraction)"),
            headers=[self.tr("Parameter"), self.tr("Distribution"), self.tr("Spread (fraction)")],
            defaultValue=[cell for name, (_, dist, spread) in presets.UNCERTAIN.items()
                          for cell in (name, dist, spread)],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DRAWS, self.tr("Draws"), type=enums.NUMBER_INTEGER, minValue=10, maxValue=1000000,
            defaultValue=1000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Seed of the random draws"), type=enums.NUMBER_INTEGER, minValue=0,
            maxValue=2 ** 31 - 1, defaultValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            self.LEVELS, self.tr("Priority levels per draw"), defaultValue=True))
        self.add_output(self.tr("Uncertainty per unit"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SENSITIVITY, self.tr("One-at-a-time sensitivity (table)"), type=enums.SOURCE_VECTOR,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TORNADO, self.tr("Tornado chart (PNG)"), self.tr("PNG image (*.png)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_SUMMARY, self.tr("One-page summary (HTML, in QGIS's language)"), self.tr("HTML page (*.html)"),
            optional=True, createByDefault=False))
        for name, description in (("TOTAL_PAID_P5", self.tr("Total paid, P5 (CNY)")),
                                  ("TOTAL_PAID_P50", self.tr("Total paid, P50 (CNY)")),
                                  ("TOTAL_PAID_P95", self.tr("Total paid, P95 (CNY)")),
                                  ("TOTAL_RECEIVED_P5", self.tr("Total received, P5 (CNY)")),
                                  ("TOTAL_RECEIVED_P50", self.tr("Total received, P50 (CNY)")),
                                  ("TOTAL_RECEIVED_P95", self.tr("Total received, P95 (CNY)")),
                                  ("TOTAL_NET_P5", self.tr("Net total (received − paid), P5 (CNY)")),
                                  ("TOTAL_NET_P50", self.tr("Net total (received − paid), P50 (CNY)")),
                                  ("TOTAL_NET_P95", self.tr("Net total (received − paid), P95 (CNY)")),
                                  ("UNSTABLE_UNITS", self.tr("Units whose role is unstable (10 % < P(pays) < 90 %)"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def compute(self, parameters, context, feedback):
        import time


        from ..ecocomp_science import uncertainty

        source, frame = self.read_frame(parameters, context, feedback)
        chain = read_chain(self, parameters, context, frame, feedback)
        # G's reference against the year of the statistics, as ecocomp:payment checks it (never 2017's silently)
        PaymentAlgorithm.check_reference(self, parameters, context, frame, chain.g_reference, feedback)
        specs = uncertainty.spec_rows(matrix_rows(self.parameterAsMatrix(parameters, self.SPREADS, context), 3))
        draws = self.parameterAsInt(parameters, self.DRAWS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        levels = self.parameterAsBool(parameters, self.LEVELS, context)
        feedback.pushInfo(tr("{} draws, seed {}; uncertain inputs: {}.").format(draws, seed, "; ".join(
            "{} {} ±{:g}".format(name, dist, spread) for name, (dist, spread) in specs.items() if spread > 0)))
        deterministic = uncertainty.evaluate(chain, uncertainty.ones(chain), levels=levels)
        started = time.monotonic()
        summary = uncertainty.run(chain, specs, draws, seed, levels=levels,
                                  progress=lambda share: feedback.setProgress(30 + 40 * share),
                                  cancelled=feedback.isCanceled)
        if summary is None or feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        feedback.pushInfo(tr("Monte Carlo: {} draws × {} units in {:.2f} s.").format(
            draws, len(frame), time.monotonic() - started))
        total = uncertainty.totals(deterministic, summary)
        paid = total["paid"]
        feedback.pushInfo(tr("Total paid: P5 {:,.0f}, P50 {:,.0f}, P95 {:,.0f} CNY (deterministic {:,.0f}); paying "
                             "units: P5 {:.0f}, P95 {:.0f}.").format(*paid, total["paid_deterministic"],
                                                                     *total["paying_units"]))
        shaky = report_roles(feedback, total, frame.labels, summary["prob_payer"])
        results = {name: (enums.FIELD_INT if name == "role_unstable" else enums.FIELD_DOUBLE, values)
                   for name, values in uncertainty.unit_results(deterministic, summary).items()}
        rows, baseline = uncertainty.tornado(chain, specs)
        dest_id = self.write_results(parameters, context, feedback, source, frame, results, "prob_payer",
                                     self.tr("How sure each unit's role is (Monte Carlo)"))
        outputs = {self.OUTPUT: dest_id, "UNSTABLE_UNITS": len(shaky)}
        for key in ("paid", "received", "net"):
            for label, value in zip(("P5", "P50", "P95"), total[key]):
                outputs["TOTAL_{}_{}".format(key.upper(), label)] = value
        table_id = write_sensitivity(self, rows, specs, baseline)
        if table_id is not None:
            outputs[self.OUTPUT_SENSITIVITY] = table_id
        chart = self.parameterAsFileOutput(parameters, self.OUTPUT_TORNADO, context)
        if chart:
            outputs[self.OUTPUT_TORNADO] = write_tornado(self.staging, chart, rows, baseline)
        page = self.parameterAsFileOutput(parameters, self.OUTPUT_SUMMARY, context)
        if page:
            outputs[self.OUTPUT_SUMMARY] = write_summary(self.staging, page, draws, seed, total, shaky, rows, baseline,
                                                         specs)
        feedback.setProgress(100)
        return outputs


def write_tornado(staging, chart, rows, baseline):
    """The tornado chart of the one-at-a-time sensitivity (PNG), through the run's output staging."""
    from ..ecocomp_science import uncertainty
    from . import charts
    from .mapping import chinese_font

    if not chart.lower().endswith(".png"):
        raise QgsProcessingException(tr("The tornado chart is written as PNG: give the file the extension "
                                        ".png ({} was given).").format(chart))
    labels = {name: tr(what) for name, (what, _, _) in uncertainty.PARAMETERS.items()}
    # an input that moves neither quantity (r cancels out of eoi; Δ and w1 act on the zones only) says so
    quiet = {row[0]: tr("no effect on either") for row in rows
             if uncertainty.no_effect(row, baseline)}
    if not charts.tornado(staging.file(chart), rows, baseline, labels, chinese_font(),
                          (tr("Total paid (100 million CNY)"), tr("Paying units")),
                          legend=(tr("input at its P5"), tr("input at its P95")),
                          note=tr("Spreads: EcoComp's assumptions, not from the papers"), quiet=quiet):
        raise QgsProcessingException(tr("Could not write the chart to {}.").format(chart))
    return chart


def read_chain(algorithm, parameters, context, frame, feedback):
    """The chain's inputs from the units and the parameters, read as ecocomp:esv, ecocomp:footprint and
    ecocomp:payment read them (their definitions in ecocomp_science/methods): the Hubei 2017 method."""
    from ..ecocomp_science import footprint, uncertainty
    from ..ecocomp_science.checks import check_quantity
    from ..ecocomp_science.factors import xie_table
    from ..ecocomp_science.methods import footprint as footprint_method
    from ..ecocomp_science.methods import payment as payment_method
    from .method_adapter import method_log

    log = method_log(feedback)

    def numbers(name, what, role=None, **checks):
        field = algorithm.required_field(parameters, name, context, what)
        return check_quantity(frame.numeric(field, what, role=role), "{} (field '{}')".format(what, field),
                              frame.labels, **checks)

    def fraction(name, key):
        what = dict(payment_method.ENGEL_FIELDS)[key]
        return payment_method.fraction(frame, algorithm.required_field(parameters, name, context, tr(what)), what,
                                       False, log)

    crop_area, crop_yield, price = algorithm.crop_fields(parameters, context, frame)
    from ..ecocomp_science.methods import esv as esv_method

    crops = [row[0] for row in matrix_rows(algorithm.parameterAsMatrix(parameters, algorithm.CROP_FIELDS, context), 4)]
    year = algorithm.parameterAsInt(parameters, algorithm.STUDY_YEAR, context) \
        if parameters.get(algorithm.STUDY_YEAR) not in (None, "") else None
    esv_method.sample_prices(frame, crops, price, year, log)  # the sample's 2017 prices, never another year's
    type_field = algorithm.required_field(parameters, algorithm.TYPE_FIELD, context, tr("main functional area type"))
    _, r, _, y, k, _ = footprint_method.METHOD.settings({"preset": "hubei2017"})
    footprint_method.METHOD.check_year(frame, {"study_year": year}, footprint_method.METHOD.year_bound(
        {"preset": "hubei2017"}, "constant", y, "hubei"), log)  # Hubei's 2017 consumption, never another year's
    _, consumption, productivity = footprint.commodity_table_from_rows(footprint_method.HUBEI["commodities"])
    return uncertainty.Chain(
        labels=frame.labels, area=numbers(algorithm.AREA_FIELD, tr("cultivated land area S, ha"), "area"),
        crop_area=crop_area, crop_yield=crop_yield, price=price,
        population=numbers(algorithm.POPULATION_FIELD, tr("population, persons"), "population", allow_zero=False),
        gdp=numbers(algorithm.GDP_FIELD, tr("GDP, CNY"), "gdp", allow_zero=False),
        engel_urban=fraction(algorithm.ENGEL_URBAN_FIELD, "engel_urban"),
        engel_rural=fraction(algorithm.ENGEL_RURAL_FIELD, "engel_rural"),
        urbanisation=fraction(algorithm.URBANISATION_FIELD, "urbanisation"),
        types=frame.text(type_field),
        grain=numbers(algorithm.GRAIN_FIELD, tr("grain output Y, kg"), "grain", allow_zero=False),
        factors=xie_table("2008"), consumption=consumption, productivity=productivity, r=r, y=y, k=k,
        g_reference=algorithm.parameterAsDouble(parameters, algorithm.G_REFERENCE, context),
        alpha=algorithm.parameterAsDouble(parameters, algorithm.ALPHA, context),
        grain_per_capita=algorithm.parameterAsDouble(parameters, algorithm.GRAIN_PER_CAPITA, context),
        w1=algorithm.parameterAsDouble(parameters, algorithm.W1, context),
        delta=algorithm.parameterAsDouble(parameters, algorithm.DELTA, context),
        classes=algorithm.parameterAsInt(parameters, algorithm.CLASSES, context))


def write_summary(staging, page, draws, seed, total, shaky, rows, baseline, specs):
    """A one-page summary for a decision-maker (HTML, in QGIS's language; prints on one page): the totals received,
    paid and net with their P5–P95, the units whose role is unstable, the inputs that move the total paid most, and
    that the spreads are EcoComp's assumptions."""
    import html

    from ..ecocomp_science import uncertainty

    if not page.lower().endswith((".html", ".htm")):
        raise QgsProcessingException(tr("The summary is written as HTML: give the file the extension .html ({} was "
                                        "given).").format(page))

    def amount(value):
        return tr("{:,.2f} 100 million CNY").format(value / 1e8)

    lines = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>{}</title>'.format(
        html.escape(tr("How reliable are the compensation amounts?"))),
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;font-size:11pt}"
        "table{border-collapse:collapse}th,td{padding:.2em .8em;text-align:right}"
        "th:first-child,td:first-child{text-align:left}thead tr{border-top:2px solid;border-bottom:1px solid}"
        "tbody tr:last-child{border-bottom:2px solid}</style></head><body>",
        "<h1>{}</h1>".format(html.escape(tr("How reliable are the compensation amounts?"))),
        "<p>{}</p>".format(html.escape(tr("{:,} draws of the coefficients nobody knows exactly (seed {}); not from the "
                                          "papers.").format(draws, seed))),
        "<table><thead><tr><th></th><th>P5</th><th>P50</th><th>P95</th><th>{}</th></tr></thead><tbody>".format(
            html.escape(tr("Deterministic")))]
    for key, label in (("received", tr("Total received")), ("paid", tr("Total paid")),
                       ("net", tr("Net (received − paid)"))):
        lines.append("<tr><td>{}</td>{}<td>{}</td></tr>".format(html.escape(label), "".join(
            "<td>{}</td>".format(html.escape(amount(v))) for v in total[key]),
            html.escape(amount(total[key + "_deterministic"]))))
    lines.append("</tbody></table>")
    lines.append("<h2>{}</h2>".format(html.escape(tr("Units whose role is unstable"))))
    lines.append("<p>{}</p>".format(html.escape(
        tr("{} unit(s) pay in some draws and receive in others (10 % < P(pays) < 90 %): {}.").format(
            len(shaky), ", ".join("{} {:.0%}".format(name, p) for name, p in shaky)) if shaky
        else tr("Every unit's role is the same in at least 90 % of the draws."))))
    moving = [row for row in rows if not uncertainty.no_effect(row, baseline)][:3]
    labels = {name: tr(what) for name, (what, _, _) in uncertainty.PARAMETERS.items()}
    lines.append("<h2>{}</h2><ul>".format(html.escape(tr("What moves the total paid most"))))
    for name, spread, (low, high), _ in moving:
        lines.append("<li>{}</li>".format(html.escape(tr("{} (±{:g} %): {} to {}").format(
            labels.get(name, name), spread * 100, amount(low), amount(high)))))
    lines.append("</ul><p><small>{}</small></p></body></html>".format(html.escape(
        tr("Spreads: EcoComp's assumptions, not from the papers"))))
    with open(staging.file(page), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return page


def report_roles(feedback, total, labels, prob_payer):
    """The log of the totals received and net and of the units whose role is unstable; returns those units."""
    from ..ecocomp_science import uncertainty

    feedback.pushInfo(tr("Total received: P5 {:,.0f}, P50 {:,.0f}, P95 {:,.0f} CNY (deterministic {:,.0f}); net "
                         "(received − paid): P5 {:,.0f}, P50 {:,.0f}, P95 {:,.0f} CNY (deterministic {:,.0f})."
                         ).format(*total["received"], total["received_deterministic"], *total["net"],
                                  total["net_deterministic"]))
    shaky = uncertainty.unstable_units(labels, prob_payer)
    if shaky:
        feedback.pushWarning(tr("{} unit(s) pay in some draws and receive in others (10 % < P(pays) < 90 %), "
                                "their role is unstable (field role_unstable = 1): {}.").format(
            len(shaky), ", ".join("{} {:.0%}".format(name, p) for name, p in shaky[:20])
            + (" …" if len(shaky) > 20 else "")))
    else:
        feedback.pushInfo(tr("Every unit's role is the same in at least 90 % of the draws."))
    return shaky


def write_sensitivity(algorithm, rows, specs, baseline):
    """The one-at-a-time sensitivity table (optional output); its id, or None."""
    from ..ecocomp_science import uncertainty

    return algorithm.write_table(algorithm.OUTPUT_SENSITIVITY, (
        ("parameter", enums.FIELD_STRING), ("distribution", enums.FIELD_STRING), ("spread", enums.FIELD_DOUBLE),
        ("total_paid_low", enums.FIELD_DOUBLE), ("total_paid_high", enums.FIELD_DOUBLE),
        ("total_paid_base", enums.FIELD_DOUBLE), ("paying_low", enums.FIELD_INT),
        ("paying_high", enums.FIELD_INT), ("paying_base", enums.FIELD_INT), ("no_effect", enums.FIELD_INT)),
        uncertainty.sensitivity_rows(rows, specs, baseline))

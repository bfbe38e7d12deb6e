"""ecocomp:transfers — who pays whom: payer → receiver flows of compensation (docs/methods.md, “Transfers between
payers and receivers”). Beyond the papers."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..translation import N_, tr
from .algorithm import BeyondPapersAlgorithm
from . import qgis_enums as enums
from .flow_outputs import FUND_NAME, unit_centres, write_flows
from .qgis_api import parameter_as_fields

#: The allocation levels EcoComp names (a group field's own name otherwise), shown in the map's language.
LEVEL_NAMES = {"all units": N_("all units"), "central fund": FUND_NAME, "given": N_("given")}
MONEY_NAMES = {"CNY": N_("CNY"), "10,000 CNY": N_("10,000 CNY"), "100 million CNY": N_("100 million CNY")}


def money_suffix(field):
    """("_10k_cny", "10,000 CNY") for a field EcoComp wrote in 万元, ("", "CNY") for one in 元."""
    from ..ecocomp_science import units

    key = units.field_money_unit(field)[0]
    return units.money_suffix(key), units.money_names(key)[0]


HELP = N_(
    "<p>Who pays whom (横向生态补偿), not from the papers: the compensation amounts P of the units (&lt; 0 "
    "pays, &gt; 0 receives; e.g. the output of ecocomp:payment) allocated from payers to receivers, as an "
    "origin–destination table (payer, receiver, amount), flow lines (curved, width by amount, arrow to the "
    "receiver) and per-unit totals paid, received and balance.</p>"
    "<ul><li><b>Proportional</b>: each payer's amount split over the receivers in proportion to their "
    "receipts: F<sub>ij</sub> = p<sub>i</sub> · r<sub>j</sub> / Σr.</li>"
    "<li><b>Distance decay</b>: F<sub>ij</sub> ∝ p<sub>i</sub> · r<sub>j</sub> · d<sub>ij</sub><sup>−β</sup>, "
    "balanced by iterative proportional fitting so that every payer pays exactly its amount and every "
    "receiver receives exactly its amount; d between the units' centroids on the ellipsoid (km).</li>"
    "<li><b>Given flows</b>: a table of obligations (payer, receiver, amount), e.g. the bilateral matrix of "
    "ecocomp:iobilateral with its monetary value (the user of land pays its supplier).</li></ul>"
    "<p>With group fields (innermost first, e.g. city, then province) every group settles what it can "
    "inside itself first, the remainder at the next level, then among all units. When the total paid ≠ "
    "the total received, the larger side is scaled down and the difference shown as flows into or out of "
    "a <b>central fund</b> row — never dropped.</p>"
    "<p>Amounts keep the unit of the amount field (元, or 万元/亿元 for fields ending _10k_cny, "
    "_100m_cny).</p>")


class TransfersAlgorithm(BeyondPapersAlgorithm):
    METHODS_SECTION = N_("Transfers between payers and receivers")
    AMOUNT_FIELD = "AMOUNT_FIELD"
    KEY_FIELD = "KEY_FIELD"
    NAME_FIELD = "NAME_FIELD"
    METHOD = "METHOD"
    BETA = "BETA"
    GROUP_FIELDS = "GROUP_FIELDS"
    FLOWS = "FLOWS"
    FLOW_PAYER = "FLOW_PAYER"
    FLOW_RECEIVER = "FLOW_RECEIVER"
    FLOW_AMOUNT = "FLOW_AMOUNT"
    LINES_TOP = "LINES_TOP"
    SUMMARY_FIELD = "SUMMARY_FIELD"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_PAIRS = "OUTPUT_PAIRS"
    PROPORTIONAL, GRAVITY, GIVEN = range(3)

    def name(self):
        return "transfers"

    def displayName(self):
        return self.tr("Transfers between payers and receivers")

    def shortHelpString(self):
        return self.tr(HELP)

    def initAlgorithm(self, config=None):
        self.add_polygon_input(self.tr("Units with compensation amounts"))
        self.add_join_parameters()
        self.addParameter(QgsProcessingParameterField(
            self.AMOUNT_FIELD, self.tr("Compensation amount P (CNY; < 0 pays, > 0 receives)"), defaultValue="payment",
            parentLayerParameterName=self.INPUT, type=enums.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, self.tr("Unit key (e.g. adcode)"), defaultValue="adcode",
            parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Unit names"), defaultValue="name", parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Allocation (none is from the papers)"),
            options=[self.tr("Proportional to receipts"), self.tr("Distance decay (gravity, IPF)"),
                     self.tr("Given flows from a table")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, self.tr("Distance-decay exponent β (d in km)"), type=enums.NUMBER_DOUBLE, minValue=0.0,
            maxValue=10.0, defaultValue=1.0))
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELDS, self.tr("Settle within groups first (innermost first)"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FLOWS, self.tr("Given flows (table: payer, receiver, amount)"), [enums.SOURCE_VECTOR],
            optional=True))
        for name, description, default in (
                (self.FLOW_PAYER, self.tr("Payer key in the flows (land user)"), "destination"),
                (self.FLOW_RECEIVER, self.tr("Receiver key in the flows (land supplier)"), "origin"),
                (self.FLOW_AMOUNT, self.tr("Amount in the flows (CNY)"), "value_cny")):
            self.addParameter(QgsProcessingParameterField(
                name, description, defaultValue=default, parentLayerParameterName=self.FLOWS, optional=True))
        top = QgsProcessingParameterNumber(
            self.LINES_TOP, self.tr("Flow lines drawn: the largest N (0 = all)"), type=enums.NUMBER_INTEGER,
            minValue=0, defaultValue=0)
        top.setFlags(top.flags() | enums.PARAMETER_ADVANCED)
        self.addParameter(top)
        self.addParameter(QgsProcessingParameterField(
            self.SUMMARY_FIELD, self.tr("Summary by pairs of (field, e.g. the prefecture)"), defaultValue="city",
            parentLayerParameterName=self.INPUT, optional=True))
        self.add_money_unit()
        self.add_output(self.tr("Units with transfer totals"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Transfers (payer, receiver, amount)"), type=enums.SOURCE_VECTOR,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Transfer lines"), type=enums.SOURCE_LINE, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PAIRS, self.tr("Transfers summed by pair of groups"), type=enums.SOURCE_VECTOR,
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString("NOTE", self.tr("Note for the map: the allocation rule and the "
                                                                  "fund's balance")))
        for name, description in (("TOTAL_PAID", self.tr("Total paid")), ("TOTAL_RECEIVED", self.tr("Total received")),
                                  ("FUND_IN", self.tr("Paid into the central fund")),
                                  ("FUND_OUT", self.tr("Paid out of the central fund"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    # ------------------------------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science import transfers

        source, frame = self.read_frame(parameters, context, feedback)
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(tr("The units have no coordinate reference system: assign one first."))
        key_field = self.parameterAsString(parameters, self.KEY_FIELD, context)
        if not frame.has_field(key_field):
            raise QgsProcessingException(tr("Field '{}' was not found in the units.").format(key_field))
        keys = [k if k is not None else "" for k in frame.text(key_field)]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise QgsProcessingException(tr("The unit key '{}' is not unique: {}. Transfers need one polygon per "
                                            "unit (dissolve first).").format(key_field, ", ".join(duplicates[:10])))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        names = frame.text(name_field) if name_field and frame.has_field(name_field) else keys
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        lon, lat, points = unit_centres(frame, source, context, method == self.GRAVITY)
        feedback.setProgress(40)
        if method == self.GIVEN:
            result, field = given_allocation(self, parameters, context, keys, feedback), self.FLOW_AMOUNT
            check_given(self, parameters, context, frame, result, feedback)
        else:
            result, field = amount_allocation(self, parameters, context, frame, method, lon, lat, feedback), \
                self.AMOUNT_FIELD
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        result, suffix, unit = shown_in_unit(self, parameters, context, result,
                                             self.parameterAsString(parameters, field, context), feedback)
        feedback.setProgress(60)
        paid, received = float(result.paid.sum()), float(result.received.sum())
        feedback.pushInfo(tr("{} transfers; paid {:,.2f} {}, received {:,.2f} {}; into the central fund "
                             "{:,.2f}, out of it {:,.2f}.").format(len(result.flows), paid, unit, received, unit,
                                                                  result.fund_in, result.fund_out))
        if result.fund_in > 0 or result.fund_out > 0:
            feedback.pushWarning(tr("The total paid and the total received differ: the difference goes through "
                                    "the central fund (rows '{}' of the transfers).").format(tr(FUND_NAME)))
        dest_id = self.write_results(parameters, context, feedback, source, frame, {
            "transfer_paid" + suffix: (enums.FIELD_DOUBLE, result.paid),
            "transfer_received" + suffix: (enums.FIELD_DOUBLE, result.received),
            "transfer_balance" + suffix: (enums.FIELD_DOUBLE, result.received - result.paid),
            "via_fund" + suffix: (enums.FIELD_DOUBLE, result.via_fund)}, None, None)
        outputs = {self.OUTPUT: dest_id, "TOTAL_PAID": paid, "TOTAL_RECEIVED": received,
                   "FUND_IN": result.fund_in, "FUND_OUT": result.fund_out,
                   "NOTE": allocation_note(self, parameters, context, method, result, unit)}
        pairs_id = write_pairs(self, parameters, context, frame, result, unit)
        if pairs_id is not None:
            outputs[self.OUTPUT_PAIRS] = pairs_id
        distances = transfers.flow_distances(result.flows, lon, lat, feedback.isCanceled)
        if distances is None or feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        rows = [(i, j, value, tr(LEVEL_NAMES[level]) if level in LEVEL_NAMES else level, d)
                for (i, j, value, level), d in zip(result.flows, distances)]
        table_id = write_flows(self.staging, self.OUTPUT_TABLE, rows, keys, names, tr(MONEY_NAMES.get(unit, unit)), None,
                               source)
        if table_id is not None:
            outputs[self.OUTPUT_TABLE] = table_id
        top = self.parameterAsInt(parameters, self.LINES_TOP, context)
        drawn = sorted((r for r in rows if r[4] is not None and points[r[0]] is not None
                        and points[r[1]] is not None), key=lambda r: -r[2])
        if not top and len(drawn) > LINES_WARNING and parameters.get(self.OUTPUT_LINES) not in (None, ""):
            feedback.pushWarning(tr("{:,} flow lines will be drawn: a map shows the largest ones better (parameter "
                                    "'Flow lines drawn: the largest N').").format(len(drawn)))
        lines_id = write_flows(self.staging, self.OUTPUT_LINES, drawn[:top] if top else drawn, keys, names,
                               tr(MONEY_NAMES.get(unit, unit)), points, source)
        if lines_id is not None:
            from .styling import StyleOnLoad

            outputs[self.OUTPUT_LINES] = lines_id
            StyleOnLoad.attach(context, lines_id, "transfers", self.tr("Transfers payer → receiver"))
        return outputs


def amounts_of(frame, field):
    """The units' compensation amounts P (field ``field``, in its own money unit), each checked against what any
    Chinese unit can pay or receive (ecocomp_science/units.py LARGEST): one absurd amount (−1e300) passed into the
    flows and the totals without a word."""
    import numpy as np

    from ..ecocomp_science import units

    amount = np.asarray(frame.numeric(field, tr("compensation amount, {}").format(money_suffix(field)[1])),
                        dtype=float)
    unit = units.field_money_unit(field)
    if frame.check_plausibility:
        units.check_outliers(amount * unit[2], "amount", field, unit, frame.labels)
    return amount


def amount_allocation(algorithm, parameters, context, frame, method, lon, lat, feedback):
    """The allocation of the units' amounts (proportional or distance decay, within the group fields first), in the
    amount field's unit."""
    from ..ecocomp_science import transfers

    amount_field = algorithm.parameterAsString(parameters, algorithm.AMOUNT_FIELD, context)
    if not amount_field:
        raise QgsProcessingException(tr("Choose the field that holds the compensation amount P."))
    amount = amounts_of(frame, amount_field)
    group_fields = parameter_as_fields(algorithm, parameters, algorithm.GROUP_FIELDS, context)
    for group in group_fields:
        if not frame.has_field(group):
            raise QgsProcessingException(tr("Field '{}' was not found in the units.").format(group))
    distance = None
    beta = algorithm.parameterAsDouble(parameters, algorithm.BETA, context)
    if method == TransfersAlgorithm.GRAVITY:
        distance = transfers.distance_matrix_km(lon, lat)
    result = transfers.allocate(
        amount, frame.labels, transfers.GRAVITY if method == TransfersAlgorithm.GRAVITY else transfers.PROPORTIONAL,
        distance, beta, [frame.text(g) for g in group_fields], group_fields)
    if method == TransfersAlgorithm.GRAVITY:
        feedback.pushInfo(tr("Distance decay β = {:g}: {} IPF sweeps, largest margin error {:.2e} of the "
                             "total.").format(beta, result.iterations, result.error))
    return result


def given_allocation(algorithm, parameters, context, keys, feedback):
    """An allocation from a table of obligations: payer, receiver, amount (≥ 0), keys of the units."""
    from ..ecocomp_science import transfers
    from .bridge import to_number

    table = algorithm.parameterAsSource(parameters, algorithm.FLOWS, context)
    if table is None:
        raise QgsProcessingException(tr("Given flows: choose the table of flows (payer, receiver, amount), e.g. "
                                        "the bilateral matrix of ecocomp:iobilateral."))
    fields = [algorithm.parameterAsString(parameters, name, context)
              for name in (algorithm.FLOW_PAYER, algorithm.FLOW_RECEIVER, algorithm.FLOW_AMOUNT)]
    for name in fields:
        if not name or table.fields().lookupField(name) < 0:
            raise QgsProcessingException(tr("The flows table has no field '{}'.").format(name))
    rows = []
    for row, feature in enumerate(table.getFeatures(QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY)),
                                  start=1):
        try:
            value = to_number(feature[fields[2]])
        except (TypeError, ValueError):
            raise QgsProcessingException(tr("Row {} of the flows: the amount '{}' is not a number ({!r}).").format(
                row, fields[2], str(feature[fields[2]]))) from None
        rows.append((row, feature[fields[0]], feature[fields[1]], value))
    result, own, empty = transfers.given(keys, rows)
    if own:
        feedback.pushInfo(tr("Flows of a unit to itself left out (its own use): {:,.2f}.").format(own))
    if empty:
        feedback.pushWarning(tr("{} row(s) of the flows have no amount (NULL) and are left out: {}.").format(
            len(empty), ", ".join(empty[:10])))
    return result


LINES_WARNING = 10_000  #: more flow lines than this and no "largest N": said before they are written


def shown_in_unit(algorithm, parameters, context, result, field, feedback):
    """The allocation in the money unit chosen (from the unit of the amount field: 元, or 万元/亿元 by its suffix),
    rounded as an official table prints it (transfers.DECIMALS): (allocation, field suffix, unit's English name)."""
    from ..ecocomp_science import transfers, units

    given = units.field_money_unit(field or "")
    key = algorithm.MONEY_UNITS[algorithm.parameterAsEnum(parameters, algorithm.MONEY_UNIT, context)]
    shown = units.find_unit("money", key)
    result = transfers.in_unit(result, given[2] / shown[2], transfers.DECIMALS[key])
    feedback.pushInfo(tr("Amounts in {}, rounded to {} decimal(s); the units' totals are the sums of the rounded "
                         "transfers.").format(tr(shown[1]), transfers.DECIMALS[key]))
    if result.dropped:
        feedback.pushWarning(tr("{} transfer(s) below {:g} {} round to 0 and are left out: choose a smaller money "
                                "unit to keep them.").format(result.dropped, 0.5 * 10 ** -transfers.DECIMALS[key],
                                                             tr(shown[1])))
    return result, units.money_suffix(key), units.money_names(key)[0]


def allocation_note(algorithm, parameters, context, method, result, unit):
    """One sentence for the map and the report: the allocation rule, the groups settled first and the fund's
    balance, in the run's language (output NOTE)."""
    rule = (tr("proportional to receipts"), tr("by distance decay"), tr("as given in a table"))[method]
    groups = parameter_as_fields(algorithm, parameters, algorithm.GROUP_FIELDS, context)
    text = tr("Transfers {}").format(rule)
    if groups and method != TransfersAlgorithm.GIVEN:
        text += tr(", settled within {} first").format(" → ".join(groups))
    text += tr("; paid {:,.2f}, received {:,.2f} {}").format(float(result.paid.sum()), float(result.received.sum()),
                                                            tr(MONEY_NAMES.get(unit, unit)))
    if result.fund_in or result.fund_out:
        text += tr("; {:,.2f} into and {:,.2f} out of the {}").format(result.fund_in, result.fund_out, tr(FUND_NAME))
    return text + tr(". Not from the papers.")


def write_pairs(algorithm, parameters, context, frame, result, unit):
    """The optional table of the transfers summed by pair of groups (payer's group, receiver's group, transfers,
    amount, unit); None when it is not wanted or the group field is absent."""
    from ..ecocomp_science import transfers

    if parameters.get(algorithm.OUTPUT_PAIRS) in (None, ""):
        return None
    field = algorithm.parameterAsString(parameters, algorithm.SUMMARY_FIELD, context)
    if not field or not frame.has_field(field):
        raise QgsProcessingException(tr("The summary by pairs needs a group field of the units (e.g. the "
                                        "prefecture); '{}' was not found.").format(field))
    groups = [g if g is not None else "" for g in frame.text(field)]
    rows = transfers.pair_summary(result.flows, groups, tr(FUND_NAME))
    shown = tr(MONEY_NAMES.get(unit, unit))
    return algorithm.write_table(algorithm.OUTPUT_PAIRS, (
        ("payer_group", enums.FIELD_STRING), ("receiver_group", enums.FIELD_STRING), ("transfers", enums.FIELD_INT),
        ("amount", enums.FIELD_DOUBLE), ("unit", enums.FIELD_STRING)), [row + (shown,) for row in rows])


def check_given(algorithm, parameters, context, frame, result, feedback):
    """Given flows against the units' own amounts, when the units have them: a flow whose payer receives by its
    amount (or whose receiver pays), and a total of the flows far from the total the units pay, are said."""
    field = algorithm.parameterAsString(parameters, algorithm.AMOUNT_FIELD, context)
    if not field or not frame.has_field(field) or not result.flows:
        return
    amount = amounts_of(frame, field)
    reversed_ = ["{} → {}".format(frame.labels[i], frame.labels[j]) for i, j, _, _ in result.flows
                 if amount[i] > 0 or amount[j] < 0]
    if reversed_:
        feedback.pushWarning(tr("{} given flow(s) go from a unit that receives by its amount '{}' or to one that "
                                "pays: {}.").format(len(reversed_), field, ", ".join(reversed_[:10])))
    paid, flows = float(-amount[amount < 0].sum()), float(result.paid.sum())
    if paid > 0 and not 0.5 <= flows / paid <= 2:
        feedback.pushWarning(tr("The given flows total {:,.2f}, the units pay {:,.2f} by their amount '{}' ({:,.1f} "
                                "times as much): check the units of both.").format(flows, paid, field, paid / flows
                                                                                   if flows else float("inf")))

"""Bundled QML styles, applied to outputs when they load and to exported maps.

A style in ``ui/styles/<name>.qml`` fixes the symbol, colour ramp, class
count and classification method of a graduated map; the class breaks are
recomputed from the data each time, so the same style fits any study area.
"""

import os

from qgis.core import (
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererRange,
)

from ..translation import N_, tr
from .bridge import to_number
from . import qgis_enums as enums

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "styles")

# Styles whose classes straddle 0: deficit / paying in red, surplus / receiving in blue.
DIVERGING = {"eoi", "payment", "land_net", "change"}


def style_path(name):
    return os.path.join(STYLE_DIR, name + ".qml")


def fit_classes(layer, renderer, classes):
    """Recompute the graduated classes from the layer's data, with readable labels.

    Labels show thousands separators and as many decimals as the smallest
    class width needs (none for CNY totals in the millions).
    """
    renderer.updateClasses(layer, classes)
    ranges = renderer.ranges()
    widths = [r.upperValue() - r.lowerValue() for r in ranges if r.upperValue() > r.lowerValue()]
    smallest = min(widths) if widths else 1.0
    decimals = 0 if smallest >= 10 else 2 if smallest >= 0.1 else 4
    method = renderer.classificationMethod()
    method.setLabelPrecision(decimals)
    method.setLabelTrimTrailingZeroes(False)
    method.setLabelFormat("%1 – %2")
    renderer.updateClasses(layer, classes)


def fit_diverging(layer, renderer, per_side):
    """Classes on each side of 0 (natural breaks within each side), coloured from the two ends of the ramp.

    Negative values take the first half of the ramp (red for RdBu), positive ones the second (blue),
    so the sign — pays or receives, deficit or surplus — reads at a glance.
    """
    import numpy as np

    from ..ecocomp_science.classify import fisher_jenks_breaks

    index = layer.fields().lookupField(renderer.classAttribute())
    request = QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY).setSubsetOfAttributes([index])
    values = np.array([to_number(f.attributes()[index]) for f in layer.getFeatures(request)], dtype=float)
    values = values[~np.isnan(values)]
    ramp = renderer.sourceColorRamp()
    symbol = renderer.sourceSymbol()
    decimals = 0 if values.size and np.abs(values).max() >= 1000 else 2
    ranges = []
    for side in (-1, 1):
        part = values[values * side > 0] * side
        if part.size == 0:
            continue
        k = min(per_side, np.unique(part).size)
        upper = fisher_jenks_breaks(part, k)
        bounds = np.concatenate(([0.0], upper))
        for i in range(k):
            low, high = (bounds[i], bounds[i + 1]) if side > 0 else (-bounds[i + 1], -bounds[i])
            position = 0.5 + 0.5 * (i + 1) / k if side > 0 else 0.5 - 0.5 * (i + 1) / k
            item = symbol.clone()
            item.setColor(ramp.color(min(max(position, 0.0), 1.0)))
            label = "{} – {}".format(*("{:,.{}f}".format(v + 0.0, decimals) for v in (low, high)))  # no "−0"
            ranges.append((low, high, item, label))
    renderer.deleteAllClasses()
    for low, high, item, label in sorted(ranges, key=lambda r: r[0]):
        renderer.addClassRange(QgsRendererRange(low, high, item, label))


#: How sure a unit's role is (ecocomp:uncertainty's prob_payer): fixed classes of P(pays), red = pays, blue = receives.
ROLE_CERTAINTY = ((0.0, 0.1, "#2166ac", N_("Receives in ≥ 90 % of draws")),
                  (0.1, 0.5, "#92c5de", N_("Receives more often (role unstable)")),
                  (0.5, 0.9, "#f4a582", N_("Pays more often (role unstable)")),
                  (0.9, 1.0, "#b2182b", N_("Pays in ≥ 90 % of draws")))


#: Styles built in code with fixed classes and their own legend (not refitted or relabelled from the data).
FIXED_STYLES = {"prob_payer"}


def role_certainty_renderer(field="prob_payer"):
    """The graduated renderer of a probability of paying: four fixed classes (not refitted to the data), labels in
    the map's language."""
    from qgis.core import QgsFillSymbol

    ranges = []
    for low, high, colour, label in ROLE_CERTAINTY:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#6e6e6e", "outline_width": "0.1"})
        ranges.append(QgsRendererRange(low, high, symbol, tr(label)))
    return QgsGraduatedSymbolRenderer(field, ranges)


def apply_style(layer, name):
    """Load the bundled style ``name`` on a vector layer and fit its classes to the data.

    Returns False (and leaves the layer as it was) when the style's field is
    absent from the layer.
    """
    if name == "prob_payer":  # built in code: fixed classes of a probability
        if layer.fields().lookupField("prob_payer") < 0:
            return False
        layer.setRenderer(role_certainty_renderer())
        layer.triggerRepaint()
        return True
    path = style_path(name)
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    message, ok = layer.loadNamedStyle(path)
    if not ok:
        return False
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        if layer.fields().lookupField(renderer.classAttribute()) < 0:
            # the same result in another money unit: payment_10k_cny, esv_total_100m_cny
            from ..ecocomp_science import units

            names = {renderer.classAttribute() + units.money_suffix(unit[0]) for unit in units.units_of("money")[1:]}
            unit_field = next((f.name() for f in layer.fields() if f.name() in names), None)
            if unit_field is None:
                return False
            renderer.setClassAttribute(unit_field)
        if name in DIVERGING:
            fit_diverging(layer, renderer, max(len(renderer.ranges()) // 2, 1))
        else:
            fit_classes(layer, renderer, max(len(renderer.ranges()), 1))
    # The zone and level styles' legend entries in QGIS's language only ("受偿区", not "Receiving zone 受偿区")
    localise_labels(layer.renderer())
    layer.triggerRepaint()
    return True


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled style to an algorithm output when QGIS loads it."""

    # Processing keeps only a raw pointer to a post-processor, so Python
    # must hold a reference until the layer has loaded (QGIS issue 47533).
    _alive = []

    def __init__(self, style_name, title=None):
        super().__init__()
        self.style_name = style_name
        self.title = title

    def postProcessLayer(self, layer, context, feedback):
        apply_style(layer, self.style_name)
        if self.title:
            layer.setName(self.title)

    @classmethod
    def attach(cls, context, layer_id, style_name, title=None):
        """Style the output ``layer_id`` when it is loaded into the project (GUI runs)."""
        if not context.willLoadLayerOnCompletion(layer_id):
            return
        processor = cls(style_name, title)
        cls._alive.append(processor)
        context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)


ZONE_LABELS = {1: N_("Receiving zone"), 0: N_("Balance zone"), -1: N_("Paying zone")}


def localise_labels(renderer):
    """Legend entries of the bundled zone and level styles (written "Receiving zone 受偿区", "Payer 支付, level 1
    (first)") in the map's language only, so that a Chinese map carries no English and an English map no Chinese."""
    import re

    from qgis.core import QgsCategorizedSymbolRenderer, QgsRuleBasedRenderer

    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            try:
                code = int(category.value())
            except (TypeError, ValueError):
                continue
            if code in ZONE_LABELS:
                renderer.updateCategoryLabel(index, tr(ZONE_LABELS[code]))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().children():
            match = re.match(r"(Receiver|Payer) \S+, level (\d+)( \(first\))?$", rule.label())
            if match:
                text = tr("Receiver, level {}") if match.group(1) == "Receiver" else tr("Payer, level {}")
                rule.setLabel(text.format(match.group(2)) + (tr(" (first)") if match.group(3) else ""))
            elif rule.label() == "Other levels":
                rule.setLabel(tr("Other levels"))


# Flow maps (land flows, transfers): arrows as wide as their amounts, drawn over the units semi-transparent so that the
# units' colours and boundaries show through, the head at the receiving end, and a legend of sample widths.
FLOW_OPACITY = 0.6
# The arrow's data-defined sizes → the setter of the static size a legend patch draws (no feature: no amount).
ARROW_SIZES = {"arrowWidth": "setArrowWidth", "arrowStartWidth": "setArrowStartWidth",
               "arrowHeadLength": "setHeadLength", "arrowHeadThickness": "setHeadThickness"}


def width_samples(largest, count=4):
    """Up to ``count`` round amounts (1, 2, 5 × 10ⁿ) not above ``largest`` and not below a 30th of it, largest
    first (at least 3): the widths a flow legend shows."""
    import math

    if not (largest > 0 and math.isfinite(largest)):
        return []
    samples = []
    exponent = math.floor(math.log10(largest))
    while len(samples) < count:
        for factor in (5, 2, 1):
            value = factor * 10 ** exponent if exponent >= 0 else factor / 10 ** -exponent
            if value <= largest * (1 + 1e-9) and len(samples) < count:
                samples.append(value)
        exponent -= 1
    kept = [value for value in samples if value >= largest / 30]
    return kept if len(kept) >= 3 else samples[:3]


def amount_text(value):
    """A sample amount of a flow legend: thousands separated, decimals only below 1 (0.5, 0.02)."""
    import math

    decimals = 0 if value >= 1 else -math.floor(math.log10(value))
    return "{:,.{}f}".format(value, decimals)


def flow_widths(layer, field, unit, divisor=1.0):
    """Give a flow layer styled "flows" or "transfers" (arrows whose widths scale with ``field``) its map look: the
    widths fixed to this layer's largest amount, the arrows semi-transparent (FLOW_OPACITY), and 3–4 legend entries of
    round amounts ("50 万元") drawn at their widths; the amounts shown ÷ ``divisor`` in ``unit`` (the legend's unit, e.g.
    亿元 for amounts in 元). Returns the entries' labels (smallest first), or None when the layer has no positive amount
    or no arrow style (it is left as it was)."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsRuleBasedRenderer, QgsSymbolLayer

    index = layer.fields().lookupField(field)
    renderer = layer.renderer()
    symbol = renderer.symbol() if index >= 0 and hasattr(renderer, "symbol") else None
    if symbol is None:
        return None
    request = QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY).setSubsetOfAttributes([index])
    values = []
    for feature in layer.getFeatures(request):
        try:
            values.append(to_number(feature.attributes()[index]))
        except (TypeError, ValueError):
            continue
    largest = max((v for v in values if v == v and v > 0), default=0.0)
    samples = [value * divisor for value in sorted(width_samples(largest / divisor))]  # round in the unit shown
    if not samples:
        return None
    # The style's sizes scale with maximum("field"): the layer's largest amount as a number, so that the legend's
    # sample widths are those of the map.
    quoted = QgsExpression.quotedColumnRef(field)
    names = {key: definition.name() for key, definition in QgsSymbolLayer.propertyDefinitions().items()}
    sizes = []  # (position of the symbol layer, setter, expression)
    for position, symbol_layer in enumerate(symbol.symbolLayers()):
        properties = symbol_layer.dataDefinedProperties()
        for key in properties.propertyKeys():
            prop = properties.property(key)
            expression = prop.expressionString()
            if prop.isActive() and expression:
                prop.setExpressionString(expression.replace("maximum({})".format(quoted), repr(float(largest))))
                properties.setProperty(key, prop)
                if names.get(key) in ARROW_SIZES and hasattr(symbol_layer, ARROW_SIZES[names[key]]):
                    sizes.append((position, ARROW_SIZES[names[key]], prop.expressionString()))
        symbol_layer.setDataDefinedProperties(properties)
    if not sizes:
        return None
    symbol.setOpacity(FLOW_OPACITY)
    labels = ["{} {}".format(amount_text(value / divisor), unit).strip() for value in samples]
    # One rule per sample: the features nearest to it in amount (bounds at the geometric means between samples), drawn
    # at their own widths (data-defined); the legend draws the rule's symbol at the sample's width (no feature there).
    renderer = QgsRuleBasedRenderer(symbol.clone())  # a root rule and one rule of the symbol, the rules' model
    root = renderer.rootRule()
    model = root.takeChildAt(0)
    bounds = [(a * b) ** 0.5 for a, b in zip(samples, samples[1:])]
    for position, (value, label) in enumerate(zip(samples, labels)):
        item = symbol.clone()
        feature = QgsFeature(layer.fields())
        feature.setAttribute(index, value)
        context = QgsExpressionContext()
        context.setFeature(feature)
        for layer_position, setter, text in sizes:
            size = QgsExpression(text).evaluate(context)
            if isinstance(size, (int, float)):
                getattr(item.symbolLayer(layer_position), setter)(float(size))
        parts = []
        if position > 0:
            parts.append("{} >= {!r}".format(quoted, bounds[position - 1]))
        if position < len(bounds):
            parts.append("{} < {!r}".format(quoted, bounds[position]))
        condition = " AND ".join(parts)
        if position == 0:
            condition = "({}) OR {} IS NULL".format(condition, quoted) if condition else ""
        rule = model.clone()
        rule.setSymbol(item)
        rule.setFilterExpression(condition)
        rule.setLabel(label)
        root.appendChild(rule)
    layer.setRenderer(renderer)
    return labels

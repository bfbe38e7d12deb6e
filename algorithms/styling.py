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

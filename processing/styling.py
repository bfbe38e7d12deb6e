"""Bundled QML styles, applied to outputs when they load and to exported maps.

A style in ``ui/styles/<name>.qml`` fixes the symbol, colour ramp, class
count and classification method of a graduated map; the class breaks are
recomputed from the data each time, so the same style fits any study area.
"""

import os

from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingLayerPostProcessorInterface

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "styles")


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


def apply_style(layer, name):
    """Load the bundled style ``name`` on a vector layer and fit its classes to the data.

    Returns False (and leaves the layer as it was) when the style's field is
    absent from the layer.
    """
    path = style_path(name)
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    message, ok = layer.loadNamedStyle(path)
    if not ok:
        return False
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        if layer.fields().lookupField(renderer.classAttribute()) < 0:
            return False
        fit_classes(layer, renderer, max(len(renderer.ranges()), 1))
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

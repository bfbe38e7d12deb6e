"""QGIS calls under the API each QGIS version wants, as algorithms/qgis_enums.py does for enums.

QGIS deprecates a call when it adds its successor (``QgsLayoutItemLabel.setFont`` → ``setTextFormat`` in 3.24,
``QgsLegendStyle.setFont`` → ``setTextFormat`` in 3.30, ``parameterAsFields`` → ``parameterAsStrings`` in 3.40); the
successor is used when the running QGIS has it, the old call only where it lacks it, so no EcoComp call warns on any
QGIS from 3.22 on (tests/test_qgis_api.py fails on a new deprecation warning from a plugin module).
"""

from qgis.core import QgsTextFormat

from . import qgis_enums as enums


def set_font(item, font):
    """Give a layout label, scale bar or legend style ``font`` (family, point size, weight).

    Through its text format where the class has one (other settings of the format, such as the colour, kept), else
    through the old ``setFont``.
    """
    if hasattr(item, "setTextFormat") and hasattr(item, "textFormat"):
        text = QgsTextFormat(item.textFormat())
        text.setFont(font)
        text.setSize(font.pointSizeF())
        text.setSizeUnit(enums.RENDER_POINTS)
        item.setTextFormat(text)
    else:
        item.setFont(font)


def parameter_as_fields(algorithm, parameters, name, context):
    """The field names chosen in a field parameter (``parameterAsStrings`` from QGIS 3.40 on)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)

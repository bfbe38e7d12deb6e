"""QGIS's own enums: one place (algorithms/qgis_enums.py) picks the QGIS 4 scoped name or the QGIS 3.22 one.

QGIS 4's PyQt6 bindings drop the unscoped aliases (``QgsProcessingParameterNumber.Double``, ``QgsWkbTypes.NoGeometry``
…) that QGIS 3 still accepts, so a plugin module that spells one directly loads on QGIS 3 and fails on QGIS 4.
"""

import pathlib
import re
import types

import pytest

from ecocomp.algorithms import qgis_enums

ROOT = pathlib.Path(__file__).resolve().parents[1]
PLUGIN_SOURCES = sorted(p for folder in ("algorithms", "ui", "ecocomp_science") for p in (ROOT / folder).rglob("*.py")
                        if p.name != "qgis_enums.py") + [ROOT / "plugin.py", ROOT / "translation.py", ROOT / "__init__.py"]

# ``QgsClass.Name`` where Name starts with a capital: an enum value, a nested class or a constant. These are not enums
# or keep their name in QGIS 4 (python/PyQt6/core/auto_additions/qgsprocessingutils.py scopes LayerHint itself).
NOT_ENUMS = {"QgsProcessing.TEMPORARY_OUTPUT", "QgsProcessingContext.LayerDetails", "QgsLayoutExporter.PdfExportSettings",
             "QgsLayoutExporter.SvgExportSettings", "QgsLayoutExporter.ImageExportSettings",
             "QgsProcessingUtils.LayerHint"}
ATTRIBUTE = re.compile(r"\b(Qgs[A-Za-z0-9]+\.[A-Z][A-Za-z0-9_]*)")


def spelled_enums(text):
    """Every ``QgsClass.Capitalised`` in code (comments and strings included: a docstring example is copied too)."""
    return sorted({m for m in ATTRIBUTE.findall(text) if m not in NOT_ENUMS})


# Old names that a later QGIS gives to a member of another enum: its Python keeps one unscoped alias per class and
# name, and from QGIS 3.38 QgsPalLayerSettings.OverPoint is Qgis.LabelPredefinedPointPosition.OverPoint (12), not the
# placement "over the point" (1). Only the scoped name is right there (and the plugin takes the scoped name first).
SHADOWED = {"LABEL_OVER_POINT": "Qgis.LabelPredefinedPointPosition.OverPoint"}


@pytest.mark.parametrize("name", sorted(qgis_enums.NAMES))
def test_each_constant_is_the_value_qgis_calls_by_either_name(name):
    scoped, old = qgis_enums.NAMES[name]
    value = getattr(qgis_enums, name)
    found = {}
    for path in (scoped, old):
        try:
            found[path] = qgis_enums.resolve(path)
        except AttributeError:  # the scoped name before the move (3.22 here), the old one after QGIS 4 dropped it
            pass
    assert found, f"neither {scoped} nor {old} exists in this QGIS"
    if scoped in found:
        assert value == found[scoped]
    else:
        assert value == found[old]
    if len(found) == 2 and int(found[scoped]) != int(found[old]):
        # Allowed only where the old name is known to have been given to another enum, and is exactly that one.
        assert name in SHADOWED, f"{scoped} and {old} differ on this QGIS"
        assert int(found[old]) == int(qgis_enums.resolve(SHADOWED[name])), f"{old} is neither {scoped} nor {SHADOWED[name]}"


def test_scoped_names_are_tried_first():
    # A QGIS that has both (3.30–3.44) gets the scoped one; a QGIS with only one gets that one.
    both = types.SimpleNamespace(Qgis=types.SimpleNamespace(Unit=types.SimpleNamespace(Km="scoped")),
                                 QgsUnitTypes=types.SimpleNamespace(DistanceKilometers="old"))
    assert qgis_enums.pick("Qgis.Unit.Km", "QgsUnitTypes.DistanceKilometers", both) == "scoped"
    assert qgis_enums.pick("Qgis.Other.Km", "QgsUnitTypes.DistanceKilometers", both) == "old"
    with pytest.raises(AttributeError):
        qgis_enums.pick("Qgis.NoSuchEnum.Value", "QgsNoSuchClass.Value")


def test_the_scanner_finds_an_enum_spelled_directly():
    planted = "self.addParameter(QgsProcessingParameterNumber('X', 'x', QgsProcessingParameterNumber.Double))"
    assert spelled_enums(planted) == ["QgsProcessingParameterNumber.Double"]
    assert spelled_enums("QgsProcessing.TEMPORARY_OUTPUT; QgsLayoutExporter.PdfExportSettings()") == []


@pytest.mark.parametrize("path", PLUGIN_SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_plugin_module_spells_a_qgis_enum_directly(path):
    found = spelled_enums(path.read_text(encoding="utf-8"))
    assert not found, (f"{path.relative_to(ROOT)} spells {found}: add the pair (QGIS 4 scoped name, QGIS 3.22 name) "
                       "to algorithms/qgis_enums.py and use the constant")


def test_attribute_types_make_the_fields_they_name():
    from qgis.core import Qgis, QgsField

    assert QgsField("a", qgis_enums.FIELD_DOUBLE).isNumeric()
    assert QgsField("a", qgis_enums.FIELD_INT).isNumeric()
    assert not QgsField("a", qgis_enums.FIELD_STRING).isNumeric()
    if Qgis.QGIS_VERSION_INT < 33800:  # QVariant.Type is what QgsField takes and gives back here
        from qgis.PyQt.QtCore import QVariant

        expected = (QVariant.Double, QVariant.Int, QVariant.String)
    else:
        from qgis.PyQt.QtCore import QMetaType

        expected = (QMetaType.Type.Double, QMetaType.Type.Int, QMetaType.Type.QString)
    made = [QgsField("a", t).type() for t in (qgis_enums.FIELD_DOUBLE, qgis_enums.FIELD_INT, qgis_enums.FIELD_STRING)]
    assert made == list(expected)


@pytest.mark.parametrize("path", PLUGIN_SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_plugin_module_uses_qvariant_types(path):
    # QVariant.Type does not exist in PyQt6; QGIS 4 wants QMetaType.Type (qgis_enums.FIELD_*).
    found = sorted(set(re.findall(r"\bQVariant\.[A-Z][A-Za-z]*", path.read_text(encoding="utf-8"))))
    assert not found, f"{path.relative_to(ROOT)} uses {found}: use qgis_enums.FIELD_DOUBLE/FIELD_STRING/FIELD_INT"

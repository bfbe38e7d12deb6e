"""QGIS's own enums under the name each QGIS version understands.

QGIS 3.30–3.38 moved many class enums to scoped enums on ``Qgis`` (``QgsProcessingParameterNumber.Double`` became
``Qgis.ProcessingNumberParameterType.Double``); QGIS 3 keeps the old names as aliases, the PyQt6 builds of QGIS 4 do
not. Every enum of QGIS the plugin uses is taken from here: the scoped name when this QGIS has it, the QGIS 3.22 name
otherwise. tests/test_qgis_enums.py checks that each pair names the same value and that no plugin module spells an
enum any other way.
"""

import qgis.core as _core

#: constant → (scoped name, QGIS 3.22 name); both are paths in qgis.core.
NAMES = {
    "SOURCE_VECTOR": ("Qgis.ProcessingSourceType.Vector", "QgsProcessing.TypeVector"),
    "SOURCE_POLYGON": ("Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.TypeVectorPolygon"),
    "SOURCE_LINE": ("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.TypeVectorLine"),
    "NUMBER_DOUBLE": ("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Double"),
    "NUMBER_INTEGER": ("Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Integer"),
    "FIELD_NUMERIC": ("Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.Numeric"),
    "FIELD_ANY": ("Qgis.ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.Any"),
    "TABLE_WRAP_TEXT": ("QgsLayoutTable.WrapBehavior.WrapText", "QgsLayoutTable.WrapText"),
    "TEXT_ALWAYS_TEXT": ("Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextFormatAlwaysText"),
    "FILE_FOLDER": ("Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Folder"),
    "PARAMETER_ADVANCED": ("Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.FlagAdvanced"),
    "PARAMETER_OPTIONAL": ("Qgis.ProcessingParameterFlag.Optional", "QgsProcessingParameterDefinition.FlagOptional"),
    "PARAMETER_HIDDEN": ("Qgis.ProcessingParameterFlag.Hidden", "QgsProcessingParameterDefinition.FlagHidden"),
    "ALGORITHM_NO_THREADING": ("Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.FlagNoThreading"),
    "SOURCE_SKIP_GEOMETRY_CHECKS": ("Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
                                    "QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks"),
    "GEOMETRY_NO_CHECK": ("Qgis.InvalidGeometryCheck.NoCheck", "QgsFeatureRequest.GeometryNoCheck"),
    "GEOMETRY_ABORT_ON_INVALID": ("Qgis.InvalidGeometryCheck.AbortOnInvalid", "QgsFeatureRequest.GeometryAbortOnInvalid"),
    "GEOMETRY_SKIP_INVALID": ("Qgis.InvalidGeometryCheck.SkipInvalid", "QgsFeatureRequest.GeometrySkipInvalid"),
    "SOURCE_OVERRIDES_GEOMETRY_CHECK": ("Qgis.ProcessingFeatureSourceDefinitionFlag.OverrideDefaultGeometryCheck",
                                        "QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck"),
    "REQUEST_NO_GEOMETRY": ("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.NoGeometry"),
    "SINK_FAST_INSERT": ("QgsFeatureSink.Flag.FastInsert", "QgsFeatureSink.FastInsert"),
    "WKB_NO_GEOMETRY": ("Qgis.WkbType.NoGeometry", "QgsWkbTypes.NoGeometry"),
    "WKB_LINESTRING": ("Qgis.WkbType.LineString", "QgsWkbTypes.LineString"),
    "DISTANCE_KILOMETERS": ("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceKilometers"),
    "LAYOUT_MILLIMETERS": ("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutMillimeters"),
    "RENDER_POINTS": ("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderPoints"),
    "EXPORT_SUCCESS": ("QgsLayoutExporter.ExportResult.Success", "QgsLayoutExporter.Success"),
    "PROPERTY_STATIC": ("Qgis.PropertyType.Static", "QgsProperty.StaticProperty"),
    "MESSAGE_INFO": ("Qgis.MessageLevel.Info", "Qgis.Info"),
    "LABEL_OVER_POINT": ("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.OverPoint"),
    "LEGEND_SUBGROUP": ("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Subgroup"),
    "LEGEND_SYMBOL_LABEL": ("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.SymbolLabel"),
    "LAYER_FILTER_POLYGON": ("Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.PolygonLayer"),
    "LAYER_FILTER_VECTOR": ("Qgis.LayerFilter.VectorLayer", "QgsMapLayerProxyModel.VectorLayer"),
    # QgsLayoutItemMapGrid (the latitude/longitude ticks: algorithms/map_decorations.py)
    "GRID_FRAME_AND_ANNOTATIONS": ("Qgis.MapGridStyle.FrameAndAnnotationsOnly", "QgsLayoutItemMapGrid.FrameAnnotationsOnly"),
    "GRID_EXTERIOR_TICKS": ("Qgis.MapGridFrameStyle.ExteriorTicks", "QgsLayoutItemMapGrid.ExteriorTicks"),
    "GRID_OUTSIDE_FRAME": ("Qgis.MapGridAnnotationPosition.OutsideMapFrame", "QgsLayoutItemMapGrid.OutsideMapFrame"),
    "GRID_DEGREES": ("Qgis.MapGridAnnotationFormat.DecimalWithSuffix", "QgsLayoutItemMapGrid.DecimalWithSuffix"),
    "GRID_DEGREES_MINUTES": ("Qgis.MapGridAnnotationFormat.DegreeMinutePadded", "QgsLayoutItemMapGrid.DegreeMinutePadded"),
    "GRID_HIDE_ALL": ("Qgis.MapGridComponentVisibility.HideAll", "QgsLayoutItemMapGrid.HideAll"),
    "GRID_LATITUDE_ONLY": ("Qgis.MapGridComponentVisibility.LatitudeOnly", "QgsLayoutItemMapGrid.LatitudeOnly"),
    "GRID_LONGITUDE_ONLY": ("Qgis.MapGridComponentVisibility.LongitudeOnly", "QgsLayoutItemMapGrid.LongitudeOnly"),
    "GRID_HORIZONTAL": ("Qgis.MapGridAnnotationDirection.Horizontal", "QgsLayoutItemMapGrid.Horizontal"),
    "GRID_VERTICAL": ("Qgis.MapGridAnnotationDirection.Vertical", "QgsLayoutItemMapGrid.Vertical"),
    "GRID_LEFT": ("Qgis.MapGridBorderSide.Left", "QgsLayoutItemMapGrid.Left"),
    "GRID_RIGHT": ("Qgis.MapGridBorderSide.Right", "QgsLayoutItemMapGrid.Right"),
    "GRID_TOP": ("Qgis.MapGridBorderSide.Top", "QgsLayoutItemMapGrid.Top"),
    "GRID_BOTTOM": ("Qgis.MapGridBorderSide.Bottom", "QgsLayoutItemMapGrid.Bottom"),
}


def resolve(path, module=_core):
    """The object at a dotted ``path`` in ``module``; AttributeError when this QGIS lacks it."""
    value = module
    for part in path.split("."):
        value = getattr(value, part)
    return value


def pick(scoped, old, module=_core):
    """The scoped enum value when this QGIS has it, else the QGIS 3.22 one."""
    try:
        return resolve(scoped, module)
    except AttributeError:
        return resolve(old, module)


for _name, (_scoped, _old) in NAMES.items():
    globals()[_name] = pick(_scoped, _old)

#: enums of qgis.gui (the desktop only: qgis_process never loads it), resolved on use by :func:`gui_enum`.
GUI_NAMES = {
    "FILE_WIDGET_DIRECTORY": ("QgsFileWidget.StorageMode.GetDirectory", "QgsFileWidget.GetDirectory"),
}


def gui_enum(name):
    import qgis.gui as gui

    return pick(*GUI_NAMES[name], module=gui)


def _field_types():
    """Attribute types for QgsField: QMetaType.Type from QGIS 3.38 on (QGIS 4 has no QVariant.Type), QVariant.Type before."""
    if _core.Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return QMetaType.Type.Double, QMetaType.Type.QString, QMetaType.Type.Int
    from qgis.PyQt.QtCore import QVariant

    return QVariant.Double, QVariant.String, QVariant.Int


FIELD_DOUBLE, FIELD_STRING, FIELD_INT = _field_types()

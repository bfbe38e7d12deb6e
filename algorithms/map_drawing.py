"""What ecocomp:mapimage does once its parameters are read: the checks of the layer and its field, the map's
projection, the layers drawn (in-memory copies in a private project), the note and approval number under the map, and
the map and its print layout written (algorithms/map_layout.py draws the page)."""

import os
from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsProject,
)
from qgis.PyQt.QtGui import QFont

from ..translation import tr
from . import qgis_enums as enums
from .map_layout import build_layout, export_map, layout_target, mark_layout, set_pdf_metadata
from .map_texts import (FIELD_TITLES, approval_text, legend_money, legend_title, money_base, money_title, source_note,
                        wrap_legend)
from .styling import FIXED_STYLES, apply_style, fit_classes, style_path

DEFAULT_CRS = "ESRI:102025"  # equal-area conic suited to China
FORMATS = (".png", ".pdf", ".svg")


def add_labels(layer, field):
    """Label the polygons of ``layer`` with ``field``, centred, in the map's font."""
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    from . import mapping

    settings = QgsPalLayerSettings()
    settings.fieldName = field
    from qgis.core import QgsTextBufferSettings
    from qgis.PyQt.QtGui import QColor

    text = QgsTextFormat()
    text.setFont(QFont(mapping.chinese_font(), 7))
    text.setSize(7)
    halo = QgsTextBufferSettings()  # a white halo: the names stay legible over dark classes
    halo.setEnabled(True)
    halo.setSize(0.6)
    halo.setColor(QColor("white"))
    text.setBuffer(halo)
    settings.setFormat(text)
    settings.placement = enums.LABEL_OVER_POINT  # centred; the labelling engine avoids collisions
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def check_mappable(layer, index, field):
    """Refuse a field that would draw a blank map: text, or no numeric value at all."""
    from .bridge import to_number

    request = QgsFeatureRequest().setFlags(enums.REQUEST_NO_GEOMETRY).setSubsetOfAttributes([index])
    numbers = 0
    for feature in layer.getFeatures(request):
        value = feature.attributes()[index]
        try:
            number = to_number(value)
        except (TypeError, ValueError):
            raise QgsProcessingException(tr("Field '{}' of layer '{}' holds text ({!r}), not numbers: a map needs "
                                            "a numeric field.").format(field, layer.name(), str(value))) from None
        if number in (float("inf"), float("-inf")):
            raise QgsProcessingException(tr("Field '{}' of layer '{}' holds an infinite value (feature {}): a class "
                                            "would run to infinity. Correct the value first.").format(
                field, layer.name(), feature.id()))
        if number == number:
            numbers += 1
    if numbers == 0:
        raise QgsProcessingException(tr("Field '{}' of layer '{}' is empty (NULL in every feature): the map "
                                        "would be blank.").format(field, layer.name()))


def copy_layer(layer, name, feedback):
    """An in-memory copy of ``layer`` (features, fields, CRS), whatever its provider."""
    copy = layer.materialize(QgsFeatureRequest(), feedback)
    if copy is None or not copy.isValid():
        raise QgsProcessingException(tr("Could not read layer '{}' for drawing.").format(layer.name()))
    copy.setName(name)
    return copy


def warn_invalid(layer, feedback):
    """Say which units have an invalid geometry: a map draws them as they are (a self-intersecting county fills
    oddly), so the analyst knows before printing."""
    from .bridge import list_names

    invalid = [str(f.id()) for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes())
               if not f.geometry().isNull() and not f.geometry().isGeosValid()]
    if invalid and feedback is not None:
        feedback.pushWarning(tr("{} unit(s) have an invalid geometry (fid {}): they are drawn as they are. Repair them "
                                "(e.g. with 'Fix geometries') for a clean map.").format(len(invalid),
                                                                                         list_names(invalid)))


@dataclass
class MapOptions:
    """What the parameters of ecocomp:mapimage ask for, as the plain values the algorithm read."""

    field: str
    path: str  # the map's file: .png, .pdf or .svg
    title: str = ""  # empty: the field's heading
    note: str = ""  # empty: what the base map and the data are
    approval: str = ""  # the base map's approval number (审图号)
    author: str = ""  # the PDF's metadata
    crs: Any = None  # the map projection; not valid: Albers on CGCS2000
    legend_unit: int = 0  # money in the legend: 0 as in the field, 1 万元, 2 亿元
    label_field: str = ""
    north_arrow: bool = True
    inset: bool = True  # a national map's South China Sea islands in an inset, else at full extent
    base_layer: Any = None  # a national map's provinces; None: the demonstration base
    scs_layer: Any = None  # a national map's South China Sea line; None: the shipped one
    overlay: Any = None  # a layer drawn on top
    classes_from: Any = None  # a layer whose values set the classes (the whole province for an atlas page)
    dpi: int = 300
    grid_ticks: bool = True  # latitude/longitude ticks on the main map's frame
    locator: bool = True  # a locator inset of China on a map of a part of it
    data_source: str = ""  # the data as the note names them; empty: what EcoComp knows of them


class MapLayers:
    """The layers of a map, top first (``layers``): in-memory copies in a private project in ``crs``, whose metadata
    give the PDF its ``title`` and ``author``. The input layers and the analyst's project stay untouched, and temporary
    layers (the result of a previous step) draw like files."""

    def __init__(self, crs, title, author, feedback):
        self.project = QgsProject()
        self.project.setCrs(crs)
        set_pdf_metadata(self.project, title, author)
        self.feedback = feedback
        self.layers = []
        self.layer = self.national = self.locator = self.width_legend = None

    def add_mapped(self, source_layer, field, heading, divisor, label_field, classes_from=None):
        """The mapped layer, named ``heading``: its field's bundled style (else natural-breaks classes) — fitted to
        ``classes_from`` when given, so that the maps of a province's prefectures share one set of classes —, the
        breaks rounded in the legend's unit (the field's values divided by ``divisor``), labelled by ``label_field``."""
        from . import mapping

        layer = self.layer = copy_layer(source_layer, wrap_legend(heading), self.feedback)
        warn_invalid(layer, self.feedback)
        self.project.addMapLayer(layer)
        base = money_base(field)[0]
        style = base if os.path.exists(style_path(base)) or base in FIXED_STYLES else "graduated"
        styled = layer if classes_from is None else copy_layer(classes_from, layer.name(), self.feedback)
        if styled.fields().lookupField(field) < 0:
            raise QgsProcessingException(tr("Field '{}' was not found in layer '{}'.").format(field, classes_from.name()))
        if styled is not layer:  # its values set the classes: the same checks as the mapped layer's
            check_mappable(classes_from, classes_from.fields().lookupField(field), field)
        apply_style(styled, style)  # its legend entries in the map's language too
        if style == "graduated":
            styled.renderer().setClassAttribute(field)
            fit_classes(styled, styled.renderer(), len(styled.renderer().ranges()) or 5)
        if styled is not layer:
            layer.setRenderer(styled.renderer().clone())
        if isinstance(layer.renderer(), QgsGraduatedSymbolRenderer) and style not in FIXED_STYLES:
            mapping.round_breaks(layer.renderer(), divisor)  # the field's values in the legend's unit
        if label_field:
            add_labels(layer, label_field)
        self.layers = [layer]

    def add_overlay(self, overlay_source, money_unit=None):
        """A layer drawn on top: land flows and transfers in their bundled style, any other in its own; transfers'
        width legend in ``money_unit`` (the polygons' legend unit) when the map is of money."""
        from .styling import flow_widths

        overlay = copy_layer(overlay_source, overlay_source.name(), self.feedback)
        if overlay.fields().lookupField("net_ha") >= 0:
            apply_style(overlay, "flows")
            overlay.setName(tr(FIELD_TITLES["net_ha"]))
            labels = flow_widths(overlay, "net_ha", tr("ha"))
        elif overlay.fields().lookupField("payer") >= 0 and overlay.fields().lookupField("amount") >= 0:
            apply_style(overlay, "transfers")
            overlay.setName(tr("Transfers payer → receiver"))
            given = flow_money_unit(overlay)
            if money_unit is not None and given is not None:
                from ..ecocomp_science import units

                labels = flow_widths(overlay, "amount", tr(units.money_names(money_unit[0])[0]),
                                     money_unit[2] / given[2])
            else:
                labels = flow_widths(overlay, "amount", flow_unit(overlay))
        else:
            overlay.setRenderer(overlay_source.renderer().clone())
            labels = None
        if labels:  # arrows as wide as their amounts, a legend of sample widths
            self.width_legend = (overlay, labels)
        self.project.addMapLayer(overlay)
        self.layers.insert(0, overlay)

    def add_national(self, base_layer, scs_layer, inset):
        """A national map's base: the provinces (the analyst's ``base_layer``, else the demonstration base) under the
        data, the South China Sea line (``scs_layer``, else the shipped one) over them."""
        from . import mapping

        provinces, line = mapping.base_layers(base_layer, scs_layer)
        for extra in (provinces, line):
            if not extra.isValid():
                raise QgsProcessingException(tr("The national base layer {} cannot be read.").format(extra.name()))
            self.project.addMapLayer(extra)
        self.national = (provinces, line)
        self.layers = [line] + self.layers + [provinces]
        self.feedback.pushInfo(tr("National map: the whole territory drawn as the base ({} provincial units), the "
                                  "South China Sea islands with the ten-dash line {}.").format(
            provinces.featureCount(), tr("in an inset") if inset else tr("at full extent")))

    def add_locator(self, base_layer, scs_layer):
        """The layers of a locator inset: the study area (the mapped units dissolved, in the role red), the South
        China Sea line and the provinces (the analyst's base layers, else the shipped ones) — kept out of the legend."""
        from . import mapping

        provinces, line = mapping.base_layers(base_layer, scs_layer)
        if not (provinces.isValid() and line.isValid()):
            self.feedback.pushWarning(tr("The locator inset is left out: the base layers of China cannot be read."))
            return
        area = mapping.study_area(self.layer)
        for extra in (area, line, provinces):
            self.project.addMapLayer(extra, False)
        self.locator = (area, line, provinces)


def flow_money_unit(layer):
    """The money unit (key, label, factor …) of a transfers layer's amounts (its field ``unit``), or None."""
    from ..ecocomp_science import units

    index = layer.fields().lookupField("unit")
    first = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None) if index >= 0 else None
    given = str(first.attributes()[index] or "") if first is not None else ""
    return next((unit for unit in units.units_of("money")
                 if given in units.money_names(unit[0]) + (tr(units.money_names(unit[0])[0]),)), None)


def flow_unit(layer):
    """The unit of a transfers layer's amounts (its field ``unit``) in the map's language: 万元, 10,000 CNY …"""
    from ..ecocomp_science import units

    index = layer.fields().lookupField("unit")
    first = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None) if index >= 0 else None
    given = str(first.attributes()[index] or "") if first is not None else ""
    for unit in units.units_of("money"):
        if given in units.money_names(unit[0]):
            return tr(units.money_names(unit[0])[0])
    return given


class MapDrawing:
    """The map of one field of ``source_layer`` as ``options`` ask (:class:`MapOptions`): checked, drawn and written
    through the ``staging`` of the running algorithm, with the run's ``transform_context`` and ``feedback``."""

    def __init__(self, source_layer, options, transform_context, feedback, staging):
        self.source, self.options = source_layer, options
        self.transform_context, self.feedback, self.staging = transform_context, feedback, staging
        self.in_china = False  # whether the data lie in China (a locator inset can show where)

    def run(self):
        """Check the layer and its field, draw the map and write it with its print layout; returns the map's path."""
        options, feedback = self.options, self.feedback
        heading, title, divisor, extension = self.check()
        money, legend_unit, _ = legend_money(options.field, options.legend_unit)
        crs, national = self.projection()
        drawn = MapLayers(crs, title, options.author, feedback)
        drawn.add_mapped(self.source, options.field, heading, divisor, options.label_field, options.classes_from)
        if options.overlay is not None:
            drawn.add_overlay(options.overlay, legend_unit if money else None)
        if national:
            drawn.add_national(options.base_layer, options.scs_layer, options.inset)
        elif options.locator and self.in_china:
            drawn.add_locator(options.base_layer, options.scs_layer)
        note, approval = self.texts(national)
        feedback.setProgress(30)

        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        try:
            layout = build_layout(drawn.project, drawn.layers, crs, title, note, layer=drawn.layer,
                                  national=drawn.national, inset=options.inset, north_arrow=options.north_arrow,
                                  approval=approval, grid=options.grid_ticks, locator=drawn.locator,
                                  width_legend=drawn.width_legend)
        except QgsCsException:
            source_layer = self.source
            extent = source_layer.extent()
            raise QgsProcessingException(tr(
                "Layer '{}' cannot be drawn in {}: its extent ({:g}, {:g} – {:g}, {:g}) does not transform from its "
                "coordinate reference system {}. Check that the layer's coordinate reference system is the one its "
                "coordinates are in.").format(source_layer.name(), crs.authid(), extent.xMinimum(), extent.yMinimum(),
                                              extent.xMaximum(), extent.yMaximum(),
                                              source_layer.crs().authid())) from None
        self.write(layout, options.path, extension)
        return options.path

    def check(self):
        """Refuse what cannot be mapped (before anything is drawn); returns (the heading of the field, the map's
        title, the divisor from the field's values to the legend's unit, the extension of the map's file)."""
        source_layer, field, feedback = self.source, self.options.field, self.feedback
        index = source_layer.fields().lookupField(field)
        if index < 0:
            raise QgsProcessingException(tr("Field '{}' was not found in layer '{}'.").format(field, source_layer.name()))
        # The unit of the legend (as in the field, or 万元 / 亿元 chosen) is the unit of the title: one heading for both.
        base = money_base(field)[0]
        chosen = self.options.legend_unit
        money, legend_unit, divisor = legend_money(field, chosen)
        if chosen and not money:
            feedback.pushWarning(tr("Field '{}' is not an amount of money: its legend keeps the field's values.")
                                 .format(field))
        heading = money_title(base, legend_unit) if money else legend_title(source_layer, field)
        title = self.options.title or heading
        path = self.options.path
        extension = os.path.splitext(path)[1].lower()
        if extension not in FORMATS:
            raise QgsProcessingException(tr("The map is written as PNG, PDF or SVG: give the output file one of "
                                            "these extensions ({} was given).").format(path))
        if source_layer.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{}' has no features: there is nothing to map.")
                                         .format(source_layer.name()))
        check_mappable(source_layer, index, field)
        if not source_layer.crs().isValid():
            raise QgsProcessingException(tr("Layer '{}' has no coordinate reference system: assign one first, so "
                                            "that it can be drawn in the map projection.").format(source_layer.name()))
        return heading, title, divisor, extension

    def projection(self):
        """(the map's CRS: the one chosen, else Albers on CGCS2000 for the data, whether the map is national)."""
        from . import mapping

        source_layer = self.source
        try:
            degrees = mapping.extent_in_degrees(source_layer, self.transform_context)
        except QgsCsException:
            degrees = None
        if degrees is not None and not (-180.0 <= degrees.xMinimum() and degrees.xMaximum() <= 180.0
                                        and -90.0 <= degrees.yMinimum() and degrees.yMaximum() <= 90.0):
            degrees = None  # coordinates that are not in the layer's CRS: refused below with the extent
            crs_check = QgsCoordinateReferenceSystem(DEFAULT_CRS)
            extent = source_layer.extent()
            raise QgsProcessingException(tr(
                "Layer '{}' cannot be drawn in {}: its extent ({:g}, {:g} – {:g}, {:g}) does not transform from its "
                "coordinate reference system {}. Check that the layer's coordinate reference system is the one its "
                "coordinates are in.").format(source_layer.name(), crs_check.authid(), extent.xMinimum(),
                                              extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                              source_layer.crs().authid()))
        national = degrees is not None and mapping.is_national(degrees)
        self.in_china = mapping.in_china(degrees)
        crs = self.options.crs
        if not crs.isValid():
            if degrees is None:
                crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
            else:
                crs, meridian = mapping.default_crs(degrees)
                self.feedback.pushInfo(tr("Map projection: Albers equal-area conic, CGCS2000, 25°N/47°N, central "
                                          "meridian {:g}°E.").format(meridian))
        return crs, national

    def texts(self, national):
        """(the note under the map: the one given, else what the base map and the data are; the approval number in
        its standard form, printed only under the standard map's layers)."""
        options = self.options
        note = options.note or source_note(self.source, options.base_layer, options.data_source)
        approval = options.approval.strip()
        if approval:
            # An approval number certifies a standard map's boundaries: printed only with the standard map's layers,
            # never under the shipped demonstration base.
            if national and (options.base_layer is None or options.scs_layer is None):
                raise QgsProcessingException(tr(
                    "The approval number {} cannot be printed under the shipped base map: it is a simplified "
                    "demonstration base, not the standard map (标准地图) the number approves. Give the standard map's "
                    "provinces and South China Sea line as the base layers, or leave the approval number empty.")
                    .format(approval))
            if approval_text(approval) is None:
                raise QgsProcessingException(tr("{!r} is not an approval number (审图号) in the standard form, e.g. "
                                                "GS(2019)1822号.").format(approval))
            approval = approval_text(approval)
        return note, approval

    def write(self, layout, path, extension):
        """The map (PNG, PDF or SVG) and its print layout (.qpt, signed as EcoComp's) beside it — or, when the one
        there was edited, under the next free name."""
        feedback = self.feedback
        feedback.setProgress(60)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        export_map(layout, path, extension, self.options.dpi, self.staging)
        feedback.setProgress(90)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        beside, template = layout_target(path)
        if template != beside:
            feedback.pushWarning(tr("The print layout {} was edited after EcoComp wrote it (or is not EcoComp's): it is "
                                    "kept as it is, and this run's layout is written to {}.").format(beside, template))
        from qgis.core import QgsReadWriteContext

        staged = self.staging.file(template)
        if not layout.saveAsTemplate(staged, QgsReadWriteContext()):
            raise QgsProcessingException(tr("Could not write the print layout {}.").format(template))
        mark_layout(staged)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Map written to {}; its print layout (to edit in QGIS) to {}.").format(path, template))

"""Processing widget wrappers: the table editors and the AHP dialog inside algorithm dialogs and the modeller.

Parameters name these classes by dotted path in their metadata
(``algorithms/algorithm.py: editor_metadata``), so qgis_process never imports them.
"""

from processing.gui.wrappers import WidgetWrapper
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..translation import tr



def as_list(value):
    """A matrix parameter value as a flat list (Processing may hand a comma-separated string)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [cell.strip() for cell in value.split(",")] if value.strip() else []
    return list(value)


class EditorWrapper(WidgetWrapper):
    """A summary of the current table and a button that opens its editor."""

    def createWidget(self, **kwargs):  # noqa: N802 (Processing API)
        self.editor_options = kwargs
        self._value = []
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        button = QPushButton(tr("Edit…"))
        button.setObjectName("ecocompEditButton")
        button.clicked.connect(self.edit)
        layout.addWidget(self.summary, 1)
        layout.addWidget(button)
        self.summary.setText(self.describe())  # Processing calls setValue only when there is a default
        return widget

    def open_editor(self):
        raise NotImplementedError

    def edit(self):
        dialog = self.open_editor()
        if dialog.exec():
            self.setValue(dialog.value())
            self.widgetValueHasChanged.emit(self)

    def setValue(self, value):  # noqa: N802 (Processing API)
        self._value = as_list(value)
        self.summary.setText(self.describe())

    def value(self):
        return list(self._value)


def layer_field_names(value):
    """The field names of a layer parameter's current value — a layer, a layer id, a path, a selection-only source —
    as EcoComp reads them (a CSV/XLSX statistics table through its one reader: title rows, GBK, sheets); [] for a
    value that is not a layer yet (a model input in the modeller, nothing chosen)."""
    from qgis.core import (QgsProcessingContext, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsProject,
                           QgsVectorLayer)

    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    layer = value if isinstance(value, QgsVectorLayer) else None
    if layer is None and isinstance(value, str) and value:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        layer = QgsProcessingUtils.mapLayerFromString(value, context)
    if not isinstance(layer, QgsVectorLayer):
        return []
    from ..algorithms.statistics_files import read_statistics
    from ..ecocomp_science.errors import InputError

    try:
        table = read_statistics(layer=layer)
    except InputError:
        table = None
    return list(table.header) if table is not None else layer.fields().names()


class TableWrapper(EditorWrapper):
    """Editor of a parameter table (crops, commodities, factors, roles, land cover). A table of fields offers the
    fields of the dialog's layers (the units and their statistics table) in lists."""

    def postInitialize(self, wrappers):  # noqa: N802 (Processing API)
        self.layer_wrappers = [w for w in wrappers if w.parameterDefinition().type() in ("source", "vector")]

    def field_names(self):
        """The field names of the dialog's layers now (None when no layer is known: any name is then taken)."""
        names = []
        for wrapper in getattr(self, "layer_wrappers", []):
            try:
                value = wrapper.parameterValue()
            except (AttributeError, RuntimeError):
                continue
            names += [name for name in layer_field_names(value) if name not in names]
        return names or None

    def open_editor(self):
        from .table_editor import TableEditorDialog

        return TableEditorDialog(self.editor_options.get("table"), self._value, self.widget, self.field_names())

    def describe(self):
        from .table_editor import specs

        spec = specs()[self.editor_options.get("table")]
        rows = len(self._value) // len(spec.columns)
        return tr("{}: {} row(s)").format(spec.title, rows) if rows else tr("{}: empty").format(spec.title)


class AhpWrapper(EditorWrapper):
    """The AHP pairwise matrix, with its weights and consistency ratio."""

    def open_editor(self):
        from .ahp_dialog import AhpDialog

        return AhpDialog(value=self._value, parent=self.widget)

    def describe(self):
        from ..ecocomp_science import zoning

        values = [float(v) for v in self._value]
        n = int(round(len(values) ** 0.5))
        if n < 2 or n * n != len(values):
            return tr("no judgements yet")
        try:
            weights, cr, _ = zoning.ahp_weights([values[i * n:(i + 1) * n] for i in range(n)])
        except Exception as error:  # noqa: BLE001 - the science's message, shown as is
            return str(error)
        return tr("weights {}; CR = {:.3f}").format(" / ".join("{:.3f}".format(w) for w in weights), cr)

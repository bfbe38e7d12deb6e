"""Base class of the EcoComp algorithms: translation, icon, help, the checks of the parameters and the run with every
output staged. The units read (unit_inputs.py), the outputs written (result_outputs.py), the parameter helpers
(parameters.py) and the help text (help_text.py) are their own modules."""

import importlib.util
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..ecocomp_science.errors import InputError
from ..translation import N_, tr
from .help_text import on_the_command_line, plain_text
from .outputs import (OutputStaging, cancel_on_signals, dbase_messages, free_space_said, full_disk_note,
                      refuse_outputs_over_inputs, write_failure)
from .parameters import (  # noqa: F401 (imported from here by the algorithms)
    PLUGIN_PACKAGE, editor_metadata, fill_defaults, matrix_rows, number_range_error, with_metadata)
from .result_outputs import ResultOutputs
from .unit_inputs import UnitInputs

# The toolbox's groups in the order of the work; the toolbox sorts groups by name, so each name starts with its place
# (in every language).
GROUPS = {
    "data": N_("1 · Statistics table"),
    "methods": N_("2 · Compensation methods"),
    "models": N_("3 · Whole chain (model)"),
    "tools": N_("4 · Maps and report"),
    "io": N_("5 · Input–output land occupation"),
    "landcover": N_("6 · Land-cover rasters"),
    "beyond": N_("7 · Beyond the papers"),
}

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "ui", "icons", "ecocomp.svg")


class EcoCompAlgorithm(UnitInputs, ResultOutputs, QgsProcessingAlgorithm):
    """Common behaviour: translation, icon, the statistics-table join and error wrapping.

    Subclasses implement :meth:`compute` instead of ``processAlgorithm``; an
    :class:`InputError` raised by the science becomes a
    ``QgsProcessingException`` with the same message.
    """

    INPUT = "INPUT"
    STATS_TABLE = "STATS_TABLE"
    INPUT_KEY = "INPUT_KEY"
    STATS_KEY = "STATS_KEY"
    DUPLICATE_KEYS = "DUPLICATE_KEYS"
    UNMATCHED = "UNMATCHED"
    STATS_ENCODING = "STATS_ENCODING"
    STATS_HEADER_ROW = "STATS_HEADER_ROW"
    STATS_SHEET = "STATS_SHEET"
    CHECK_UNITS = "CHECK_UNITS"
    INVALID_GEOMETRY = "INVALID_GEOMETRY"
    OUTPUT = "OUTPUT"

    def __init_subclass__(cls, **kwargs):
        """The help each algorithm writes in HTML is given as plain text to ``qgis_process help``."""
        super().__init_subclass__(**kwargs)
        written = cls.__dict__.get("shortHelpString")
        if written is not None:
            def short_help(self, _written=written):
                text = _written(self)
                section = getattr(self, "METHODS_SECTION", None)
                if section:
                    text += tr("<p>Formulas, defaults, sources and the choices made where the papers disagree: "
                               "docs/methods.md in the plugin (Help), section “{}”.</p>").format(tr(section))
                return plain_text(text) if on_the_command_line() else text
            cls.shortHelpString = short_help

    # Optional libraries an algorithm needs: (module, what to install). Checked
    # without importing them, so the algorithm stays listed when one is missing.
    REQUIRES = ()

    def tr(self, text):
        return tr(text)

    def group(self):
        return tr(GROUPS[self.groupId()])

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(ICON)

    def canExecute(self):  # noqa: N802 (QGIS API)
        missing = [hint for module, hint in self.REQUIRES if importlib.util.find_spec(module) is None]
        if missing:
            return False, self.tr("This algorithm needs a Python library that QGIS cannot find. Install: {}.").format(
                "; ".join(missing))
        return True, ""

    def helpUrl(self):
        """The user guide that ships inside the plugin (docs/README.md, or README.zh_CN.md in Chinese), rendered as
        an HTML page (algorithms/help_html.py) and opened locally: it works offline and always matches the installed
        version."""
        from qgis.PyQt.QtCore import QUrl

        from ..translation import qgis_language
        from .help_html import guide_page

        name = "README.zh_CN.md" if qgis_language() == "zh_CN" else "README.md"
        try:
            return QUrl.fromLocalFile(guide_page(name)).toString()
        except OSError:  # no writable cache: the Markdown itself
            return QUrl.fromLocalFile(os.path.join(os.path.dirname(os.path.dirname(__file__)), "docs", name)).toString()

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 (QGIS API)
        """QGIS's algorithm dialog, fitted to its default width (ui/dialog_fit.py); None where no GUI is loaded."""
        try:
            from ..ui.dialog_fit import FittedAlgorithmDialog
        except ImportError:  # qgis_process and scripts without the Processing GUI
            return None
        return FittedAlgorithmDialog(self, parent=parent)


    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        message = number_range_error(self, parameters, context)
        if message:
            return False, message
        if not any(d.type() == "raster" for d in self.parameterDefinitions()):
            return super().checkParameterValues(fill_defaults(self, parameters), context)
        # QGIS loads raster inputs to check them; their renderer's statistics would make GDAL write a .aux.xml
        # file beside the analyst's raster when the layer is released. Rasters opened here keep no such file.
        from osgeo import gdal

        previous = gdal.GetConfigOption("GDAL_PAM_ENABLED")
        gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
        try:
            return super().checkParameterValues(fill_defaults(self, parameters), context)
        finally:
            gdal.SetConfigOption("GDAL_PAM_ENABLED", previous)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Runs :meth:`compute` with every file output staged: all outputs are moved into place at the end, or
        (failure, cancel) none, and earlier files at the output paths stay byte-identical (algorithms/outputs.py)."""
        refuse_outputs_over_inputs(self, parameters, context)
        with cancel_on_signals(feedback), dbase_messages(self, parameters, context, feedback):
            return self.run_staged(parameters, context, feedback)

    def run_staged(self, parameters, context, feedback):
        """:meth:`compute` with every output staged, committed at the end or discarded on failure."""
        self.staging = OutputStaging(self, parameters, context, feedback)
        try:
            results = self.compute(parameters, context, feedback)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled: nothing was written."))
            results = self.staging.commit(results)
            if getattr(self, "checked_units", False):
                from . import checked_geometries

                checked_geometries.remember_output(results.get(self.OUTPUT))
            return results
        except OSError as error:  # a full disk, a read-only folder: said in the analyst's words
            outputs = self.staging.outputs()
            self.staging.discard(error)
            raise QgsProcessingException(write_failure(error, outputs)) from None
        except InputError as error:
            self.staging.discard(error)
            # The template is translated, then filled in: the message reaches the analyst in QGIS's language.
            raise QgsProcessingException(error.translated(tr)) from None
        except QgsProcessingException as error:
            note = full_disk_note(self.staging.outputs())  # a writer that failed on a full disk says only "could not"
            self.staging.discard(error)
            if note and not free_space_said(error):  # said once
                raise QgsProcessingException("{} {}".format(str(error), note)) from None
            raise
        except BaseException as error:
            self.staging.discard(error)
            raise
        finally:
            # No reference cycle (algorithm → staging → context → layers) outlives the run: collected after
            # QGIS has exited, it would crash the process.
            self.staging = None
            self.__dict__.pop("frame", None)

    def compute(self, parameters, context, feedback):
        raise NotImplementedError


class MethodAlgorithm(EcoCompAlgorithm):
    """A compensation method of docs/methods.md: listed under "Compensation methods", it works on unit
    polygons with an optional statistics table joined by key."""

    def groupId(self):  # noqa: N802 (QGIS API)
        return "methods"

    def add_units(self):
        self.add_polygon_input(self.tr("Units (county / prefecture / province polygons)"))
        self.add_join_parameters()
        self.add_plausibility()


class BeyondPapersAlgorithm(EcoCompAlgorithm):
    """An algorithm that goes beyond the papers (docs/methods.md says so in its section): listed under
    "Beyond the papers"."""

    def groupId(self):  # noqa: N802 (QGIS API)
        return "beyond"

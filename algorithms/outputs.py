"""An analyst's files are never lost: outputs that name an input are refused, and every file output is staged.

Two guarantees for every EcoComp algorithm (docs/README.md, "What EcoComp refuses, and why"):

1. **No output overwrites an input.** Before anything is written, every
   destination (feature sinks, rasters, CSV, PNG) is compared with every
   file the run reads (input layers, statistics tables, rasters, MRIO
   files and folders). A destination that names a file read by the run —
   the whole file, or the same layer of a GeoPackage — is refused. A *new*
   layer in an existing GeoPackage (``ogr:dbname=… table=new``) is allowed
   and keeps the file's other layers.
2. **All or nothing.** Every file output is written under a temporary name
   in its own folder (a new GeoPackage, or a temporary layer inside an
   existing GeoPackage) and moved into place only when the whole run has
   succeeded. A run that fails or is cancelled removes its temporary files
   and leaves every earlier file at its output paths byte-identical;
   multi-output algorithms write all their outputs or none.
"""

import contextlib
import csv
import glob
import math
import os
import re
import shutil
import traceback
import uuid

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingContext,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QUrl

from ..translation import tr
from . import qgis_enums as enums

INPUT_TYPES = ("source", "vector", "raster", "layer", "mesh", "multilayer", "pointcloud")
DESTINATION_TYPES = ("sink", "vectorDestination", "rasterDestination", "fileDestination", "folderDestination")
TEMP_TAG = ".ecocomp-partial-"  # part of every temporary name: what a cancelled run could leave behind
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qix", ".sbn", ".sbx", ".qmd")


def _same_file(a, b):
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _static(value, context):
    """The plain value of a parameter that may be a QgsProperty (models, expressions)."""
    if isinstance(value, QgsProperty):
        if value.propertyType() == enums.PROPERTY_STATIC:
            return value.staticValue()
        return value.valueAsString(context.expressionContext(), "")[0]
    return value


def layer_files(layer):
    """(path, layer name or None) of the files a map layer reads; [] for memory and database layers."""
    if layer is None:
        return []
    provider = layer.providerType()
    source = layer.source()
    parts = QgsProviderRegistry.instance().decodeUri(provider, source) or {}
    path = parts.get("path")
    if not path and source.startswith("file:"):
        path = QUrl(source.split("?")[0]).toLocalFile()
    if not path and provider in ("ogr", "gdal"):
        path = source.split("|")[0]
    if not path or not os.path.exists(path):
        return []
    name = parts.get("layerName")
    return [(path, str(name) if name else None)]


def file_inputs(path):
    """Every file read from a file or folder parameter (folders: all files below them)."""
    if not path:
        return []
    if os.path.isdir(path):
        return [(os.path.join(folder, name), None) for folder, _, names in os.walk(path) for name in names]
    return [(path, None)] if os.path.exists(path) else []


def read_files(algorithm, parameters, context):
    """[(path, layer name or None, parameter description)] of every file the run reads."""
    found = []
    for definition in algorithm.parameterDefinitions():
        name, kind = definition.name(), definition.type()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            continue
        paths = []
        if kind in INPUT_TYPES:
            value = parameters.get(name)
            if isinstance(value, QgsProcessingFeatureSourceDefinition):
                value = _static(value.source, context)
            values = value if isinstance(value, (list, tuple)) else [value]
            for item in values:
                if isinstance(item, str) and os.path.exists(item.split("|")[0]):
                    parts = QgsProviderRegistry.instance().decodeUri("ogr", item)
                    paths.append((item.split("|")[0], parts.get("layerName") or None))
                    continue
                try:
                    layers = (algorithm.parameterAsLayerList(parameters, name, context) if kind == "multilayer"
                              else [algorithm.parameterAsLayer(parameters, name, context)])
                except Exception:  # noqa: BLE001 — an unreadable input is reported by the algorithm itself
                    layers = []
                for layer in layers:
                    paths.extend(layer_files(layer))
                break
        elif kind == "file":
            paths = file_inputs(algorithm.parameterAsFile(parameters, name, context))
        found.extend((path, layer, definition.description()) for path, layer in paths)
    return found


class Destination:
    """Where one output parameter writes: a file (and a layer inside it), or nothing we stage."""

    def __init__(self, name, description, path=None, table=None, staged=False):
        self.name = name
        self.description = description
        self.path = path
        self.table = table
        self.staged = staged  # a file on disk that the run writes and EcoComp moves into place


def destination(definition, parameters, context):
    """The :class:`Destination` of an output parameter, read from its value without creating anything."""
    value = parameters.get(definition.name())
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    value = _static(value, context)
    text = "" if value is None else str(value).strip()
    out = Destination(definition.name(), definition.description())
    if not text or text == QgsProcessing.TEMPORARY_OUTPUT or text.startswith("memory:"):
        return out
    if text.startswith("ogr:"):
        uri = QgsDataSourceUri(text[4:])
        if uri.database():
            out.path, out.table, out.staged = uri.database(), uri.table() or None, True
        return out
    if "://" in text or (":" in text.split("/")[0] and len(text.split(":")[0]) > 1):
        return out  # a database or web destination (postgres:, spatialite: …): not a file of ours
    out.path, out.staged = text.split("|")[0], True
    if "|layername=" in text:
        out.table = text.split("|layername=")[1].split("|")[0]
    return out


def destinations(algorithm, parameters, context):
    return [destination(d, parameters, context) for d in algorithm.parameterDefinitions()
            if d.type() in DESTINATION_TYPES]


@contextlib.contextmanager
def dbase_messages(algorithm, parameters, context, feedback):
    """GDAL's messages while a Shapefile or dBASE output is written, said once instead of once per value.

    A dBASE field holds 24 characters: GDAL writes a large number with fewer decimals (60664158941.0000000000000)
    and warns "Value … not successfully written" for every such value, and once per text field "width 255
    truncated to 254" — hundreds of alarming lines for a correct file (every feature is counted back before the
    file is moved into place). These two are summed up in one line each; any other GDAL message is passed on."""
    paths = [d.path for d in destinations(algorithm, parameters, context) if d.path]
    if not any(p.lower().endswith((".shp", ".dbf")) for p in paths):
        yield
        return
    from osgeo import gdal

    counts = {"decimals": 0, "text": 0}
    others = []

    def handler(level, number, message):
        found = re.match(r"Value (\S+) of field", message)
        try:
            value = abs(float(found.group(1))) if found else math.inf
        except ValueError:
            value = math.inf
        if "not successfully written" in message and "field width" in message and value < 1e18:
            counts["decimals"] += 1  # 24 characters keep every digit before the point below 1e18: decimals are cut
        elif "truncated to 254" in message:
            counts["text"] += 1
        elif level >= gdal.CE_Warning:
            others.append(message)

    gdal.PushErrorHandler(handler)
    try:
        yield
    finally:
        gdal.PopErrorHandler()
        if counts["decimals"]:
            feedback.pushInfo(tr("dBASE: {:,} number(s) written with fewer decimals to fit the field's 24 "
                                 "characters.").format(counts["decimals"]))
        if counts["text"]:
            feedback.pushInfo(tr("dBASE: {} text field(s) hold 254 characters at most.").format(counts["text"]))
        for message in dict.fromkeys(others):
            feedback.pushWarning("GDAL: " + message)


def refuse_outputs_over_inputs(algorithm, parameters, context):
    """Refuse, before anything is written, any output that names a file (or GeoPackage layer) the run reads."""
    outputs = [d for d in destinations(algorithm, parameters, context) if d.path]
    if not outputs:
        return
    inputs = read_files(algorithm, parameters, context)
    for out in outputs:
        if os.path.isdir(out.path):
            raise QgsProcessingException(tr("The output '{}' names the folder {}: give a file name in it.")
                                         .format(out.description, out.path))
        folder = os.path.dirname(os.path.abspath(out.path))
        if os.path.isdir(folder) and not os.access(folder, os.W_OK):
            # said before any work (the report rendered to 80 % first, then named a temporary file)
            raise QgsProcessingException(tr("The output '{}' cannot be written: the folder {} is read-only. Choose "
                                            "another folder.").format(out.description, folder))
        if not os.path.splitext(out.path)[1] and os.path.exists(out.path + ".gpkg"):
            out.path += ".gpkg"  # QGIS writes a destination without extension as a GeoPackage
        if not os.path.exists(out.path):
            continue
        for path, layer, description in inputs:
            if not _same_file(out.path, path):
                continue
            if layer is None and out.table is not None:
                layer = _first_layer(path)  # a GeoPackage opened without a layer name reads its first layer
            if out.table is not None and layer is not None and out.table.lower() != layer.lower():
                continue  # a new layer in the GeoPackage that holds an input layer: the input stays as it is
            raise QgsProcessingException(tr(
                "The output '{}' would overwrite {}, which this run reads as '{}'. Nothing was written: choose "
                "another file (or, in a GeoPackage, a new layer name).").format(
                    out.description, _shown(out.path, out.table), description))
    # Two outputs of one run on the same file and layer would overwrite each other.
    seen = {}
    for out in outputs:
        path = out.path
        if not os.path.splitext(path)[1] and \
                algorithm.parameterDefinition(out.name).type() in ("sink", "vectorDestination"):
            path += ".gpkg"  # as QGIS writes it: OUTPUT=same.gpkg and OUTPUT_TABLE=same are one file
        key = (os.path.normcase(os.path.realpath(path)), (out.table or "").lower())
        if key in seen:
            raise QgsProcessingException(tr("The outputs '{}' and '{}' name the same file {}: choose two files.")
                                         .format(seen[key], out.description, _shown(out.path, out.table)))
        seen[key] = out.description


def _first_layer(path):
    from osgeo import gdal

    dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    if dataset is None or dataset.GetLayerCount() == 0:
        return None
    return dataset.GetLayerByIndex(0).GetName()


def _shown(path, table):
    return "{} (layer {})".format(path, table) if table else path


def _temporary(path, extension=None):
    """``name.ecocomp-partial-xxxxxxxx.ext`` beside ``path``: QGIS names a new layer after the part before the
    first dot, so the layer (sheet, table) inside gets the final file's name. A long name is shortened so that the
    temporary one stays within the 255 bytes a file name may have (a legal 245-byte name failed)."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    tail = "{}{}{}".format(TEMP_TAG, uuid.uuid4().hex[:8], extension or ext)
    room = 255 - len("-journal") - len(tail.encode("utf-8"))  # SQLite's journal beside a GeoPackage needs 8 more
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore")
    return os.path.join(folder, stem + tail)


def remove_stale_partials(final_path, table, started, log):
    """What an earlier run of this output left behind when it was killed — ``name.ecocomp-partial-xxxxxxxx.*`` files
    beside the output, ``table_ecocomp_partial_xxxxxxxx`` layers inside its GeoPackage — older than this run:
    removed, and said in the log. Returns the names removed."""
    import re

    folder, name = os.path.split(os.path.abspath(final_path))
    stem = os.path.splitext(name)[0]
    removed = []
    pattern = re.compile(re.escape(stem + TEMP_TAG) + r"[0-9a-f]{8}")
    if os.path.isdir(folder):
        for entry in os.listdir(folder):
            path = os.path.join(folder, entry)
            if pattern.match(entry) and os.path.isfile(path) and os.path.getmtime(path) < started:
                try:
                    os.remove(path)
                    removed.append(entry)
                except OSError:
                    pass
    if table and os.path.isfile(final_path) and final_path.lower().endswith(".gpkg") \
            and os.path.getmtime(final_path) < started:
        from osgeo import gdal

        prefix = re.compile(re.escape(table + TEMP_TAG.replace(".", "_").replace("-", "_")) + r"[0-9a-f]{8}$")
        dataset = gdal.OpenEx(final_path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if dataset is not None:
            for index in reversed(range(dataset.GetLayerCount())):
                layer_name = dataset.GetLayerByIndex(index).GetName()
                if prefix.match(layer_name) and dataset.DeleteLayer(index) == 0:
                    removed.append("{} (layer {})".format(name, layer_name))
            dataset = None
    if removed:
        log(tr("Removed what an earlier, interrupted run of this output left behind: {}.").format(", ".join(removed)))
    return removed


def check_field_names(path, fields):
    """A Shapefile (or dBASE table) keeps 10 bytes of a field name: prob_zone_receiving, prob_zone_balance and
    prob_zone_paying would all become prob_zone_ (then prob_zon_1 …), payment_10k_cny would lose its unit, and a later
    step would read another field or another unit. Refused, naming the fields; GeoPackage and CSV keep the names."""
    if not path or os.path.splitext(path)[1].lower() not in (".shp", ".dbf"):
        return
    long_names = [f.name() for f in fields if len(f.name().encode("utf-8")) > 10]
    if long_names:
        raise QgsProcessingException(tr(
            "A Shapefile keeps only 10 bytes of a field name, so {} would be cut (and could be read as another field or "
            "in another unit by the next step): write {} as a GeoPackage (.gpkg) or a CSV instead.").format(
                ", ".join(long_names[:8]) + (" …" if len(long_names) > 8 else ""), os.path.basename(path)))


def merge_shared_geopackages(moves):
    """Outputs that are layers of one new GeoPackage (OUTPUT=t.gpkg|layername=units, OUTPUT_TABLE=t.gpkg|layername=od)
    are staged in one temporary file each; their layers are copied into the first, which alone is moved into place,
    so the file holds every layer (it kept only the last). Returns the moves left."""
    groups, kept = {}, []
    for temporary, final in moves:
        if final.lower().endswith(".gpkg") and temporary.lower().endswith(".gpkg"):
            key = os.path.normcase(os.path.abspath(final))
            if key in groups:
                groups[key][1].append(temporary)
                continue
            groups[key] = (temporary, [])
        kept.append((temporary, final))
    from osgeo import ogr

    for first, others in groups.values():
        if not others:
            continue
        target = ogr.Open(first, 1)
        if target is None:
            raise QgsProcessingException(tr("The output {} cannot be reopened to add its other layers.").format(first))
        for other in others:
            source = ogr.Open(other)
            if source is None:
                raise QgsProcessingException(tr("The output {} was not written: nothing was changed.").format(other))
            for index in range(source.GetLayerCount()):
                layer = source.GetLayerByIndex(index)
                if target.CopyLayer(layer, layer.GetName()) is None:
                    raise QgsProcessingException(tr("The layer {} could not be added to {}.").format(
                        layer.GetName(), first))
            source = None
            for part in (other, other + "-wal", other + "-shm"):
                if os.path.exists(part):
                    os.remove(part)
        target = None
    return kept


def with_bom(path):
    """A CSV EcoComp writes starts with the UTF-8 byte-order mark: Excel on a Chinese Windows (GBK locale) then reads
    its Chinese text as UTF-8 instead of garbling it; QGIS, GDAL and EcoComp's reader skip the mark."""
    with open(path, "rb") as handle:
        data = handle.read()
    if not data.startswith(b"\xef\xbb\xbf"):
        with open(path, "wb") as handle:
            handle.write(b"\xef\xbb\xbf" + data)


def free_space(folder):
    """Free bytes for this user in ``folder`` (None when it cannot be asked)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def size_text(count):
    """A byte count as an analyst reads it: 12 KB, 3.4 MB, 1.2 GB."""
    if count is None:
        return "?"
    for unit, size in (("GB", 2 ** 30), ("MB", 2 ** 20)):
        if count >= size:
            return "{:,.1f} {}".format(count / size, unit)
    return "{:,.0f} KB".format(count / 1024)


def check_staged(temporary, final):
    """None when the staged file is complete, else why not: every file is reopened before anything is replaced —
    a GeoPackage passes SQLite's integrity check and holds a layer, a PDF ends with %%EOF, a workbook's zip is whole,
    a PNG ends with its IEND chunk, a raster opens in GDAL, an XML file (SVG, .qpt) is closed, a text file is not
    empty. A full disk that let a writer stop silently is caught here."""
    extension = os.path.splitext(final)[1].lower()
    try:
        size = os.path.getsize(temporary)
        if size == 0:
            return tr("it is empty")
        if extension in (".gpkg", ".sqlite"):
            import sqlite3

            import pathlib

            connection = sqlite3.connect(pathlib.Path(temporary).resolve().as_uri() + "?mode=ro", uri=True)
            try:
                if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return tr("its database is damaged")
                if not connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
                    return tr("it holds no table")
            finally:
                connection.close()
        elif extension in (".pdf", ".png", ".svg", ".qpt", ".xml", ".html"):
            with open(temporary, "rb") as handle:
                handle.seek(max(0, size - 1024))
                tail = handle.read()
            ends = {".pdf": b"%%EOF", ".png": b"IEND"}.get(extension, b">")
            if ends not in tail:
                return tr("it is incomplete")
        elif extension in (".xlsx", ".xlsm", ".zip"):
            import zipfile

            with zipfile.ZipFile(temporary) as archive:
                if archive.testzip() is not None:
                    return tr("its archive is damaged")
        elif extension in (".tif", ".tiff"):
            from osgeo import gdal

            if gdal.OpenEx(temporary, gdal.OF_RASTER | gdal.OF_READONLY) is None:
                return tr("GDAL cannot open it")
    except Exception as error:  # noqa: BLE001 - any failure to reopen it means it is not complete
        return str(error)
    return None


FULL_DISK_BYTES = 1 << 20  #: less free space than this beside an output that failed: the disk is named as the cause


def full_disk_note(outputs):
    """A sentence naming the folder of an output whose disk is (nearly) full, or "" when none is."""
    for folder in dict.fromkeys(os.path.dirname(os.path.abspath(path)) for path in outputs):
        free = free_space(folder)
        if free is not None and free < FULL_DISK_BYTES:
            return tr("Free space left in {}: {} — the disk is full. Earlier outputs are as they were.").format(
                folder, size_text(free))
    return ""


def free_space_said(error):
    """Whether a refusal already names the free space of the output's folder (it is not said a second time)."""
    return getattr(error, "free_space_said", False)


def not_complete(final, problem):
    """The refusal of a staged output that is not complete (``problem``: why), with the free space of its folder."""
    folder = os.path.dirname(os.path.abspath(final))
    error = QgsProcessingException(tr(
        "The output {} was not written completely ({}). Free space left in {}: {}. Earlier outputs are as they were; "
        "nothing was changed.").format(final, problem, folder, size_text(free_space(folder))))
    error.free_space_said = True  # QGIS passes on QgsProcessingException itself only, not a subclass
    return error


def write_failure(error, outputs):
    """The message of an output that could not be written (an OSError: a full disk, a read-only folder): the file,
    the reason, the free space of its folder, and that the earlier outputs are as they were."""
    path = error.filename if isinstance(error, OSError) and error.filename else (outputs[0] if outputs else "")
    path = str(path)
    for tag in (TEMP_TAG,):
        if tag in os.path.basename(path):
            stem = os.path.basename(path).split(tag)[0]
            shown = next((o for o in outputs if os.path.basename(o).startswith(stem)), None)
            path = shown or path
    folder = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return tr("Could not write {}: {}. Free space left in {}: {}. Earlier outputs are as they were; nothing "
              "was changed.").format(path, reason, folder, size_text(free_space(folder)))


_SIGNAL_DEPTH = [0]  # runs inside runs (the report's maps): only the outermost one handles the signals


def headless():
    """Whether QGIS runs without its desktop (qgis_process, a script, the tests): the signals are then the run's."""
    from qgis.core import QgsApplication

    application = QgsApplication.instance()
    return application is None or application.platform() != "desktop"


@contextlib.contextmanager
def cancel_on_signals(feedback):
    """While a run works headless in the main thread (qgis_process, a script), SIGTERM and SIGINT (Ctrl-C) cancel it
    like the Cancel button: the run stops at its next check, its staged files and layers are removed and earlier
    outputs stay as they were; then the signal takes its usual course (SIGTERM ends the process). Only the outermost
    run handles them (a report's maps are runs inside it), and only where Python's own handlers are in place; in
    QGIS's desktop the Cancel button does this."""
    import signal
    import threading

    received = []
    previous = {}
    outermost = _SIGNAL_DEPTH[0] == 0
    if outermost and feedback is not None and threading.current_thread() is threading.main_thread() and headless():
        def stop(number, frame):
            received.append(number)
            feedback.cancel()

        for number in (signal.SIGTERM, signal.SIGINT):
            try:
                if signal.getsignal(number) is None:
                    continue  # a handler installed outside Python: left alone
                previous[number] = signal.signal(number, stop)
            except (ValueError, OSError, TypeError):
                pass
    _SIGNAL_DEPTH[0] += 1
    try:
        yield received
    finally:
        _SIGNAL_DEPTH[0] -= 1
        for number, handler in previous.items():
            signal.signal(number, handler)
        if signal.SIGTERM in received:
            os.kill(os.getpid(), signal.SIGTERM)  # cleaned up: now end as asked


class CheckedSink:
    """A feature sink that stops the run when it is cancelled (the Cancel button, SIGTERM or Ctrl-C headless) while
    it writes: a table of millions of rows stops within a moment, not when it is done."""

    EVERY = 256  # features between two looks at the cancel flag

    def __init__(self, sink, feedback, name=None):
        self.sink, self.feedback, self.count = sink, feedback, 0
        self.name = name  # the output as the analyst named it, for messages

    def addFeature(self, feature, flags=None):  # noqa: N802 (QGIS API)
        self.count += 1
        if self.feedback is not None and self.count % self.EVERY == 0 and self.feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        return self.sink.addFeature(feature) if flags is None else self.sink.addFeature(feature, flags)

    def addFeatures(self, features, flags=None):  # noqa: N802 (QGIS API)
        self.count += len(features)
        if self.feedback is not None and self.feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled: nothing was written."))
        return self.sink.addFeatures(features) if flags is None else self.sink.addFeatures(features, flags)

    def flushBuffer(self):  # noqa: N802 (QGIS API)
        return self.sink.flushBuffer()


class OutputStaging:
    """Writes the outputs of one run under temporary names and moves them into place on :meth:`commit`.

    ``sink()`` replaces ``parameterAsSink`` and ``file()`` gives the temporary
    path for a raster, CSV or image the algorithm writes itself.
    """

    def __init__(self, algorithm, parameters, context, feedback=None):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.sinks = []
        self.moves = []  # (temporary path, final path)
        self.layer_swaps = []  # (gpkg path, temporary layer, final layer)
        self.registered = []  # final ids registered to load on completion
        self.layer_names = {}  # temporary GeoPackage → name of its layer in the final file
        self.written = []  # (file written, its layer or None: its only one, CheckedSink, the output's final name)
        import time

        self.started = time.time() - 1.0  # what an earlier run left is older than this one
        self.log = feedback.pushWarning if feedback is not None else (lambda text: None)
        self.feedback = feedback

    # -- writing -------------------------------------------------------------------------------------------
    def sink(self, name, fields, geometry_type, crs=None):
        """Like ``parameterAsSink``; a file destination is written under a temporary name."""
        definition = self.algorithm.parameterDefinition(name)
        target = destination(definition, self.parameters, self.context)
        check_field_names(target.path, fields)
        if target.staged:
            remove_stale_partials(target.path, target.table, self.started, self.log)
        parameters = self.parameters
        planned = None
        if target.staged:
            folder = os.path.dirname(os.path.abspath(target.path))
            if not os.path.isdir(folder):
                raise QgsProcessingException(tr("The output folder {} does not exist.").format(folder))
            if target.table is not None and os.path.exists(target.path):
                temporary_table = "{}{}{}".format(target.table, TEMP_TAG.replace(".", "_").replace("-", "_"),
                                                  uuid.uuid4().hex[:8])
                staged = _ogr_uri(target.path, temporary_table)
                self.layer_swaps.append((target.path, temporary_table, target.table))
            else:
                if not os.path.splitext(target.path)[1]:
                    target.path += ".gpkg"  # as QGIS does for a destination without extension
                planned = _temporary(target.path)
                staged = planned
                if os.path.splitext(target.path)[1].lower() == ".gpkg":
                    # its layer gets its final name before the move
                    self.layer_names[planned] = target.table or os.path.splitext(os.path.basename(target.path))[0]
            parameters = dict(self.parameters)
            parameters[name] = staged  # a plain destination: QGIS itself loads nothing from the temporary name
        args = (parameters, name, self.context, fields, geometry_type) + ((crs,) if crs is not None else ())
        if planned is not None:
            self.moves.append((planned, target.path))  # removed on failure, even if GDAL stops half-way
        try:
            sink, dest_id = self.algorithm.parameterAsSink(*args)
        except QgsProcessingException as error:
            # GDAL's message may quote kilobytes of SQL: its first line, the output named in the analyst's words
            reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
            reason = reason if len(reason) <= 160 else reason[:160] + "…"
            raise QgsProcessingException(tr("Could not create the output {}: {}").format(target.path, reason)) from None
        if planned is not None:
            self.moves.remove((planned, target.path))
        if sink is None:
            return None, None
        self.sinks.append(sink)
        checked = CheckedSink(sink, self.feedback, target.path)
        if not target.staged:
            return checked, dest_id
        if planned is not None:
            # The file QGIS really writes (it may change the extension, e.g. .dbf → .shp), moved to the same
            # name with that extension.
            written = dest_id.split("|")[0]
            final = target.path
            if os.path.normcase(written) != os.path.normcase(planned):
                final = os.path.splitext(target.path)[0] + written[len(os.path.splitext(planned)[0]):]
                if planned in self.layer_names:
                    self.layer_names[written] = self.layer_names.pop(planned)
            self.moves.append((written, final))
            self.written.append((written, None, checked, final))
            if written in self.layer_names:
                final_id = final if target.table is None else "{}|layername={}".format(final, target.table)
            else:
                final_id = dest_id.replace(written, final)
        else:
            final_id = "{}|layername={}".format(target.path, target.table)
            self.written.append((target.path, temporary_table, checked, final_id))
        original = self.parameters.get(name)
        if isinstance(original, QgsProcessingOutputLayerDefinition) and original.destinationProject is not None:
            # Loaded (and styled) from its final name once the run has succeeded; forgotten if it fails.
            details = QgsProcessingContext.LayerDetails(original.destinationName or definition.description(),
                                                        original.destinationProject, name,
                                                        QgsProcessingUtils.LayerHint.Vector)
            self.context.addLayerToLoadOnCompletion(final_id, details)
            self.registered.append(final_id)
        return checked, final_id

    def file(self, final_path):
        """A temporary path beside ``final_path`` to write to; moved there by :meth:`commit`."""
        folder = os.path.dirname(os.path.abspath(final_path))
        if not os.path.isdir(folder):
            raise QgsProcessingException(tr("The output folder {} does not exist.").format(folder))
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(tr("The output folder {} is not writable: choose another folder.")
                                         .format(folder))
        remove_stale_partials(final_path, None, self.started, self.log)
        temporary = _temporary(final_path)
        self.moves.append((temporary, final_path))
        return temporary

    # -- finishing ----------------------------------------------------------------------------------------
    def _close(self):
        for sink in self.sinks:
            try:
                sink.flushBuffer()
            except Exception:  # noqa: BLE001 — closing is what matters
                pass
        for _, _, checked, _ in self.written:
            checked.sink = None  # only its count is needed now
        self.sinks.clear()  # the last reference: QGIS closes the files

    def commit(self, results):
        """Move every staged output into place, all or none; returns ``results``.

        Every temporary file is checked first; earlier files at the output paths are renamed aside and put
        back if any move fails, so a failure here too leaves them byte-identical.
        """
        self._close()
        for path, layer, checked, final in self.written:  # every feature written is there (a full disk may drop the
            problem = _check_features(path, layer, checked.count)  # layer at the last COMMIT without a word)
            if problem is not None:
                raise not_complete(final, problem)
        for temporary, name in self.layer_names.items():
            if os.path.exists(temporary):
                _name_only_layer(temporary, name)
        for temporary, final in self.moves:
            if temporary.lower().endswith(".csv") and os.path.exists(temporary):
                from ..ecocomp_science.tables import neutralise_csv

                try:
                    neutralise_csv(temporary)  # no text cell runs as a formula in a spreadsheet
                except (UnicodeDecodeError, csv.Error):  # cut short (a full disk)
                    raise not_complete(final, tr("it is incomplete")) from None
                with_bom(temporary)
        self.moves = merge_shared_geopackages(self.moves)
        pairs, stale = [], []
        for temporary, final in self.moves:
            found, old = _file_pairs(temporary, final)
            if not found:
                raise QgsProcessingException(tr("The output {} was not written: nothing was changed.").format(final))
            problem = check_staged(temporary, final)
            if problem is not None:
                raise not_complete(final, problem)
            pairs += found
            stale += old
        backups = []
        done = []
        try:
            for _, final in pairs + [(None, f) for f in stale]:
                if os.path.exists(final):
                    backup = _temporary(final, os.path.splitext(final)[1] + ".backup")
                    os.replace(final, backup)
                    backups.append((backup, final))
            for temporary, final in pairs:
                os.replace(temporary, final)
                done.append(final)
            for path, temporary_table, table in self.layer_swaps:
                _swap_layer(path, temporary_table, table)
        except BaseException:
            for final in done:
                try:
                    os.remove(final)
                except OSError:
                    pass
            for backup, final in backups:
                os.replace(backup, final)
            raise
        for backup, _ in backups:
            os.remove(backup)
        self.moves, self.layer_swaps, self.registered, self.written = [], [], [], []
        return results

    def outputs(self):
        """The final paths of the file outputs of this run."""
        return [final for _, final in self.moves] + [path for path, _, _ in self.layer_swaps]

    def discard(self, error=None):
        """Remove every temporary file and layer; earlier files at the output paths stay as they were."""
        if error is not None and error.__traceback__ is not None:
            traceback.clear_frames(error.__traceback__)  # frames of the failed run may still hold open sinks
        self._close()
        if self.registered:
            layers = self.context.layersToLoadOnCompletion()
            self.context.setLayersToLoadOnCompletion({k: v for k, v in layers.items() if k not in self.registered})
            self.registered = []
        for path, temporary_table, _ in self.layer_swaps:
            _drop_layer(path, temporary_table)
        for temporary, _ in self.moves:
            for part in _parts(temporary):
                try:
                    os.remove(part)
                except OSError:
                    pass
        self.moves, self.layer_swaps = [], []


def _ogr_uri(path, table):
    uri = QgsDataSourceUri()
    uri.setDatabase(path)
    uri.setDataSource("", table, "geom")
    return "ogr:" + uri.uri(False)


def _parts(path):
    """A file and its sidecars (shapefile parts, .aux.xml, SQLite journals)."""
    stem, ext = os.path.splitext(path)
    parts = [path, path + ".aux.xml", path + "-journal", path + "-wal", path + "-shm"]
    if ext.lower() == ".shp":
        parts += [stem + e for e in SHAPEFILE_PARTS if e != ".shp"]
    return [p for p in parts if os.path.exists(p)] + [p for p in glob.glob(glob.escape(stem) + ".*")
                                                      if p not in parts and TEMP_TAG in p]


def _file_pairs(temporary, final):
    """([(temporary file, final file)], [stale final files]) of one output, with its sidecars."""
    stem_t, ext = os.path.splitext(temporary)
    stem_f = os.path.splitext(final)[0]
    if not os.path.exists(temporary):
        return [], []
    if ext.lower() == ".shp":
        pairs = [(stem_t + e, stem_f + e) for e in SHAPEFILE_PARTS if os.path.exists(stem_t + e)]
        stale = [stem_f + e for e in SHAPEFILE_PARTS if os.path.exists(stem_f + e) and not os.path.exists(stem_t + e)]
        return pairs, stale
    pairs = [(temporary, final)]
    if os.path.exists(temporary + ".aux.xml"):
        pairs.append((temporary + ".aux.xml", final + ".aux.xml"))
    stale = [final + ".aux.xml"] if os.path.exists(final + ".aux.xml") and len(pairs) == 1 else []
    return pairs, stale


def _swap_layer(path, temporary_table, table):
    """In GeoPackage ``path``: drop the old ``table`` (if any) and rename the finished temporary layer to it."""
    from osgeo import gdal

    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if dataset is None:
        raise QgsProcessingException(tr("Could not open {} to finish writing layer {}.").format(path, table))
    try:
        dataset.StartTransaction()  # dropping the old layer and naming the new one: both or neither
        names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
        for i, name in enumerate(names):
            if name.lower() == table.lower():
                dataset.DeleteLayer(i)
                break
        layer = dataset.GetLayerByName(temporary_table)
        if layer is None or layer.Rename(table) != 0:
            dataset.RollbackTransaction()
            raise QgsProcessingException(tr("Could not name the new layer {} in {}.").format(table, path))
        dataset.CommitTransaction()
    finally:
        dataset = None


def _check_features(path, layer_name, count):
    """None when the layer written to ``path`` (``layer_name``, or the file's only layer) holds ``count`` features,
    else why not."""
    from osgeo import gdal

    from ..ecocomp_science.tables import gdal_config

    # a spreadsheet read back with its first row as the header, as it was written (GDAL guesses otherwise when the
    # first data row holds only text, and counts the header as a row)
    spreadsheet = path.lower().endswith((".xlsx", ".ods"))
    headers = {"OGR_XLSX_HEADERS": "FORCE", "OGR_ODS_HEADERS": "FORCE"} if spreadsheet else {}
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a damaged file is said in the message, not in GDAL's words
    try:
        with gdal_config(headers):
            try:
                dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
            except RuntimeError:  # GDAL with exceptions on
                dataset = None
            if dataset is None:
                return tr("it cannot be opened")
            if layer_name is not None:
                layer = dataset.GetLayerByName(layer_name)
            else:
                layer = dataset.GetLayerByIndex(0) if dataset.GetLayerCount() == 1 else None
            if layer is None:
                # an empty sheet is no layer to GDAL: nothing written, nothing missing
                return None if spreadsheet and count == 0 else tr("its layer is missing")
            found = layer.GetFeatureCount(1)
    finally:
        gdal.PopErrorHandler()
        dataset = None
    if found != count:
        return tr("it holds {:,} of the {:,} features written").format(max(found, 0), count)
    return None


def _name_only_layer(path, name):
    """Give the single layer of a new GeoPackage its final name (it was created under the temporary file's)."""
    from osgeo import gdal

    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if dataset is None:
        raise QgsProcessingException(tr("Could not open {} to finish writing it.").format(path))
    try:
        layer = dataset.GetLayerByIndex(0)
        if layer is not None and layer.GetName() != name and layer.Rename(name) != 0:
            raise QgsProcessingException(tr("Could not name the new layer {} in {}.").format(name, path))
    finally:
        dataset = None


def _drop_layer(path, temporary_table):
    from osgeo import gdal

    if not os.path.exists(path):
        return
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if dataset is None:
        return
    for i in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(i).GetName() == temporary_table:
            dataset.DeleteLayer(i)
            break
    dataset = None

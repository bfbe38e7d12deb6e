"""The one way EcoComp finds the file behind a statistics table — a path ("a.xlsx|layername=2017"), or a layer of a
CSV/XLSX file — so the panel, the algorithms and the model read the same file with EcoComp's reader
(ecocomp_science/tables.py: encodings, title rows, sheets) and show the same fields. And the encoding of a GBK CSV
table added to the project, set so QGIS's own dialogs (the model's field pickers, the attribute table) show its
Chinese field names as EcoComp reads them."""

import os

from qgis.core import QgsMessageLog

from ..translation import tr
from . import qgis_enums as enums

TABLE_FILES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
TEXT_FILES = (".csv", ".txt", ".tsv")


def statistics_file(value=None, layer=None):
    """(path, sheet or None) of a statistics table given as a path string (with an optional "|layername=" sheet)
    or as a map layer of a CSV/XLSX file; None for anything else (memory or database layers, other formats)."""
    if isinstance(value, str) and value:
        parts = value.split("|")
        path, sheet = parts[0], None
        for part in parts[1:]:
            if part.startswith("layername="):
                sheet = part[len("layername="):]
        if not os.path.isfile(path):
            return None
    elif layer is not None:
        from .outputs import layer_files

        files = layer_files(layer)
        if not files:
            return None
        path, sheet = files[0]
    else:
        return None
    if not path.lower().endswith(TABLE_FILES):
        return None
    if not path.lower().endswith((".xlsx", ".xlsm")):
        sheet = None  # a CSV's "layer name" is the file's own name, not a sheet
    return path, sheet


def read_statistics(value=None, layer=None, encoding=None, header_row=None):
    """The :class:`ecocomp_science.tables.Table` of a statistics table file (see :func:`statistics_file`), or None
    when it is not a CSV/XLSX file."""
    found = statistics_file(value, layer)
    if found is None:
        return None
    from ..ecocomp_science.tables import read_table

    return read_table(found[0], encoding, header_row, sheet=found[1])


def set_gbk_encoding(layers):
    """A CSV table that is not UTF-8 but GBK/GB18030 (as Chinese yearbooks and Excel on Chinese Windows write them)
    gets that encoding as its layer encoding, so QGIS itself reads its field names as EcoComp does. UTF-8 files and
    other layers are left as they are. Returns the layers changed."""
    from ..ecocomp_science.errors import InputError
    from ..ecocomp_science.tables import detect_encoding

    changed = []
    for layer in layers:
        if layer is None or getattr(layer, "providerType", lambda: "")() != "ogr":
            continue
        found = statistics_file(layer=layer)
        if found is None or not found[0].lower().endswith(TEXT_FILES):
            continue
        try:
            with open(found[0], "rb") as handle:  # whole: a cut inside a character would not read as UTF-8
                encoding = detect_encoding(handle.read())
        except (OSError, InputError):
            continue
        if encoding.lower().startswith("gb") and layer.dataProvider().encoding().upper() not in ("GB18030", "GBK"):
            layer.setProviderEncoding("GB18030")
            changed.append(layer)
            QgsMessageLog.logMessage(
                tr("{}: a GBK/GB18030 table; its encoding is set to GB18030 so its field names read correctly.").format(
                    os.path.basename(found[0])), "EcoComp", enums.MESSAGE_INFO)
    return changed


def read_parameter_table(algorithm, parameters, context, feedback, found):
    """The statistics table file ``found`` (path, sheet) as the algorithm's parameters ask (sheet, encoding, header
    row), read by EcoComp's reader, and what was read said in the log (sheet, size, header row, encoding, rows left
    out, merged ranges filled)."""
    from ..ecocomp_science.tables import read_table
    from ..translation import tr

    path, sheet = found
    sheet = algorithm.parameterAsString(parameters, algorithm.STATS_SHEET, context).strip() or sheet
    encoding = [None, "utf-8", "gb18030"][algorithm.parameterAsEnum(parameters, algorithm.STATS_ENCODING, context)]
    table = read_table(path, encoding, algorithm.parameterAsInt(parameters, algorithm.STATS_HEADER_ROW, context),
                       sheet=sheet)
    feedback.pushInfo(tr("Statistics table {}: {} rows × {} columns, header in row {}{}{}.").format(
        os.path.basename(path) + (" › " + table.sheet if table.sheet else ""), len(table.rows), len(table.header),
        table.header_row,
        tr(", encoding {}").format({"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "gb18030": "GBK/GB18030"}.get(
            table.encoding, table.encoding)) if table.encoding else "",
        tr("; left out: {}").format("; ".join(tr("row {} “{}”").format(n, t[:40]) for n, t in table.skipped))
        if table.skipped else ""))
    if table.passed_over:
        feedback.pushInfo(tr("Sheet(s) {} hold no table (a note or a title page): the table is read from sheet {}.")
                          .format(", ".join("'{}'".format(n) for n in table.passed_over), "'{}'".format(table.sheet)))
    for column, ranges in table.merged_numbers.items():
        feedback.pushWarning(tr("Column '{}': the number {} is merged over the cells {}, one value for several units; "
                                "it is not copied to the other rows (they read as empty).").format(
            column, ranges[0][1], ", ".join(r for r, _ in ranges[:10])))
    if table.merged:
        feedback.pushInfo(tr("Merged cells of the table read as their value in each cell: {}.").format(
            ", ".join(table.merged[:10]) + (" …" if len(table.merged) > 10 else "")))
    return table

"""Statistics tables as yearbooks write them: read once, in one place, for every algorithm and the panel.

- CSV in UTF-8, UTF-8 with BOM, GBK or GB18030 (detected, or chosen), comma, semicolon or tab separated;
- XLSX with title rows above the header and notes rows below it (the header row is detected, or chosen);
- numbers with thousands separators (``1,087.11``), full-width digits and signs (``１２３``, ``－5``);
- ``—``, ``-``, ``…``, ``/`` and empty cells are *missing* (NaN, reported as missing by the checks), never 0.
"""

import contextlib
import csv
import io
import math
import os
import re

from .errors import InputError

ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
MISSING = {"", "—", "——", "–", "-", "－", "…", "……", "...", "/", "／", "na", "n/a", "null", "none", "nan", "#n/a",
           "无", "不详", "*"}
NOTE_STARTS = ("注", "资料来源", "数据来源", "说明", "note", "notes", "source", "sources", "*注")
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "，": ",", "－": "-",
                            "−": "-", "＋": "+", "　": " ", "％": "%", "（": "(", "）": ")", "\u00a0": " "})
_GROUPED = re.compile(r"^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$")


def parse_number(value):
    """A cell as float: numbers as they are; text with thousands separators, full-width digits or a trailing %
    read as the number; missing markers as NaN. Raises ValueError for other text."""
    if value is None:
        return math.nan
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).translate(_FULLWIDTH).strip()
    if text.lower() in MISSING:
        return math.nan
    if text.endswith("%"):
        text = text[:-1].strip()
    if _GROUPED.match(text):
        text = text.replace(",", "").replace(" ", "")
    number = float(text)  # ValueError for text
    return number


def is_missing(value):
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.translate(_FULLWIDTH).strip().lower() in MISSING


#: Headings of columns whose numbers may be merged over their units' rows and hold for each (a prefecture's code, the
#: year, a serial number): filled like names. Any other number merged over several rows is not copied (年末人口, a
#: year-end population, is a number of each unit: only 年份/年度 name the year).
GROUP_HEADINGS = re.compile(r"代码|编码|编号|序号|年份|年度|(?<![a-z])(code|year|id|no)(?![a-z])", re.IGNORECASE)


class Table:
    """A statistics table: ``header`` (column names), ``rows`` (lists of cells: str, float or None)."""

    def __init__(self, header, rows, source="", encoding=None, header_row=1, skipped=None):
        self.header = header
        self.rows = rows
        self.source = source
        self.encoding = encoding
        self.header_row = header_row  # 1-based row number of the header in the file
        self.skipped = skipped or []  # (row number, text) of title and notes rows left out
        self.sheet = None  # the sheet read, for a workbook
        self.passed_over = []  # visible sheets before it that hold no table
        self.merged = []  # merged ranges whose value was written into each of their cells ("A3:A7")
        self.merged_numbers = {}  # column → [(range, number)]: one number merged over several units' rows

    def check_not_merged(self, column):
        """Refuse reading ``column`` as a number of each unit where one number is merged over several rows (a GDP
        merged over two counties was copied into both)."""
        ranges = self.merged_numbers.get(column)
        if ranges:
            raise InputError("Sheet {!r} of {}: the number {} is merged over the cells {} of column '{}', one value "
                             "for several units. Give each unit its own value (unmerge the cells and fill them in).",
                             self.sheet, os.path.basename(self.source), ranges[0][1], ranges[0][0], column)

    def column(self, name):
        try:
            index = self.header.index(name)
        except ValueError:
            raise InputError("Column '{}' is not in the table {} (columns: {}).", name, os.path.basename(self.source),
                             ", ".join(self.header)) from None
        return [row[index] if index < len(row) else None for row in self.rows]

    def numeric_columns(self):
        """Columns whose every non-missing cell reads as a number."""
        found = []
        for i, name in enumerate(self.header):
            values = [row[i] for row in self.rows if i < len(row) and not is_missing(row[i])]
            try:
                if values and all(math.isfinite(parse_number(v)) for v in values):
                    found.append(name)
            except (TypeError, ValueError):
                pass
        return found


def detect_encoding(data, name="the table"):
    """The encoding of a CSV's bytes: UTF-8 (with or without BOM), else GB18030 (a superset of GBK)."""
    for encoding in ENCODINGS:
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    raise InputError("{} is neither UTF-8 nor GBK/GB18030 text: choose its encoding.", name)


def _decode(data, encoding, name):
    if encoding in (None, "", "detect"):
        encoding = detect_encoding(data, name)
    encoding = {"gbk": "gb18030", "utf-8": "utf-8-sig"}.get(encoding.lower(), encoding)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise InputError("{} cannot be read as {}: byte 0x{:02x} at position {} is not valid there. Choose another "
                         "encoding (UTF-8 or GBK).", name, encoding, data[error.start], error.start) from None


def _csv_rows(text):
    sample = "\n".join(text.splitlines()[:50])
    counts = {d: sample.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)], delimiter


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _cell_index(ref):
    """(row, column), 0-based, of a cell reference such as "B12"."""
    match = re.match(r"([A-Z]+)(\d+)$", ref)
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)) - 1, column - 1


def _sheet_size(archive, target):
    """(rows, columns) a sheet of an open workbook archive spans, from its <dimension ref="A1:F30"/> (counted from
    its cells when the writer left it out)."""
    import xml.etree.ElementTree as ElementTree

    member = target.lstrip("/") if target.startswith("/") else "xl/" + target
    rows, columns = set(), set()
    with archive.open(member) as handle:
        for _, element in ElementTree.iterparse(handle):
            if element.tag == _MAIN + "dimension":
                first, _, last = element.get("ref", "A1").partition(":")
                top, left = _cell_index(first)
                bottom, right = _cell_index(last or first)
                return bottom - top + 1, right - left + 1
            if element.tag == _MAIN + "c" and element.find(_MAIN + "v") is not None:
                row, column = _cell_index(element.get("r"))
                rows.add(row)
                columns.add(column)
                if len(rows) >= 2 and len(columns) >= 2:
                    return len(rows), len(columns)
            element.clear()
    return len(rows), len(columns)


class SheetFacts:
    """What a workbook's XML says of the sheet EcoComp reads, whichever library reads the cells: its ``name`` (the
    one asked for, else the first visible sheet), its merged ranges [(row, column, last row, last column, "A3:A7")]
    and its formula cells without a computed value ["B3", …] (a file written by a program and never saved by a
    spreadsheet)."""

    def __init__(self, path, sheet=None):
        import xml.etree.ElementTree as ElementTree
        import zipfile

        self.path = path
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target") for r in rels.iter(_PACKAGE + "Relationship")}
            sheets = [(s.get("name"), s.get("state", "visible"), targets.get(s.get(_REL + "id")))
                      for s in workbook.iter(_MAIN + "sheet")]
            names = [name for name, _, _ in sheets]
            if sheet and sheet not in names:
                raise InputError("The workbook {} has no sheet named {!r} (it has: {}).", os.path.basename(path), sheet,
                                 ", ".join(names))
            visible = [name for name, state, _ in sheets if state == "visible"]
            if not sheet and not visible:
                raise InputError("The workbook {} has no visible sheet: name the sheet to read.", os.path.basename(path))
            self.passed_over = []  # visible sheets before the table that hold no table (a note, a title page)
            if not sheet:
                for name in visible:
                    target = next(t for n, _, t in sheets if n == name)
                    rows, columns = _sheet_size(archive, target)
                    if (rows >= 2 and columns >= 2) or name == visible[-1]:  # a key and a value, a header and a row
                        sheet = name
                        break
                    self.passed_over.append(name)
            self.name = sheet
            self.hidden = [name for name, state, _ in sheets if state != "visible"]
            target = next(t for name, _, t in sheets if name == self.name)
            member = target.lstrip("/") if target.startswith("/") else "xl/" + target
            self.merged, self.uncomputed = [], []
            self.merged_numbers = {}  # column index → [(range, number)] of numbers merged over several rows
            with archive.open(member) as handle:
                for _, element in ElementTree.iterparse(handle):
                    if element.tag == _MAIN + "c":
                        formula = element.find(_MAIN + "f")
                        value = element.find(_MAIN + "v")
                        # no cached value (openpyxl writes <v></v>); Excel's formula whose result is "" is a
                        # string cell (t="str") with an empty <v/>, computed
                        if formula is not None and (value is None or (not (value.text or "").strip()
                                                                        and element.get("t") != "str")):
                            self.uncomputed.append(element.get("r"))
                        element.clear()
                    elif element.tag == _MAIN + "mergeCell":
                        ref = element.get("ref")
                        first, _, last = ref.partition(":")
                        self.merged.append(_cell_index(first) + _cell_index(last or first) + (ref,))

    def fill_merged(self, rows, below=-1):
        """The rows with every empty cell of a merged range that starts below row ``below`` (0-based: the header)
        holding the range's value (the usual yearbook layout: a prefecture's name merged over its counties); returns
        the ranges filled, as "A3:A7". Titles and headers merged over columns are left as they are."""
        filled = []
        for top, left, bottom, right, ref in self.merged:
            if left != right:  # merged across columns: a title or a note ("资料来源：…"), not a value for each cell
                continue
            if top <= below or top >= len(rows) or left >= len(rows[top]) or rows[top][left] in (None, ""):
                continue
            value = rows[top][left]
            heading = _cell_text(rows[below][left]).lower() if 0 <= below < len(rows) and left < len(rows[below]) \
                else ""
            if bottom > top and _is_number(value) and not GROUP_HEADINGS.search(heading):
                # one number over several units' rows (a GDP merged over two counties) is no value of each unit:
                # not copied; refused when a run reads the column as a number, left empty in a joined copy
                self.merged_numbers.setdefault(left, []).append((ref, _cell_text(value)))
                continue
            changed = False
            for r in range(top, min(bottom, len(rows) - 1) + 1):
                row = rows[r]
                if len(row) <= right:
                    row.extend([None] * (right + 1 - len(row)))
                for c in range(left, right + 1):
                    if (r, c) != (top, left) and row[c] in (None, ""):
                        row[c] = value
                        changed = True
            if changed:
                filled.append(ref)
        return filled


def _xlsx_rows(path, sheet=None):
    try:
        import openpyxl
    except ImportError:
        return _xlsx_rows_gdal(path, sheet)
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        names = workbook.sheetnames
        if sheet and sheet not in names:
            raise InputError("The workbook {} has no sheet named {!r} (it has: {}).", os.path.basename(path), sheet,
                             ", ".join(names))
        # Without a sheet named, the first sheet the analyst sees: a hidden first sheet (a lookup table, an older
        # year) is never read in its place.
        # the first visible sheet that holds a table (SheetFacts: a note sheet before it is passed over)
        worksheet = workbook[sheet or SheetFacts(path).name]
        return [list(row) for row in worksheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


_LONG_FLOAT = re.compile(r"-?\d+\.\d{12,}(e[-+]?\d+)?", re.IGNORECASE)


def _shortest(cell):
    """A number GDAL wrote as text with 17 digits (96.40000000000001) as a spreadsheet shows it (15 digits: 96.4)."""
    if isinstance(cell, str) and _LONG_FLOAT.fullmatch(cell):
        return "{:.15g}".format(float(cell))
    return cell


@contextlib.contextmanager
def gdal_config(settings):
    """GDAL configuration options set for the calling thread while the block runs, then put back as they were. GDAL
    3.6 honours the spreadsheet drivers' settings (OGR_XLSX_HEADERS …) only as configuration options, not as the
    open options of the same names."""
    from osgeo import gdal

    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in settings}
    for key, value in settings.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


def _xlsx_rows_gdal(path, sheet=None):
    """XLSX through GDAL's driver (QGIS always has it) when openpyxl is missing."""
    from osgeo import gdal

    # Every row as data, every cell as text (a header above a row of numbers was taken as field names and lost).
    with gdal_config({"OGR_XLSX_HEADERS": "DISABLE", "OGR_XLSX_FIELD_TYPES": "STRING"}):
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=["HEADERS=DISABLE", "FIELD_TYPES=STRING"])
        if dataset is None:
            raise InputError("The workbook {} cannot be read.", os.path.basename(path))
        layer = dataset.GetLayerByName(sheet or SheetFacts(path).name)  # the first visible sheet with a table
        if layer is None:
            raise InputError("The workbook {} has no sheet named {!r}.", os.path.basename(path), sheet)
        width = layer.GetLayerDefn().GetFieldCount()
        return [[_shortest(feature.GetField(i)) for i in range(width)] for feature in layer]


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _non_empty(row):
    return [c for c in row if _cell_text(c)]


def _is_number(value):
    try:
        return math.isfinite(parse_number(value)) and not is_missing(value)
    except (TypeError, ValueError):
        return False


def read_rows(path, what=None, encoding=None, sheet=None, delimiter=None):
    """The raw rows of a CSV/TXT/TSV file or an XLSX sheet, and the encoding read (None for XLSX): the one reader of
    EcoComp's tables — statistics (:func:`read_table`), the MRIO tables and mappings (mrio.py), the editors' imports.
    Text is UTF-8 (with or without BOM) or GBK/GB18030, detected unless ``encoding`` is given; ``delimiter``: the
    given one, else detected (comma, semicolon or tab). An XLSX is read with openpyxl, else GDAL's driver, from
    ``sheet`` or the first sheet; cells are kept as they are (numbers, text, None)."""
    name = what or os.path.basename(path)
    if not os.path.exists(path):
        raise InputError("{} was not found: {}.", name, path)
    if path.lower().endswith((".xlsx", ".xlsm")):
        return [list(row) for row in _xlsx_rows(path, sheet)], None
    with open(path, "rb") as handle:
        text, used = _decode(handle.read(), encoding, name)
    if delimiter is None:
        rows, _ = _csv_rows(text)
    else:
        rows = [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return rows, used


def detect_header_row(rows):
    """0-based index of the header: the first row as wide as the table, mostly text, followed by a data row."""
    width = max((len(_non_empty(r)) for r in rows[:30]), default=0)
    for i, row in enumerate(rows[:30]):
        cells = _non_empty(row)
        if len(cells) < max(2, 0.6 * width):
            continue
        text_cells = sum(1 for c in cells if not _is_number(c))
        following = next((r for r in rows[i + 1:] if _non_empty(r)), None)
        if text_cells >= 0.6 * len(cells) and following is not None and any(_is_number(c) for c in following):
            return i
    return 0


def _is_note(row):
    cells = _non_empty(row)
    if not cells:
        return True
    first = _cell_text(cells[0]).lower()
    return len(cells) == 1 and (first.startswith(NOTE_STARTS) or len(first) > 20)


def read_table(path, encoding=None, header_row=None, sheet=None):
    """A :class:`Table` from a CSV/TXT or XLSX file. ``header_row``: 1-based, None or 0 = detect."""
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise InputError("The statistics table {} was not found.", path)
    rows, used = read_rows(path, name, encoding, sheet)
    facts = SheetFacts(path, sheet) if path.lower().endswith((".xlsx", ".xlsm")) else None
    merged = []
    if facts is not None:
        if facts.uncomputed:
            raise InputError("Sheet {!r} of {} has {} formula cell(s) without a computed value ({}): the file was "
                             "written by a program and never saved by a spreadsheet. Open it in Excel or WPS and save "
                             "it, or replace the formulas by their values.", facts.name, name, len(facts.uncomputed),
                             ", ".join(facts.uncomputed[:10]))
        rows = [list(row) for row in rows]
    if not any(_non_empty(r) for r in rows):
        raise InputError("The statistics table {} is empty.", name)
    index = (header_row - 1) if header_row else detect_header_row(rows)
    if facts is not None:
        merged = facts.fill_merged(rows, index)
    if index >= len(rows):
        raise InputError("The statistics table {} has {} rows; the header row {} does not exist.", name, len(rows),
                         header_row)
    raw_header = rows[index]
    header, seen = [], {}
    for position, cell in enumerate(raw_header):
        label = _cell_text(cell).replace("\n", "")
        if not label:
            label = "column_{}".format(position + 1)
        if label in seen:
            raise InputError("The statistics table {} has the column '{}' twice (columns {} and {}).", name, label,
                             seen[label] + 1, position + 1)
        seen[label] = position
        header.append(label)
    while header and header[-1].startswith("column_") and all(
            len(r) <= len(header) - 1 or not _cell_text(r[len(header) - 1]) for r in rows[index + 1:]):
        header.pop()
    skipped = [(i + 1, " ".join(_cell_text(c) for c in _non_empty(r))) for i, r in enumerate(rows[:index])
               if _non_empty(r)]
    body = []
    for number, row in enumerate(rows[index + 1:], start=index + 2):
        if _is_note(row):
            if _non_empty(row):
                skipped.append((number, " ".join(_cell_text(c) for c in _non_empty(row))))
            continue
        cells = list(row[:len(header)]) + [None] * (len(header) - len(row))
        body.append([c.strip() if isinstance(c, str) else c for c in cells])
    if not body:
        raise InputError("The statistics table {} has a header (row {}) but no data rows.", name, index + 1)
    table = Table(header, body, path, used, index + 1, skipped)
    table.sheet = facts.name if facts is not None else None
    table.passed_over = facts.passed_over if facts is not None else []
    table.merged = merged
    # column name → the ranges where one number was merged over several rows (bridge/API refuse reading them)
    table.merged_numbers = {header[c]: ranges for c, ranges in (facts.merged_numbers.items() if facts else ())
                            if c < len(header)}
    return table


# -- statistics template --------------------------------------------------------------------------------------

CODE_HEADER = "行政代码 code"
NAME_HEADER = "名称 name"
_CROPS = (("水稻", "rice"), ("小麦", "wheat"), ("玉米", "maize"))
# (header with its unit, which chains need it)
TEMPLATE_COLUMNS = (
    ("主体功能区 main functional area type", ("chain",)),
    ("常住人口 population (万人)", ("chain", "zoning")),
    ("地区生产总值 GDP (亿元)", ("chain",)),
    ("耕地面积 cultivated land (公顷)", ("chain", "zoning")),
    *[(h, ("chain", "zoning")) for zh, en in _CROPS
      for h in ("{}播种面积 {} sown area (公顷)".format(zh, en), "{}单产 {} yield (公斤/公顷)".format(zh, en))],
    ("粮食产量 grain output (吨)", ("zoning",)),
    ("城镇居民恩格尔系数 urban Engel coefficient (%)", ("chain",)),
    ("农村居民恩格尔系数 rural Engel coefficient (%)", ("chain",)),
    ("城镇化率 urbanisation rate (%)", ("chain",)),
)
TEMPLATE_NOTE = ("注：每行一个单元，单位见表头括号；缺失值留空或填“—”。Note: one row per unit, units in brackets; leave "
                 "missing values empty or write “—”.")


def template_header(chain):
    """The columns a chain needs: code, name, then the quantities with their units (chain: 'chain', 'zoning',
    'all')."""
    return [CODE_HEADER, NAME_HEADER] + [h for h, chains in TEMPLATE_COLUMNS if chain == "all" or chain in chains]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  #: what makes a spreadsheet read a text cell as a formula


def safe_text(value):
    """A CSV cell that a spreadsheet shows as the text it is: text starting like a formula (=, +, −, @, tab, CR) —
    e.g. a unit name '=HYPERLINK("http://…","Click")' — gets a leading apostrophe (the usual defence; Excel and WPS
    hide it); numbers, and text that reads as a number (-12.5), stay as they are."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    try:
        parse_number(value)  # a number as yearbooks write it (-12.5, -1,234) or a missing marker (-, —)
        return value
    except (TypeError, ValueError):
        return "'" + value


def neutralise_csv(path):
    """Rewrite a CSV written by EcoComp (UTF-8, with or without BOM) so that no text cell can run as a formula
    (:func:`safe_text`); the file is rewritten only when a cell needed it, with the BOM Excel wants. Returns
    whether it was rewritten."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        if not any(safe_text(cell) != cell for row in csv.reader(handle) for cell in row):
            return False  # streamed: a large table is not held in memory
    rewritten = path + ".neutral"
    try:
        with open(path, encoding="utf-8-sig", newline="") as source, \
                open(rewritten, "w", encoding="utf-8-sig", newline="") as target:
            writer = csv.writer(target)
            for row in csv.reader(source):
                writer.writerow([safe_text(cell) for cell in row])
        os.replace(rewritten, path)
    finally:
        if os.path.exists(rewritten):
            os.remove(rewritten)
    return True


def write_template(header, units_rows, xlsx_path=None, csv_path=None):
    """An empty statistics table: the header, then one row per unit (code, name) — as XLSX and/or CSV (UTF-8 with
    BOM, which Excel opens correctly)."""
    if csv_path:
        with open(csv_path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for code, name in units_rows:
                writer.writerow([safe_text(code), safe_text(name)] + [""] * (len(header) - 2))
    if xlsx_path:
        write_workbook(xlsx_path, [("statistics", header, [[code, name] for code, name in units_rows], "C2"),
                                   ("notes", None, [[TEMPLATE_NOTE]], None)])


def write_workbook(path, sheets):
    """An XLSX workbook of ``sheets`` [(name, header or None, rows, cell to freeze panes at or None)]: the header in
    bold, columns as wide as their header. openpyxl when present, else GDAL's XLSX driver (plain; a sheet without a
    header gets its name as header, since GDAL writes one)."""
    try:
        import openpyxl
    except ImportError:
        _write_workbook_gdal(path, sheets)
        return
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, header, rows, freeze in sheets:
        sheet = workbook.create_sheet(name)
        if header is not None:
            sheet.append(list(header))
            for column, title in enumerate(header, start=1):
                sheet.cell(row=1, column=column).font = openpyxl.styles.Font(bold=True)
                sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = max(12, len(title) + 4)
        for row in rows:
            sheet.append(list(row))
        for cells in sheet.iter_rows():
            for cell in cells:  # openpyxl stores text starting with "=" as a formula: every text is text
                if isinstance(cell.value, str) and cell.data_type == "f":
                    cell.data_type = "s"
        if freeze:
            sheet.freeze_panes = freeze
    workbook.save(path)


def _write_workbook_gdal(path, sheets):
    from osgeo import ogr

    dataset = ogr.GetDriverByName("XLSX").CreateDataSource(path)
    for name, header, rows, _freeze in sheets:
        rows = [list(row) for row in rows]
        if header is None:  # GDAL always writes a header row (and none for a sheet without rows): name it
            header = [name] + [""] * (max(len(row) for row in rows) - 1 if rows else 0)
        layer = dataset.CreateLayer(name, geom_type=ogr.wkbNone)
        kinds = []
        for index, title in enumerate(header):
            values = [row[index] for row in rows if index < len(row)]
            kind = (ogr.OFTInteger if values and all(isinstance(v, int) for v in values)
                    else ogr.OFTReal if values and all(isinstance(v, (int, float)) for v in values) else ogr.OFTString)
            kinds.append(kind)
            layer.CreateField(ogr.FieldDefn(str(title), kind))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for index, value in enumerate(row):
                feature.SetField(index, value if kinds[index] != ogr.OFTString else str(value))
            layer.CreateFeature(feature)
    dataset = None

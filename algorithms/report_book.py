"""The print layout of ecocomp:report: A4 landscape pages filled from the top with headings, tables, pictures and
text, a running header and footer, exported as one PDF (algorithms/report_content.py decides what goes on them)."""

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..translation import tr
from . import qgis_enums as enums
from .qgis_api import set_font

PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 12.0
TOP, BOTTOM = 22.0, PAGE_H - 14.0
ROW_MM = 6.2  # height of a table row at 7 pt with 1 mm cell margins (measured on the PDF: 6.0 mm)
CELL_MARGIN = 1.0  # mm around a cell's text
THICK_RULE, THIN_RULE = 0.5, 0.25  # mm: the rules of a three-line table (三线表), as journals print them


class ReportBook:
    """The report's print layout: A4 landscape pages filled from the top, with headings, tables, pictures, text."""

    def __init__(self, study_area, lang):
        from .mapping import chinese_font

        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.font = chinese_font()
        self.study_area = study_area
        self.lang = lang
        self.page = -1
        self.y = TOP
        self.headings = []

    @property
    def pages(self):
        return self.page + 1

    def _place(self, item, x, y, w, h):
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h, enums.LAYOUT_MILLIMETERS))
        item.attemptMove(QgsLayoutPoint(x, y, enums.LAYOUT_MILLIMETERS), True, False, self.page)

    def label(self, text, x, y, w, h, size=9, bold=False, family=None):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        font = QFont(family or self.font, size)
        font.setBold(bold)
        set_font(item, font)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        self._place(item, x, y, w, h)
        return item

    def new_page(self, heading):
        self.page += 1
        if self.page > 0:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, enums.LAYOUT_MILLIMETERS))
            self.layout.pageCollection().addPage(page)
        self.headings.append(heading)
        if heading:
            self.label(heading, MARGIN, 8.0, PAGE_W - 2 * MARGIN, 10.0, size=14, bold=True)
        self.y = TOP

    def cover(self, rows):
        self.new_page("")
        self.label(tr("Cultivated-land ecological compensation"), MARGIN, 16.0, PAGE_W - 2 * MARGIN, 12.0, size=22,
                   bold=True)
        self.label(self.study_area, MARGIN, 30.0, PAGE_W - 2 * MARGIN, 10.0, size=15)
        self.y = 46.0
        self.table([tr("Item"), tr("Value")], [list(row) for row in rows], widths=(70.0, PAGE_W - 2 * MARGIN - 72.0),
                   wrap=True, size=9)

    def picture(self, path, width, height, x=MARGIN):
        item = QgsLayoutItemPicture(self.layout)
        item.setPicturePath(path)
        self._place(item, x, self.y, width, height)
        self.y += height + 4.0
        return item

    def picture_page(self, heading, path, height=None):
        self.new_page(heading)
        self.picture(path, PAGE_W - 2 * MARGIN, height or (BOTTOM - TOP))

    def table(self, headers, rows, x=MARGIN, widths=None, wrap=False, size=7):
        """A three-line table (三线表) at the current position (the caller checks that it fits): a thick rule above the
        header, a thin one under it, a thick one under the last row, no vertical rules; numbers right-aligned."""
        table, height, header = manual_table(self.layout, self.font, headers, rows, widths, wrap, size)
        frame = QgsLayoutFrame(self.layout, table)
        width = sum(widths) + 2 if widths else PAGE_W - 2 * MARGIN
        self._place(frame, x, self.y, width, height + 2.0)
        table.addFrame(frame)
        ruled = min(width, table.totalWidth()) or width
        for top, thickness in ((0.0, THICK_RULE), (header, THIN_RULE), (height, THICK_RULE)):
            self.rule(x, self.y + top, ruled, thickness)
        self.y += height + 4.0
        return height

    def rule(self, x, y, width, thickness):
        """A horizontal rule (a filled black box ``thickness`` mm high, centred on ``y``) on the current page."""
        item = QgsLayoutItemLabel(self.layout)
        item.setText("")
        item.setFrameEnabled(False)
        item.setBackgroundEnabled(True)
        item.setBackgroundColor(QColor(0, 0, 0))
        item.setId("rule")
        self._place(item, x, y - thickness / 2.0, width, thickness)
        return item

    def flow_table(self, title, headers, rows):
        """A titled table that continues on new pages when it does not fit (its title marked as continued)."""
        rows = list(rows)
        first = True
        while first or rows:
            room = int((BOTTOM - self.y - 7.0) / ROW_MM) - 1
            if room < min(4, len(rows) + 1):
                self.new_page(self.headings[-1])
                continue
            part, rows = rows[:room], rows[room:]
            self.label(title if first else tr("{} (continued)").format(title), MARGIN, self.y,
                       PAGE_W - 2 * MARGIN, 6.0, size=10, bold=True)
            self.y += 7.0
            self.table(headers, part)
            first = False

    def text_block(self, heading, lines):
        """A heading and its lines (formulas indented), wrapped at the page width, flowing over pages."""
        width = PAGE_W - 2 * MARGIN
        if self.y + 14.0 > BOTTOM:
            self.new_page(self.headings[-1])
        self.label(heading, MARGIN, self.y, width, 6.0, size=10, bold=True)
        self.y += 7.0
        for kind, line in lines:
            indent = 8.0 if kind == "formula" else 4.0 if kind == "item" else 0.0
            text = ("• " + line) if kind == "item" else line
            rows = max(1, int(text_width(text, 8) / (width - indent - 2)) + 1)
            height = rows * 3.7 + 1.0
            if self.y + height > BOTTOM:
                self.new_page(self.headings[-1])
            self.label(text, MARGIN + indent, self.y, width - indent, height, size=8,
                       family="DejaVu Sans Mono" if kind == "formula" else None)
            self.y += height + (1.0 if kind == "formula" else 1.5)
        self.y += 3.0

    def atlas_page(self, heading, picture, headers, rows):
        self.new_page(heading)
        self.picture(picture, 175.0, 124.0)
        self.y = TOP
        first = True
        while first or rows:
            room = int((BOTTOM - self.y) / ROW_MM) - 1
            part, rows = rows[:room], rows[room:]
            self.table(headers, part, x=MARGIN + 179.0, widths=(30.0, 17.0, 15.0, 32.0))
            first = False
            if rows:
                self.new_page(tr("{} (continued)").format(heading))

    def finish(self, footer):
        """Running header (study area) and footer (version, date, page n / N) on every page."""
        count = self.pages
        for page in range(count):
            self.page = page
            if page > 0:
                self.label(self.study_area, PAGE_W - MARGIN - 120.0, 3.0, 120.0, 5.0, size=7).setHAlign(
                    Qt.AlignmentFlag.AlignRight)
            self.label(footer, MARGIN, PAGE_H - 9.0, 150.0, 5.0, size=7)
            self.label("{} / {}".format(page + 1, count), PAGE_W - MARGIN - 30.0, PAGE_H - 9.0, 30.0, 5.0,
                       size=7).setHAlign(Qt.AlignmentFlag.AlignRight)
        self.page = count - 1


def text_of(value):
    """The text of a table cell: money-like floats with thousands separators and two decimals."""
    if isinstance(value, float):
        return "{:,.2f}".format(value + 0.0)
    return str(value)


def manual_table(layout, font, headers, rows, widths=None, wrap=False, size=7):
    """A table of ``layout`` (added as its multi-frame, not yet framed) in ``font`` at ``size`` points, numbers
    right-aligned, without grid (the rules of a three-line table are drawn by ReportBook.table); its height and its
    header's height in mm (wrapped cells counted by their estimated lines).

    The header is the first row, in bold, and every row has a set height, so the rules fall where the rows end."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    text = QgsTextFormat()
    text.setFont(QFont(font))
    text.setSize(size)
    table.setContentTextFormat(text)
    header = QgsTextFormat(text)
    bold = QFont(font)
    bold.setBold(True)
    header.setFont(bold)
    table.setHeaderTextFormat(header)
    columns = []
    for index, heading in enumerate(headers):
        column = QgsLayoutTableColumn(heading)
        if widths:
            column.setWidth(widths[index])
        columns.append(column)
    table.setHeaders(columns)
    table.setIncludeTableHeader(False)  # the header is the first row: its height is then known (setRowHeights)
    table.setShowGrid(False)
    table.setCellMargin(CELL_MARGIN)
    if wrap:
        table.setWrapBehavior(enums.TABLE_WRAP_TEXT)

    def row_height(values):
        lines = 1
        if wrap and widths:
            for index, value in enumerate(values):
                lines = max(lines, int(text_width(text_of(value), size) / max(1.0, widths[index] - 3)) + 1)
        return ROW_MM * size / 7.0 + (lines - 1) * 0.45 * size

    heading_cells = []
    for heading in headers:
        cell = QgsTableCell(heading)
        cell.setTextFormat(header)
        heading_cells.append(cell)
    contents, heights = [heading_cells], [row_height(headers)]
    for row in rows:
        cells = []
        for value in row:
            cell = QgsTableCell(text_of(value))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
            cells.append(cell)
        contents.append(cells)
        heights.append(row_height(row))
    table.setTableContents(contents)
    if widths:  # a manual table sizes its columns from these (the headers' widths alone are not used)
        table.setColumnWidths([width - 2 * CELL_MARGIN for width in widths])
    table.setRowHeights([height - 2 * CELL_MARGIN for height in heights])  # QGIS adds the margins above and below
    return table, sum(heights), heights[0]


def text_width(text, points):
    """Approximate printed width in mm of ``text`` at ``points`` (CJK characters are about twice as wide)."""
    scale = points / 8.0
    return sum((2.9 if ord(c) >= 0x2E80 else 1.65) * scale for c in text)

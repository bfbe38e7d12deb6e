"""The report's charts, drawn with Qt's QPainter into PNG images (no plotting library needed in QGIS).

- :func:`payment_bars`: the compensation amount of every unit, sorted from the largest receiver to the largest
  payer (blue receives, red pays, as on the maps), with a zero line and a money axis.
- :func:`level_bars`: units per priority level, one bar per compensation role.
"""

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..ecocomp_science.report import nice_ticks

RECEIVE = QColor("#2166ac")
PAY = QColor("#b2182b")
# One role palette in every map, chart and page: blue receives, red pays (the maps' styles); where a colour says
# something else than a role (a tornado's low and high ends, groups without a role), neutral colours.
NEUTRALS = (QColor("#7f7f7f"), QColor("#bdbdbd"), QColor("#525252"), QColor("#d9d9d9"))
LOW, HIGH = QColor("#8c8c8c"), QColor("#404040")  # an input at its 5th / 95th percentile
ROLE_NAMES = {"receiver": RECEIVE, "receivers": RECEIVE, "受偿": RECEIVE, "受偿区": RECEIVE, "receiving": RECEIVE,
              "payer": PAY, "payers": PAY, "支付": PAY, "支付区": PAY, "paying": PAY}


def role_colour(role, index=0):
    """Blue for a receiving role, red for a paying one, a neutral grey for anything else (by ``index``)."""
    return ROLE_NAMES.get(str(role).strip().lower(), NEUTRALS[index % len(NEUTRALS)])


def _canvas(width_mm, height_mm, dpi):
    pixels = (max(1, int(round(width_mm / 25.4 * dpi))), max(1, int(round(height_mm / 25.4 * dpi))))
    image = QImage(pixels[0], pixels[1], QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(int(round(dpi / 0.0254)))
    image.setDotsPerMeterY(int(round(dpi / 0.0254)))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return image, painter, dpi / 25.4  # pixels per millimetre


def _font(family, points, mm):
    font = QFont(family)
    font.setPixelSize(max(1, int(round(points * 0.3528 * mm))))  # 1 pt = 0.3528 mm
    return font


def _tick_text(value):
    text = "{:,.10g}".format(value)
    return "0" if text in ("-0", "0") else text


def _axis(painter, plot, low, high, ticks, mm, font, unit):
    """Left money axis with grid lines; returns value → y."""
    def y_of(value):
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    painter.setFont(font)
    for tick in ticks:
        y = y_of(tick)
        painter.setPen(QPen(QColor("#d9d9d9"), 0.2 * mm))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor("black")))
        painter.drawText(QRectF(0, y - 3 * mm, plot.left() - 1.5 * mm, 6 * mm),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), _tick_text(tick))
    painter.save()
    painter.translate(2.5 * mm, plot.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.height() / 2, -2.5 * mm, plot.height(), 5 * mm),
                     int(Qt.AlignmentFlag.AlignCenter), unit)
    painter.restore()
    painter.setPen(QPen(QColor("black"), 0.25 * mm))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    return y_of


def payment_bars(path, names, amounts, unit_label, family, width_mm=270.0, height_mm=150.0, dpi=200):
    """Bars of ``amounts`` (already in the unit of ``unit_label``) sorted high to low, labelled with ``names``."""
    order = sorted(range(len(amounts)), key=lambda i: -amounts[i])
    image, painter, mm = _canvas(width_mm, height_mm, dpi)
    try:
        label_size = 6 if len(order) <= 60 else 4.5 if len(order) <= 130 else 0
        bottom = (24 if label_size else 6) * mm
        plot = QRectF(24 * mm, 4 * mm, width_mm * mm - 28 * mm, height_mm * mm - 4 * mm - bottom)
        values = [amounts[i] for i in order]
        ticks = nice_ticks(min(values), max(values))
        low, high = ticks[0], ticks[-1]
        y_of = _axis(painter, plot, low, high, ticks, mm, _font(family, 7, mm), unit_label)
        step = plot.width() / max(1, len(order))
        zero = y_of(0.0)
        painter.setPen(Qt.PenStyle.NoPen)
        for position, value in enumerate(values):
            painter.setBrush(RECEIVE if value > 0 else PAY if value < 0 else QColor("#9a9a9a"))
            top, bar_bottom = sorted((y_of(value), zero))
            painter.drawRect(QRectF(plot.left() + position * step + step * 0.1, top, step * 0.8,
                                    max(bar_bottom - top, 0.15 * mm)))
        painter.setPen(QPen(QColor("black"), 0.25 * mm))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        if label_size:
            painter.setFont(_font(family, label_size, mm))
            for position, index in enumerate(order):
                painter.save()
                painter.translate(plot.left() + (position + 0.5) * step, plot.bottom() + 1 * mm)
                painter.rotate(-90)
                painter.drawText(QRectF(-22 * mm, -step / 2, 22 * mm, step),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(names[index]))
                painter.restore()
    finally:
        painter.end()
    return image.save(path, "PNG")


def level_bars(path, levels, roles, counts, axis_label, family, width_mm=150.0, height_mm=95.0, dpi=200,
               keys=None):
    """Grouped bars: ``counts[level][role]`` units per priority level (x) and role (colour: the role palette, by
    ``keys``, the roles' untranslated names, else by ``roles``), with a legend."""
    colours = [role_colour(key, k) for k, key in enumerate(keys or roles)]
    image, painter, mm = _canvas(width_mm, height_mm, dpi)
    try:
        plot = QRectF(16 * mm, 10 * mm, width_mm * mm - 20 * mm, height_mm * mm - 20 * mm)
        top = max([max(row) for row in counts] + [1])
        ticks = nice_ticks(0, top, 5)
        ticks = [t for t in ticks if float(t).is_integer()] or ticks
        y_of = _axis(painter, plot, 0.0, ticks[-1], ticks, mm, _font(family, 7, mm), axis_label)
        group = plot.width() / max(1, len(levels))
        width = group * 0.8 / max(1, len(roles))
        font = _font(family, 7, mm)
        painter.setFont(font)
        for position, (level, row) in enumerate(zip(levels, counts)):
            for k, count in enumerate(row):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours[k])
                x = plot.left() + position * group + group * 0.1 + k * width
                painter.drawRect(QRectF(x, y_of(count), width * 0.95, plot.bottom() - y_of(count)))
                painter.setPen(QPen(QColor("black")))
                painter.drawText(QRectF(x, y_of(count) - 4 * mm, width, 4 * mm),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(count))
            painter.drawText(QRectF(plot.left() + position * group, plot.bottom() + 1 * mm, group, 5 * mm),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(level))
        painter.setPen(QPen(QColor("black"), 0.25 * mm))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        x = plot.left()
        for k, role in enumerate(roles):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours[k])
            painter.drawRect(QRectF(x, 2 * mm, 4 * mm, 4 * mm))
            painter.setPen(QPen(QColor("black")))
            painter.drawText(QRectF(x + 5 * mm, 1 * mm, 50 * mm, 6 * mm),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(role))
            x += 6 * mm + painter.fontMetrics().horizontalAdvance(str(role)) + 4 * mm
    finally:
        painter.end()
    return image.save(path, "PNG")


def tornado(path, rows, baseline, labels, family, titles, width_mm=260.0, height_mm=None, dpi=200,
            legend=("input at its P5", "input at its P95"), note=None, quiet=None):
    """One-at-a-time sensitivity: per input a bar from its value at 1 − s to 1 + s around the baseline, for the
    total paid (left, in 亿元 / 100 million CNY) and the number of paying units (right); widest swing on top.
    ``note``: a line at the foot (e.g. that the spreads are EcoComp's assumptions); ``quiet``: {input: text} shown
    in grey beside the baseline for inputs that move neither quantity."""
    height_mm = height_mm or 34.0 + 8.0 * len(rows)
    image, painter, mm = _canvas(width_mm, height_mm, dpi)
    try:
        font = _font(family, 7, mm)
        painter.setFont(font)
        label_width = 62 * mm
        panel = (width_mm * mm - label_width - 12 * mm) / 2
        top, row_height = 12 * mm, min(9 * mm, (height_mm * mm - 24 * mm) / max(1, len(rows)))
        for side, (title, index, scale) in enumerate(((titles[0], 2, 1e8), (titles[1], 3, 1.0))):
            left = label_width + side * (panel + 8 * mm)
            values = [v / scale for row in rows for v in row[index]] + [baseline[side] / scale]
            low, high = min(values), max(values)
            if high == low:
                low, high = low - 1, high + 1
            pad = (high - low) * 0.08
            low, high = low - pad, high + pad

            def x_of(value, left=left, low=low, high=high):
                return left + (value - low) / (high - low) * panel

            painter.setPen(QPen(QColor("black")))
            painter.drawText(QRectF(left, 2 * mm, panel, 8 * mm), int(Qt.AlignmentFlag.AlignCenter), title)
            for position, row in enumerate(rows):
                y = top + position * row_height
                a, b = (v / scale for v in row[index])
                base = baseline[side] / scale
                painter.setPen(Qt.PenStyle.NoPen)
                for value, colour in ((a, LOW), (b, HIGH)):  # the ends of an input's range: not a role, neutral
                    start, end = sorted((x_of(base), x_of(value)))
                    painter.setBrush(colour)
                    painter.drawRect(QRectF(start, y + row_height * 0.15, max(end - start, 0.2 * mm),
                                            row_height * 0.7))
                if quiet and row[0] in quiet and side == 0:
                    painter.setPen(QPen(QColor("#777777")))
                    painter.drawText(QRectF(x_of(base) + 2 * mm, y, panel, row_height),
                                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), quiet[row[0]])
                if side == 0:
                    painter.setPen(QPen(QColor("black")))
                    painter.drawText(QRectF(0, y, label_width - 3 * mm, row_height),
                                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                     "{} (±{:g} %)".format(labels.get(row[0], row[0]), row[1] * 100))
            painter.setPen(QPen(QColor("black"), 0.3 * mm))
            bottom = top + len(rows) * row_height
            painter.drawLine(QPointF(x_of(baseline[side] / scale), top - 1 * mm),
                             QPointF(x_of(baseline[side] / scale), bottom))
            painter.drawLine(QPointF(left, bottom), QPointF(left + panel, bottom))
            for tick in nice_ticks(low, high, 5, zero=False):
                if low <= tick <= high:
                    painter.drawText(QRectF(x_of(tick) - 12 * mm, bottom + 1 * mm, 24 * mm, 5 * mm),
                                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), _tick_text(tick))
        painter.setPen(Qt.PenStyle.NoPen)
        legend_y = height_mm * mm - 7 * mm
        if note:
            painter.setPen(QPen(QColor("#444444")))
            painter.drawText(QRectF(label_width + 92 * mm, legend_y - 1 * mm, width_mm * mm - label_width - 94 * mm,
                                    6 * mm), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), note)
            painter.setPen(Qt.PenStyle.NoPen)
        for offset, (colour, text) in enumerate(((LOW, legend[0]), (HIGH, legend[1]))):
            painter.setBrush(colour)
            x = label_width + offset * 45 * mm
            painter.drawRect(QRectF(x, legend_y, 4 * mm, 4 * mm))
            painter.setPen(QPen(QColor("black")))
            painter.drawText(QRectF(x + 5 * mm, legend_y - 1 * mm, 38 * mm, 6 * mm),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            painter.setPen(Qt.PenStyle.NoPen)
    finally:
        painter.end()
    return image.save(path, "PNG")

"""Summary tables of a compensation run, as a paper prints them (docs/methods.md, “Compensation amount”).

The tables behind the report (issue 14, item 4): totals by compensation role, by zone, by main-functional-area type and
by prefecture; the largest payers and receivers; units per priority level. Every number is a sum, a count or a copy
of the layer's own amounts (P_d, positive = receives, negative = pays), in the money unit the layer carries, so a
table total equals the layer's total. Column headers are bilingual with their unit, as a journal table needs.

QGIS-free: the report algorithm reads the layer, calls :func:`summary_tables`, and writes the tables to PDF/XLSX.
"""

from collections import OrderedDict
from dataclasses import dataclass, field

import re

import numpy as np

from .errors import InputError, list_names
from .tables import write_workbook

#: Sign convention of P_d ([HB] eq. 6): the role of a unit when no role field is given.
RECEIVES = ("receives (P > 0)", "受偿（P > 0）")
PAYS = ("pays (P < 0)", "支付（P < 0）")
BALANCED = ("balanced (0)", "平衡（0）")
#: A unit whose group field is empty.
NO_GROUP = ("(none)", "（空）")
#: Chinese for the values EcoComp itself writes (roles of ecocomp:priority, the sign roles, empty groups).
VALUES_ZH = {"receiver": "受偿方", "payer": "支付方", RECEIVES[0]: RECEIVES[1], PAYS[0]: PAYS[1],
             BALANCED[0]: BALANCED[1], NO_GROUP[0]: NO_GROUP[1], "Σ": "合计"}


def value_text(value, language="en"):
    """A cell's text value in ``language`` (EcoComp's own role names translated, data values as they are)."""
    if language == "zh" and isinstance(value, str):
        return VALUES_ZH.get(value, value)
    return value


@dataclass
class Column:
    key: str
    en: str
    zh: str
    unit: object = ""  # shown in brackets after the header: "Paid (万元)" / "支付额度（万元）"; or (English, Chinese)

    def header(self, language="en"):
        text = self.zh if language == "zh" else self.en
        unit = self.unit[1 if language == "zh" else 0] if isinstance(self.unit, tuple) else self.unit
        if not unit:
            return text
        return "{}（{}）".format(text, unit) if language == "zh" else "{} ({})".format(text, unit)


@dataclass
class Table:
    key: str
    en: str
    zh: str
    columns: list
    rows: list = field(default_factory=list)

    def title(self, language="en"):
        return self.zh if language == "zh" else self.en

    def headers(self, language="en"):
        return [column.header(language) for column in self.columns]

    def cells(self, language="en"):
        """The rows with EcoComp's own text values in ``language`` (numbers unchanged)."""
        return [[value_text(value, language) for value in row] for row in self.rows]


def _label(value):
    """A group value as text: empty, NULL and NaN → "(none)"; whole numbers without ".0" (a level 1.0 is "1")."""
    if value is None:
        return NO_GROUP[0]
    if isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            return NO_GROUP[0]
        if float(value).is_integer():
            return str(int(value))
    text = str(value).strip()
    if text in ("", "NULL", "nan", "NaN"):
        return NO_GROUP[0]
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if np.isfinite(number) and number.is_integer() else text


def group_label(value):
    """A group or key value as the report shows it: empty/NULL/NaN → "(none)", 1.0 and "420102.0" without ".0"."""
    return _label(value)


def _labels(values, count, what):
    if values is None:
        return None
    values = list(values)
    if len(values) != count:
        raise InputError("The group field '{}' has {} values for {} units.", what, len(values), count)
    return [_label(value) for value in values]


def _group_columns(key, en, zh, money_unit):
    return [Column(key, en, zh), Column("units", "Units", "单元数"),
            Column("receiving", "Receiving units", "受偿单元数"), Column("paying", "Paying units", "支付单元数"),
            Column("received", "Received", "受偿额度", money_unit), Column("paid", "Paid", "支付额度", money_unit),
            Column("net", "Net", "净额", money_unit)]


def _paid(values):
    """−Σ P over the paying units, as a positive amount (0.0, never −0.0, when none pays)."""
    return 0.0 - float(values[values < 0].sum())


def _group_rows(groups, amount):
    """One row per group (first-seen order) plus the total row: counts, Σ P > 0, −Σ P < 0 and Σ P."""
    order = OrderedDict()
    for index, group in enumerate(groups):
        order.setdefault(group, []).append(index)
    rows = []
    for group, members in order.items():
        values = amount[members]
        rows.append([group, len(members), int((values > 0).sum()), int((values < 0).sum()),
                     float(values[values > 0].sum()), _paid(values), float(values.sum())])
    rows.append(["Σ", len(amount), int((amount > 0).sum()), int((amount < 0).sum()), float(amount[amount > 0].sum()),
                 _paid(amount), float(amount.sum())])
    return rows


def summary_tables(units, amount, money_unit="元", role=None, zone=None, area_type=None, prefecture=None,
                   level=None, top=10):
    """The report's tables, in report order.

    ``units`` are the unit names (or codes), ``amount`` the compensation amounts P_d in ``money_unit`` (a text, or
    its (English, Chinese) names: ("10,000 CNY", "万元")); the optional
    sequences give each unit's role (from ecocomp:priority; else the sign of P_d), zone (ecocomp:dualzoning),
    main-functional-area type, prefecture and priority level. ``top`` payers and receivers are listed.
    """
    names = [str(name) for name in units]
    count = len(names)
    amount = np.asarray(amount, dtype=float)
    if amount.shape != (count,):
        raise InputError("The amount field has {} values for {} units.", amount.size, count)
    missing = [names[i] for i in np.flatnonzero(~np.isfinite(amount))]
    if missing:
        raise InputError("The amount field is empty or not a number for {} unit(s): {}. Run ecocomp:payment on "
                         "every unit, or leave those units out of the layer.", len(missing), list_names(missing))
    if count == 0:
        raise InputError("The layer has no units to report.")
    roles = _labels(role, count, "role")
    if roles is None:
        roles = [RECEIVES[0] if p > 0 else PAYS[0] if p < 0 else BALANCED[0] for p in amount]
    tables = [Table("by_role", "Totals by compensation role", "按补偿角色汇总",
                    _group_columns("role", "Role", "补偿角色", money_unit), _group_rows(roles, amount))]
    prefectures = _labels(prefecture, count, "prefecture")
    for key, labels, en, zh, what in (
            ("by_zone", _labels(zone, count, "zone"), "Totals by compensation zone", "按补偿分区汇总",
             ("zone", "Zone", "补偿分区")),
            ("by_type", _labels(area_type, count, "type"),
             "Totals by main-functional-area type", "按主体功能区类型汇总",
             ("type", "Main-functional-area type", "主体功能区类型")),
            ("by_prefecture", prefectures, "Totals by prefecture", "按地级行政区汇总",
             ("prefecture", "Prefecture", "地级行政区"))):
        if labels is not None:
            tables.append(Table(key, en, zh, _group_columns(*what, money_unit), _group_rows(labels, amount)))
    for key, en, zh, pick in (("top_payers", "Largest payers", "支付额度最大的单元", amount < 0),
                              ("top_receivers", "Largest receivers", "受偿额度最大的单元", amount > 0)):
        indices = np.flatnonzero(pick)
        indices = indices[np.argsort(-np.abs(amount[indices]), kind="stable")][:top]  # ties keep the layer's order
        columns = [Column("rank", "Rank", "排序"), Column("unit", "Unit", "单元")]
        if prefectures is not None:
            columns.append(Column("prefecture", "Prefecture", "地级行政区"))
        columns.append(Column("amount", "Amount", "补偿额度", money_unit))
        rows = []
        for rank, i in enumerate(indices, start=1):
            rows.append([rank, names[i]] + ([prefectures[i]] if prefectures is not None else []) + [float(amount[i])])
        tables.append(Table(key, "{} (top {})".format(en, top), "{}（前 {} 位）".format(zh, top), columns, rows))
    levels = _labels(level, count, "level")
    if levels is not None:
        role_order = list(OrderedDict.fromkeys(roles))
        rows = []
        for value in sorted(set(levels), key=_level_order):
            members = [i for i in range(count) if levels[i] == value]
            rows.append([value] + [sum(1 for i in members if roles[i] == r) for r in role_order] + [len(members)])
        columns = ([Column("level", "Priority level", "优先等级")]
                   + [Column("role_" + str(k), r, value_text(r, "zh")) for k, r in enumerate(role_order)]
                   + [Column("units", "Units", "单元数")])
        tables.append(Table("levels", "Units per priority level", "各优先等级单元数", columns, rows))
    return tables


def _level_order(text):
    """Numbers first, in numeric order, then other texts, then "(none)"."""
    if text == NO_GROUP[0]:
        return (2, 0.0, text)
    try:
        return (0, float(text), text)
    except ValueError:
        return (1, 0.0, text)


def bilingual_header(column):
    """"受偿额度（万元）/ Received (万元)": the header a journal table in either language can take."""
    return "{} / {}".format(column.header("zh"), column.header("en"))


def bilingual_value(value):
    """EcoComp's own values in a bilingual workbook as its headers are: "受偿方 / receiver", "合计 / Σ"; the data's
    values (names, numbers) as they are."""
    if isinstance(value, str) and value in VALUES_ZH:
        return "{} / {}".format(VALUES_ZH[value], value)
    return value


def write_xlsx(tables, path):
    """The tables as one workbook: a *contents* sheet (sheet, title in Chinese and English), then one sheet per table
    named by its key, with bilingual headers carrying the units (tables.write_workbook: openpyxl, else GDAL)."""
    sheets = [("contents", ["sheet", "标题", "title"], [[t.key, t.title("zh"), t.title("en")] for t in tables], None)]
    sheets += [(t.key, [bilingual_header(column) for column in t.columns], [[bilingual_value(v) for v in row]
                                                                            for row in t.rows], "A2") for t in tables]
    write_workbook(path, sheets)


#: Sections of docs/methods.md (English heading, Chinese heading of docs/methods.zh_CN.md) a report can print.
METHOD_SECTIONS = OrderedDict((
    ("sign", ("Sign convention", "符号约定")),
    ("esv", ("Ecosystem service value", "生态系统服务价值")),
    ("footprint", ("Ecological footprint and carrying capacity", "生态足迹与生态承载力")),
    ("zoning", ("Dual food-security / ecological-security zoning", "粮食安全与生态安全双重分区")),
    ("priority", ("Compensation priority by main functional area", "按主体功能区确定补偿优先级")),
    ("amount", ("Compensation amount", "补偿额度")),
))


def _plain(text):
    """Markdown emphasis, code marks and links as plain text."""
    import re

    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return text.replace("**", "").replace("`", "").replace("*", "")


def methods_text(markdown, keys, language="en"):
    """The formulas and sources a report prints, from docs/methods.md (``language`` "en") or docs/methods.zh_CN.md
    ("zh"), given as its text: [(heading, [(kind, line)])] for the sources list and each section in ``keys``
    (METHOD_SECTIONS), in document order; ``kind`` is "formula" for an indented formula line, "item" for a list item
    (continuation lines joined), "text" otherwise. A section missing from the text is an error (the document and
    the report would disagree)."""
    lines = markdown.splitlines()
    wanted = {METHOD_SECTIONS[key][1 if language == "zh" else 0]: key for key in keys}
    found, current, body, sources = {}, None, [], []
    in_sources, broken = False, True
    for line in lines + ["## "]:
        if line.startswith("## "):
            if current is not None:
                found[current] = body
            heading = line[3:].strip()
            current, body = (heading, []) if heading in wanted else (None, [])
            in_sources = False
            continue
        if line.strip() in ("Sources:", "文献："):
            in_sources = True
            continue
        target = body if current is not None else sources if in_sources else None
        if target is None or not line.strip():
            broken = True
            continue
        if line.startswith("    "):
            target.append(("formula", line[4:].rstrip()))
        elif line.lstrip().startswith("- "):
            target.append(("item", _plain(line.lstrip()[2:].strip())))
        elif target and target[-1][0] == "item" and line.startswith("  "):
            target[-1] = ("item", target[-1][1] + " " + _plain(line.strip()))
        elif target and target[-1][0] == "text" and not broken:
            target[-1] = ("text", target[-1][1] + " " + _plain(line.strip()))
        else:
            target.append(("text", _plain(line.strip())))
        broken = False
    missing = [heading for heading in wanted if heading not in found]
    if missing:
        raise InputError("The methods document has no section {}.", list_names(missing))
    result = [(("Sources" if language != "zh" else "文献"), sources)]
    for heading in found:
        if heading in wanted:
            kept = [(kind, line) for kind, line in found[heading] if kind == "formula" or not _for_developers(line)]
            result.append((heading, kept or [("text", PLAIN_TEXT[wanted[heading]][1 if language == "zh" else 0])]))
    return result


# A section whose every line speaks of fields (the sign convention lists them), said for a reader of the report.
PLAIN_TEXT = {
    "sign": ("Positive values mean a surplus: the unit receives compensation; negative values mean a deficit: the "
             "unit pays. This holds for every balance, score and amount of the report.",
             "正值表示盈余，该单元受偿；负值表示亏缺，该单元支付。报告中的各项平衡、得分与补偿额度均遵循这一约定。"),
}


def _for_developers(line):
    """A line of the methods document that speaks of EcoComp's fields, algorithms, API or files rather than of the
    method: left out of a report for officials (the formulas, the parameters and the sources stay)."""
    return bool(re.search(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b|ecocomp:|\bapi\.|docs/|\.md\b|\bfields?\b|字段|"
                          r"\bEcoComp\b|\bPython\b|\bQGIS\b|\blog\b|日志", line))


def nice_ticks(low, high, count=6, zero=True):
    """Round axis ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering [low, high], and 0 unless ``zero`` is False."""
    import math

    if zero:
        low, high = min(low, 0.0, high), max(high, 0.0, low)
    low, high = min(low, high), max(low, high)
    if high == low:
        high = low + 1.0
    raw = (high - low) / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step + 1e-9) * step
    ticks = []
    value = start
    while value <= high + step * 1e-9 + step:
        ticks.append(round(value / step) * step + 0.0)
        if value >= high - step * 1e-9:
            break
        value += step
    return ticks


# ----------------------------------------------------------------------------------------- what a reader will ask

#: Cultivated area (ha) under which a unit counts as "little cultivated land" in the concentration of payments.
SMALL_AREA_HA = 5000.0
#: Share of the paying units taken as "the largest payers" when the cultivated area is not known.
TOP_PAYER_SHARE = 0.10


def _numbers(values, count, what):
    """``values`` as floats (None, NULL, text → NaN), checked to have ``count`` of them; None stays None."""
    if values is None:
        return None
    values = list(values)
    if len(values) != count:
        raise InputError("The field '{}' has {} values for {} units.", what, len(values), count)
    out = np.full(count, np.nan)
    for i, value in enumerate(values):
        try:
            out[i] = float(value)
        except (TypeError, ValueError):
            pass
    return out


def reader_questions(names, amount, role=None, zone=None, priority=None, esv=None, cultivated=None, top=5,
                     small_area=SMALL_AREA_HA, top_share=TOP_PAYER_SHARE):
    """The numbers of the report's page "What a reader will ask", from the units' own values.

    ``amount`` P (> 0 receives, < 0 pays; any money unit); ``role`` the priority role of each unit ("payer",
    "receiver", from ecocomp:priority; None: the sign of P, then the role question is not asked); ``zone`` the
    numeric zone of each unit (< 0 paying zone, > 0 receiving zone, 0 balance: the sign convention); ``priority``
    each unit's priority rank (or level); ``esv`` each unit's ESV in the amount's unit (non-market ESV for [HB]);
    ``cultivated`` each unit's cultivated area (ha). Every optional input may be None: its question is left out.

    Returns a dict:

    - ``roles``: {"payers", "payers_receiving", "receivers", "receivers_paying"} — units of the paying role with
      P > 0 and of the receiving role with P < 0 (the sign of P comes from the overload index eoi, the role from
      the main-functional-area type: [HB] computes them independently); None without roles.
    - ``zone``: {"units", "receiving"} — units of the paying zone (zone < 0) and those of them with P > 0; None
      without zones.
    - ``correlation``: per role ("receiver", "payer") with at least 3 units, {"role", "rho", "p", "n"}: Spearman's
      rank correlation of the priority rank with the amount rank (rank by |P| within the role, 1 = largest; as
      ecocomp:payment's summary, payment.role_summary); [] without priority.
    - ``large``: up to ``top`` units by |P| / ESV (largest first; units with ESV ≤ 0 or missing left out), each
      {"name", "amount", "esv", "ratio"}; None without ESV.
    - ``concentration``: the share of the total paid (−Σ P < 0) coming from the paying units with less than
      ``small_area`` ha of cultivated land ({"kind": "small_area", "threshold", "share", "units", "payers",
      "paid"}), or without areas from the ⌈``top_share`` · payers⌉ largest payers ({"kind": "top_payers",
      "threshold": top_share, ...}); None when no unit pays.
    """
    import math

    from .payment import role_summary

    names = [str(name) for name in names]
    count = len(names)
    amount = np.asarray(amount, dtype=float)
    if amount.shape != (count,):
        raise InputError("The amount field has {} values for {} units.", amount.size, count)
    result = {"roles": None, "zone": None, "correlation": [], "large": None, "concentration": None}
    roles = None
    if role is not None:
        roles = np.array([None if r is None else str(r).strip() for r in _checked(role, count, "role")], dtype=object)
        payer, receiver = roles == "payer", roles == "receiver"
        if payer.any() or receiver.any():
            result["roles"] = {"payers": int(payer.sum()), "payers_receiving": int((payer & (amount > 0)).sum()),
                               "receivers": int(receiver.sum()),
                               "receivers_paying": int((receiver & (amount < 0)).sum())}
        else:
            roles = None
    zones = _numbers(zone, count, "zone")
    if zones is not None:
        paying_zone = zones < 0
        result["zone"] = {"units": int(paying_zone.sum()), "receiving": int((paying_zone & (amount > 0)).sum())}
    ranks = _numbers(priority, count, "priority")
    if ranks is not None:
        from .payment import roles_from_amounts

        rows, _ = role_summary(amount, roles if roles is not None else roles_from_amounts(amount), ranks)
        result["correlation"] = [{"role": row["role"], "rho": row["spearman_rho"], "p": row["spearman_p"],
                                  "n": row["spearman_n"]} for row in rows
                                 if row["spearman_rho"] is not None and np.isfinite(row["spearman_rho"])]
    values = _numbers(esv, count, "ESV")
    if values is not None:
        usable = np.flatnonzero(np.isfinite(values) & (values > 0) & np.isfinite(amount))
        ratio = np.abs(amount[usable]) / values[usable]
        order = usable[np.argsort(-ratio, kind="stable")][:top]
        result["large"] = [{"name": names[i], "amount": float(amount[i]), "esv": float(values[i]),
                            "ratio": float(abs(amount[i]) / values[i])} for i in order]
    pays = amount < 0
    paid = 0.0 - float(amount[pays].sum())
    if pays.any() and paid > 0:
        area = _numbers(cultivated, count, "cultivated area")
        if area is not None:
            chosen = pays & np.isfinite(area) & (area < small_area)
            result["concentration"] = {"kind": "small_area", "threshold": float(small_area),
                                       "share": (0.0 - float(amount[chosen].sum())) / paid,
                                       "units": int(chosen.sum()), "payers": int(pays.sum()), "paid": paid}
        else:
            payers = np.flatnonzero(pays)
            k = max(1, int(math.ceil(top_share * payers.size - 1e-9)))
            largest = payers[np.argsort(amount[payers], kind="stable")][:k]
            result["concentration"] = {"kind": "top_payers", "threshold": float(top_share),
                                       "share": (0.0 - float(amount[largest].sum())) / paid,
                                       "units": int(k), "payers": int(payers.size), "paid": paid}
    return result


def _checked(values, count, what):
    values = list(values)
    if len(values) != count:
        raise InputError("The field '{}' has {} values for {} units.", what, len(values), count)
    return values


# ---------------------------------------------------------------------------------------------------- references

#: The sources of docs/methods.md as a reference list: key → (author–year style, GB/T 7714 style): what the methods
#: document's source list gives (for [XIE], the bibliographic data of the two papers it names); nothing is guessed, so
#: a source the document gives without authors or year is printed as the document describes it.
REFERENCES = OrderedDict((
    ("XIE", (
        "Xie Gaodi, Zhen Lin, Lu Chunxia, Xiao Yu, Chen Cao (2008). Expert knowledge based valuation method of "
        "ecosystem services in China. Journal of Natural Resources, 23(5): 911–919. — The earlier table: Xie Gaodi, "
        "Lu Chunxia, Leng Yunfa, Zheng Du, Li Shuangcheng (2003). Ecological assets valuation of the Tibetan "
        "Plateau. Journal of Natural Resources, 18(2): 189–196.",
        "谢高地, 甄霖, 鲁春霞, 等. 一个基于专家知识的生态系统服务价值化方法[J]. 自然资源学报, 2008, 23(5): 911-919. "
        "早期当量因子表：谢高地, 鲁春霞, 冷允法, 等. 青藏高原生态资产的价值评估[J]. 自然资源学报, 2003, 18(2): 189-196.")),
    ("HB", (
        "Chen Xiaojie, Wang Jing (2021). Quantitatively determining the priorities of regional ecological "
        "compensation for cultivated land in different main functional areas: a case study of Hubei Province, "
        "China. Land, 10(3): 247. doi:10.3390/land10030247.",
        "CHEN X J, WANG J. Quantitatively determining the priorities of regional ecological compensation for "
        "cultivated land in different main functional areas: a case study of Hubei Province, China[J]. Land, 2021, "
        "10(3): 247. DOI: 10.3390/land10030247.")),
    ("XZ", (
        "Ecological value compensation of cultivated land in the county units of Xuzhou City, 2015 (ecological "
        "footprint and equivalent factors).",
        "徐州市各县级单元 2015 年耕地生态价值补偿（生态足迹与当量因子法）.")),
    ("FJ", (
        "Ruan Yiyou, Song Min. Cultivated-land protection compensation zoning of Fujian from the dual food-security "
        "and ecological-security perspective (9 prefecture cities, 2017).",
        "阮贻有, 宋敏. 粮食安全与生态安全双重视角下福建省耕地保护补偿分区（9 个地级市，2017 年）.")),
    ("IO", (
        "Input–output land occupation between Gansu and the other provinces, China 2012 inter-regional "
        "input–output table (31 provinces).",
        "基于中国 2012 年区域间投入产出表（31 省）的甘肃与其他省份之间的隐含耕地研究.")),
))


def references(language="en", keys=None):
    """("References" / "参考文献", [("item", "[KEY] reference")]) for ``keys`` (default: all, in the methods
    document's order): author–year style in English, GB/T 7714 style in Chinese."""
    zh = language == "zh"
    items = [("text", "[{}] {}".format(key, REFERENCES[key][1 if zh else 0])) for key in (keys or REFERENCES)]
    return ("参考文献" if zh else "References"), items

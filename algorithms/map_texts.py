"""The texts of a map (ecocomp:mapimage, the report's maps): the titles of the result fields, the legend's money unit,
the source note under the map and the approval number (审图号) of its base map."""

import re

from qgis.core import QgsFeatureRequest

from ..ecocomp_science import units
from ..translation import N_, tr

FIELD_TITLES = {
    "ea": N_("Ea, value of one equivalent factor (CNY/ha)"),
    "esv_total": N_("ESV, total (CNY)"),
    "esv_market": N_("ESV, market part (CNY)"),
    "esv_nonmarket": N_("ESV, non-market part (CNY)"),
    "eoi": N_("Overload index (EC − EF)/EC: < 0 deficit, > 0 surplus"),
    "eoi_hb": N_("[HB]'s index Q = (EF − EC)/EC: > 0 deficit, < 0 surplus"),
    "eb": N_("Ecological balance EC − EF (gha)"),
    "ef": N_("Ecological footprint ef (gha/person)"),
    "ec": N_("Carrying capacity ec (gha/person)"),
    "q_score": N_("Zoning score Q"),
    "zone": N_("Compensation zone"),
    "level": N_("Compensation priority"),
    "ind": N_("Priority index IND = ESV non-market / GDP"),
    "payment": N_("Compensation amount (CNY): < 0 pays, > 0 receives"),
    "occ_total": N_("Land of the target region occupied (ha)"),
    "transfer_balance": N_("Transfers received − paid (CNY)"),
    "transfer_paid": N_("Transfers paid (CNY)"),
    "transfer_received": N_("Transfers received (CNY)"),
    "land_net": N_("Net land supplied (ha): < 0 user, > 0 supplier"),
    "net_ha": N_("Net land flows (ha)"),
    "lc_cultivated_ha": N_("Cultivated land from land cover (ha)"),
    "esv_lc_total": N_("ESV of all land types (CNY)"),
}


# 审图号 as printed under a map: GS(2019)1822号, or a province's 鄂S(2020)001号 (full-width brackets allowed)
APPROVAL_FORM = r"^([A-Z]{2}|[\u4e00-\u9fff]S)\s*[(（]\s*(\d{4})\s*[)）]\s*(\d+)\s*号?$"


def approval_text(number):
    """The approval number in the standard form "审图号：GS(2019)1822号"; None when it is not one."""
    import re

    match = re.match(APPROVAL_FORM, str(number or "").strip().replace("审图号", "").strip("：: "))
    return "审图号：{}({}){}号".format(*match.groups()) if match else None


def money_base(field):
    """(the field's name without its money suffix, its money unit): payment_10k_cny → (payment, 10,000 CNY)."""
    unit = units.field_money_unit(field)
    suffix = units.money_suffix(unit[0])
    return (field[:-len(suffix)] if suffix else field), unit


def legend_money(field, chosen):
    """(is the field money, the legend's money unit, the divisor from the field's values to it) for the legend unit
    ``chosen`` (0: as in the field, 1: 万元, 2: 亿元): payment_10k_cny in 亿元 is divided by 10⁴, not 10⁸."""
    base, field_unit = money_base(field)
    money = base in FIELD_TITLES and "(CNY)" in FIELD_TITLES[base]
    unit = units.find_unit("money", ("CNY", "10k CNY", "100M CNY")[chosen]) if chosen and money else field_unit
    return money, unit, unit[2] / field_unit[2]


def money_title(base, unit):
    """The heading of a money result ``base`` (payment, esv_total …) in ``unit``: 补偿额度（亿元） in Chinese,
    Compensation amount (100 million CNY) in English."""
    english, chinese = units.money_names(unit[0])
    return tr(FIELD_TITLES[base]).replace("(CNY)", "({})".format(english)).replace("（元）", "（{}）".format(chinese))


def legend_title(layer, field):
    """Legend heading: the EcoComp description of a result field with its unit, else the field's alias or name."""
    if field in FIELD_TITLES:
        return tr(FIELD_TITLES[field])
    base, unit = money_base(field)
    if unit[0] != "CNY" and base in FIELD_TITLES:
        return money_title(base, unit)  # 万元 in a Chinese title, 10,000 CNY in an English one
    index = layer.fields().lookupField(field)
    return layer.fields()[index].displayName() if index >= 0 else field


def source_note(layer, base_layer=None, data_source=""):
    """The default note of a map: what the base map is (the analyst's base layers, or the shipped demonstration base)
    and where the data come from — as the analyst names them (``data_source``, printed as given), else what EcoComp
    knows: synthetic sample data say so in their field data_status, other data are the analyst's statistics. Never a
    file or layer name ("数据：pay。" read as a file's name on a published map)."""
    from . import mapping

    base = tr("Base map: provided by the analyst.") if base_layer is not None else tr(mapping.SHIPPED_BASE_NOTE)
    source = " ".join(str(data_source or "").split()).rstrip("。.;；,，")
    if source:
        return base + " " + tr("Data: {}.").format(source)
    synthetic = False
    status = layer.fields().lookupField("data_status")
    if status >= 0:
        first = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)), None)
        synthetic = first is not None and "synthetic" in str(first.attributes()[status]).lower()
    data = tr("Statistics: synthetic demonstration data, not official statistics.") if synthetic else \
        tr("Data: the analyst's statistics.")
    return base + " " + data


def wrap_legend(text, width=36):
    """A legend title in lines of at most ``width`` columns (a CJK character counts two): broken at spaces in Latin
    text, after "：" "，" "、" or anywhere in Chinese, so that it stays on the page (the legend splits at newlines)."""
    import unicodedata

    def columns(part):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in part)

    lines, line = [], ""
    for token in re.findall(r"[^\s\u3000-\u9fff\uff00-\uffef]+\s*|[\u3000-\u9fff\uff00-\uffef]|\s+", text):
        if line and columns(line + token.rstrip()) > width and token not in "，。：、；）」』》":  # no line starts with them
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)

"""Units of the quantities EcoComp reads, read from headers, converted exactly, and checked for plausibility.

Every quantity has a *kind* (persons, money, area, mass, ratio, money per
person, money per area, yield) whose first unit is the canonical one the
formulas use (docs/README.md, "Units"). A value in another unit is
multiplied by the unit's exact factor (1 亩 = 1/15 ha, 1 万人 = 10,000
persons, 1 亿元 = 10⁸ CNY …).

A header such as ``常住人口(万人)``, ``地区生产总值（亿元）``,
``耕地面积/千公顷`` or ``population (10k persons)`` carries its unit:
:func:`header_unit` finds it. The unit used for a field is the one chosen
by the analyst, else the header's, else the canonical one; a chosen unit
that contradicts the header's is refused, naming both.

Plausibility (:func:`check_plausible`) compares what was read with ranges
no real Chinese administrative unit leaves — whatever its level — and
names the unit that would make the values plausible: population read in
persons while the table holds 万人 is stopped before anything is computed.
"""

import math
import re

from .errors import N_, InputError, Text, list_names

# kind → [(unit key, label, factor to the canonical unit, header spellings (lower case))]; first = canonical
KINDS = {
    "persons": [
        ("persons", N_("persons (人)"), 1.0, ("人", "persons", "person", "people")),
        ("10k persons", N_("10,000 persons (万人)"), 1e4, ("万人", "10k persons", "10 000 persons", "10,000 persons",
                                                      "10^4 persons", "10⁴ persons", "ten thousand persons",
                                                      "10k people")),
    ],
    "money": [
        ("CNY", N_("CNY (元)"), 1.0, ("元", "cny", "yuan", "rmb", "¥", "￥", "rmb yuan")),
        ("10k CNY", N_("10,000 CNY (万元)"), 1e4, ("万元", "10k cny", "10k yuan", "10,000 cny", "10,000 yuan", "10^4 yuan",
                                              "10⁴ yuan", "10^4 cny", "ten thousand yuan", "万元人民币")),
        ("100M CNY", N_("100 million CNY (亿元)"), 1e8, ("亿元", "100m cny", "100 million cny", "100 million yuan",
                                                  "10^8 yuan", "10⁸ yuan", "10^8 cny", "100m yuan", "亿元人民币")),
    ],
    "area": [
        ("ha", N_("ha (公顷)"), 1.0, ("公顷", "ha", "hectare", "hectares", "hm2", "hm²", "hm^2")),
        ("1000 ha", N_("1,000 ha (千公顷)"), 1e3, ("千公顷", "1000 ha", "1,000 ha", "kha", "10^3 ha", "10³ ha",
                                             "thousand ha", "thousand hectares", "10^3 hm2", "10³hm²", "10^3hm2",
                                             "10³ hm²")),
        ("mu", N_("mu (亩 = 1/15 ha)"), 1.0 / 15.0, ("亩", "mu")),
        ("10k mu", N_("10,000 mu (万亩)"), 1e4 / 15.0, ("万亩", "10k mu", "10,000 mu", "10^4 mu")),
        ("km2", N_("km² (平方千米)"), 100.0, ("平方千米", "平方公里", "km2", "km²", "km^2", "sq km", "square kilometres",
                                          "square kilometers")),
    ],
    "mass": [
        ("kg", N_("kg (千克)"), 1.0, ("千克", "公斤", "kg", "kilogram", "kilograms")),
        ("t", N_("t (吨)"), 1e3, ("吨", "t", "tonne", "tonnes", "ton", "tons", "metric tons")),
        ("10k t", N_("10,000 t (万吨)"), 1e7, ("万吨", "10k t", "10,000 t", "10^4 t", "10⁴ t", "10k tonnes",
                                           "10,000 tonnes", "10^4 tonnes", "ten thousand tonnes")),
    ],
    "ratio": [
        ("fraction", N_("fraction (0–1)"), 1.0, ("fraction", "ratio", "0-1", "0–1", "小数")),
        ("percent", N_("percent (%)"), 0.01, ("%", "percent", "per cent", "pct", "百分比", "百分数")),
    ],
    "money_per_person": [
        ("CNY/person", N_("CNY per person (元/人)"), 1.0, ("元/人", "cny/person", "yuan/person", "cny/capita",
                                                      "yuan per capita", "yuan/capita", "cny per person")),
        ("10k CNY/person", N_("10,000 CNY per person (万元/人)"), 1e4, ("万元/人", "10k cny/person", "10k yuan/person",
                                                                  "10^4 yuan/person")),
    ],
    "money_per_area": [
        ("CNY/ha", N_("CNY per ha (元/公顷)"), 1.0, ("元/公顷", "cny/ha", "yuan/ha", "元/hm2", "元/hm²", "yuan/hm2")),
        ("CNY/mu", N_("CNY per mu (元/亩)"), 15.0, ("元/亩", "cny/mu", "yuan/mu")),
    ],
    "yield": [
        ("kg/ha", N_("kg per ha (千克/公顷)"), 1.0, ("kg/ha", "千克/公顷", "公斤/公顷", "kg/hm2", "kg/hm²", "kg·hm-2",
                                                "kg·hm⁻²", "kg ha-1", "kg/hectare")),
        ("t/ha", N_("t per ha (吨/公顷)"), 1e3, ("t/ha", "吨/公顷", "t/hm2", "t/hm²", "t·hm-2", "tonnes/ha")),
        ("kg/mu", N_("kg per mu (千克/亩)"), 15.0, ("kg/mu", "千克/亩", "公斤/亩")),
    ],
    # Crop prices as yearbooks print them: per kg, per 50 kg (the grain purchase price), per jin (斤 = 0.5 kg), per t.
    "price": [
        ("CNY/kg", N_("CNY per kg (元/千克)"), 1.0, ("元/千克", "元/公斤", "元/kg", "cny/kg", "yuan/kg")),
        ("CNY/50 kg", N_("CNY per 50 kg (元/50千克)"), 1.0 / 50.0, ("元/50千克", "元/50公斤", "元/50kg", "cny/50 kg",
                                                               "cny/50kg", "yuan/50 kg", "yuan/50kg")),
        ("CNY/jin", N_("CNY per jin (元/斤, 0.5 kg)"), 2.0, ("元/斤", "元/500克", "cny/jin", "yuan/jin")),
        ("CNY/t", N_("CNY per t (元/吨)"), 1e-3, ("元/吨", "元/t", "cny/t", "yuan/t", "yuan/tonne", "cny/tonne")),
    ],
    "dimensionless": [("1", N_("dimensionless"), 1.0, ())],
}

# The role of a field → its kind and what it is called in messages (with the canonical unit).
ROLES = {
    "population": ("persons", N_("population")),
    "gdp": ("money", N_("GDP")),
    "esv": ("money", N_("ESV")),
    "area": ("area", N_("cultivated land area")),
    "sown_area": ("area", N_("sown area")),
    "grain": ("mass", N_("grain output")),
    "production": ("mass", N_("production")),
    "crop_yield": ("yield", N_("yield")),
    "ratio": ("ratio", N_("fraction")),
    "gdp_per_capita": ("money_per_person", N_("per-capita GDP")),
    "price": ("price", N_("crop price")),
    "ea": ("money_per_area", N_("Ea, the value of one equivalent factor")),
    "esv_per_ha": ("money_per_area", N_("ESV per ha of cultivated land")),
    "amount": ("money", N_("compensation amount")),
}


def units_of(kind):
    return KINDS[kind]


def canonical(kind):
    return KINDS[kind][0]


def unit_labels(kind):
    return [label for _, label, _, _ in KINDS[kind]]


def find_unit(kind, key):
    for unit in KINDS[kind]:
        if unit[0] == key:
            return unit
    raise InputError("Unknown unit {!r} for {}; known: {}.", key, kind, ", ".join(u[0] for u in KINDS[kind]))


def money_suffix(key):
    """The suffix of a money field EcoComp writes in the unit ``key``: "" (CNY), "_10k_cny", "_100m_cny"."""
    return "" if key == canonical("money")[0] else "_" + key.lower().replace(" ", "_")


def field_money_unit(field):
    """The money unit of a field by the suffix EcoComp gives it (payment_10k_cny → 10,000 CNY); CNY without."""
    for unit in KINDS["money"][1:]:
        if field.lower().endswith(money_suffix(unit[0])):
            return unit
    return canonical("money")


def money_names(key):
    """(English, Chinese) names of a money unit, from its label: "10k CNY" → ("10,000 CNY", "万元")."""
    english, _, chinese = find_unit("money", key)[1].partition(" (")
    return english, chinese.rstrip(")")


_SPELLINGS = {}
for _kind, _units in KINDS.items():
    for _key, _label, _factor, _spellings in _units:
        for _spelling in _spellings:
            _SPELLINGS.setdefault(_spelling, []).append((_kind, _key))

# Full-width and look-alike characters a yearbook may use in headers and cells.
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "［": "[", "］": "]", "／": "/", "％": "%",
                            "：": ":", "　": " ", "，": ",", "．": ".", "－": "-", "−": "-", "＿": "_",
                            **{chr(0xFF10 + i): str(i) for i in range(10)}})


def _normal_unit_text(text):
    text = text.translate(_FULLWIDTH).strip().lower()
    text = re.sub(r"^(单位|unit|units)\s*[:：]?\s*", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,;")


def lookup_unit(text, kind=None):
    """(kind, unit key) of a unit spelling, e.g. '万人' → ('persons', '10k persons'); None if unknown."""
    found = _SPELLINGS.get(_normal_unit_text(text))
    if not found:
        return None
    if kind is not None:
        found = [f for f in found if f[0] == kind]
        if not found:
            return None
    return found[0]


_ASCII_SUFFIXES = sorted((s for s in _SPELLINGS if re.fullmatch(r"[a-z0-9 ,^/]+", s) and len(s) > 1 or s == "t"),
                         key=len, reverse=True)

_BRACKETED = re.compile(r"^(?P<name>.*?)\s*[(\[]\s*(?P<unit>[^()\[\]]+?)\s*[)\]]\s*$")


def header_unit(header, kind=None):
    """(name without the unit, (kind, unit key) or None) of a column header.

    Recognised: ``name(unit)``, ``name（unit）``, ``name[unit]``, ``name【unit】``, ``name/unit``,
    ``name, unit``, a trailing ``%``, and ASCII suffixes such as ``_ha``, ``_kg``, ``_cny``, ``_10k_persons``.
    """
    text = str(header).translate(_FULLWIDTH).strip()
    match = _BRACKETED.match(text)
    if match:
        unit = lookup_unit(match.group("unit"), kind)
        if unit is not None:
            return match.group("name").strip(), unit
        return text, None
    if "/" in text:  # 耕地面积/千公顷, but not 元/人 alone
        name, _, unit_text = text.partition("/")
        unit = lookup_unit(unit_text, kind)
        if unit is not None and name.strip():
            return name.strip(), unit
        # a per-unit: 人均GDP/元/人
        for i in range(1, len(text)):
            if text[i - 1] == "/" and text[:i - 1].strip():
                unit = lookup_unit(text[i:], kind)
                if unit is not None:
                    return text[:i - 1].strip(), unit
    for position, character in enumerate(text):
        if character in ",:" and text[:position].strip():
            unit = lookup_unit(text[position + 1:], kind)
            if unit is not None:
                return text[:position].strip(), unit
    if text.endswith("%") and len(text) > 1:
        unit = lookup_unit("%", kind)
        if unit is not None:
            return text[:-1].strip(), unit
    lowered = text.lower()
    for suffix in _ASCII_SUFFIXES:
        for tail in {"_" + suffix.replace(" ", "_").replace("/", "_per_").replace(",", ""),
                     "_" + suffix.replace(" ", "_").replace("/", "_").replace(",", "")}:
            if lowered.endswith(tail) and len(lowered) > len(tail):
                unit = lookup_unit(suffix, kind)
                if unit is not None:
                    return text[:-len(tail)], unit
                if kind is not None and lookup_unit(suffix) is not None:
                    return text, None  # the suffix names a unit of another kind (e.g. _kg_ha read as area)
    return text, None


def explicit_unit(header):
    """The unit written in brackets, after '/' or ',' or as '%' (not an ASCII suffix), of any kind; else None."""
    text = str(header).translate(_FULLWIDTH).strip()
    if not (_BRACKETED.match(text) or "/" in text or "," in text or ":" in text or text.endswith("%")):
        return None
    return header_unit(text)[1]


def resolve(kind, field, chosen=None, what=None):
    """The unit (key, label, factor, spellings) of ``field``: the chosen unit, else the header's, else canonical.

    ``chosen``: a unit key or None ("from the header"). A chosen unit that contradicts the header's is refused.
    Returns (unit, source) with source "chosen", "header" or "canonical".
    """
    _, from_header = header_unit(field, kind)
    if from_header is None:
        other = explicit_unit(field)
        if other is not None and other[0] != kind:
            raise InputError("Field '{}' ({}) says its unit is {}, which is not a unit of this quantity ({}).",
                             field, what or kind, find_unit(*other)[1], ", ".join(unit_labels(kind)))
    if chosen:
        unit = find_unit(kind, chosen)
        if from_header is not None and from_header[1] != chosen:
            raise InputError("Field '{}' ({}): the chosen unit {} contradicts the unit {} in its header. Choose "
                             "'from the header', or correct the header.", field, what or kind, unit[1],
                             find_unit(kind, from_header[1])[1])
        return unit, "chosen"
    if from_header is not None:
        return find_unit(kind, from_header[1]), "header"
    return canonical(kind), "canonical"


def to_canonical(values, role, field, chosen, what, quantities, check=True, labels=None):
    """``values`` of ``field`` (a quantity of ``role``) in the canonical unit: from the ``chosen`` unit key, else
    the header's, else canonical (:func:`resolve`). The first field of each role is kept in ``quantities`` and,
    with ``check``, the plausibility rules are applied to them; with ``labels`` every value is also held against
    the largest any Chinese administrative unit can have (:func:`check_outliers`). Returns (values, unit, source)."""
    unit, origin = resolve(ROLES[role][0], field, chosen, what)
    if unit[2] != 1.0:
        values = values * unit[2]
    if check and labels is not None:
        check_outliers(values, role, field, unit, labels)
    if role not in quantities:
        quantities[role] = (values, field, unit)
        if check:
            check_plausible(quantities)
    return values, unit, origin


def conversion_note(what, unit, kind, tr=None):
    """The log line of a conversion, e.g. 'population: 万人 → persons, × 10,000' (unit labels translated by
    ``tr``, the front end's translation, when given)."""
    tr = tr or (lambda text: text)
    base = canonical(kind)
    return tr("{}: {} → {}, × {}").format(what, tr(unit[1]), tr(base[1]), format_factor(unit[2]))


def format_factor(factor):
    if abs(factor - round(factor)) < 1e-12:
        return "{:,}".format(int(round(factor)))
    for denominator in (15, 3):
        if abs(factor * denominator - round(factor * denominator)) < 1e-9:
            return "{:,}/{}".format(int(round(factor * denominator)), denominator)
    return "{:g}".format(factor)


# -- plausibility ------------------------------------------------------------------------------------------

# (rule, roles it needs, what, canonical unit, low, high, statistic): no real unit of any level leaves the range.
RULES = (
    ("population", ("population",), "population", "persons", 1e3, 2e8, "median"),
    ("population_min", ("population",), "population", "persons", 1e2, 2e9, "min"),
    ("gdp", ("gdp",), "GDP", "CNY", 1e6, 2e14, "median"),
    ("gdp_per_capita", ("gdp", "population"), "per-capita GDP", "CNY/person", 1e3, 1e6, "median"),
    ("grain_yield", ("grain", "area"), "grain output per ha of cultivated land", "kg/ha", 1e2, 1e5, "median"),
    ("area_per_person", ("area", "population"), "cultivated land per person", "ha/person", 1e-4, 5.0, "median"),
    ("crop_yield", ("crop_yield",), "crop yield", "kg/ha", 1e2, 1e5, "median"),
    # Food-crop prices: about 1.5–4 CNY/kg for grain since 2000, vegetables and fruit rarely above 20. 136 typed for
    # a price per 50 kg (a common yearbook unit) is stopped, with the unit that fits.
    ("price", ("price",), "crop price", "CNY/kg", 0.3, 60.0, "median"),
    # Ea = (1/7) of the value of the food crops per ha: 449 CNY/ha nationally in Xie 2003, a few thousand since.
    ("ea", ("ea",), "Ea, the value of one equivalent factor", "CNY/ha", 1e2, 2e4, "median"),
    # ESV per ha of cultivated land = F · Ea with F of a few units (Xie 2008 cropland: 7.90).
    ("esv_per_ha", ("esv_per_ha",), "ESV per ha of cultivated land", "CNY/ha", 3e2, 3e5, "median"),
)


def _statistic(values, statistic):
    """Median or minimum of the finite positive values (NULL, zero and negative are left to the checks that name
    them)."""
    import numpy as np  # on first use: loading the plugin stays light

    finite = values[np.isfinite(values) & (values > 0)]
    if finite.size == 0:
        return None
    return float(np.median(finite)) if statistic == "median" else float(finite.min())


def _combined(rule, data):
    if rule == "gdp_per_capita":
        return data["gdp"] / data["population"]
    if rule == "grain_yield":
        return data["grain"] / data["area"]
    if rule == "area_per_person":
        return data["area"] / data["population"]
    return data[RULES_BY_NAME[rule][1][0]]


RULES_BY_NAME = {rule[0]: rule for rule in RULES}


def check_plausible(quantities, rules=None):
    """Refuse values whose level shows a wrong unit.

    ``quantities``: {role: (values in the canonical unit, field name, unit as read (key, label, factor, …))}.
    Every rule whose roles are all present is checked; the message names the field(s), the observed level, the
    range, and the unit(s) that would make the values plausible.
    """
    import numpy as np

    for name, roles, what, unit_text, low, high, statistic in RULES:
        if rules is not None and name not in rules:
            continue
        if not all(role in quantities for role in roles):
            continue
        data = {role: np.asarray(quantities[role][0], dtype=float) for role in roles}
        with np.errstate(divide="ignore", invalid="ignore"):
            level = _statistic(_combined(name, data), statistic)
        if level is None or low <= level <= high:
            continue
        suggestions = []
        for role in roles:
            values, field, unit = quantities[role]
            kind = ROLES[role][0]
            for other in KINDS[kind]:
                if other[0] == unit[0]:
                    continue
                trial = dict(data)
                trial[role] = data[role] / unit[2] * other[2]
                with np.errstate(divide="ignore", invalid="ignore"):
                    candidate = _statistic(_combined(name, trial), statistic)
                if candidate is not None and low <= candidate <= high:
                    suggestions.append("'{}' in {}".format(field, other[1]))
        fields = ", ".join("'{}' read as {}".format(quantities[r][1], quantities[r][2][1]) for r in roles)
        hint = ("The values look like " + " or ".join(suggestions) + ": choose that unit.") if suggestions else \
            "Check the fields and their units."
        raise InputError("Implausible {} ({}): the {} is {} {}, outside {}–{} {} for any Chinese administrative unit. "
                         "{} To run anyway, switch off 'Stop on implausible values'.", what, fields,
                         "median" if statistic == "median" else "smallest value", format_level(level), unit_text,
                         format_level(low), format_level(high), unit_text, hint)


# The largest value of a quantity that any Chinese administrative unit can have (China as a whole: 1.41e9 persons,
# GDP 1.3e14 CNY in 2023, 1.28e8 ha of cultivated land, grain 7e11 kg): one value above it is a typing or unit
# mistake, however plausible the median is (one GDP of 1e300 once gave a total paid of 9.4e297).
LARGEST = {"population": 2e9, "gdp": 1e15, "area": 2e8, "grain": 2e12, "crop_yield": 2e5, "price": 1e4,
           "ea": 1e7, "sown_area": 2e8,
           # China's GDP is about 1.3e14 CNY: no unit's ESV or compensation amount comes near 1e14 (paid or received)
           "esv": 1e14, "amount": 1e14}


def check_outliers(values, role, field, unit, labels):
    """Refuse the units whose value of ``role`` (canonical unit) exceeds what any Chinese unit can have, naming
    them, the value and the bound in the unit the field was read in."""
    import numpy as np

    high = LARGEST.get(role)
    if high is None:
        return
    values = np.asarray(values, dtype=float)
    over = np.flatnonzero(np.isfinite(values) & (np.abs(values) > high)) if values.size else []
    if len(over) == 0:
        return
    shown = ", ".join("{} ({})".format(labels[i], format_level(values[i] / unit[2])) for i in over[:5])
    raise InputError("Implausible {} in field '{}' ({}): {} unit(s) above {}, more than any Chinese administrative "
                     "unit has: {}. Correct the values (a typing or unit mistake?).", Text(ROLES[role][1]), field,
                     Text(unit[1]), len(over), format_level(high / unit[2]), shown)


def format_level(value):
    if value == 0 or not math.isfinite(value):
        return "{:g}".format(value)
    exponent = math.floor(math.log10(abs(value)))
    if -3 <= exponent <= 6:
        return "{:,.{}f}".format(value, max(0, 2 - exponent)) if exponent < 2 else "{:,.0f}".format(value)
    return "{:.3g}".format(value)


def names_of_units(values, labels, mask):
    return list_names([labels[i] for i, hit in enumerate(mask) if hit])

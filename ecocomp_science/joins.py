"""Matching keys — of statistics rows to polygons, of two studies' units, of MRIO regions, of flows to units — by the
codes and names yearbooks use: one set of rules for every join in EcoComp (:func:`match_keys`, :func:`match_one_to_one`,
:func:`match_regions`).

Codes: the 6-digit administrative code (行政区划代码) as number or text, with
or without leading zeros or a trailing ``.0``; 9- and 12-digit statistical
codes (统计用区划代码) match on their first 6 digits. Names: full-width and
ordinary spaces are ignored, and the suffixes 自治县 / 自治旗 / 县 / 市 / 区 /
旗 / 林区 / 特区 / 省 / 自治区 may be left out on either side; a shortened name that fits
several units is refused as ambiguous.
"""

import re

from .errors import InputError, list_names

SUFFIXES = ("土家族苗族自治县", "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治县", "自治旗", "林区",
            "特区", "新区", "省", "县", "市", "区", "旗", "盟", "州")
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "　": " ", "．": "."})


def text_key(value):
    """A key as text: 420102, 420102.0 and ' 420102' all read '420102'; NULL → None."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).translate(_FULLWIDTH).strip()
    quoted = re.fullmatch(r'="(.*)"', text)  # Excel's way of keeping leading zeros: ="0420102"
    if quoted:
        text = quoted.group(1).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    else:
        # a code Excel showed in scientific notation with every digit (4.20102E+05); 4.21E+05 lost digits (420500
        # would read as 421000, another unit's code) and is left as it is, to be refused as unmatched
        scientific = re.fullmatch(r"\d\.(\d+)[eE]\+?(\d{1,2})", text)
        if scientific and len(scientific.group(1).rstrip("0") or "") <= int(scientific.group(2)) \
                and len(scientific.group(1)) >= int(scientific.group(2)):
            text = str(int(float(text)))
    return text or None


def code_key(value):
    """The 6-digit administrative code in a key, or None when the key is not a code."""
    text = text_key(value)
    if text is None or not text.isdigit():
        return None
    stripped = text.lstrip("0") or "0"
    if len(stripped) == 6:
        return stripped
    if len(text) in (9, 12):
        return text[:6]
    if len(stripped) in (9, 12):
        return stripped[:6]
    return None


def name_key(value):
    """A name without spaces and without an administrative suffix (江岸区 → 江岸, 长阳土家族自治县 → 长阳…)."""
    text = text_key(value)
    if text is None:
        return None
    text = re.sub(r"\s+", "", text)
    for suffix in SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[:-len(suffix)]
    return text


def match_keys(polygon_keys, table_keys, polygon_labels=None):
    """For every polygon key, the index of its table row (or None), and a report.

    Keys are matched exactly (as text) first; then, when both sides hold administrative codes, by their 6-digit
    code; else by name without suffix. Duplicated table keys and names that fit several rows are refused.
    Returns (indices, report) where report = {"matched", "method", "unmatched_polygons", "unused_rows"}.
    """
    labels = polygon_labels or [str(k) for k in polygon_keys]
    texts = [text_key(k) for k in table_keys]
    duplicates = sorted({t for t in texts if t is not None and texts.count(t) > 1}) \
        if len(set(texts)) < len(texts) else []
    if duplicates:
        raise InputError("The statistics table has duplicate keys: {}.", list_names(duplicates))
    exact = {t: i for i, t in enumerate(texts) if t is not None}
    codes_polygons = [code_key(k) for k in polygon_keys]
    codes_table = [code_key(k) for k in table_keys]
    use_codes = sum(c is not None for c in codes_polygons) >= 0.8 * max(1, len(polygon_keys)) and \
        sum(c is not None for c in codes_table) >= 0.8 * max(1, sum(t is not None for t in texts))
    if use_codes:
        method, polygon_norm, table_norm = "code", codes_polygons, codes_table
    else:
        method, polygon_norm = "name", [name_key(k) for k in polygon_keys]
        table_norm = [name_key(k) for k in table_keys]
    by_norm = {}
    for i, key in enumerate(table_norm):
        if key is not None:
            by_norm.setdefault(key, []).append(i)
    indices, ambiguous = [], []
    for key, norm in zip(polygon_keys, polygon_norm):
        text = text_key(key)
        if text in exact:
            indices.append(exact[text])
            continue
        candidates = by_norm.get(norm, []) if norm is not None else []
        if len(candidates) > 1:
            ambiguous.append("{} → {}".format(text, " / ".join(str(table_keys[c]) for c in candidates)))
            indices.append(None)
        else:
            indices.append(candidates[0] if candidates else None)
    if ambiguous:
        raise InputError("Ambiguous keys: {} polygon key(s) fit several table rows once the suffixes 县/市/区/旗 are "
                         "left out: {}. Join by code, or write the names in full.", len(ambiguous),
                         list_names(ambiguous))
    taken = {}
    for p, i in enumerate(indices):
        if i is not None:
            taken.setdefault(i, []).append(p)
    used = set(taken)
    report = {
        "matched": sum(i is not None for i in indices),
        "method": "exact" if all(text_key(k) in exact for k, i in zip(polygon_keys, indices) if i is not None)
        else method,
        "unmatched_polygons": [labels[p] for p, i in enumerate(indices) if i is None],
        "unused_rows": [str(table_keys[i]) for i in range(len(table_keys)) if i not in used and texts[i] is not None],
    }
    return indices, report


def duplicate_keys(keys):
    """The keys (as text) that occur more than once, in order of first repetition."""
    seen, duplicates = set(), []
    for key in (text_key(k) for k in keys):
        if key is not None and key in seen and key not in duplicates:
            duplicates.append(key)
        seen.add(key)
    return duplicates


def match_one_to_one(keys, reference_keys):
    """``keys`` matched to ``reference_keys`` by :func:`match_keys`'s rules, both sides unique (the caller refuses
    duplicates with its own words): (index into ``reference_keys`` or None for each key, unmatched keys as text,
    reference keys no key matched as text)."""
    indices, report = match_keys(list(keys), list(reference_keys))
    unmatched = [str(text_key(k)) for k, i in zip(keys, indices) if i is None]
    return indices, unmatched, report["unused_rows"]


def match_regions(keys, regions, key_name):
    """The MRIO region of every unit key (ecocomp:ioland, ecocomp:iobilateral and the API): (index into ``regions``
    or None, keys without a region, regions without a unit). Several units with one region are refused (each
    would carry the region's whole account), and so is a layer where no key is a region."""
    index, unmatched, missing = match_one_to_one(keys, regions)
    found = [i for i in index if i is not None]
    shared = sorted({str(regions[i]) for i in found if found.count(i) > 1}) if len(set(found)) < len(found) else []
    if shared:  # the same key twice, or two spellings of one region (湖北 and 湖北省)
        raise InputError("{} region(s) have several polygons in field '{}' (e.g. parts of a multipart region), which "
                         "would each carry the region's whole land account: {}. Dissolve them by '{}' first.",
                         len(shared), key_name, ", ".join(shared), key_name)
    if keys and all(i is None for i in index):
        raise InputError("No polygon matches an MRIO region: field '{}' holds e.g. {!r}, the MRIO regions are e.g. "
                         "{!r}.", key_name, keys[0], regions[0] if len(regions) else None)
    return index, unmatched, missing

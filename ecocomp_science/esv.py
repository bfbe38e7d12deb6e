"""Ecosystem service value of cultivated land, equivalent-factor method [XIE, XZ, HB].

docs/methods.md, “Ecosystem service value”::

    Ea  = (1/7) · Σ_i (m_i · v_i · q_i) / M,   M = Σ_i m_i        (CNY/ha)
    ESV = F · Ea · S                                              (CNY)

m_i sown area of crop i (ha), q_i yield (kg/ha), v_i national average price
(CNY/kg); 1/7 is the natural (non-human-input) share of the value of food
production. S is the cultivated-land area of the unit (ha) — [HB] uses the
cultivated area, [XZ] the grain sown area. F is an equivalent-factor sum
(:mod:`.factors`): total, market (provisioning) or non-market.
"""

import numpy as np

from .checks import check_quantity
from .errors import N_, InputError, list_names
from .factors import service_key

NATURAL_SHARE = 1.0 / 7.0

CROP_TABLE_COLUMNS = ("crop", "sown area (ha)", "yield (kg/ha)", "price (CNY/kg)")


def crop_key(name):
    """The crop key ("rice", "wheat", "maize") of a name in English or Chinese (水稻, 稻谷, 小麦, 玉米 …); otherwise
    the name itself, lower-cased."""
    from .presets import CROP_ALIASES

    text = str(name).strip().lower()
    for key, aliases in CROP_ALIASES.items():
        if text in aliases:
            return key
    return text


def parse_price_line(text):
    """{crop key: price} from a line as analysts type it: "rice 2.72; wheat 2.36", "水稻 2.72；小麦 2.36",
    "水稻：2.72，玉米：1.76" (items split by ; ； , ， 、 or new lines; name and price by spaces, : ： or =;
    full-width digits read). An item that is not a name and a number is refused, naming it."""
    import re

    from .tables import parse_number

    prices = {}
    for item in re.split(r"[;；,，、\n]+", str(text or "")):
        item = item.strip()
        if not item:
            continue
        match = re.match(r"^(.*?)[\s:：=]*([-+]?[0-9０-９.．]+)\s*$", item)
        try:
            name, price = match.group(1).strip(), parse_number(match.group(2).replace("．", "."))
        except (AttributeError, ValueError):
            raise InputError("Crop prices: {!r} is not a crop and its price (e.g. 水稻 2.72).", item) from None
        if not name:
            raise InputError("Crop prices: {!r} has a price but no crop.", item)
        prices[crop_key(name)] = price
    return prices


def check_sample_prices(crops, prices, year):
    """Crop prices (CNY/kg) that are the sample run's of 2017 (presets.SAMPLE_CROP_PRICES) used with statistics of
    another ``year`` are refused: prices are of a year. Returns a note for the log when the year is not known and
    the prices are the sample's, else None."""
    from .presets import SAMPLE_CROP_PRICES, SAMPLE_PRICE_YEAR

    keys = [crop_key(crop) for crop in crops]
    sample = [k for k, p in zip(keys, np.atleast_1d(prices)) if k in SAMPLE_CROP_PRICES
              and abs(float(p) - SAMPLE_CROP_PRICES[k]) < 1e-9]
    if not sample or len(sample) < len(keys):
        return None
    if year is not None and int(year) != SAMPLE_PRICE_YEAR:
        raise InputError("The crop prices ({}) are the sample run's illustrative prices of {}, but the statistics "
                         "are of {}: type the prices of {} (CNY/kg).", ", ".join(
                             "{} {}".format(k, SAMPLE_CROP_PRICES[k]) for k in sample), SAMPLE_PRICE_YEAR, year, year)
    if year is None:
        return N_("The crop prices are the sample run's illustrative prices of 2017; the year of the statistics is not "
                  "known (no field year / 年份), so they were not checked against it.")
    return None


def crop_table_from_rows(rows):
    """Parse crop rows (crop, sown area ha, yield kg/ha, price CNY/kg).

    Returns ``(names, sown_area, crop_yield, price)``; refuses an empty
    table, text where a number belongs and negative numbers, naming the crop.
    """
    names, values = [], []
    for number, row in enumerate(rows, start=1):
        if len(row) != 4:
            raise InputError(
                "Crop table row {} must have 4 columns (crop, sown area ha, yield kg/ha, price CNY/kg), "
                "got {}.", number, len(row)
            )
        name = str(row[0]).strip() or "row {}".format(number)
        parsed = []
        for column, cell in zip(CROP_TABLE_COLUMNS[1:], row[1:]):
            try:
                value = float(str(cell).strip())
            except ValueError:
                raise InputError("Crop table, {}: {} {!r} is not a number.", name, column, cell) from None
            if not np.isfinite(value) or value < 0:
                raise InputError("Crop table, {}: {} must be ≥ 0, got {}.", name, column, cell)
            parsed.append(value)
        names.append(name)
        values.append(parsed)
    if not names:
        raise InputError("The crop table is empty: give at least one crop (crop, sown area, yield, price).")
    table = np.array(values, dtype=float)
    return names, table[:, 0], table[:, 1], table[:, 2]


def equivalent_factor_value(sown_area, crop_yield, price, unit_labels=None):
    """Value of one equivalent factor Ea (CNY/ha) [XIE, HB, XZ].

    ``Ea = (1/7) · Σ_i m_i·q_i·v_i / Σ_i m_i``.

    With 1-D inputs (one value per crop) the result is one float for the
    whole study region; with 2-D inputs (units × crops) it is one value per
    unit. ``price`` (CNY/kg) may be 1-D and is broadcast over units.
    A zero total sown area M is refused, naming the units.
    """
    m = np.asarray(sown_area, dtype=float)
    q = np.asarray(crop_yield, dtype=float)
    v = np.asarray(price, dtype=float)
    total_area = m.sum(axis=-1)
    production_value = (m * q * v).sum(axis=-1)
    empty = np.atleast_1d(total_area <= 0)
    if empty.any():
        if m.ndim == 1:
            raise InputError("The total sown area of the crops is zero: Ea = (1/7)·Σ m·q·v / Σ m needs Σ m > 0.")
        names = [unit_labels[i] if unit_labels is not None else "#{}".format(i + 1) for i in np.flatnonzero(empty)]
        raise InputError(
            "The total sown area of the crops is zero for {} unit(s), so Ea cannot be computed: {}.",
            len(names), list_names(names)
        )
    ea = NATURAL_SHARE * production_value / total_area
    return float(ea) if np.ndim(ea) == 0 else ea


def crop_table_ea(rows, price_unit="CNY/kg", check=False):
    """(crop names, Ea in CNY/ha) of a crop table — rows of crop, sown area (ha), yield (kg/ha),
    price (in ``price_unit``, CNY/kg by default) — for the whole study region: Ea = (1/7) · Σ m·q·v / Σ m
    [XIE, HB, XZ]. With ``check`` the prices are checked for plausibility (:func:`prices_per_kg`)."""
    names, area, crop_yield, price = crop_table_from_rows(rows)
    price = prices_per_kg(price, price_unit, "Prices of the crop table", check)
    return names, equivalent_factor_value(area, crop_yield, price)


def service_value(factor, ea, area):
    """ESV = F · Ea · S (CNY) [XIE, HB, XZ]: ``factor`` F (dimensionless), ``ea`` (CNY/ha), ``area`` S (ha); numpy
    broadcasting, so F and Ea may also carry a leading axis of Monte Carlo draws (ecocomp_science/uncertainty.py)."""
    return factor * (ea * area)


def ecosystem_service_value(area, ea, table, unit_labels=None, per_service=False,
                            area_name="Cultivated land area S (ha)"):
    """ESV of cultivated land per unit (CNY) [XIE, HB, XZ]: ``ESV = F · Ea · S``.

    ``area`` S (ha) per unit; ``ea`` (CNY/ha), one value or one per unit;
    ``table`` a :class:`~.factors.FactorTable`. Returns a dict of arrays:
    ``ea``, ``esv_total``, ``esv_market``, ``esv_nonmarket`` and, with
    ``per_service``, ``esv_<service>`` for every service of the table.
    """
    s = check_quantity(area, area_name, unit_labels)
    ea_units = np.broadcast_to(
        check_quantity(np.atleast_1d(ea), "Value of one equivalent factor Ea (CNY/ha)", unit_labels), s.shape
    ).astype(float)
    result = {
        "ea": ea_units,
        "esv_total": service_value(table.total, ea_units, s),
        "esv_market": service_value(table.market_total, ea_units, s),
        "esv_nonmarket": service_value(table.nonmarket_total, ea_units, s),
    }
    if per_service:
        for service, factor in zip(table.services, table.factors):
            result["esv_" + service_key(service)] = service_value(factor, ea_units, s)
    return result


def typed_prices(crops, prices, unit_key="CNY/kg", what="Crop prices", check=True):
    """Prices typed beside crops (a crop table or crop fields table), in CNY/kg: each must be a number ≥ 0 in the
    unit ``unit_key``, refused naming its crop and that unit; then converted and checked (:func:`prices_per_kg`)."""
    from . import units

    label = units.find_unit("price", unit_key)[1]
    values = []
    for crop, price in zip(crops, prices):
        try:
            values.append(float(price))
        except (TypeError, ValueError):
            raise InputError("Crop fields table, {}: price {!r} ({}) is not a number.", crop, price, label) from None
        if not values[-1] >= 0:
            raise InputError("Crop fields table, {}: price must be ≥ 0 ({}).", crop, label)
    return prices_per_kg(values, unit_key, what, check)


def prices_per_kg(prices, unit_key="CNY/kg", what="Crop prices", check=True):
    """Typed crop prices in CNY/kg from the unit they are given in (元/kg, 元/50 kg, 元/斤 or 元/吨), checked for
    plausibility unless ``check`` is False: a price per 50 kg read as per kg (136 for 2.72 CNY/kg) is stopped, naming
    the unit that fits."""
    from . import units

    unit = units.find_unit("price", unit_key)
    values = np.asarray(prices, dtype=float) * unit[2]
    if check:
        units.check_plausible({"price": (values, what, unit)})
    return values


def check_value_levels(ea, esv_total, area, what_ea="Ea", check=True):
    """Stop an Ea (CNY/ha) or an ESV per ha of cultivated land (CNY/ha) that no unit of China has: a typed Ea of
    10⁶ CNY/ha, or equivalent factors typed in percent (790 for 7.90)."""
    if not check:
        return
    from . import units

    per_ha = units.canonical("money_per_area")
    ea = np.atleast_1d(np.asarray(ea, dtype=float))
    units.check_plausible({"ea": (ea, what_ea, per_ha)})
    area = np.asarray(area, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        level = np.where(area > 0, np.asarray(esv_total, dtype=float) / area, np.nan)
    units.check_plausible({"esv_per_ha": (level, "ESV / S (the equivalent factors × Ea)", per_ha)})

"""Equivalent-factor tables of ecosystem service value per unit area [XIE].

The bundled tables live in ``reference/xie_equivalent_factors.csv`` (one row
per edition × land type × service, with its source). ``Xie 2008`` cropland
sums to F_total = 7.90 (market 1.39, non-market 6.51), used by [HB];
``Xie 2003`` farmland sums to 6.91 (market 1.10, non-market 5.81), used by
[XZ]. Users may pass their own table as rows of (service, part, factor).
"""

import csv
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import InputError

REFERENCE_CSV = os.path.join(os.path.dirname(__file__), "reference", "xie_equivalent_factors.csv")

MARKET = "market"
NONMARKET = "nonmarket"
_PART_ALIASES = {
    "market": MARKET,
    "m": MARKET,
    "provisioning": MARKET,
    "市场": MARKET,
    "市场价值": MARKET,
    "nonmarket": NONMARKET,
    "non-market": NONMARKET,
    "non market": NONMARKET,
    "n": NONMARKET,
    "regulating": NONMARKET,
    "supporting": NONMARKET,
    "cultural": NONMARKET,
    "非市场": NONMARKET,
    "非市场价值": NONMARKET,
}

PRESETS = ("2008", "2003")


@dataclass(frozen=True)
class FactorTable:
    """Equivalent factors of one ecosystem type, one entry per service.

    ``factors`` are dimensionless multiples of the value of one equivalent
    factor Ea (CNY/ha); ``market[j]`` tells whether service j is a market
    (provisioning) service.
    """

    name: str
    services: tuple
    market: tuple
    factors: tuple
    labels_en: tuple = ()
    labels_zh: tuple = ()

    @property
    def total(self):
        """F_total: sum of all factors."""
        return math.fsum(self.factors)

    @property
    def market_total(self):
        """F_market: sum of the market (provisioning) factors."""
        return math.fsum(f for f, is_market in zip(self.factors, self.market) if is_market)

    @property
    def nonmarket_total(self):
        """F_nonmarket: sum of the regulating, supporting and cultural factors."""
        return math.fsum(f for f, is_market in zip(self.factors, self.market) if not is_market)


def parse_part(text, row_label):
    """Normalise a market/non-market flag written in English or Chinese."""
    key = str(text).strip().lower()
    if key in _PART_ALIASES:
        return _PART_ALIASES[key]
    raise InputError(
        "Equivalent-factor table, {}: part must be 'market' or 'non-market' (市场/非市场), got {!r}.", row_label, text
    )


def service_key(name):
    """A short field-safe key for a service name (used for per-service fields)."""
    # letters of any script are kept (消费, 水稻): distinct Chinese names must not all become "service"
    key = re.sub(r"[\W_]+", "_", str(name).strip().lower()).strip("_")
    return key or "service"


def table_from_rows(rows, name="user table"):
    """Build a :class:`FactorTable` from rows of (service, part, factor).

    Refuses empty tables, duplicate services, unknown parts and factors that
    are not non-negative numbers, naming the row.
    """
    services, market, factors = [], [], []
    for number, row in enumerate(rows, start=1):
        if len(row) != 3:
            raise InputError(
                "Equivalent-factor table row {} must have 3 columns (service, part, factor), got {}.", number, len(row)
            )
        service, part, factor = row
        service = str(service).strip()
        label = "row {} ({})".format(number, service or "no name")
        if not service:
            raise InputError("Equivalent-factor table, row {}: the service name is empty.", number)
        if service in services:
            raise InputError("Equivalent-factor table, {}: service listed twice.", label)
        try:
            value = float(factor)
        except (TypeError, ValueError):
            raise InputError("Equivalent-factor table, {}: factor {!r} is not a number.", label, factor) from None
        if not math.isfinite(value) or value < 0:
            raise InputError("Equivalent-factor table, {}: factor must be ≥ 0, got {}.", label, factor)
        services.append(service)
        market.append(parse_part(part, label) == MARKET)
        factors.append(value)
    if not services:
        raise InputError("The equivalent-factor table is empty: give at least one service.")
    if len({service_key(s) for s in services}) != len(services):
        raise InputError("Equivalent-factor table: two service names give the same field name; rename one.")
    return FactorTable(name, tuple(services), tuple(market), tuple(factors), tuple(services), tuple(services))


@lru_cache(maxsize=None)
def _reference_rows():
    with open(REFERENCE_CSV, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def land_types(edition="2008"):
    """Land types of a bundled edition, in file order."""
    seen = []
    for row in _reference_rows():
        if row["edition"] == edition and row["land_type"] not in seen:
            seen.append(row["land_type"])
    return tuple(seen)


def xie_table(edition="2008", land_type="cropland"):
    """The bundled Xie equivalent-factor table for one land type [XIE].

    ``edition`` is ``"2008"`` (all land types) or ``"2003"`` (cropland only).
    """
    rows = [r for r in _reference_rows() if r["edition"] == edition and r["land_type"] == land_type]
    if not rows:
        raise InputError("No bundled Xie {} equivalent-factor table for land type {!r}.", edition, land_type)
    return FactorTable(
        name="Xie {} {}".format(edition, land_type),
        services=tuple(r["service"] for r in rows),
        market=tuple(r["part"] == MARKET for r in rows),
        factors=tuple(float(r["factor"]) for r in rows),
        labels_en=tuple(r["label_en"] for r in rows),
        labels_zh=tuple(r["label_zh"] for r in rows),
    )


def table_rows(table):
    """The (service, part, factor) rows of a table, e.g. to pre-fill an editor."""
    return [
        (service, MARKET if is_market else "non-market", factor)
        for service, is_market, factor in zip(table.services, table.market, table.factors)
    ]

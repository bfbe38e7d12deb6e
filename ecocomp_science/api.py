"""EcoComp from Python: the methods over pandas DataFrames and geopandas GeoDataFrames (docs/python.md).

One function per method — :func:`esv`, :func:`footprint`, :func:`dual_zoning`, :func:`priority`, :func:`payment`,
:func:`chain`, :func:`land_occupation`, :func:`bilateral_account`, :func:`landcover_area`, :func:`esv_surface` —
each taking a (Geo)DataFrame, the column names,
their units and the same presets and options as the Processing algorithm, and returning a **new** (Geo)DataFrame:
the input's columns plus the result columns, with the names and units the algorithm writes (``esv_total`` in CNY,
or ``esv_total_10k_cny`` in 万元 …). The input is never modified.

The functions call the same science functions as the algorithms (ecocomp_science.esv, footprint, zoning, priority,
payment, mrio): no formula is written twice; bad input raises the same :class:`~ecocomp_science.errors.InputError`
with the same message template. Columns are read as the algorithms read fields: text numbers as yearbooks write
them (1,087.11), units from the header (``常住人口(万人)``) or from ``units={column: unit}``, and the plausibility
rules (``check_units=False`` to switch them off — not recommended).

pandas (and geopandas, for GeoDataFrames) are imported only here: the QGIS plugin never loads this module.
"""

import logging
import warnings

import numpy as np
import pandas as pd

from . import joins as _joins
from . import methods as _methods
from .methods import esv as _esv_method
from .methods import footprint as _footprint_method
from .methods import io as _io_method
from .methods import landcover as _landcover_method
from .methods import payment as _payment_method
from .methods import priority as _priority_method
from .methods import zoning as _zoning_method
from . import mrio as _mrio
from . import payment as _payment
from . import presets as _presets
from . import units as _units
from .checks import check_positive_scalar
from .errors import InputError
from .tables import parse_number

__all__ = ["esv", "footprint", "dual_zoning", "priority", "payment", "payment_summary", "chain", "land_occupation",
           "bilateral_account", "landcover_area", "esv_surface", "InputError"]

LABEL_COLUMNS = ("name", "NAME", "Name", "名称", "county", "region", "unit")  # as the algorithms label units
MONEY_UNITS = ("CNY", "10k CNY", "100M CNY")  # the keys of ecocomp_science/units.py, as money_unit= takes them
# Defaults that are tables, read from the method definitions (the dialog shows the same rows)
_XIE_2008_ROWS = _esv_method.METHOD.option("factor_table").default
_HUBEI_COMMODITIES = _footprint_method.METHOD.option("commodities").default
_DEFAULT_ROLES = _priority_method.METHOD.option("role_mapping").default


class _Columns:
    """The columns of a DataFrame as the algorithms read the fields of a layer (algorithms/bridge.py UnitFrame)."""

    def __init__(self, frame, units=None, check_units=True):
        if not isinstance(frame, pd.DataFrame):
            raise InputError("The units must be a pandas DataFrame (or a geopandas GeoDataFrame), got {}.",
                             type(frame).__name__)
        self.frame = frame
        self.units = dict(units or {})
        unknown = [str(column) for column in self.units if column not in frame.columns]
        if unknown:  # a unit for a column that is not there was ignored, and the real column read in the default unit
            raise InputError("units= names column(s) that are not in the frame: {}. Available columns: {}.",
                             ", ".join(unknown), ", ".join(str(c) for c in frame.columns))
        self.check_units = self.check_plausibility = check_units
        self.quantities = {}
        label = next((c for c in LABEL_COLUMNS if c in frame.columns), None)
        self.labels = ["{} (row {})".format(v, i) if label and not _missing(v) else "row {}".format(i)
                       for i, v in zip(frame.index, frame[label] if label else frame.index)]

    def require(self, column):
        if column not in self.frame.columns:
            raise InputError("Column '{}' was not found. Available columns: {}.", column,
                             ", ".join(str(c) for c in self.frame.columns))
        return self.frame[column]

    def numeric(self, column, what, role=None):
        """Floats in the canonical unit (missing → NaN, left to the science's checks), converted from the unit
        given in ``units`` or in the header, and checked for plausibility like the algorithms do."""
        raw = self.require(column)
        values = np.empty(len(raw))
        for i, value in enumerate(raw):
            try:
                values[i] = np.nan if _missing(value) else parse_number(value)
            except (TypeError, ValueError):
                raise InputError("Column '{}' ({}) must be numeric, but unit {} holds the text {!r}.", column, what,
                                 self.labels[i], str(value)) from None
        if role is None:
            return values
        chosen = self.units.get(column)
        if chosen is not None:  # a unit key ("10k persons") or any spelling EcoComp reads ("万人")
            found = _units.lookup_unit(chosen, _units.ROLES[role][0])
            chosen = found[1] if found else chosen
        return _units.to_canonical(values, role, column, chosen, what, self.quantities, self.check_units,
                                   self.labels)[0]

    def text(self, column):
        return [None if _missing(v) else str(v).strip() for v in self.require(column)]

    def has_field(self, column):
        return column in self.frame.columns

    def values(self, column):
        return list(self.require(column))


def _missing(value):
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _money_key(money_unit):
    """The key of a money unit ("10k CNY") from the key or any spelling units= takes ("万元", "亿元", "元")."""
    found = _units.lookup_unit(money_unit, "money") if isinstance(money_unit, str) else None
    money_unit = found[1] if found else money_unit
    if money_unit not in MONEY_UNITS:
        raise InputError("Unknown money unit {!r}; use one of {}.", money_unit, ", ".join(MONEY_UNITS))
    return money_unit


def _with(frame, results, money=(), money_unit="CNY"):
    """A copy of ``frame`` with the ``results`` columns (money columns in ``money_unit``, renamed with its suffix);
    ``money_unit`` as a key ("10k CNY") or any spelling units= takes ("万元", "亿元", "元")."""
    money_unit = _money_key(money_unit)
    suffix, factor = _units.money_suffix(money_unit), _units.find_unit("money", money_unit)[2]
    out = frame.copy()
    for name, values in results.items():
        if name in money and factor != 1.0:
            out[name + suffix] = np.asarray(values, dtype=float) / factor
        else:
            out[name] = list(values) if isinstance(values, (list, tuple)) else values
    return out


def _run(method, frame, arguments, money_unit="CNY"):
    """``method`` (ecocomp_science.methods) on the DataFrame's columns with the function's ``arguments``: the
    input's columns plus the results (money in ``money_unit``); warnings of the run become Python warnings,
    its other messages go to the "ecocomp" logger."""
    values = {key: value for key, value in arguments.items()
              if key not in ("frame", "units", "check_units", "money_unit")}
    columns = _Columns(frame, arguments.get("units"), arguments.get("check_units", True))
    outcome = method.run(columns, method.resolve(values), _methods.Log(_show))
    out = _with(frame, outcome.fields, outcome.money, money_unit)
    # A result of an earlier run superseded under another name must not survive next to the new one.
    stale = [name for name in outcome.drop if name in out.columns]
    if stale:
        warnings.warn("Column(s) {} of an earlier run left out, superseded by the new results.".format(
            ", ".join("'{}'".format(name) for name in stale)), stacklevel=3)
        out = out.drop(columns=stale)
    return out


def _show(level, text):
    if level == _methods.Log.WARNING:
        warnings.warn(str(text), stacklevel=_caller_level())
    else:
        logging.getLogger("ecocomp").info(str(text))


def _caller_level():
    """The stack level of the first frame outside EcoComp's package: warnings point at the user's call."""
    import os
    import sys

    package = os.path.dirname(os.path.abspath(__file__))
    frame, level = sys._getframe(1), 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(package + os.sep):
        frame, level = frame.f_back, level + 1
    return level


# --- the methods ------------------------------------------------------------------------------------------------

def esv(frame, area="cultivated_ha", ea_mode=None, ea=None, crop_table=None, crop_fields=None, price_unit="CNY/kg",
        factors="xie2008", factor_table=_XIE_2008_ROWS, per_service=False, study_year=None,
        money_unit="CNY", units=None, check_units=True):
    """ESV of cultivated land, ESV = F · Ea · S [XIE, HB, XZ] — ecocomp:esv, with the same options under the same
    names (ecocomp_science/methods/esv.py).

    Ea (CNY/ha) — ``ea_mode`` "typed" (``ea``), "crop_table" (one value from ``crop_table`` rows (crop, sown area
    ha, yield kg/ha, price) for the whole region) or "crop_fields" (per unit from ``crop_fields`` rows (crop,
    sown-area column, yield column, price)); None (the default here) takes the way from the argument given.
    ``price_unit``: the unit of those prices, "CNY/kg" (default), "CNY/50 kg", "CNY/jin" or "CNY/t".
    ``factors``: "xie2008" (F 7.90 [HB]), "xie2003" (6.91 [XZ]) or "custom" with ``factor_table`` rows (service,
    part, factor); rows or a FactorTable given as ``factors`` are taken as the custom table. Prices, Ea and the ESV
    per ha are checked for plausibility (``check_units``); the sample's 2017 crop prices are stopped with statistics of
    another ``study_year`` (else a column year / 年份). Adds ``ea``, ``esv_total``, ``esv_market``,
    ``esv_nonmarket`` (and ``esv_<service>``), money in ``money_unit``.
    """
    return _run(_esv_method.METHOD, frame, locals(), money_unit)


def footprint(frame, population="population", area="cultivated_ha", preset="hubei2017",
              commodities=_HUBEI_COMMODITIES, consumption="table", production=None,
              r=2.52, yield_mode="constant", y=1.28, yield_field=None, k=0.035, sign="surplus_positive",
              study_year=None, zero_capacity="refuse", units=None, check_units=True):
    """Ecological footprint and carrying capacity, balance and overload index [XZ, HB, FJ] — ecocomp:footprint,
    with the same options under the same names (ecocomp_science/methods/footprint.py).

    ``preset``: "hubei2017" (r 2.52, y 1.28, k 0.035 and its commodity table), "xuzhou2015" (r 2.17, y 1.66, k 0;
    your ``commodities``: Hubei's table is refused), "fujian2017" (r 1, k 0, c_i = each unit's production ÷
    population, p_i the regional average, y computed per unit, from ``production`` rows (commodity, production
    column (kg), sown-area column (ha), p_i kg/ha or None for the regional average)) or "custom" (``r``, ``k``,
    ``consumption`` "table" (``commodities`` rows (commodity, c_i kg/person, p_i kg/ha)) or "production" [FJ],
    ``yield_mode`` "constant" (``y``), "field" (``yield_field``) or "computed" (from ``production``)).
    ``sign``: "surplus_positive" (eoi = (EC − EF)/EC) or "hb_formula" ([HB]'s printed Q = (EF − EC)/EC, in the
    column ``eoi_hb`` instead of ``eoi``; payment(eoi="eoi_hb") negates it); units with EC = 0: "refuse" or
    "apart". ``study_year`` (else a column year / 年份): the year of the statistics; settings of one year (Hubei
    2017's, Xuzhou 2015's) are refused for another. Adds ``ef``, ``ef_total``, ``ec``, ``ec_total``, ``eb``,
    ``eoi``, ``y``, ``k``, ``ec_share`` and ``ec_share_class``; the log's warnings become Python warnings.
    """
    return _run(_footprint_method.METHOD, frame, locals())


def dual_zoning(frame, grain="grain_output_kg", area="cultivated_ha", population="population", alpha=0.95,
                grain_per_capita=400.0, eco_mode="fields", ef="ef", ec="ec", production=None,
                eco_consumption="production", consumption_averages=None, weight_mode="typed", w1_field="w1",
                w2_field="w2", w1=0.5, w2=0.5, ahp_matrix=((1, 1), (1, 1)), ahp_override=False, delta_mode="typed",
                delta=0.2296, kappa=0.5, sigma="sample", deficit_share="net", units=None, check_units=True):
    """Dual food-security / ecological-security zoning [FJ] — ecocomp:dualzoning, with the same options under the
    same names (ecocomp_science/methods/zoning.py).

    Ecological part (``eco_mode``): the footprint's columns ``ef``, ``ec`` ("fields"), or computed here with the
    [FJ] settings from ``production`` rows ("inline"; ``eco_consumption`` "production" [FJ] or "table" with
    ``consumption_averages`` rows (commodity, c_i kg/person), not [FJ]). Weights (``weight_mode``): one pair
    ``w1``, ``w2`` ("typed"), the ``ahp_matrix`` ("ahp") or per-unit columns ``w1_field``, ``w2_field``
    ("fields", [FJ]). Δ (``delta_mode``): typed ``delta``, "auto" (``kappa`` · σ(Q)) or "total" (the region's total
    deficit score, per-unit weights). ``deficit_share``: each unit's share of the region's net deficit −ΣL ("net",
    [FJ]; empty when the region has no net deficit) or of the gross deficit Σ max(−L, 0) ("gross", not [FJ]).
    Adds d1, s1, l1, l1_total, d2, s2, l2, l2_total, the deficit rates and shares, z1, z2, q_score, zone
    (1 receiving, 0 balance, −1 paying), zone_label and zone_label_zh (and y, c_*, p_* when computed here).
    """
    return _run(_zoning_method.METHOD, frame, locals())


def priority(frame, type_field="mfa_type", role_mapping=_DEFAULT_ROLES, esv_field="esv_nonmarket", gdp_field="gdp_cny",
             method="natural_breaks", grouping="type", classes=5, units=None, check_units=True):
    """Compensation priority by main functional area [HB] — ecocomp:priority, with the same options under the same
    names (ecocomp_science/methods/priority.py).

    IND = non-market ESV / GDP; roles by type (``role_mapping`` rows (type, role), default [HB]); ranks and
    levels 1 … ``classes`` within each type (``grouping`` "type", [HB]; "role": pooled per role, not [HB]) by
    ``method`` (natural_breaks, quantile, equal_interval). Adds ``role``, ``ind``, ``rank``, ``level``.
    """
    return _run(_priority_method.METHOD, frame, locals())


def payment(frame, preset="hubei2017", esv_part="nonmarket", esv_nonmarket="esv_nonmarket", esv_total="esv_total",
            eoi="eoi", r_mode="engel", engel_urban="engel_urban", engel_rural="engel_rural",
            urbanisation="urbanisation", r_field=None, t_form="engel", percent="refuse", g_mode="typed",
            g_reference=_presets.NATIONAL_GDP_PER_CAPITA_2017, study_year=None, g_field=None, gdp="gdp_cny",
            population="population", role="role", priority_rank="rank", money_unit="CNY", units=None,
            check_units=True):
    """Compensation amount P = ESV_part · R · G · eoi [HB eq. 6, XZ] — ecocomp:payment (> 0 receives), with the same
    options under the same names (ecocomp_science/methods/payment.py).

    ``preset``: "hubei2017" (non-market ESV, G against ``g_reference``, [HB] eq. 9), "xuzhou2015" (total ESV,
    no G) or "custom" (``esv_part``, ``g_mode``: off, region_average (not [HB]), typed, field). R from the Engel
    coefficients (``r_mode`` "engel"; ``t_form`` "engel" t = En, or "pearl" t = 1/En − 3, not from the papers;
    ``percent`` "refuse" or "convert") or from ``r_field``. ``study_year`` (else a column year / 年份): the year of
    the statistics, against which ``g_reference`` is checked (59,660 CNY/person is China's of 2017). Adds ``R``,
    ``G``, ``payment`` (in ``money_unit``), ``amount_rank`` (within the ``role``, else the sign),
    ``role_conflict``.
    """
    return _run(_payment_method.METHOD, frame, locals(), money_unit)


def payment_summary(frame, payment="payment", role="role", priority_rank="rank", money_unit=None, summary_unit=None):
    """Per role, as ecocomp:payment's summary table [HB]: units, the sum of the amounts and Spearman's rank
    correlation of the priority rank with the amount rank (rho, two-sided p, n; roles of fewer than 3 units: empty).
    Without a ``role`` column the roles come from the sign.

    ``money_unit``: the unit of the ``payment`` column (a key, "10k CNY", or any spelling: "万元"); by default the
    unit its name says (payment_10k_cny, as api.payment writes it in 万元), else CNY. A unit that contradicts the
    column's name is refused. ``summary_unit``: the unit of the sums (default: the column's), their column named
    after it (amount_cny, amount_10k_cny, amount_100m_cny)."""
    named = _units.field_money_unit(payment)[0]
    source = _money_key(money_unit) if money_unit is not None else named
    if payment.lower().endswith(tuple(_units.money_suffix(key) for key in MONEY_UNITS[1:])) and source != named:
        raise InputError("The column {!r} holds amounts in {} by its name, but money_unit says {}.", payment, named,
                         source)
    key = _money_key(summary_unit) if summary_unit is not None else source
    columns = _Columns(frame, None, False)
    amount = columns.numeric(payment, "compensation amount, " + source)
    roles = np.array(columns.text(role), dtype=object) if role and role in frame.columns else \
        _payment.roles_from_amounts(amount)
    ranks = columns.numeric(priority_rank, "priority rank") if priority_rank and priority_rank in frame.columns \
        else None
    amount = amount * _units.find_unit("money", source)[2] / _units.find_unit("money", key)[2]
    rows, _ = _payment.role_summary(amount, roles, ranks)
    return pd.DataFrame(rows).rename(columns={"amount": "amount_" + key.replace(" ", "_").lower()})


def chain(frame, crop_fields, area="cultivated_ha", population="population", type_field="mfa_type", gdp="gdp_cny",
          g_reference=_presets.NATIONAL_GDP_PER_CAPITA_2017, classes=5, units=None, check_units=True):
    """The whole chain with the Hubei 2017 settings — ecocomp:compensationchain: ESV (Xie 2008, Ea per unit from
    ``crop_fields``) → footprint (Hubei preset) → priority (natural breaks within each type) → payment."""
    out = esv(frame, area, crop_fields=crop_fields, units=units, check_units=check_units)
    out = footprint(out, population, area, units=units, check_units=check_units)
    out = priority(out, type_field=type_field, gdp_field=gdp, classes=classes, units=units, check_units=check_units)
    return payment(out, g_reference=g_reference, gdp=gdp, population=population, units=units,
                   check_units=check_units)


# --- input–output ---------------------------------------------------------------------------------------------

def _system(mrio=None, z=None, y=None, x=None, land=None, land_extension="land", land_stressor=None,
            balance_tolerance=1e-3):
    """An MRIO from a pymrio IOSystem or from pandas frames Z, Y (rows and columns (region, sector) /
    (region, category) MultiIndexes), x (output per (region, sector)) and land (ha per (region, sector))."""
    if mrio is not None:
        z, y = mrio.Z, mrio.Y
        x = mrio.x if getattr(mrio, "x", None) is not None else z.sum(axis=1) + y.sum(axis=1)
        stressors = getattr(mrio, land_extension).F
        land = stressors.loc[land_stressor] if land_stressor else stressors.sum(axis=0)
    if z is None or y is None or land is None:
        raise InputError("Give the MRIO as a pymrio IOSystem (mrio=) or as pandas frames z=, y=, x= and land=.")
    if x is None:
        x = z.sum(axis=1) + y.sum(axis=1)

    def labels(index):
        return [tuple(str(part) for part in (label if isinstance(label, tuple) else (label,))) for label in index]

    def table(data, name):
        data = data.to_frame() if isinstance(data, pd.Series) else data
        if name == "land" and data.shape[0] == 1 and data.shape[1] > 1:
            data = data.T  # pymrio's F: one stressor row over the region-sectors
        return _mrio.LabelledTable(labels(data.index), labels(data.columns), data.to_numpy(dtype=float), name)

    # The same checks as tables read from files: labels, categories, negative values, balance.
    return _mrio.build_mrio(table(z, "Z"), table(y, "Y"), table(x, "x"), table(land, "land"), balance_tolerance)


def _regions_frame(frame, region_key, regions, columns):
    out = frame.copy()
    keys = [None if _missing(v) else str(v).strip() for v in out[region_key]] if region_key in out.columns else None
    if keys is None:
        raise InputError("Column '{}' was not found. Available columns: {}.", region_key,
                         ", ".join(str(c) for c in frame.columns))
    index = _joins.match_regions(keys, list(regions), region_key)[0]  # the algorithms' one matcher and checks
    for name, values in columns.items():
        out[name] = [None if i is None else float(values[i]) for i in index]
    return out


def land_occupation(frame, target, region_key="name_en", mrio=None, z=None, y=None, x=None, land=None,
                    categories=None, concordance=None, unit_value=0.0, balance_tolerance=1e-3):
    """Land of the ``target`` region embodied in each region's final demand [IO] — ecocomp:ioland.

    ``categories`` / ``concordance``: {category: group} and {sector: aggregate} mappings. Adds ``occ_<group>``,
    ``occ_total``, ``occ_s_<sector>`` (ha) and, with ``unit_value`` (CNY/ha), ``value_total`` to the region rows.
    """
    system = _system(mrio, z, y, x, land, balance_tolerance=balance_tolerance)
    columns, _ = _io_method.land_occupation(system, target, categories, concordance, unit_value)
    return _regions_frame(frame, region_key, system.regions, columns)


def bilateral_account(frame, region_key="name_en", mrio=None, z=None, y=None, x=None, land=None, categories=None,
                      concordance=None, unit_value=0.0, unit_value_field=None, balance_tolerance=1e-3):
    """Every region's land in every other region's final demand, and the net balance [IO, beyond] —
    ecocomp:iobilateral. Adds land_production, land_consumption, land_supplied, land_drawn, land_net (ha) and,
    valued at ``unit_value`` or per region of origin from ``unit_value_field`` (CNY/ha), value_supplied,
    value_drawn, value_net (CNY). Returns (regions frame, matrix frame: origin, destination, grp, land_ha,
    value_cny)."""
    system = _system(mrio, z, y, x, land, balance_tolerance=balance_tolerance)
    values = None
    if unit_value_field:
        columns_of = _Columns(frame)
        values = _io_method.region_values(columns_of.text(region_key), region_key,
                                          columns_of.numeric(unit_value_field, "unit value of land, CNY/ha"),
                                          system.regions, unit_value_field)
    elif unit_value > 0:
        values = np.full(len(system.regions), float(unit_value))
    columns, account, groups = _io_method.bilateral(system, categories, concordance, values)
    regions = _regions_frame(frame, region_key, system.regions, columns)
    matrix = pd.DataFrame(_io_method.matrix_rows(system.regions, groups, account["matrix"], values),
                          columns=["origin", "destination", "grp", "land_ha", "value_cny"])
    return regions, matrix


# --- land cover ------------------------------------------------------------------------------------------------

def landcover_area(frame, raster, band=1, mapping="clcd", per_class=False, geometry="geometry", scheduler=None,
                   client=None, pool=None):
    """Area (ha) of each land type in every polygon from a land-cover raster — ecocomp:landcoverarea.

    ``frame``: a GeoDataFrame (reprojected to the raster's CRS when it has another), or a DataFrame whose
    ``geometry`` column holds GeoJSON-like polygons in the raster's CRS. ``mapping``: "clcd" (1 cropland …
    9 wetland) or rows (class value, land type). Adds lc_<land type>_ha, lc_total_ha (and lc_class_<value>_ha).

    ``scheduler`` ("threads", "processes") or a dask.distributed ``client``: the raster windows are counted by
    dask (landcover.count_window is the unit of work), locally or on a cluster; the counts are the same, exactly
    (docs/scaling.md). ``pool``: an executor for dask's local scheduler that the caller keeps across calls (e.g. a
    ProcessPoolExecutor with the "spawn" context, whose worker processes, started once, count every year of a time
    series).
    """
    from . import landcover as _landcover

    classes = _mapping(mapping)
    shapes = _geojson_polygons(frame, geometry, raster)
    labels = _Columns(frame).labels
    counts = _landcover.zonal_class_areas(str(raster), shapes, labels, band, scheduler=scheduler, client=client,
                                          pool=pool)
    return _with(frame, _landcover_method.area_columns(counts, classes, per_class)[0])


def _geojson_polygons(frame, geometry, raster):
    """GeoJSON-like polygons in the raster's CRS, from a GeoDataFrame or a column of GeoJSON dicts."""
    if hasattr(frame, "geometry") and hasattr(frame, "to_crs") and getattr(frame, "crs", None) is None:
        raise InputError("The GeoDataFrame has no coordinate reference system, so its polygons cannot be laid on the "
                         "raster: set it first (frame.set_crs(\"EPSG:4490\") or the CRS of its coordinates).")
    if hasattr(frame, "geometry") and hasattr(frame, "to_crs") and getattr(frame, "crs", None) is not None:
        from osgeo import gdal

        dataset = gdal.Open(str(raster))
        if dataset is None:
            raise InputError("Cannot open the land-cover raster {}.", raster)
        wkt = dataset.GetProjection()
        dataset = None
        import pyproj

        if wkt and not pyproj.CRS.from_user_input(wkt).equals(frame.crs):
            frame = frame.to_crs(wkt)
        return [shape.__geo_interface__ for shape in frame.geometry]
    if geometry not in frame.columns:
        raise InputError("Column '{}' was not found. Available columns: {}.", geometry,
                         ", ".join(str(c) for c in frame.columns))
    return list(frame[geometry])


def esv_surface(frame, raster, ea, output, band=1, mapping="clcd", geometry="geometry", scheduler=None, client=None,
                pool=None):
    """ESV of all land types [XIE, HB] — ecocomp:esvsurface: the ESV raster ``output`` (CNY per pixel, float32;
    every pixel worth F_total(land type) · Ea · pixel area with the Xie 2008 totals) and, per polygon,
    esv_lc_<land type> and esv_lc_total (CNY). ``ea``: the value of one equivalent factor (CNY/ha).

    The raster is written under a temporary name beside ``output`` and moved into place when complete; an
    ``output`` that is the land-cover raster itself is refused.
    """
    import os

    from . import landcover as _landcover
    from .presets import LAND_TYPES

    ea = check_positive_scalar(ea, "Ea, the value of one equivalent factor (CNY/ha),")
    if os.path.exists(str(output)) and os.path.samefile(str(output), str(raster)):
        raise InputError("The ESV raster would overwrite the land-cover raster {}: choose another output file.",
                         raster)
    areas = landcover_area(frame, raster, band, mapping, geometry=geometry, scheduler=scheduler, client=client,
                           pool=pool)
    per_type = areas[["lc_{}_ha".format(kind.replace("-", "_")) for kind in LAND_TYPES]].to_numpy(dtype=float)
    results, _ = _landcover_method.esv_columns(per_type, ea)
    rows = _mapping(mapping)
    temporary = "{}.ecocomp-partial{}".format(*os.path.splitext(str(output)))
    try:
        _landcover.write_esv_surface(str(raster), temporary, _landcover_method.values_per_hectare(rows, ea), band)
        os.replace(temporary, str(output))
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return _with(frame, results)


def _mapping(mapping):
    """{class value: land type} of a mapping name ("clcd", "worldcover") or rows (class value, land type)."""
    return _landcover_method.class_mapping(mapping)

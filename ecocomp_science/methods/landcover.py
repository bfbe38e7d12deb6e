"""ecocomp:landcoverarea / api.landcover_area and ecocomp:esvsurface / api.esv_surface — land-cover areas and the ESV
of all land types from a land-cover raster [XIE, HB] (docs/methods.md, “Land cover”): the one definition of the
class → land type mapping, the result columns and the values per hectare, read by both front ends. How the
polygons reach the raster (QGIS layers reprojected by QGIS, or GeoJSON shapes from a GeoDataFrame) is each front
end's own."""

from ..errors import InputError

#: The mapping choices in the order the dialog offers them; None: the custom table.
MAPPINGS = ("clcd", "worldcover", None)


def class_mapping(mapping, rows=None):
    """{class value: land type} of a preset name ("clcd", "worldcover"), or of ``rows`` (class value, land type)
    when ``mapping`` is None or the rows themselves."""
    from ..landcover import class_mapping as from_rows
    from ..presets import LANDCOVER_MAPPINGS

    if isinstance(mapping, str):
        if mapping not in LANDCOVER_MAPPINGS:
            raise InputError("Unknown land-cover mapping {!r}; use one of: {}.", mapping,
                             ", ".join(LANDCOVER_MAPPINGS))
        return from_rows(LANDCOVER_MAPPINGS[mapping])
    return from_rows(rows if mapping is None else mapping)


def area_columns(counts, mapping, per_class=False):
    """(columns lc_<land type>_ha, lc_total_ha and, with ``per_class``, lc_class_<value>_ha (ha); the areas per land
    type, units × LAND_TYPES) of the class counts of the polygons (landcover.ZonalCounts)."""
    from ..landcover import land_type_areas
    from ..presets import LAND_TYPES

    areas = land_type_areas(counts, mapping, LAND_TYPES)
    columns = {"lc_{}_ha".format(kind.replace("-", "_")): areas[:, j] for j, kind in enumerate(LAND_TYPES)}
    columns["lc_total_ha"] = areas.sum(axis=1)
    if per_class:
        for j, value in enumerate(counts.values):
            columns["lc_class_{}_ha".format(value)] = counts.area[:, j] / 10000.0
    return columns, areas


def xie_totals():
    """{land type: F_total} of the Xie 2008 equivalent factors (cultivated 7.90, forest 28.12 …; built-up none)."""
    from .. import factors
    from ..presets import XIE_ROW_OF_LAND_TYPE

    return {kind: factors.xie_table("2008", row).total for kind, row in XIE_ROW_OF_LAND_TYPE.items() if row}


def esv_columns(areas, ea):
    """(columns esv_lc_<land type> and esv_lc_total (CNY), the total) of the areas per land type (ha) at
    F_total(land type) · Ea (CNY/ha); Ea must be positive."""
    from ..checks import check_positive_scalar
    from ..presets import LAND_TYPES

    ea = check_positive_scalar(ea, "Ea, the value of one equivalent factor (CNY/ha),")
    totals = xie_totals()
    per_type = areas * [totals.get(kind, 0.0) * ea for kind in LAND_TYPES]
    columns = {"esv_lc_{}".format(kind.replace("-", "_")): per_type[:, j] for j, kind in enumerate(LAND_TYPES)}
    columns["esv_lc_total"] = per_type.sum(axis=1)
    return columns, float(per_type.sum())


def values_per_hectare(mapping, ea):
    """{class value: CNY/ha} of the ESV surface raster: F_total of the class's land type · Ea."""
    from ..landcover import class_values_per_hectare
    from ..presets import LAND_TYPES

    return class_values_per_hectare(mapping, LAND_TYPES, xie_totals(), ea)

"""ecocomp:ioland / api.land_occupation and ecocomp:iobilateral / api.bilateral_account — land embodied in final
demand through a multi-regional input–output table [IO] (docs/methods.md, “Input–output land occupation”): the one
definition of what each computes from an MRIO, its result columns and its summary, read by both front ends.

The MRIO itself comes in differently — files chosen in the dialog (Processing), frames or a pymrio system (API) —
and both front ends hand :func:`land_occupation` and :func:`bilateral` the same checked ``mrio.MRIO``.
"""

from ..errors import InputError, N_


def land_occupation(system, target, categories=None, concordance=None, unit_value=0.0, log=None):
    """Land of the ``target`` region g embodied in each region q's final demand [IO eq. 5]: occ[q, k] =
    Σ_i C^(q,k)_(g,i) (ha). Returns (columns per MRIO region — occ_<group>, occ_total, occ_s_<sector> (ha),
    value_total (CNY) with a ``unit_value`` (CNY/ha) —, totals {LAND_TOTAL, LAND_OWN, LAND_OTHERS} (ha)); the
    summary goes to ``log`` (methods.Log)."""
    from .. import mrio
    from ..factors import service_key

    target = str(target).strip()
    if target not in system.regions:
        raise InputError("The target region {!r} is not in the MRIO. Its regions are: {}.", target,
                         ", ".join(system.regions))
    cube, sectors, groups = mrio.land_occupation(system, categories, concordance)
    g = system.regions.index(target)
    occupation = cube[g]  # (sectors, destination, group)
    by_group = occupation.sum(axis=0)  # (destination, group)
    total = by_group.sum(axis=1)
    by_sector = occupation.sum(axis=2).T  # (destination, sector)
    columns = {"occ_" + service_key(group): by_group[:, k] for k, group in enumerate(groups)}
    columns["occ_total"] = total
    columns.update({"occ_s_" + service_key(sector): by_sector[:, i] for i, sector in enumerate(sectors)})
    if unit_value and unit_value > 0:
        columns["value_total"] = total * float(unit_value)
    others = float(total.sum() - total[g])
    if log is not None:
        log.info(N_("Land of {}: {:,.0f} ha; embodied in its own final demand {:,.0f} ha, in the other regions' "
                    "{:,.0f} ha ({:.1%})."), target, total.sum(), total[g], others,
                 others / total.sum() if total.sum() else 0)
        top = sorted(((total[q], system.regions[q]) for q in range(len(total)) if q != g), reverse=True)[:5]
        log.info(N_("Largest users of {}'s land: {}."), target, "; ".join("{} {:,.0f} ha".format(r, v)
                                                                        for v, r in top))
    return columns, {"LAND_TOTAL": float(total.sum()), "LAND_OWN": float(total[g]), "LAND_OTHERS": others}


def bilateral(system, categories=None, concordance=None, unit_values=None, log=None):
    """Every region's land in every other region's final demand and the net balance [IO, beyond]: T[g, q, k] (ha).
    Returns (columns per MRIO region — land_production, land_consumption, land_supplied, land_drawn, land_net (ha)
    and, valued at ``unit_values`` (CNY/ha per region of origin), value_supplied, value_drawn, value_net (CNY) —,
    the account (mrio.bilateral_account), the final-demand groups)."""
    from .. import mrio

    cube, _, groups = mrio.land_occupation(system, categories, concordance)
    account = mrio.bilateral_account(cube)
    columns = {"land_" + key: account[key] for key in ("production", "consumption", "supplied", "drawn", "net")}
    if unit_values is not None:
        money = mrio.monetary_account(account["matrix"], unit_values)
        columns.update({"value_" + key: money[key] for key in ("supplied", "drawn", "net")})
    if log is not None:
        order = sorted(range(len(system.regions)), key=lambda r: -account["net"][r])
        log.info(N_("Largest net suppliers of land: {}; largest net users: {}."),
                 ", ".join(system.regions[r] for r in order[:3]),
                 ", ".join(system.regions[r] for r in order[-3:][::-1]))
    return columns, account, groups


def matrix_rows(regions, groups, matrix, unit_values=None):
    """The bilateral matrix as rows (origin, destination, group, land ha, value CNY or None)."""
    return [(o, d, group, float(matrix[g, q, k]),
             float(matrix[g, q, k] * unit_values[g]) if unit_values is not None else None)
            for g, o in enumerate(regions) for q, d in enumerate(regions) for k, group in enumerate(groups)]


def region_values(keys, key_name, per_unit, regions, field):
    """CNY/ha of each MRIO region's land from the units' ``field`` (per region of origin), the units' ``keys`` (field
    ``key_name``) matched to the regions by EcoComp's one key matcher; every region needs a positive value."""
    import numpy as np

    from .. import mrio
    from ..joins import match_regions

    index = match_regions(list(keys), list(regions), key_name)[0]
    values = np.full(len(regions), np.nan)
    for unit, region in enumerate(index):
        if region is not None:
            values[region] = per_unit[unit]
    return mrio.check_unit_values(values, regions, field)

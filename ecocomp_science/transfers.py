"""Who pays whom: payer → receiver allocation of compensation amounts (docs/methods.md, “Transfers between payers
and receivers”). Not from the papers, which stop at each unit's amount P (> 0 receives, < 0 pays).

- :func:`proportional`: each payer's amount split over the receivers in proportion to their receipts.
- :func:`gravity`: amount ∝ paid · received · d^−β, balanced by iterative proportional fitting (IPF) so that every
  payer pays exactly its amount and every receiver receives exactly its amount.
- :func:`allocate`: either method within groups first (e.g. the prefecture, then the province), the remainder at
  the next level, and at the end, when the total paid ≠ the total received, the larger side scaled down and the
  difference shown as a flow into or out of a named central fund — never dropped.
- :func:`geodesic_km`: distances between points on the ellipsoid (Vincenty's inverse formula, vectorised).

QGIS-free; numpy only.
"""

from dataclasses import dataclass, field

import numpy as np

from .errors import InputError, list_names

FUND = -1  #: index standing for the central fund in a flow
ALL = "all units"  #: the level name of the last, region-wide allocation
PROPORTIONAL, GRAVITY = "proportional", "distance-decay"


def proportional(pay, receive):
    """Flows F[i, j] = pay_i · receive_j / Σ receive (pay and receive balanced: Σ pay = Σ receive)."""
    pay, receive = np.asarray(pay, dtype=float), np.asarray(receive, dtype=float)
    total = receive.sum()
    if total <= 0 or pay.sum() <= 0:
        return np.zeros((pay.size, receive.size))
    return np.outer(pay, receive / total)


def gravity(pay, receive, distance_km, beta, tolerance=1e-12, max_iterations=100000):
    """Flows ∝ pay_i · receive_j · d_ij^−β fitted to both margins by IPF; returns (flows, iterations, error).

    ``error`` is the largest margin mismatch relative to the total after the last sweep (rows are exact after the
    row step; the column step is checked). Σ pay must equal Σ receive.
    """
    pay, receive = np.asarray(pay, dtype=float), np.asarray(receive, dtype=float)
    distance = np.asarray(distance_km, dtype=float)
    total = pay.sum()
    if total <= 0 or receive.sum() <= 0:
        return np.zeros((pay.size, receive.size)), 0, 0.0
    if beta != 0 and (distance <= 0).any():
        raise InputError("Two units have the same centre (distance 0 km) in the distance-decay allocation: give "
                         "β = 0 or use the proportional method.")
    seed = np.outer(pay, receive) * (distance ** -float(beta) if beta != 0 else 1.0)
    flows = seed
    error = np.inf
    iterations = 0
    while iterations < max_iterations:
        iterations += 1
        rows = flows.sum(axis=1)
        flows = flows * np.divide(pay, rows, out=np.zeros_like(pay), where=rows > 0)[:, None]
        columns = flows.sum(axis=0)
        flows = flows * np.divide(receive, columns, out=np.zeros_like(receive), where=columns > 0)[None, :]
        error = max(np.abs(flows.sum(axis=1) - pay).max(), np.abs(flows.sum(axis=0) - receive).max()) / total
        if error <= tolerance:
            break
    return flows, iterations, float(error)


@dataclass
class Allocation:
    """The result of :func:`allocate`; amounts in the unit of the input amounts."""

    flows: list = field(default_factory=list)  # (payer index or FUND, receiver index or FUND, amount, level)
    paid: np.ndarray = None  # per unit: paid to receivers and the fund (≥ 0)
    received: np.ndarray = None  # per unit: received from payers and the fund (≥ 0)
    via_fund: np.ndarray = None  # per unit: + received from the fund, − paid into it
    fund_in: float = 0.0  # paid into the central fund (the payers' surplus)
    fund_out: float = 0.0  # paid out of the central fund (the receivers' shortfall)
    iterations: int = 0  # IPF sweeps, summed over the allocations
    dropped: int = 0  # flows that round to 0 in the unit shown (in_unit), left out
    error: float = 0.0  # the largest IPF margin error relative to its total


def _check(amount, labels):
    amount = np.asarray(amount, dtype=float)
    bad = [labels[i] for i in np.flatnonzero(~np.isfinite(amount))]
    if bad:
        raise InputError("The amount is empty or not a number for {} unit(s): {}.", len(bad), list_names(bad))
    return amount


def allocate(amount, labels, method=PROPORTIONAL, distance_km=None, beta=1.0, groups=(), group_names=(),
             tolerance=1e-12):
    """Allocate the payers' amounts (P < 0 pays |P|) to the receivers (P > 0 receives P).

    ``groups``: one sequence of group labels per level, innermost first (e.g. prefecture, then province); at each
    level every group settles what it can inside itself (the smaller side in full, the larger side scaled down
    in proportion), the rest moves up; the last level is all units. ``distance_km`` (n × n) is needed for the
    distance-decay method. Whatever neither side can settle goes into (payers' surplus) or out of (receivers'
    shortfall) the central fund, per unit.
    """
    amount = _check(amount, labels)
    count = amount.size
    if method == GRAVITY:
        if distance_km is None:
            raise InputError("The distance-decay allocation needs the distances between the units.")
        distance_km = np.asarray(distance_km, dtype=float)
    to_pay = np.where(amount < 0, -amount, 0.0)
    to_receive = np.where(amount > 0, amount, 0.0)
    result = Allocation(paid=np.zeros(count), received=np.zeros(count), via_fund=np.zeros(count))
    levels = []
    for index, level in enumerate(groups):
        level = list(level)
        if len(level) != count:
            raise InputError("The group field has {} values for {} units.", len(level), count)
        empty = [labels[i] for i, value in enumerate(level) if value is None or str(value).strip() in ("", "NULL")]
        if empty:
            name = group_names[index] if index < len(group_names) else str(index + 1)
            raise InputError("The group field '{}' is empty for {} unit(s): {}.", name, len(empty), list_names(empty))
        levels.append((group_names[index] if index < len(group_names) else str(index + 1), [str(v) for v in level]))
    levels.append((ALL, ["all"] * count))
    for name, level in levels:
        members_of = {}
        for i, group in enumerate(level):
            members_of.setdefault(group, []).append(i)
        for members in members_of.values():
            payers = [i for i in members if to_pay[i] > 0]
            receivers = [i for i in members if to_receive[i] > 0]
            if not payers or not receivers:
                continue
            pay, receive = to_pay[payers], to_receive[receivers]
            settled = min(pay.sum(), receive.sum())
            pay = pay * (settled / pay.sum())  # the smaller side in full (factor 1), the larger scaled down
            receive = receive * (settled / receive.sum())
            if method == GRAVITY:
                flows, iterations, error = gravity(pay, receive, distance_km[np.ix_(payers, receivers)], beta,
                                                   tolerance)
                result.iterations += iterations
                result.error = max(result.error, error)
            else:
                flows = proportional(pay, receive)
            for a, i in enumerate(payers):
                for b, j in enumerate(receivers):
                    if flows[a, b] > 0:
                        result.flows.append((i, j, float(flows[a, b]), name))
            to_pay[payers] = np.maximum(to_pay[payers] - pay, 0.0)
            to_receive[receivers] = np.maximum(to_receive[receivers] - receive, 0.0)
            result.paid[payers] += pay
            result.received[receivers] += receive
    for i in np.flatnonzero(to_pay > 0):
        result.flows.append((int(i), FUND, float(to_pay[i]), "central fund"))
        result.paid[i] += to_pay[i]
        result.via_fund[i] -= to_pay[i]
        result.fund_in += float(to_pay[i])
    for j in np.flatnonzero(to_receive > 0):
        result.flows.append((FUND, int(j), float(to_receive[j]), "central fund"))
        result.received[j] += to_receive[j]
        result.via_fund[j] += to_receive[j]
        result.fund_out += float(to_receive[j])
    return result


# --- distances on the ellipsoid ---------------------------------------------------------------------------------

GRS80 = (6378137.0, 1 / 298.257222101)  #: CGCS2000 uses the GRS80 ellipsoid (WGS 84 differs by < 0.1 mm)


#: Decimals of the amounts of the transfers in each money unit: whole 元; 万元 and 亿元 to 100 元 and 10,000 元.
DECIMALS = {"CNY": 0, "10k CNY": 2, "100M CNY": 4}


def in_unit(result, factor, decimals):
    """The allocation with every flow × ``factor`` (from the amounts' unit to the one shown) and rounded to
    ``decimals``, flows that round to 0 left out; the per-unit totals and the fund's are the sums of the rounded
    flows, so the table of transfers and the units' totals add up exactly as printed."""
    count = len(result.paid)
    out = Allocation(paid=np.zeros(count), received=np.zeros(count), via_fund=np.zeros(count),
                     iterations=result.iterations, error=result.error)
    for i, j, value, level in result.flows:
        value = round(float(value) * factor, decimals)
        if value == 0:
            out.dropped += 1
            continue
        out.flows.append((i, j, value, level))
        if i == FUND:
            out.fund_out += value
            out.received[j] += value
            out.via_fund[j] += value
        elif j == FUND:
            out.fund_in += value
            out.paid[i] += value
            out.via_fund[i] -= value
        else:
            out.paid[i] += value
            out.received[j] += value
    out.fund_in, out.fund_out = round(out.fund_in, decimals), round(out.fund_out, decimals)
    return out


def pair_summary(flows, groups, fund_name):
    """The transfers summed by pair of groups (e.g. the prefecture of the payer and of the receiver): [(payer's
    group, receiver's group, transfers, amount)], the largest amount first; the fund is its own group."""
    totals = {}
    for i, j, value, _ in flows:
        pair = (fund_name if i == FUND else groups[i], fund_name if j == FUND else groups[j])
        count, amount = totals.get(pair, (0, 0.0))
        totals[pair] = (count + 1, amount + value)
    return sorted(((a, b, n, v) for (a, b), (n, v) in totals.items()), key=lambda row: (-row[3], row[0], row[1]))


def given(keys, rows):
    """An allocation from a table of obligations (ecocomp:transfers' given flows, e.g. ecocomp:iobilateral's bilateral
    matrix): ``rows`` of (row number, payer key, receiver key, amount ≥ 0, NaN when empty), keys matched to the units'
    ``keys`` by EcoComp's one key matcher (joins). Returns (allocation, the amount of flows of a unit to itself, left
    out as its own use, row numbers without an amount). Negative amounts and keys that are no unit are refused."""
    from .joins import match_one_to_one, text_key

    rows = list(rows)
    # the keys of the flows that move money (an empty, zero or negative row names no unit that must exist)
    flow_keys = sorted({text_key(k) for _, payer, receiver, value in rows if value > 0
                        for k in (payer, receiver)} - {None})
    index, unknown, _ = match_one_to_one(flow_keys, keys)
    if any(text_key(k) is None for _, payer, receiver, value in rows if value > 0 for k in (payer, receiver)):
        unknown.append("NULL")  # a flow without its payer or receiver
    position = dict(zip(flow_keys, index))
    result = Allocation(paid=np.zeros(len(keys)), received=np.zeros(len(keys)), via_fund=np.zeros(len(keys)))
    negative, own, empty = [], 0.0, []
    for row, payer, receiver, value in rows:
        if value != value:
            empty.append(str(row))
            continue
        if value < 0:
            negative.append(str(row))
        i, j = position.get(text_key(payer)), position.get(text_key(receiver))
        if value <= 0 or i is None or j is None:
            continue
        if i == j:
            own += value  # a region's own land in its own final demand: nobody else pays for it
            continue
        result.flows.append((i, j, value, "given"))
        result.paid[i] += value
        result.received[j] += value
    if negative:
        raise InputError("The flows table has negative amounts in {} row(s) ({}): a flow goes from the payer to the "
                         "receiver with a positive amount.", len(negative), ", ".join(negative[:10]))
    if unknown:
        raise InputError("The flows name {} key(s) that are not units of the layer (field of the unit key): {}.",
                         len(unknown), ", ".join(unknown[:10]))
    return result, own, empty


def flow_distances(flows, lon, lat, cancelled=None, chunk=100_000):
    """The distance of every flow between units (km on the ellipsoid, ``chunk`` flows at once), None for a flow of
    the fund or of a unit without coordinates (NaN). Returns None as soon as ``cancelled()`` says so."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    out = []
    for start in range(0, len(flows), chunk):
        if cancelled is not None and cancelled():
            return None
        part = flows[start:start + chunk]
        pairs = np.array([(i, j) for i, j, _, _ in part if i != FUND and j != FUND], dtype=int).reshape(-1, 2)
        km = iter(geodesic_km(lon[pairs[:, 0]], lat[pairs[:, 0]], lon[pairs[:, 1]], lat[pairs[:, 1]]).tolist()
                  if len(pairs) else ())
        for i, j, _, _ in part:
            d = next(km) if i != FUND and j != FUND else None
            out.append(None if d is None or d != d or d in (float("inf"), float("-inf")) else float(d))
    return out


def geodesic_km(lon1, lat1, lon2, lat2, ellipsoid=GRS80, tolerance=1e-12, max_iterations=200):
    """Distances in km between points given in degrees (arrays broadcast), by Vincenty's inverse formula.

    Vincenty's iteration fails for nearly antipodal points: it does not converge, or settles on a wrong length
    (18.5 km off, or 100 km for two points on the equator 180° apart). Such pairs are refused, never returned: those
    whose iteration did not converge, or whose longitude difference on the auxiliary sphere leaves [−π, π] or lies
    within the antipodal band π(1 − 3f) of the opposite point. No two places of China come near that.
    """
    a, f = ellipsoid
    b = a * (1 - f)
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype=float)) for v in (lon1, lat1, lon2, lat2))
    lon1, lat1, lon2, lat2 = np.broadcast_arrays(lon1, lat1, lon2, lat2)
    u1, u2 = np.arctan((1 - f) * np.tan(lat1)), np.arctan((1 - f) * np.tan(lat2))
    sin_u1, cos_u1, sin_u2, cos_u2 = np.sin(u1), np.cos(u1), np.sin(u2), np.cos(u2)
    difference = np.remainder(lon2 - lon1 + np.pi, 2 * np.pi) - np.pi
    lam = difference.copy()
    converged = np.zeros(lam.shape, dtype=bool)
    for _ in range(max_iterations):
        sin_lam, cos_lam = np.sin(lam), np.cos(lam)
        sin_sigma = np.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = np.arctan2(sin_sigma, cos_sigma)
        sin_alpha = np.divide(cos_u1 * cos_u2 * sin_lam, sin_sigma, out=np.zeros_like(sin_sigma),
                              where=sin_sigma > 0)
        cos2_alpha = 1 - sin_alpha ** 2
        cos_2sm = np.divide(2 * sin_u1 * sin_u2, cos2_alpha, out=np.zeros_like(cos2_alpha), where=cos2_alpha > 0)
        cos_2sm = cos_sigma - cos_2sm
        c = f / 16 * cos2_alpha * (4 + f * (4 - 3 * cos2_alpha))
        previous = lam
        lam = difference + (1 - c) * f * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm ** 2)))
        converged = np.abs(lam - previous) < tolerance
        if np.all(converged):
            break
    # Nearly antipodal: the arc on the auxiliary sphere within the band where Vincenty's λ can leave its domain.
    antipodal = (np.abs(lam) > np.pi) | (np.pi - sigma < 3 * f * np.pi) | ~np.isfinite(lam)
    given = np.isfinite(lon1) & np.isfinite(lat1) & np.isfinite(lon2) & np.isfinite(lat2)  # NaN in: NaN out
    failed = (~converged | antipodal) & given
    if failed.any():
        where = np.argwhere(failed)[0]
        points = [np.degrees(v[tuple(where)]) for v in (lon1, lat1, lon2, lat2)]
        raise InputError("The ellipsoidal distance between ({:.4f}°, {:.4f}°) and ({:.4f}°, {:.4f}°) cannot be "
                         "computed by Vincenty's formula: the points are nearly antipodal ({} pair(s)). No distance "
                         "is returned for them.", *points, int(failed.sum()))
    u_squared = cos2_alpha * (a ** 2 - b ** 2) / b ** 2
    big_a = 1 + u_squared / 16384 * (4096 + u_squared * (-768 + u_squared * (320 - 175 * u_squared)))
    big_b = u_squared / 1024 * (256 + u_squared * (-128 + u_squared * (74 - 47 * u_squared)))
    delta_sigma = big_b * sin_sigma * (cos_2sm + big_b / 4 * (
        cos_sigma * (-1 + 2 * cos_2sm ** 2) - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma ** 2)
        * (-3 + 4 * cos_2sm ** 2)))
    return b * big_a * (sigma - delta_sigma) / 1000.0


def distance_matrix_km(lon, lat, ellipsoid=GRS80, rows=256):
    """n × n distances in km between the points (degrees), ``rows`` at a time (the formula's temporaries stay
    near 20 × rows × n doubles: 120 MB for 2,875 counties, not 1.7 GB)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    out = np.empty((lon.size, lon.size))
    for start in range(0, lon.size, rows):
        part = slice(start, start + rows)
        out[part] = geodesic_km(lon[part, None], lat[part, None], lon[None, :], lat[None, :], ellipsoid)
    return out

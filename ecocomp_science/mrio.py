"""Input–output land occupation between regions [IO] (docs/methods.md, “Input–output land occupation”).

Non-competitive multi-regional IO table with m regions × n sectors::

    A = Z · diag(x)⁻¹           (I − A) X = Y    (one LU factorisation, all final-demand columns)
    f = land / x                 (ha per unit of output; f = 0 where x = 0)
    C = diag(f) · X              C[(g, i), (q, k)]: land of region g, sector i embodied in the
                                 final demand of region q, category k   ([IO] eq. 2–5)

The Leontief inverse B = (I − A)⁻¹ is never formed. Results can be summed by
a sector concordance (the sample's 8 → 3 is EcoComp's illustration, not [IO]'s) and by final-demand
category groups (consumption, investment, export); computing at full detail
and summing afterwards avoids aggregation bias.

Table layout (CSV, or the same sheets in one XLSX workbook; pymrio's text
folders use the same layout with tabs): ``Z`` and ``Y`` have two header rows
(region, then sector / category) after two label columns (region, sector);
``x`` and ``land`` have one header row ``region, sector, value``.
"""

import os
from dataclasses import dataclass

import numpy as np

from .errors import InputError, list_names
from .tables import read_rows

# Above this many cells Z is kept sparse when scipy is available (and mostly zero).
SPARSE_CELLS = 4_000_000


@dataclass
class LabelledTable:
    """A numeric table with row labels and column labels (tuples of text)."""

    rows: list
    columns: list
    values: object  # numpy array, or scipy.sparse matrix
    name: str


def _number(text, table, row_label, column_label):
    text = text.strip()
    if not text:
        return 0.0
    try:
        value = float(text)
    except ValueError:
        raise InputError("Table {}: the value {!r} at row {} / column {} is not a number.",
            table, text, "/".join(row_label), "/".join(column_label)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError("Table {}: the value {!r} at row {} / column {} is not a finite number (NaN or infinite); "
                         "give every cell a value (0 where there is no flow).",
                         table, text, "/".join(row_label), "/".join(column_label))
    return value


def _is_index_names_row(row, index_cols):
    return all(not cell.strip() for cell in row[index_cols:]) and any(cell.strip() for cell in row[:index_cols])


def parse_rows(rows, name, index_cols=2, header_rows=2, sparse=False):
    """A :class:`LabelledTable` from text rows in the MRIO layout.

    The first ``header_rows`` rows hold the column labels after ``index_cols``
    label columns; an optional row of index names (as pandas and pymrio write
    it) is skipped; every following row starts with its labels.
    """
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if len(rows) <= header_rows:
        raise InputError("Table {} has no data rows.", name)
    # Cells after the last non-empty one are ignored (spreadsheets add them); a row shorter or longer than the
    # header is refused: padding it would read the missing cells as 0.
    rows = [list(r[:max(i for i, cell in enumerate(r) if cell.strip()) + 1]) for r in rows]
    width = max(len(r) for r in rows[:header_rows])
    for r, row in enumerate(rows[header_rows:]):
        if len(row) != width and not (r == 0 and _is_index_names_row(row + [""] * (width - len(row)), index_cols)):
            raise InputError("Table {}: data row {} ({}) has {} cells, but the header has {} columns. Fill every "
                             "cell (0 where there is no flow).", name, r + 1,
                             "/".join(cell.strip() for cell in row[:index_cols]), len(row), width)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if header_rows == 1:
        columns = [(cell.strip(),) for cell in rows[0][index_cols:]]
    else:
        columns = list(zip(*[[cell.strip() for cell in rows[h][index_cols:]] for h in range(header_rows)]))
    body = rows[header_rows:]
    if body and _is_index_names_row(body[0], index_cols):
        body = body[1:]
    seen_columns = {}
    for c, column in enumerate(columns):
        if column in seen_columns:
            raise InputError("Table {}: column {} appears twice (columns {} and {}); each must appear once.",
                             name, "/".join(column), seen_columns[column] + index_cols + 1, c + index_cols + 1)
        seen_columns[column] = c
    labels, data, triplets = [], [], ([], [], [])
    seen = {}
    for r, row in enumerate(body):
        label = tuple(cell.strip() for cell in row[:index_cols])
        if not all(label):
            raise InputError("Table {}: data row {} has an empty label ({}).", name, r + 1, ", ".join(label))
        if label in seen:
            raise InputError("Table {}: {} appears twice (data rows {} and {}); each row label must appear once.",
                             name, "/".join(label), seen[label] + 1, r + 1)
        seen[label] = r
        labels.append(label)
        values = [_number(cell, name, label, columns[c]) for c, cell in enumerate(row[index_cols:])]
        if sparse:
            nonzero = [(c, v) for c, v in enumerate(values) if v != 0.0]
            triplets[0].extend([r] * len(nonzero))
            triplets[1].extend(c for c, _ in nonzero)
            triplets[2].extend(v for _, v in nonzero)
        else:
            data.append(values)
    if sparse:
        from scipy import sparse as sp

        values = sp.csc_matrix((triplets[2], (triplets[0], triplets[1])), shape=(len(labels), len(columns)))
    else:
        values = np.array(data, dtype=float)
    return LabelledTable(labels, columns, values, name)


def read_text_table(path, name, index_cols=2, header_rows=2, sparse=None):
    """Read a CSV (comma) or pymrio .txt (tab) table in the MRIO layout (tables.read_rows: UTF-8 or GBK)."""
    if not os.path.exists(path):
        raise InputError("Table {} not found: {}.", name, path)
    delimiter = "\t" if path.lower().endswith((".txt", ".tsv")) else ","
    rows = read_rows(path, "Table " + name, delimiter=delimiter)[0]
    if sparse is None:
        cells = len(rows) * (len(rows[0]) if rows else 0)
        sparse = cells > SPARSE_CELLS and _scipy_available()
    return parse_rows(rows, name, index_cols, header_rows, sparse)


def read_xlsx_table(path, sheet, name, index_cols=2, header_rows=2):
    """Read one sheet of an XLSX workbook in the MRIO layout (tables.read_rows: openpyxl, else GDAL's driver)."""
    rows = [["" if v is None else str(v) for v in row] for row in read_rows(path, "Table " + name, sheet=sheet)[0]]
    return parse_rows(rows, name, index_cols, header_rows)


def _scipy_available():
    try:
        import scipy.sparse  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class MRIO:
    """A checked multi-regional IO system in region-major order."""

    regions: list
    sectors: list
    categories: list
    Z: object  # (mn × mn), dense or scipy.sparse
    Y: np.ndarray  # (mn × m·K), columns region-major, categories inner
    x: np.ndarray  # (mn,)
    land: np.ndarray  # (mn,) ha

    @property
    def labels(self):
        return [(r, s) for r in self.regions for s in self.sectors]


def _grid(labels, what):
    """Regions and sectors of region-major labels; refuses ragged or unordered label lists."""
    regions, sectors = [], []
    for region, sector in labels:
        if region not in regions:
            regions.append(region)
        if sector not in sectors:
            sectors.append(sector)
    expected = [(r, s) for r in regions for s in sectors]
    if list(labels) != expected:
        for position, (got, want) in enumerate(zip(labels, expected)):
            if got != want:
                raise InputError("{}: the region-sector labels must list every sector of every region, region by "
                                 "region in the same sector order; row {} is {} but {} was expected.",
                                 what, position + 1, "/".join(got), "/".join(want))
        raise InputError("{}: {} region-sector labels for {} regions × {} sectors.",
            what, len(labels), len(regions), len(sectors))
    return regions, sectors


def _align(table, labels, what):
    """Values of a one-column table (x or land) in the order of ``labels``."""
    index = {label: i for i, label in enumerate(table.rows)}
    missing = [label for label in labels if label not in index]
    extra = [label for label in table.rows if label not in set(labels)]
    if missing or extra:
        problems = []
        if missing:
            problems.append("missing {}".format(list_names("/".join(m) for m in missing)))
        if extra:
            problems.append("unknown {}".format(list_names("/".join(e) for e in extra)))
        raise InputError("Table {} does not match the region-sectors of Z: {}.", what, "; ".join(problems))
    values = np.asarray(table.values, dtype=float)
    if values.ndim != 2 or values.shape[1] < 1:
        raise InputError("Table {} must have one value column.", what)
    return values[[index[label] for label in labels], 0]


def build_mrio(z_table, y_table, x_table, land_table, balance_tolerance=1e-3, warn=None):
    """Check the four tables and return an :class:`MRIO`.

    Refused, naming the table, row or label: Z rows and columns that differ,
    ragged region-sector labels, Y rows not matching Z, Y columns of unknown
    regions or with categories missing for a region, x or land rows that do
    not match, negative output, intermediate use in a sector with zero
    output, and rows that do not balance (x ≠ Z·1 + Y·1 beyond the relative
    tolerance; the largest imbalance is named). Zero-output sectors get f = 0
    with a warning.
    """
    labels = list(z_table.rows)
    if list(z_table.columns) != labels:
        for position, (row, col) in enumerate(zip(labels, z_table.columns)):
            if row != col:
                raise InputError("Table Z: rows and columns must list the same region-sectors in the same order; "
                                 "row {} is {} but column {} is {}.", position + 1, "/".join(row),
                                                                             position + 1, "/".join(col))
        raise InputError("Table Z must be square: {} rows, {} columns.", len(labels), len(z_table.columns))
    regions, sectors = _grid(labels, "Table Z")
    if list(y_table.rows) != labels:
        raise InputError("Table Y: its rows must be the region-sectors of Z in the same order (first difference at "
                         "row {}).", next(i + 1 for i, (a, b) in enumerate(zip(y_table.rows + [None] * len(labels),
                                                                                        labels)) if a != b))
    unknown = sorted({col[0] for col in y_table.columns if col[0] not in regions})
    if unknown:
        raise InputError("Table Y has final demand of regions that are not in Z: {}.", list_names(unknown))
    categories = []
    for _, category in y_table.columns:
        if category not in categories:
            categories.append(category)
    position = {col: i for i, col in enumerate(y_table.columns)}
    missing = [(r, c) for r in regions for c in categories if (r, c) not in position]
    if missing:
        raise InputError("Table Y: final-demand category missing for {}.", list_names("{} / {}".format(r, c) for r, c in missing))
    y = np.asarray(y_table.values, dtype=float)[:, [position[(r, c)] for r in regions for c in categories]]
    check_non_competitive(regions, categories, y)
    x = _align(x_table, labels, "x")
    land = _align(land_table, labels, "land")
    negative = np.flatnonzero(x < 0)
    if negative.size:
        raise InputError("Table x: negative total output for {}.", list_names("/".join(labels[i]) for i in negative))
    if (land < 0).any():
        raise InputError("Table land: negative land use for {}.",
            list_names("/".join(labels[i]) for i in np.flatnonzero(land < 0)))
    z = z_table.values
    column_use = np.asarray(abs(z).sum(axis=0)).ravel()
    zero = x == 0
    bad = np.flatnonzero(zero & (column_use > 0))
    if bad.size:
        raise InputError("Table x: total output is 0 for {}, but Z records intermediate inputs to it.",
            list_names("/".join(labels[i]) for i in bad))
    if zero.any() and warn is not None:
        warn("Total output is 0 for {}: their land coefficient f is set to 0.".format(
            list_names("/".join(labels[i]) for i in np.flatnonzero(zero))))
    supply = np.asarray(z.sum(axis=1)).ravel() + y.sum(axis=1)
    scale = np.maximum(np.abs(x), 1e-12)
    gap = np.abs(supply - x) / scale
    worst = int(np.argmax(gap))
    if gap[worst] > balance_tolerance:
        raise InputError("The table does not balance: total output x must equal intermediate use Z·1 plus final "
                         "demand Y·1. Largest imbalance at {}: x = {:,.6g}, Z·1 + Y·1 = {:,.6g} ({:.3%}; tolerance "
                         "{:.3%}).", "/".join(labels[worst]), x[worst], supply[worst], gap[worst],
                                           balance_tolerance)
    return MRIO(regions, sectors, categories, z, y, x, land)


def land_coefficients(mrio):
    """f = land / x (ha per unit of output); 0 where x = 0."""
    f = np.zeros_like(mrio.x)
    nonzero = mrio.x != 0
    f[nonzero] = mrio.land[nonzero] / mrio.x[nonzero]
    return f


def leontief_solve(z, x, rhs):
    """X = (I − A)⁻¹ · rhs with A = Z · diag(x)⁻¹, by one LU factorisation for all columns.

    Dense Z: LAPACK LU (scipy.linalg.lu_factor/lu_solve, or numpy.linalg.solve, which is
    the same getrf/getrs); sparse Z: SuperLU (scipy.sparse.linalg.splu). The inverse is
    never formed. A singular I − A is refused.
    """
    inverse_x = np.zeros_like(x)
    inverse_x[x != 0] = 1.0 / x[x != 0]
    singular = InputError("I − A is singular: the system has no unique solution (a group of sectors that only "
                          "supply each other, or a column of A summing to 1). Check the table's Z and x.")
    if hasattr(z, "tocsc"):
        from scipy import sparse as sp
        from scipy.sparse.linalg import splu

        system = (sp.identity(z.shape[0], format="csc") - z.tocsc() @ sp.diags(inverse_x)).tocsc()
        try:
            return splu(system).solve(np.asarray(rhs, dtype=float))
        except RuntimeError:
            raise singular from None
    # I − A built in one array (A = Z·diag(1/x) scaled into place, then 1 added on the diagonal):
    # peak memory stays near two n × n arrays, Z and the LU factors.
    system = z * (-inverse_x)[None, :]
    system.flat[::system.shape[0] + 1] += 1.0
    try:
        from scipy.linalg import LinAlgWarning, lu_factor, lu_solve
    except ImportError:
        try:
            return np.linalg.solve(system, rhs)
        except np.linalg.LinAlgError:
            raise singular from None
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", LinAlgWarning)
        try:
            factors = lu_factor(system, overwrite_a=True, check_finite=False)
        except (LinAlgWarning, np.linalg.LinAlgError, ValueError):
            raise singular from None
    if not np.all(np.isfinite(factors[0].diagonal())) or np.any(factors[0].diagonal() == 0):
        raise singular
    return lu_solve(factors, rhs, check_finite=False)


IMPORT_WORDS = ("import", "进口", "调入")


def check_non_competitive(regions, categories, y):
    """[IO]'s method needs a non-competitive (domestic) table: Z and Y hold domestic products only. A competitive
    table carries imports as a final-demand column of negative values (so that its rows balance); it would pass the
    balance check and count imported products as domestic land. Such a column is refused, naming it."""
    y = np.asarray(y, dtype=float)
    k = len(categories)
    for j, category in enumerate(categories):
        if not any(word in str(category).lower() for word in IMPORT_WORDS):
            continue
        columns = y[:, [r * k + j for r in range(len(regions))]]
        if (columns < 0).any():
            raise InputError("Table Y has a final-demand column '{}' with negative values: imports of a competitive "
                             "input–output table. [IO]'s method needs a non-competitive (domestic) table, where Z "
                             "and Y hold domestic products only; use the table's domestic version.", category)


def category_matrix(categories, mapping=None):
    """Groups of final-demand categories and the (K × G) 0/1 matrix that sums them.

    ``mapping`` {category: group}; None keeps every category as its own group.
    A category without a group is refused, by name.
    """
    if mapping is None:
        groups = list(categories)
        return groups, np.eye(len(categories))
    missing = [c for c in categories if c not in mapping]
    if missing:
        raise InputError("Final-demand categories without a group in the category mapping: {}.", list_names(missing))
    groups = []
    for c in categories:
        if mapping[c] not in groups:
            groups.append(mapping[c])
    matrix = np.zeros((len(categories), len(groups)))
    for i, c in enumerate(categories):
        matrix[i, groups.index(mapping[c])] = 1.0
    return groups, matrix


def sector_matrix(sectors, concordance=None):
    """Aggregated sectors and the (n × N) 0/1 matrix of a concordance {sector: aggregated sector}."""
    if concordance is None:
        return list(sectors), np.eye(len(sectors))
    missing = [s for s in sectors if s not in concordance]
    if missing:
        raise InputError("Sectors without a line in the sector concordance: {}.", list_names(missing))
    unknown = sorted(set(concordance) - set(sectors))
    if unknown:
        raise InputError("The sector concordance names sectors that are not in the table: {}.", list_names(unknown))
    return category_matrix(sectors, concordance)


def land_occupation(mrio, category_groups=None, concordance=None):
    """Land embodied in final demand: array (m, N, m, G) in ha.

    ``[g, i, q, k]``: land of region g, aggregated sector i, embodied in the final demand of
    region q, category group k. Also returns the aggregated sector and group names.
    """
    m, n, K = len(mrio.regions), len(mrio.sectors), len(mrio.categories)
    groups, to_groups = category_matrix(mrio.categories, category_groups)
    sectors, to_sectors = sector_matrix(mrio.sectors, concordance)
    # Final demand summed into groups before the solve: fewer right-hand sides.
    y = (mrio.Y.reshape(m * n, m, K) @ to_groups).reshape(m * n, m * len(groups))
    x_solved = leontief_solve(mrio.Z, mrio.x, y)
    c = land_coefficients(mrio)[:, None] * x_solved
    cube = c.reshape(m, n, m, len(groups))
    return np.einsum("gnqk,nN->gNqk", cube, to_sectors), sectors, groups


def land_by_product(mrio, category_groups=None, concordance=None):
    """Land embodied in final demand, keeping the product bought: array (m, N, m, G, N). EcoComp's reading of
    [IO]'s diagonal Ŷ: the land is attributed to the buying region's final demand for each product (read
    literally, [IO] attributes it to the producing region).

    ``[g, i, q, k, j]``: land of region g, aggregated sector i, embodied in region q's final demand of group k
    for products of aggregated sector j (bought from any region). Summed over j it is :func:`land_occupation`.
    Right-hand sides: one per destination, group and product sector (m · G · J columns).
    """
    m, n, K = len(mrio.regions), len(mrio.sectors), len(mrio.categories)
    groups, to_groups = category_matrix(mrio.categories, category_groups)
    sectors, to_sectors = sector_matrix(mrio.sectors, concordance)
    G, J = len(groups), len(sectors)
    y = (mrio.Y.reshape(m * n, m, K) @ to_groups)  # (mn, m, G)
    product = np.tile(to_sectors, (m, 1))  # (mn, J): the aggregated sector of each region-sector's product
    rhs = (y[:, :, :, None] * product[:, None, None, :]).reshape(m * n, m * G * J)
    solved = leontief_solve(mrio.Z, mrio.x, rhs)
    c = land_coefficients(mrio)[:, None] * solved
    cube = c.reshape(m, n, m, G, J)
    return np.einsum("gnqkj,nN->gNqkj", cube, to_sectors), sectors, groups


def sector_land_balance(by_product, target):
    """Per aggregated sector of the target region g [IO]: land exported (g's land of the sector embodied in the
    other regions' final demand), land imported (the other regions' land embodied in g's final demand for the
    sector's products), their difference, and the class: 'occupied' (net exporter of embodied land) or
    'occupying' (net importer)."""
    m = by_product.shape[0]
    others = [r for r in range(m) if r != target]
    exported = by_product[target][:, others].sum(axis=(1, 2, 3))  # (N,) over destinations, groups, products
    imported = by_product[others][:, :, target].sum(axis=(0, 1, 2))  # (J,) over origins, their sectors, groups
    net = exported - imported
    classes = ["occupied" if v > 0 else "occupying" if v < 0 else "balanced" for v in net]
    return exported, imported, net, classes


def bilateral_account(cube):
    """From land_occupation's cube: the bilateral matrix (m, m, G) and per-region totals.

    ``matrix[g, q, k]`` land of g embodied in q's final demand of group k. Row sums are the
    production-based account (land used in g), column sums the consumption-based account.
    """
    matrix = cube.sum(axis=1)
    total = matrix.sum(axis=2)
    domestic = np.diag(total)
    supplied = total.sum(axis=1) - domestic  # g's land used by others' final demand
    drawn = total.sum(axis=0) - domestic  # others' land used by g's final demand
    return {
        "matrix": matrix,
        "production": total.sum(axis=1),
        "consumption": total.sum(axis=0),
        "supplied": supplied,
        "drawn": drawn,
        "net": supplied - drawn,
    }


def check_unit_values(values, regions, field):
    """The value of a hectare of each MRIO region's land (CNY/ha, from ``field``): missing or negative refused."""
    values = np.asarray(values, dtype=float)
    bad = [region for region, value in zip(regions, values) if not (np.isfinite(value) and value >= 0)]
    if bad:
        raise InputError("The unit value of land (field '{}', CNY/ha) is missing or negative for {} MRIO region(s): "
                         "{}. Every region's land needs a value to turn the land account into money.",
                         field, len(bad), ", ".join(bad[:10]))
    return values


def monetary_account(matrix, unit_value):
    """The bilateral land matrix valued at the origin's unit value: the obligation of each region to every other.

    ``matrix[g, q, k]`` land (ha) of g in q's final demand of group k; ``unit_value[g]`` the value of a hectare of
    g's land (CNY/ha, e.g. its ESV per hectare). V[g, q, k] = matrix[g, q, k] · v_g is what q's final demand owes
    g (CNY). Per region: value_supplied (owed to it by the others), value_drawn (it owes the others) and
    value_net = supplied − drawn (> 0 receives). A region's use of its own land is left out.
    """
    unit_value = np.asarray(unit_value, dtype=float)
    value = matrix * unit_value[:, None, None]
    total = value.sum(axis=2)
    domestic = np.diag(total)
    supplied = total.sum(axis=1) - domestic
    drawn = total.sum(axis=0) - domestic
    return {"matrix": value, "supplied": supplied, "drawn": drawn, "net": supplied - drawn}


def net_flows(total, threshold=0.0, top=None):
    """Net land flows between pairs: (origin, destination, ha) with ha = T[o, d] − T[d, o] > 0.

    ``total`` is the (m × m) matrix summed over groups. Keeps flows ≥ ``threshold`` ha,
    then the ``top`` largest when given, largest first.
    """
    net = total - total.T
    origin, destination = np.nonzero(np.triu(np.ones_like(net, dtype=bool), 1))
    flows = []
    for o, d in zip(origin, destination):
        value = net[o, d]
        if value > 0:
            flows.append((int(o), int(d), float(value)))
        elif value < 0:
            flows.append((int(d), int(o), float(-value)))
    flows = sorted((f for f in flows if f[2] >= threshold), key=lambda f: -f[2])
    return flows[:top] if top else flows


FORMAT_CSV = "csv"  # folder with Z.csv, Y.csv, x.csv, land.csv
FORMAT_XLSX = "xlsx"  # workbook with sheets Z, Y, x, land
FORMAT_PYMRIO = "pymrio"  # folder written by pymrio's save_all (tab-separated .txt)


def _pymrio_land(folder, extension, stressor):
    """The land row(s) of a pymrio extension's F table, as a one-column table."""
    path = os.path.join(folder, extension, "F.txt")
    if not os.path.exists(path):
        extensions = sorted(d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "F.txt")))
        raise InputError("The pymrio folder has no extension {!r} with an F.txt (extensions: {}).",
                         extension, ", ".join(extensions) or "none")
    f = read_text_table(path, "{}/F".format(extension), index_cols=2, header_rows=2, sparse=False)
    picked = [i for i, label in enumerate(f.rows) if not stressor or label[0] == stressor or "/".join(label) == stressor]
    if not picked:
        raise InputError("Extension {!r} has no stressor {!r} (it has: {}).",
            extension, stressor, list_names("/".join(r) for r in f.rows))
    values = np.asarray(f.values)[picked].sum(axis=0)
    return LabelledTable(list(f.columns), [("land",)], values[:, None], "land")


def read_mrio(path, fmt=FORMAT_CSV, land_extension="land", land_stressor="", balance_tolerance=1e-3, warn=None):
    """Read and check an MRIO in one of the three layouts (see the module docstring)."""
    if fmt == FORMAT_CSV:
        tables = [read_text_table(os.path.join(path, name + ".csv"), name, 2, 2 if name in ("Z", "Y") else 1)
                  for name in ("Z", "Y", "x", "land")]
    elif fmt == FORMAT_XLSX:
        tables = [read_xlsx_table(path, name, name, 2, 2 if name in ("Z", "Y") else 1)
                  for name in ("Z", "Y", "x", "land")]
    elif fmt == FORMAT_PYMRIO:
        tables = [read_text_table(os.path.join(path, name + ".txt"), name, 2, 2 if name in ("Z", "Y") else 1)
                  for name in ("Z", "Y", "x")]
        tables.append(_pymrio_land(path, land_extension, land_stressor))
    else:
        raise InputError("Unknown MRIO format {!r}.", fmt)
    return build_mrio(*tables, balance_tolerance=balance_tolerance, warn=warn)


def read_mapping(path, what):
    """A two-column CSV (with a header row) as {first column: second column}."""
    if not os.path.exists(path):
        raise InputError("The {} file was not found: {}.", what, path)
    rows = [[str(cell) if cell is not None else "" for cell in r]
            for r in read_rows(path, "The " + what + " file")[0] if any(str(cell or "").strip() for cell in r)]
    mapping = {}
    for number, row in enumerate(rows[1:], start=2):
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise InputError("The {} file, line {}: two non-empty columns are needed.", what, number)
        key = row[0].strip()
        if key in mapping and mapping[key] != row[1].strip():
            raise InputError("The {} file lists {!r} twice with different groups.", what, key)
        mapping[key] = row[1].strip()
    if not mapping:
        raise InputError("The {} file is empty.", what)
    return mapping

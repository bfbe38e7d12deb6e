"""ecocomp:esv / api.esv — ecosystem service value of cultivated land, ESV = F · Ea · S [XIE, HB, XZ]
(docs/methods.md, “Ecosystem service value”): the one definition of its options and run."""

from .. import factors
from .. import units
from . import CHOICE, FIELD, FLAG, INTEGER, NUMBER, ROWS, InputError, Method, N_, Option, Outcome, Text, item_column

PRICE_UNIT = Option("price_unit", "PRICE_UNIT", N_("Unit of the crop prices (crop table and crop fields)"), CHOICE,
                    "CNY/kg", choices=tuple((unit[0], unit[1]) for unit in units.units_of("price")), optional=True)
CROP_FIELDS = Option(
    "crop_fields", "CROP_FIELDS", N_("Crop fields per unit (ha, kg/ha, price in the unit below)"), ROWS, None,
    width=4, headers=(N_("Crop"), N_("Sown-area field (ha)"), N_("Yield field (kg/ha)"), N_("Price (unit below)")),
    editor="cropfields")


def crop_fields(columns, rows, price_unit, check=True):
    """Sown areas m (units × crops, ha), yields q (units × crops, kg/ha) and prices v (CNY/kg) of the crop fields
    rows (crop, sown-area field, yield field, price in ``price_unit``); also read by ecocomp:uncertainty."""
    import numpy as np
    from .. import esv as science

    rows = [list(row) for row in rows or ()]
    if not rows:
        raise InputError("Ea per unit needs the crop fields table: one row per crop with its sown-area field (ha), "
                         "yield field (kg/ha) and price (CNY/kg).")
    areas, yields, crops = [], [], []
    for number, row in enumerate(rows, start=1):
        if len(row) != 4:
            raise InputError("Crop fields row {} must have 4 items (crop, sown-area field, yield field, price), got "
                             "{}.", number, len(row))
        crop, area_field, yield_field, _ = row
        crop = str(crop if crop is not None else "").strip() or str(area_field)
        areas.append(item_column(columns, area_field, crop, "sown_area", N_("sown area of {}, ha"),
                                 N_("Sown area of {} (field '{}', ha)")))
        yields.append(item_column(columns, yield_field, crop, "crop_yield", N_("yield of {}, kg/ha"),
                                  N_("Yield of {} (field '{}', kg/ha)")))
        crops.append(crop)
    prices = science.typed_prices(crops, [row[3] for row in rows], price_unit,
                                  Text(N_("Prices of the crop fields table")), check)
    return np.column_stack(areas), np.column_stack(yields), prices


# The names of the factor tables (factors.xie_table, table_from_rows), for the log in the analyst's language
TABLE_NAMES = {"Xie 2008 cropland": N_("Xie 2008 cropland"), "Xie 2003 cropland": N_("Xie 2003 cropland"),
               "user table": N_("user table")}


def sample_prices(columns, crops, prices, year, log):
    """The sample's 2017 prices are stopped with statistics of another year (``year``, else the table's year field)
    and named in the log when no year is known (also ecocomp:uncertainty's check)."""
    from .. import esv as science
    from ..payment import table_study_year

    if year is None:
        year = table_study_year(columns.has_field, columns.values)
    note = science.check_sample_prices(crops, prices, year)
    if note:
        log.warning(note)


class Esv(Method):
    name = "esv"
    section = N_("Ecosystem service value")
    options = (
        Option("area", "AREA_FIELD", N_("Cultivated land area S (field, ha)"), FIELD, "cultivated_ha", role="area",
               required=True),
        # The API infers the way from what is given (ea=, crop_table= or crop_fields=) when ea_mode is None.
        Option("ea_mode", "EA_MODE", N_("How to get Ea, the value of one equivalent factor"), CHOICE, "crop_table",
               choices=(("typed", N_("Typed value (CNY/ha)")),
                        ("crop_table", N_("Crop table: one Ea for the study region")),
                        ("crop_fields", N_("Per unit, from crop fields"))), api_default=None),
        Option("ea", "EA_VALUE", N_("Ea, typed value (CNY/ha)"), NUMBER, 0.0, minimum=0.0, api_default=None,
               decimals=2, optional=True),
        Option("crop_table", "CROP_TABLE", N_("Crop table (ha, kg/ha, price in the unit below)"), ROWS, None, width=4,
               headers=(N_("Crop"), N_("Sown area (ha)"), N_("Yield (kg/ha)"), N_("Price (unit below)")),
               editor="crops"),
        CROP_FIELDS,
        PRICE_UNIT,
        Option("factors", "FACTOR_PRESET", N_("Equivalent-factor table"), CHOICE, "xie2008", choices=(
            ("xie2008", N_("Xie 2008 cropland, F 7.90 = 1.39 + 6.51 [HB]")),
            ("xie2003", N_("Xie 2003 farmland, F 6.91 = 1.10 + 5.81 [XZ]")),
            ("custom", N_("Custom table (below)")))),
        Option("factor_table", "FACTOR_TABLE", N_("Custom equivalent factors"), ROWS,
               tuple(tuple(row) for row in factors.table_rows(factors.xie_table("2008"))), width=3,
               headers=(N_("Service"), N_("Part"), N_("Factor")), editor="factors"),
        Option("per_service", "PER_SERVICE", N_("Add one ESV field per service (CNY)"), FLAG, False),
        # Prices are of a year: the sample's (2017's) are stopped with statistics of another year.
        Option("study_year", "STUDY_YEAR", N_("Year of the statistics (empty: a field year / 年份)"), INTEGER, None,
               minimum=1949, maximum=2100),
    )

    def resolve(self, values):
        values = dict(values)
        if values.get("ea_mode", "") is None:  # the API: the way Ea is given
            values["ea_mode"] = "typed" if values.get("ea") is not None else \
                "crop_fields" if values.get("crop_fields") else "crop_table"
            if values["ea_mode"] == "crop_table" and not values.get("crop_table"):
                raise InputError("Give Ea: a number (ea=), a crop table (crop_table=) or crop columns "
                                 "(crop_fields=).")
        if isinstance(values.get("factors"), factors.FactorTable) or \
                (values.get("factors") is not None and not isinstance(values.get("factors"), str)):
            values["factors"], values["factor_table"] = "custom", values["factors"]  # the API: a table given
        elif values.get("factors") in factors.PRESETS:  # "2008", "2003"
            values["factors"] = "xie" + values["factors"]
        return super().resolve(values)

    def factor_table(self, values):
        if values["factors"] in ("xie2008", "xie2003"):
            return factors.xie_table(values["factors"][3:])
        table = values["factor_table"]
        return table if isinstance(table, factors.FactorTable) else factors.table_from_rows(table or ())

    def equivalent_factor(self, columns, values, log, check):
        from .. import esv as science
        from ..checks import check_positive_scalar

        mode = values["ea_mode"]
        if mode == "typed":
            ea = check_positive_scalar(values["ea"], Text(N_("Ea, the typed value (CNY/ha),")))
            log.info(N_("Ea = {:.4f} CNY/ha (typed)."), ea)
            return ea
        if mode == "crop_table":
            names, ea = science.crop_table_ea(values["crop_table"] or (), values["price_unit"], check)
            log.info(N_("Ea = (1/7) · Σ m·q·v / Σ m over {} = {:.4f} CNY/ha."), ", ".join(names), ea)
            return ea
        areas, yields, prices = crop_fields(columns, values["crop_fields"], values["price_unit"], check)
        sample_prices(columns, [row[0] for row in values["crop_fields"]], prices, values["study_year"], log)
        ea = science.equivalent_factor_value(areas, yields, prices, columns.labels)
        log.info(N_("Ea per unit: {:.2f} to {:.2f} CNY/ha."), ea.min(), ea.max())
        return ea

    def run(self, columns, values, log):
        import numpy as np
        from .. import esv as science

        check = getattr(columns, "check_plausibility", True)
        table = self.factor_table(values)
        ea = self.equivalent_factor(columns, values, log, check)
        area_field = values["area"]
        area = columns.numeric(area_field, Text(N_("cultivated land area, ha")), role="area")
        results = science.ecosystem_service_value(
            area, ea, table, columns.labels, values["per_service"],
            area_name=Text(N_("Cultivated land area S (field '{}', ha)"), area_field))
        science.check_value_levels(ea, results["esv_total"], area, Text(N_("Ea")), check)
        log.info(N_("{}: F total {:.2f}, market {:.2f}, non-market {:.2f}."), Text(TABLE_NAMES.get(table.name, table.name)),
                 table.total, table.market_total, table.nonmarket_total)
        log.info(N_("Total ESV of the {} units: {:,.2f} CNY."), len(columns.labels), results["esv_total"].sum())
        # One Ea for the outputs: the typed or regional value, or the area-weighted mean of the per-unit values.
        ea_value = float(np.sum(np.asarray(ea) * area) / area.sum()) if np.ndim(ea) and area.sum() > 0 \
            else float(np.mean(ea))
        return Outcome(results, money=[name for name in results if name.startswith("esv_")],
                       outputs={"EA": ea_value, "ESV_TOTAL": float(results["esv_total"].sum())}, style="esv_total")


METHOD = Esv()

"""Published parameter sets (docs/methods.md, “Ecological footprint and carrying capacity” and “Compensation
amount”), each with its source tag.

A preset is picked by the user and then shown in the log; every value in it
can be overridden by choosing "custom" and typing the values.
"""

from collections import OrderedDict

from .errors import N_

# Cultivated-land ecological footprint (docs/methods.md, “Ecological footprint and carrying capacity”).
# commodities: (name, c_i per-capita consumption kg/person, p_i productivity kg/ha)
FOOTPRINT = {
    "hubei2017": {
        "label": N_("Hubei 2017 [HB]"), "year": 2017,  # consumption, productivities and y of that year
        "r": 2.52, "y": 1.28, "k": 0.035,
        "commodities": (
            ("wheat", 15.70, 2744.0),
            ("paddy", 106.54, 2744.0),
            ("beans", 7.70, 1856.0),
            ("oil crops", 14.10, 1856.0),
            ("vegetables", 113.01, 18000.0),
            ("fruits", 28.68, 18000.0),
        ),
    },
    # [XZ] publishes r, y and k; the commodity table is the user's.
    "xuzhou2015": {"label": N_("Xuzhou 2015 [XZ]"), "year": 2015, "r": 2.17, "y": 1.66, "k": 0.0,
                   "commodities": None},
    # [FJ]: r = 1, y computed per unit, k = 0, c_i = production / population and
    # p_i = provincial average (Σ production / Σ sown area) of six items.
    "fujian2017": {"label": N_("Fujian 2017 [FJ]"), "r": 1.0, "y": None, "k": 0.0, "commodities": None,
                   "items": ("rice", "tubers", "other grains", "oil crops", "sugarcane", "vegetables")},
}

# Compensation amount (docs/methods.md, “Compensation amount”).
PAYMENT = {
    "hubei2017": {"label": N_("Hubei 2017 [HB]"), "esv_part": "nonmarket", "use_g": True},
    "xuzhou2015": {"label": N_("Xuzhou 2015 [XZ]"), "esv_part": "total", "use_g": False},
}

# [HB] eq. 9: G against the national per-capita GDP of the study year. 2017: 59,660 CNY/person, National Bureau of
# Statistics of China, Statistical Communiqué on the 2017 National Economic and Social Development (2018-02-28).
NATIONAL_GDP_PER_CAPITA_2017 = 59660.0
#: China's per-capita GDP (CNY/person) for the years EcoComp has a sourced value for; a reference of one year is never
#: applied to another without the user typing it (payment.check_reference_year).
NATIONAL_GDP_PER_CAPITA = {2017: NATIONAL_GDP_PER_CAPITA_2017}
#: Field names a statistics table gives its year in.
YEAR_FIELDS = ("year", "Year", "YEAR", "study_year", "年份", "年度", "统计年度")

# Biodiversity deduction k, applied to the capacity only (docs/methods.md, “Ecological footprint and carrying capacity”).
K_WCED = 0.12
K_HUBEI = 0.035

# Main functional area type → compensation role [HB] (docs/methods.md, “Compensation priority by main functional
# area”), English and Chinese names.
PAYER = "payer"
RECEIVER = "receiver"
DEFAULT_ROLES = (
    ("key development zone", PAYER),
    ("重点开发区", PAYER),
    ("重点开发区域", PAYER),
    ("optimised development zone", PAYER),
    ("optimized development zone", PAYER),
    ("优化开发区", PAYER),
    ("优化开发区域", PAYER),
    ("main agricultural production area", RECEIVER),
    ("农产品主产区", RECEIVER),
    ("key ecological function area", RECEIVER),
    ("重点生态功能区", RECEIVER),
    ("prohibited development area", RECEIVER),
    ("禁止开发区", RECEIVER),
    ("禁止开发区域", RECEIVER),
)

# The same main-functional-area type in its English and Chinese spellings: priority ranks and levels are
# computed within each type [HB §3.3, Figs 5–7], whatever the spelling.
TYPE_NAMES = {
    "key development zone": "key development zone", "重点开发区": "key development zone",
    "重点开发区域": "key development zone",
    "optimised development zone": "optimised development zone", "optimized development zone":
    "optimised development zone", "优化开发区": "optimised development zone", "优化开发区域": "optimised development zone",
    "main agricultural production area": "main agricultural production area",
    "农产品主产区": "main agricultural production area",
    "key ecological function area": "key ecological function area", "重点生态功能区": "key ecological function area",
    "prohibited development area": "prohibited development area", "禁止开发区": "prohibited development area",
    "禁止开发区域": "prohibited development area",
}

# Land-cover class → land type of the Xie 2008 table (docs/methods.md, “Ecosystem service value”), for two common products.
LAND_TYPES = ("cultivated", "forest", "grassland", "wetland", "water", "unused", "built-up")
LANDCOVER_MAPPINGS = {
    # China Land Cover Dataset (CLCD, 30 m; Yang & Huang 2021)
    "clcd": ((1, "cultivated"), (2, "forest"), (3, "forest"), (4, "grassland"), (5, "water"), (6, "unused"),
             (7, "unused"), (8, "built-up"), (9, "wetland")),
    # ESA WorldCover 10 m (2020/2021)
    "worldcover": ((10, "forest"), (20, "forest"), (30, "grassland"), (40, "cultivated"), (50, "built-up"),
                   (60, "unused"), (70, "unused"), (80, "water"), (90, "wetland"), (95, "wetland"), (100, "grassland")),
}
# Land type → the Xie 2008 ecosystem row used for its factors (built-up has none: 0 by convention).
XIE_ROW_OF_LAND_TYPE = {"cultivated": "cropland", "forest": "forest", "grassland": "grassland", "wetland": "wetland",
                        "water": "water", "unused": "unused", "built-up": None}

UNIFORM, TRIANGULAR, NORMAL = "uniform", "triangular", "normal"
DISTRIBUTIONS = (UNIFORM, TRIANGULAR, NORMAL)

#: Uncertain inputs of ecocomp:uncertainty (docs/methods.md, “Uncertainty of the amounts, roles and zones”):
#: name → (what it multiplies, default distribution, default relative spread s). EcoComp's defaults, not from the
#: papers (docs/methods.md): ±20 % for the expert-survey equivalent factors, ±10 % for prices, yields and the
#: footprint factors r and y, ±50 % for the small deduction k, ±5 % for the statistics (Engel coefficients,
#: urbanisation, the reference GDP), ±20 % for the zoning weight w1 and the band Δ.
UNCERTAIN = OrderedDict((
    ("factors", (N_("equivalent factors, each service on its own"), UNIFORM, 0.20)),
    ("price", (N_("grain prices v, each crop on its own"), TRIANGULAR, 0.10)),
    ("yield", (N_("crop yields q, each crop on its own"), TRIANGULAR, 0.10)),
    ("r", (N_("equivalence factor r"), UNIFORM, 0.10)),
    ("y", (N_("yield factor y"), UNIFORM, 0.10)),
    ("k", (N_("biodiversity deduction k"), UNIFORM, 0.50)),
    ("engel", (N_("Engel coefficients Eu and Er"), NORMAL, 0.05)),
    ("urbanisation", (N_("urbanisation rate θ"), NORMAL, 0.05)),
    ("g_reference", (N_("reference per-capita GDP"), UNIFORM, 0.05)),
    ("weights", (N_("zoning weight w1 (w2 = 1 − w1)"), UNIFORM, 0.20)),
    ("delta", (N_("balance band Δ"), UNIFORM, 0.20)),
))


# The names analysts and yearbooks give the food crops of Ea ([XIE]: rice, wheat, maize), in English and Chinese.
CROP_ALIASES = {
    "rice": ("rice", "paddy", "水稻", "稻谷", "稻"),
    "wheat": ("wheat", "小麦", "麦"),
    "maize": ("maize", "corn", "玉米"),
}

# The crop prices of the sample run (CNY/kg): illustrative national averages of 2017, typed for the sample data. Tied to
# that year: EcoComp pre-fills them only for statistics of 2017 and stops them used with a table of another year.
SAMPLE_CROP_PRICES = {"rice": 2.72, "wheat": 2.36, "maize": 1.76}
SAMPLE_PRICE_YEAR = 2017

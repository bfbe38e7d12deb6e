"""Build the yearbook tables (sample_data/yearbook/: in the plugin ZIP for the guide's walk-through, and the tests')
from the synthetic sample statistics.

The same numbers as sample_data/hubei_statistics_2017_synthetic.csv, written the way a statistics yearbook
gives them: Chinese headers with units in brackets (万人, 亿元, 千公顷, 吨, 公斤/公顷, %), thousands separators,
a "—" cell, codes as numbers (XLSX) or 12-digit statistical codes (CSV), a title row above the header and a
notes row below it (XLSX), and GBK encoding (CSV). Synthetic data, not official statistics.

    python3 scripts/make_yearbook_fixture.py      # needs openpyxl for the XLSX
"""

import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "sample_data", "hubei_statistics_2017_synthetic.csv")
OUT = os.path.join(ROOT, "sample_data", "yearbook")

# yearbook header, sample column, divisor from the canonical unit to the yearbook unit
COLUMNS = [
    ("行政代码", "adcode", None),
    ("县区", "name", None),
    ("所属市", "city", None),
    ("主体功能区", "mfa_type_zh", None),
    ("常住人口(万人)", "population", 1e4),
    ("地区生产总值（亿元）", "gdp_cny", 1e8),
    ("耕地面积/千公顷", "cultivated_ha", 1e3),
    ("粮食产量(吨)", "grain_output_kg", 1e3),
    ("水稻播种面积(公顷)", "rice_area_ha", 1),
    ("水稻单产(公斤/公顷)", "rice_yield_kg_ha", 1),
    ("小麦播种面积(千公顷)", "wheat_area_ha", 1e3),
    ("小麦单产(吨/公顷)", "wheat_yield_kg_ha", 1e3),
    ("玉米播种面积(亩)", "maize_area_ha", 1 / 15),
    ("玉米单产(公斤/公顷)", "maize_yield_kg_ha", 1),
    ("城镇居民恩格尔系数(%)", "engel_urban", 0.01),
    ("农村居民恩格尔系数(%)", "engel_rural", 0.01),
    ("城镇化率(%)", "urbanisation", 0.01),
    ("农村居民人均可支配收入(元)", None, None),  # not used by the methods: holds the "—" cell
]


def yearbook_value(value, divisor):
    number = float(value) / divisor
    return float("{:.12g}".format(number))


def rows():
    with open(SOURCE, encoding="utf-8") as handle:
        source = list(csv.DictReader(handle))
    out = []
    for i, row in enumerate(source):
        cells = []
        for _header, column, divisor in COLUMNS:
            if column is None:
                cells.append("—" if i == 5 else 12000 + 37 * i)
            elif divisor is None:
                cells.append(row[column])
            else:
                cells.append(yearbook_value(row[column], divisor))
        out.append(cells)
    return out


def write_csv(data):
    path = os.path.join(OUT, "hubei_2017_yearbook_gbk.csv")
    with open(path, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([h for h, _, _ in COLUMNS])
        for cells in data:
            text = []
            for (header, _column, _divisor), cell in zip(COLUMNS, cells):
                if header == "行政代码":
                    text.append(cell + "000000")  # 12-digit statistical code
                elif isinstance(cell, float):
                    text.append("{:,}".format(cell) if abs(cell) >= 1000 else repr(cell))
                else:
                    text.append(str(cell))
            writer.writerow(text)
    return path


def write_xlsx(data):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "县区主要指标"
    sheet.append(["表 3-1  2017 年湖北省各县（市、区）主要指标（合成示例数据）"])
    sheet.append([])
    sheet.append([h for h, _, _ in COLUMNS])
    for cells in data:
        sheet.append([int(c) if h == "行政代码" else c for (h, _, _), c in zip(COLUMNS, cells)])
    sheet.append([])
    sheet.append(["注：本表为 EcoComp 测试用合成数据，非官方统计。"])
    path = os.path.join(OUT, "hubei_2017_yearbook.xlsx")
    workbook.save(path)
    return path


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    data = rows()
    print(write_csv(data))
    print(write_xlsx(data))

"""Statistics tables as yearbooks write them, and joins on real codes and names (no QGIS)."""

import math
import sys

import pytest

from ecocomp.ecocomp_science import joins, tables
from ecocomp.ecocomp_science.errors import InputError

HEADER = "行政代码,县区,常住人口(万人),地区生产总值（亿元）\n"
ROWS = "420102,江岸区,49.8176,\"1,087.11\"\n420103,江汉区,25.35,—\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_every_encoding_is_detected(tmp_path, encoding):
    path = tmp_path / "t.csv"
    path.write_bytes((HEADER + ROWS).encode(encoding))
    table = tables.read_table(str(path))
    assert table.header == ["行政代码", "县区", "常住人口(万人)", "地区生产总值（亿元）"]
    assert table.column("县区") == ["江岸区", "江汉区"]
    assert table.encoding == {"utf-8": "utf-8-sig", "gbk": "gb18030"}.get(encoding, encoding)


@pytest.mark.parametrize("encoding, chosen", [("gbk", "gbk"), ("utf-8", "utf-8")])
def test_a_chosen_encoding_is_used(tmp_path, encoding, chosen):
    path = tmp_path / "t.csv"
    path.write_bytes((HEADER + ROWS).encode(encoding))
    assert tables.read_table(str(path), encoding=chosen).column("县区")[0] == "江岸区"


def test_a_wrong_chosen_encoding_names_the_byte(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes((HEADER + ROWS).encode("gbk"))
    with pytest.raises(InputError, match="cannot be read as utf-8-sig: byte 0xd0 at position 0"):
        tables.read_table(str(path), encoding="utf-8")


@pytest.mark.parametrize("text, number", [
    ("1,087.11", 1087.11), ("１，０８７．１１", 1087.11), ("12 345", 12345.0), ("－5.5", -5.5), ("−5.5", -5.5),
    ("26.8%", 26.8), ("２６．８％", 26.8), (" 498176 ", 498176.0), ("1e3", 1000.0), (420102, 420102.0),
    (0.268, 0.268), ("-0", 0.0)])
def test_numbers_as_yearbooks_write_them(text, number):
    assert tables.parse_number(text) == number


@pytest.mark.parametrize("text", ["—", "——", "-", "－", "…", "...", "/", "", None, "NA", "n/a", "无", "不详"])
def test_missing_markers_are_missing_never_zero(text):
    assert math.isnan(tables.parse_number(text))


@pytest.mark.parametrize("text", ["约1087", "1087亩", "12,34", "abc", "1.2.3"])
def test_other_text_is_refused(text):
    with pytest.raises(ValueError):
        tables.parse_number(text)


def test_semicolons_and_tabs(tmp_path):
    for delimiter in (";", "\t"):
        path = tmp_path / "t.csv"
        path.write_text((HEADER + ROWS).replace(",", delimiter).replace('"1' + delimiter + '087.11"', "1087.11"),
                        encoding="utf-8")
        assert tables.read_table(str(path)).column("常住人口(万人)") == ["49.8176", "25.35"]


def test_title_rows_above_and_notes_below_are_left_out(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("表 3-1 2017 年各县区主要指标,,,\n单位：见表头,,,\n" + HEADER + ROWS
                    + ",,,\n注：合成数据，非官方统计。,,,\n资料来源：EcoComp,,,\n", encoding="utf-8")
    table = tables.read_table(str(path))
    assert table.header_row == 3 and len(table.rows) == 2
    assert [n for n, _ in table.skipped] == [1, 2, 7, 8]
    assert tables.read_table(str(path), header_row=3).header == table.header


def test_xlsx_with_a_title_row_and_numbers_as_codes(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["表 1 主要指标"])
    sheet.append(["行政代码", "县区", "常住人口(万人)"])
    sheet.append([420102, "江岸区", 49.8176])
    sheet.append([420103, "江汉区", "—"])
    sheet.append(["注：合成数据"])
    workbook.save(tmp_path / "t.xlsx")
    table = tables.read_table(str(tmp_path / "t.xlsx"))
    assert table.header_row == 2 and table.column("行政代码") == [420102, 420103]
    assert table.numeric_columns() == ["行政代码", "常住人口(万人)"]
    assert math.isnan(tables.parse_number(table.column("常住人口(万人)")[1]))


def test_duplicate_and_empty_tables_are_named(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("code,pop,pop\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="has the column 'pop' twice"):
        tables.read_table(str(path))
    path.write_text("code,pop\n", encoding="utf-8")
    with pytest.raises(InputError, match="no data rows"):
        tables.read_table(str(path))


# --- joins ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("polygon, table", [
    ("420102", 420102), ("420102", 420102.0), ("420102", "420102.0"), (420102, "420102"),
    ("420102", "420102000"), ("420102", "420102000000"), ("420102", 420102000000), ("420102", "0420102"),
    ("420102", "４２０１０２"), (" 420102 ", "420102")])
def test_codes_match(polygon, table):
    indices, report = joins.match_keys([polygon, "420103"], [table, "420103"])
    assert indices == [0, 1] and report["unmatched_polygons"] == []


@pytest.mark.parametrize("polygon, table", [
    ("江岸区", "江岸"), ("长阳土家族自治县", "长阳土家族自治县"), ("神农架林区", "神农架"), ("江岸区", "江岸　区"),
    ("鄂伦春自治旗", "鄂伦春"), ("宜昌", "宜昌市"), ("江岸区", " 江岸区 ")])
def test_names_match_without_suffix_and_spaces(polygon, table):
    indices, _ = joins.match_keys([polygon, "武昌区"], [table, "武昌区"])
    assert indices == [0, 1]


def test_ambiguous_names_are_refused():
    with pytest.raises(InputError, match="fit several table rows.*宜昌 → 宜昌市 / 宜昌县"):
        joins.match_keys(["宜昌", "武昌区"], ["宜昌市", "宜昌县", "武昌区"])


def test_exact_names_win_over_shortened_ones():
    indices, _ = joins.match_keys(["宜昌市", "宜昌县"], ["宜昌县", "宜昌市"])
    assert indices == [1, 0]


def test_the_report_lists_both_sides():
    indices, report = joins.match_keys(["420102", "420103", "420104"], ["420102", "420103", "429004"],
                                       ["江岸区", "江汉区", "硚口区"])
    assert indices == [0, 1, None]
    assert report == {"matched": 2, "method": "exact", "unmatched_polygons": ["硚口区"], "unused_rows": ["429004"]}


def test_duplicate_table_codes_are_refused():
    with pytest.raises(InputError, match="duplicate keys: 420102"):
        joins.match_keys(["420102"], ["420102", "420102"])


@pytest.mark.parametrize("writer", ["openpyxl", "gdal"])
def test_the_template_workbook_through_openpyxl_and_gdal(tmp_path, monkeypatch, writer):
    openpyxl = pytest.importorskip("openpyxl")
    header = tables.template_header("chain")
    path = tmp_path / "template.xlsx"
    if writer == "gdal":
        pytest.importorskip("osgeo.ogr")
        monkeypatch.setitem(sys.modules, "openpyxl", None)  # as on a QGIS without openpyxl
    tables.write_template(header, [("420102", "江岸区"), ("420103", "江汉区")], xlsx_path=str(path))
    monkeypatch.undo()
    book = openpyxl.load_workbook(str(path))
    assert book.sheetnames == ["statistics", "notes"]
    rows = [list(r) for r in book["statistics"].iter_rows(values_only=True)]
    assert rows[0] == header
    assert [r[:2] for r in rows[1:]] == [["420102", "江岸区"], ["420103", "江汉区"]]
    assert all(value is None for r in rows[1:] for value in r[2:])
    notes = [list(r) for r in book["notes"].iter_rows(values_only=True)]
    # GDAL writes a header row on every sheet: the notes sheet's is its name
    assert notes == ([[tables.TEMPLATE_NOTE]] if writer == "openpyxl" else [["notes"], [tables.TEMPLATE_NOTE]])


def test_a_hidden_first_sheet_is_not_read(tmp_path):
    """The first visible sheet is the table (a hidden first sheet gave a deficit 25× too large); a sheet can still be
    named, hidden or not."""
    openpyxl = pytest.importorskip("openpyxl")
    from ecocomp.ecocomp_science.tables import read_table

    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "2012"
    hidden.sheet_state = "hidden"
    hidden.append(["adcode", "population"])
    hidden.append(["420102", 999999])
    shown = book.create_sheet("2017")
    shown.append(["adcode", "population"])
    shown.append(["420102", 123])
    path = tmp_path / "book.xlsx"
    book.save(path)
    assert read_table(str(path)).rows == [["420102", 123]]
    assert read_table(str(path), sheet="2012").rows == [["420102", 999999]]


@pytest.mark.parametrize("reader", ["openpyxl", "gdal"])
def test_merged_cells_formulas_and_the_sheet_read(tmp_path, monkeypatch, reader):
    """A yearbook sheet after a hidden one: a title merged over the columns, each prefecture's name merged over its
    counties (they were NULL ×63) — every cell of a merged range reads the range's value, and the table says which
    ranges and which sheet it read; with openpyxl or GDAL's driver alike. A formula never computed (a workbook written
    by a program) is refused, naming the cells, instead of reading as a missing value."""
    openpyxl = pytest.importorskip("openpyxl")

    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "lookup"
    hidden.sheet_state = "hidden"
    hidden.append(["x"])
    sheet = book.create_sheet("县级统计")
    sheet.append(["湖北省 2017 年县级统计", None, None])
    sheet.merge_cells("A1:C1")
    sheet.append(["所属市", "行政代码", "常住人口(万人)"])
    for row in (["武汉市", "420102", 96.4], [None, "420103", 73.0], [None, "420104", 53.0], ["黄石市", "420202", 20.1]):
        sheet.append(row)
    sheet.merge_cells("A3:A5")
    sheet.append(["资料来源：湖北统计年鉴", None, None])  # a note merged across the columns: still a note
    sheet.merge_cells("A7:C7")
    path = tmp_path / "yearbook.xlsx"
    book.save(path)
    if reader == "gdal":
        monkeypatch.setitem(sys.modules, "openpyxl", None)
    table = tables.read_table(str(path))
    assert table.sheet == "县级统计" and table.header == ["所属市", "行政代码", "常住人口(万人)"]
    assert [row[0] for row in table.rows] == ["武汉市", "武汉市", "武汉市", "黄石市"]
    assert table.skipped[-1] == (7, "资料来源：湖北统计年鉴")
    assert table.merged == ["A3:A5"]  # the title's range is left out with its row
    monkeypatch.undo()
    sheet["D2"] = "两倍"
    sheet["D3"] = "=C3*2"
    book.save(path)
    if reader == "gdal":
        monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(InputError, match="Sheet '县级统计' of yearbook.xlsx has 1 formula cell\\(s\\) without a computed "
                                         "value \\(D3\\)"):
        tables.read_table(str(path))


@pytest.mark.parametrize("reader", ["openpyxl", "gdal"])
def test_a_number_merged_over_several_units_is_not_copied(tmp_path, monkeypatch, reader):
    """A GDP merged over two counties' rows was copied into both (江汉区 got 江岸区's GDP, with an info line): one
    number is no value of each unit, so it is not copied, and reading that column as a number is refused, naming the
    range, column and number; a code or a year merged over its counties (a group, like a prefecture's name) is still
    filled, and 年末人口 (a year-end population) is not taken for a year."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "县级统计"
    sheet.append(["市代码", "年份", "adcode", "gdp_cny", "年末人口"])
    for row in ([4201, 2017, "420102", 60664158941, 96.4], [None, None, "420103", None, None],
                [4202, 2017, "420202", 1.5e10, 20.1]):
        sheet.append(row)
    for ref in ("A2:A3", "B2:B3", "D2:D3", "E2:E3"):
        sheet.merge_cells(ref)
    path = tmp_path / "gdp.xlsx"
    book.save(path)
    if reader == "gdal":
        monkeypatch.setitem(sys.modules, "openpyxl", None)
    table = tables.read_table(str(path))
    assert [tables.parse_number(row[0]) for row in table.rows] == [4201, 4201, 4202]  # a code: filled
    assert [tables.parse_number(row[1]) for row in table.rows] == [2017, 2017, 2017]  # the year: filled
    assert table.rows[1][3] in (None, "") and table.rows[1][4] in (None, "")  # not copied
    assert table.merged_numbers == {"gdp_cny": [("D2:D3", "60664158941")], "年末人口": [("E2:E3", "96.4")]}
    with pytest.raises(InputError, match="Sheet '县级统计' of gdp.xlsx: the number 60664158941 is merged over the "
                                         "cells D2:D3 of column 'gdp_cny'"):
        table.check_not_merged("gdp_cny")
    table.check_not_merged("adcode")  # no merged number there


def test_codes_that_lost_digits_in_scientific_notation_are_not_guessed():
    """4.21E+05 (Yichang's 420500 shown with two decimals) would read as 421000, Jingzhou's code: left as it is."""
    assert joins.text_key("4.21E+05") == "4.21E+05"
    assert joins.match_keys(["4.21E+05"], ["421000"])[0] == [None]


def test_natural_breaks_refuse_values_that_are_not_finite():
    with pytest.raises(InputError, match="finite values"):
        __import__("ecocomp.ecocomp_science.classify", fromlist=["x"]).fisher_jenks_breaks([1.0, 2.0, float("inf")], 2)


@pytest.mark.parametrize("spelling", ['="420102"', "4.20102E+05", "420102.0", 420102, "４２０１０２"])
def test_codes_as_excel_shows_them_match(spelling):
    """Excel's ="420102" (to keep zeros) and 4.20102E+05 (a code shown in scientific notation) read as 420102."""
    assert joins.text_key(spelling) == "420102"
    indices, _ = joins.match_keys([spelling], ["420102"])
    assert indices == [0]


def test_a_formula_whose_result_is_empty_text_is_computed(tmp_path):
    """Excel saves =IF(A2="","",A2) giving "" as a string cell with an empty value (t="str", <v/>): computed, not
    refused like a formula a program wrote without its value."""
    import zipfile

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["adcode", "population", "note"])
    sheet.append(["420102", 96.4, "=C1"])
    written = tmp_path / "written.xlsx"
    book.save(written)
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode("utf-8")
                assert '<c r="C2"><f>C1</f><v></v></c>' in text
                data = text.replace('<c r="C2"><f>C1</f><v></v></c>',
                                    '<c r="C2" t="str"><f>IF(1,"","")</f><v></v></c>').encode("utf-8")
            target.writestr(item, data)
    with pytest.raises(InputError, match="formula cell"):
        tables.read_table(str(written))
    assert tables.read_table(str(saved)).rows[0][:2] == ["420102", 96.4]


@pytest.mark.parametrize("reader", ["openpyxl", "gdal"])
def test_a_note_sheet_before_the_table_is_passed_over(tmp_path, monkeypatch, reader):
    """A visible note sheet first (one column of notes: "4 rows × 1 columns" was read as the table): the first visible
    sheet that holds a table (two rows and two columns at least) is read, and the sheets passed over are named."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "说明"
    for line in ("本表为 2017 年县级统计。", "来源：统计年鉴", "单位见表头", "—"):  # four rows, one column: no table
        book.active.append([line])
    data = book.create_sheet("2017")
    data.append(["adcode", "population"])
    data.append(["420102", 96.4])
    path = tmp_path / "book.xlsx"
    book.save(path)
    if reader == "gdal":
        monkeypatch.setitem(sys.modules, "openpyxl", None)
    table = tables.read_table(str(path))
    assert (table.sheet, table.passed_over) == ("2017", ["说明"])
    assert table.rows[0][0] == "420102" and tables.parse_number(table.rows[0][1]) == 96.4  # GDAL: text, 15 digits
    assert tables.read_table(str(path), sheet="说明").sheet == "说明"  # named, the note sheet is the one read

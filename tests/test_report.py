"""ecocomp:report on the sample chain: the PDF's pages and text, the XLSX tables equal to the layer's own amounts,
the language chosen whatever QGIS's, and the atlas page of every prefecture."""

import csv
import pathlib
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

ROOT = pathlib.Path(__file__).resolve().parent.parent
_RUNS = {}


@pytest.fixture
def report_run(prepared, run_alg, tmp_path_factory):
    """The report of the sample chain (atlas on, tables to XLSX) in "en" or "zh", written once per language."""
    def run(lang):
        if lang not in _RUNS:
            folder = tmp_path_factory.mktemp("report_" + lang)
            params = dict(prepared.params("report"), LANGUAGE={"en": 1, "zh": 2}[lang], ATLAS=True,
                          OUTPUT=str(folder / "report.pdf"), OUTPUT_XLSX=str(folder / "tables.xlsx"))
            _RUNS[lang] = (run_alg("report", params), folder)
        return _RUNS[lang]
    return run


@pytest.fixture
def units(prepared):
    """The compensation layer's own values: name, prefecture, role, level, type and amount P (CNY)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(prepared.path / "compensation.gpkg"), "compensation", "ogr")
    return [{"name": f["name"], "city": f["city"], "role": f["role"], "level": int(f["level"]),
             "type": f["mfa_type"], "p": float(f["payment"])} for f in layer.getFeatures()]


def pdf_text(path, first=None, last=None):
    command = ["pdftotext", "-raw"] + (["-f", str(first), "-l", str(last)] if first else []) + [str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def sheets(path):
    """{sheet: (header, rows)} of an XLSX, read by GDAL (no openpyxl needed)."""
    from osgeo import gdal, ogr

    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    gdal.SetConfigOption("OGR_XLSX_FIELD_TYPES", "AUTO")
    try:
        source = ogr.Open(str(path))
        found = {}
        for index in range(source.GetLayerCount()):
            layer = source.GetLayer(index)
            definition = layer.GetLayerDefn()
            header = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
            found[layer.GetName()] = (header, [[feature.GetField(i) for i in range(len(header))] for feature in layer])
        return found
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)
        gdal.SetConfigOption("OGR_XLSX_FIELD_TYPES", None)


def test_the_xlsx_tables_equal_the_layer(report_run, units):
    _, folder = report_run("en")
    book = sheets(folder / "tables.xlsx")
    assert list(book) == ["contents", "by_role", "by_zone", "by_type", "by_prefecture", "top_payers",
                          "top_receivers", "levels"]
    header, rows = book["by_role"]
    assert header == ["补偿角色 / Role", "单元数 / Units", "受偿单元数 / Receiving units", "支付单元数 / Paying units",
                      "受偿额度（亿元） / Received (100 million CNY)", "支付额度（亿元） / Paid (100 million CNY)",
                      "净额（亿元） / Net (100 million CNY)"]  # 亿元 by default: 137.68, as officials read it
    received = sum(u["p"] for u in units if u["p"] > 0) / 1e8
    paid = -sum(u["p"] for u in units if u["p"] < 0) / 1e8
    total = rows[-1]
    assert total[0] == "合计 / Σ" and total[1] == len(units) == 103
    assert total[4] == pytest.approx(received, rel=1e-9) and total[5] == pytest.approx(paid, rel=1e-9)
    assert total[6] == pytest.approx(received - paid, rel=1e-9, abs=1e-9)
    for role, count, _, _, got_received, got_paid, net in rows[:-1]:
        role = role.split(" / ")[-1]  # "受偿方 / receiver": EcoComp's values bilingual, as the headers
        members = [u["p"] / 1e8 for u in units if u["role"] == role]
        assert count == len(members)
        assert got_received == pytest.approx(sum(m for m in members if m > 0), rel=1e-9, abs=1e-9)
        assert got_paid == pytest.approx(sum(-m for m in members if m < 0), rel=1e-9, abs=1e-9)
        assert net == pytest.approx(sum(members), rel=1e-9)
    _, rows = book["by_prefecture"]
    assert {row[0] for row in rows[:-1]} == {u["city"] for u in units}
    for row in rows[:-1]:
        assert row[6] == pytest.approx(sum(u["p"] for u in units if u["city"] == row[0]) / 1e8, rel=1e-9)
    _, rows = book["by_type"]
    for row in rows[:-1]:
        assert row[1] == sum(1 for u in units if u["type"] == row[0])
    _, rows = book["top_payers"]
    payers = sorted((u for u in units if u["p"] < 0), key=lambda u: u["p"])[:10]
    assert [row[1] for row in rows] == [u["name"] for u in payers]
    assert [row[-1] for row in rows] == pytest.approx([u["p"] / 1e8 for u in payers], rel=1e-9)
    header, rows = book["levels"]
    for row in rows:
        assert row[-1] == sum(1 for u in units if u["level"] == int(row[0]))


def test_the_pdf_has_every_part_and_the_layer_totals(report_run, units):
    results, folder = report_run("en")
    pdf = folder / "report.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf_pages(pdf) == results["PAGES"]
    text = pdf_text(pdf)
    for heading in ("Cultivated-land ecological compensation", "Compensation amount of cultivated land",
                    "Ecosystem service value of cultivated land", "Compensation zones", "Summary tables",
                    "Largest payers and receivers", "Units per priority level", "Method notes: formulas and sources",
                    "P_d = ESV_part_d · R_d · G_d · eoi_d", "[HB] Chen Xiaojie, Wang Jing (2021)"):
        assert heading in text, heading
    received = sum(u["p"] for u in units if u["p"] > 0) / 1e8
    paid = -sum(u["p"] for u in units if u["p"] < 0) / 1e8
    assert "{:,.2f}".format(received) in text and "{:,.2f}".format(paid) in text  # cover and tables
    # The cover's range of R: min and max of R = 1/(1 + e^−En) recomputed from the sample statistics.
    import math

    with open(ROOT / "sample_data" / "hubei_statistics_2017_synthetic.csv", encoding="utf-8") as handle:
        r = [1 / (1 + math.exp(-(float(row["engel_urban"]) * float(row["urbanisation"])
                                 + float(row["engel_rural"]) * (1 - float(row["urbanisation"])))))
             for row in csv.DictReader(handle)]
    assert "{:.4g} – {:.4g}".format(min(r), max(r)) in text
    # The atlas: one page per prefecture, with every unit of it in its table.
    cities = list(dict.fromkeys(u["city"] for u in units))
    assert len(cities) == 17
    for city in cities:
        assert "Atlas: {}".format(city) in text, city
    atlas_start = pdf_pages(pdf) - len(cities) + 1
    page = pdf_text(pdf, atlas_start, atlas_start)
    assert page.startswith("Atlas: " + cities[0]) or "Atlas: " + cities[0] in page
    for unit in (u for u in units if u["city"] == cities[0]):
        assert unit["name"] in page


def test_a_chinese_report_has_chinese_headings_only(report_run):
    results, folder = report_run("zh")
    text = pdf_text(folder / "report.pdf")
    for heading in ("耕地生态补偿", "汇总表", "支付额度与受偿额度最大的单元", "各优先等级单元数", "方法说明：公式与文献",
                    "图集：武汉市", "受偿总额", "按补偿角色汇总", "补偿额度"):
        assert heading in text, heading
    for english in ("Summary tables", "Largest payers", "Atlas", "Total received", "Priority level", "Study area",
                    "Cultivated-land", "Method notes", "Units per priority level", "Sources", "receives"):
        assert english not in text, english
    # The same totals as the English report, in the same unit.
    english_text = pdf_text(report_run("en")[1] / "report.pdf")
    for number in ("1,376,809.78",):
        assert (number in text) == (number in english_text)


def test_an_english_report_from_a_chinese_qgis_is_english(prepared, run_alg, tmp_path):
    from ecocomp.translation import install_translator
    from qgis.PyQt.QtCore import QCoreApplication

    translator = install_translator("zh_CN")
    try:
        run_alg("report", dict(prepared.params("report"), LANGUAGE=1, ZONES=None, OUTPUT=str(tmp_path / "r.pdf")))
    finally:
        QCoreApplication.removeTranslator(translator)
    text = pdf_text(tmp_path / "r.pdf")
    assert "Summary tables" in text and "汇总表" not in text and "补偿额度" not in text
    assert "Compensation zones" not in text  # no zones given: no zone map, no zone table


def test_the_pages_render_with_the_map_colours(report_run, tmp_path):
    from qgis.PyQt.QtGui import QImage

    _, folder = report_run("en")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "2", str(folder / "report.pdf"),
                    str(tmp_path / "page")], check=True)
    cover, first_map = (QImage(str(path)) for path in sorted(tmp_path.glob("page-*.png")))
    assert (cover.width(), cover.height()) == (468, 331)  # A4 landscape at 40 dpi

    def count(image, colour, tolerance=40):
        found = 0
        for x in range(0, image.width(), 2):
            for y in range(0, image.height(), 2):
                pixel = image.pixelColor(x, y)
                found += abs(pixel.red() - colour[0]) + abs(pixel.green() - colour[1]) \
                    + abs(pixel.blue() - colour[2]) < tolerance
        return found

    assert count(cover, (0, 0, 0), 200) > 200  # the cover's text and table
    assert count(first_map, (0x05, 0x71, 0xb0)) > 20 and count(first_map, (0xca, 0x00, 0x20)) > 2  # RdBu ends


def test_money_fields_in_10k_cny_are_read_in_their_unit(prepared, run_alg, tmp_path):
    """A payment written in 万元 (payment_10k_cny) gives the same report tables as the same payment in 元."""
    folder = prepared.path
    params = dict(prepared.params("payment"), MONEY_UNIT=1, OUTPUT=str(tmp_path / "pay10k.gpkg"))
    run_alg("payment", params)
    run_alg("report", dict(prepared.params("report"), INPUT=str(tmp_path / "pay10k.gpkg"),
                           AMOUNT_FIELD="payment_10k_cny", TABLE_UNIT=2, OUTPUT=str(tmp_path / "a.pdf"),
                           OUTPUT_XLSX=str(tmp_path / "a.xlsx")))
    run_alg("report", dict(prepared.params("report"), INPUT=str(folder / "compensation.gpkg"), TABLE_UNIT=2,
                           OUTPUT=str(tmp_path / "b.pdf"), OUTPUT_XLSX=str(tmp_path / "b.xlsx")))
    a, b = sheets(tmp_path / "a.xlsx")["by_role"][1], sheets(tmp_path / "b.xlsx")["by_role"][1]
    assert [row[4:] for row in a] == [pytest.approx(row[4:], rel=1e-12) for row in b]
    assert "亿元" in sheets(tmp_path / "a.xlsx")["by_role"][0][4]


def test_the_language_switch_leaves_qgis_translators_alone(qgis_app):
    from ecocomp.translation import install_translator, language, tr
    from qgis.PyQt.QtCore import QCoreApplication

    assert tr("Compensation zone") == "Compensation zone"
    with language("zh_CN"):
        assert tr("Compensation zone") == "补偿分区"
        assert QCoreApplication.translate("QgsLayoutItem", "%1 Label") == "%1 Label"  # other contexts untouched
    translator = install_translator("zh_CN")
    try:
        with language("en"):
            assert tr("Compensation zone") == "Compensation zone"
            assert QCoreApplication.translate("QgsLayoutItem", "%1 Label") == "%1 Label"
        assert tr("Compensation zone") == "补偿分区"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_messages_stay_in_qgis_language_whatever_the_reports(prepared, run_alg, tmp_path):
    """A Chinese report from an English QGIS: the report is Chinese, the log and the refusals are English."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.lines.append(info)

    log = Log()
    run_alg("report", dict(prepared.params("report"), LANGUAGE=2, ZONES=None, OUTPUT=str(tmp_path / "r.pdf")),
            feedback=log)
    assert any(line.startswith("Report of ") for line in log.lines), log.lines
    assert not any("已写出" in line for line in log.lines)
    assert "汇总表" in pdf_text(tmp_path / "r.pdf")
    with pytest.raises(QgsProcessingException, match="The atlas needs the prefecture field"):
        run_alg("report", dict(prepared.params("report"), LANGUAGE=2, ATLAS=True, PREFECTURE_FIELD="",
                               OUTPUT=str(tmp_path / "s.pdf")))


def test_the_pdf_carries_the_reports_title_and_the_analysts_name(prepared, run_alg, tmp_path):
    """PDF metadata: the report's title and the author given, not the computer's account ("root")."""
    import subprocess

    pdf = tmp_path / "report.pdf"
    run_alg("report", dict(prepared.params("report"), AUTHOR="某市自然资源局 国土空间规划科", TITLE="湖北省",
                           OUTPUT=str(pdf)))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Author:          某市自然资源局 国土空间规划科" in info
    assert "Title:           Cultivated-land ecological compensation — 湖北省" in info
    map_pdf = tmp_path / "map.pdf"
    run_alg("mapimage", {"INPUT": str(prepared.path / "compensation.gpkg"), "FIELD": "payment", "DPI": 50,
                         "OUTPUT": str(map_pdf)})
    info = subprocess.run(["pdfinfo", str(map_pdf)], capture_output=True, text=True, check=True).stdout
    assert "Author:" not in info or "root" not in info.split("Author:")[1].splitlines()[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_file_field_or_code_on_any_page(report_run, lang):
    """An official reads the report without editing it: no file name, field name, EPSG code or docs/methods.md on
    any page — the method notes are in the report itself."""
    import re

    result, _ = report_run(lang)
    text = pdf_text(result["OUTPUT"])
    for leftover in ("docs/methods", "EPSG", ".gpkg", "field '", "layer '", "字段“", "图层“"):
        assert leftover not in text, leftover
    assert not re.findall(r"\b(payment|esv_total|esv_nonmarket|mfa_type|adcode|eoi_hb|ecocomp:\w+)\b", text)
    assert ("Method notes" if lang == "en" else "方法说明") in text
    assert "湖北省" in text and "\ncompensation\n" not in text  # the study area from the units' province, not the file



@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_page_answers_what_a_reader_will_ask(report_run, lang):
    """Payers that receive (the role from the main-functional-area type, the sign from eoi), priority against amount
    (Spearman, as ecocomp:payment logs it), amounts large against the unit's own non-market ESV, and where the total
    paid comes from — the sample's numbers of issue 25."""
    result, _ = report_run(lang)
    text = " ".join(pdf_text(result["OUTPUT"]).split())
    if lang == "en":
        for expected in ("What a reader will ask", "22 of the 44 units whose role is payer receive money",
                         "29 of the 51 units in the paying zone receive money", "overload index eoi",
                         "ρ = 0.10 (two-sided p = 0.45, n = 59)", "襄城区 pays ≈ 129 × its non-market ESV",
                         "99.1 % of the total paid", "less than 5,000 ha of cultivated land"):
            assert expected in text, expected
    else:
        text = "".join(text.split())  # a Chinese line may break anywhere: compare without spaces
        for expected in ("读者会问的问题", "角色为支付方的单元中有 22 个（共 44 个）获得补偿",
                         "支付区的单元中有 29 个（共 51 个）获得补偿", "超载指数", "主体功能区类型",
                         "ρ = 0.10（双侧 p = 0.45，n = 59）", "襄城区支付额度约为其非市场生态系统服务价值的 129 倍",
                         "99.1% 的支付总额", "耕地均不足 5,000 公顷"):
            assert "".join(expected.split()) in text, expected


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_references_give_authors_and_years(report_run, lang):
    result, _ = report_run(lang)
    text = " ".join(pdf_text(result["OUTPUT"]).split())
    if lang == "zh":
        text = "".join(text.split())  # a Chinese line may break anywhere: compare without spaces
    heading = "References" if lang == "en" else "参考文献"
    assert heading in text
    references = text[text.rindex(heading):]
    expected = {"en": ["[XIE] Xie Gaodi, Zhen Lin, Lu Chunxia, Xiao Yu, Chen Cao (2008)", "Journal of Natural Resources",
                       "[HB] Chen Xiaojie, Wang Jing (2021)", "Land, 10(3): 247", "[FJ] Ruan Yiyou, Song Min",
                       "[XZ] ", "[IO] "],
                "zh": ["[XIE] 谢高地, 甄霖, 鲁春霞, 等", "自然资源学报, 2008, 23(5): 911-919", "[HB] CHEN X J, WANG J.",
                       "[J]. Land, 2021, 10(3): 247", "[FJ] 阮贻有, 宋敏", "[XZ]", "[IO]"]}[lang]
    for part in expected:
        assert (part if lang == "en" else "".join(part.split())) in references, part


def test_tables_are_three_line_tables(qgis_app, tmp_path):
    """三线表: a thick rule above the header, a thin one under it, a thick one under the last row; no vertical rule
    and no cell grid."""
    from qgis.core import QgsLayoutExporter, QgsLayoutItemManualTable
    from qgis.PyQt.QtGui import QImage

    from ecocomp.algorithms import qgis_enums as enums
    from ecocomp.algorithms.report_book import ReportBook

    book = ReportBook("Test", "en")
    book.new_page("Summary tables")
    top = book.y + 7.0
    book.flow_table("Totals by role", ["Role", "Units", "Received", "Paid"],
                    [["receiver", 59, 137.68, 0.0], ["payer", 44, 12.3, 152.9], ["Σ", 103, 149.98, 152.9]])
    bottom = book.y - 4.0
    tables = [m for m in book.layout.multiFrames() if isinstance(m, QgsLayoutItemManualTable)]
    assert tables and not any(t.showGrid() for t in tables)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 150
    path = str(tmp_path / "table.png")
    assert QgsLayoutExporter(book.layout).exportToImage(path, settings) == enums.EXPORT_SUCCESS
    image = QImage(path)
    px = image.width() / 297.0  # pixels per mm

    def dark(x, y):
        colour = image.pixelColor(x, y)
        return colour.red() + colour.green() + colour.blue() < 200

    y0, y1 = int((top - 1.0) * px), int((bottom + 1.0) * px)
    x0 = int(12.0 * px)
    # Rows of the table area that are dark over most of the table's width: the rules.
    width = max(x for x in range(x0, image.width()) if any(dark(x, y) for y in range(y0, y1))) - x0
    ruled = [y for y in range(y0, y1) if sum(dark(x, y) for x in range(x0, x0 + width)) > 0.9 * width]
    groups = []
    for y in ruled:
        if groups and y - groups[-1][-1] <= 1:
            groups[-1].append(y)
        else:
            groups.append([y])
    assert len(groups) == 3, groups  # above the header, under the header, under the last row
    thickness = [len(g) for g in groups]
    assert thickness[0] > thickness[1] < thickness[2]
    # No vertical rule: no pixel column is dark over more than a row's height between the first and last rules.
    span = groups[-1][0] - groups[0][-1] - 2
    for x in range(x0, x0 + width):
        run = longest = 0
        for y in range(groups[0][-1] + 1, groups[-1][0]):
            run = run + 1 if dark(x, y) else 0
            longest = max(longest, run)
        assert longest < 0.5 * span, x


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_word_of_the_cover_is_inside_the_page(report_run, lang):
    """The cover table wraps its long cells inside the margins (the English note ran off the page)."""
    import re
    import subprocess

    out, _ = report_run(lang)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", out["OUTPUT"], "-"], capture_output=True,
                          text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', html))
    margin = 12.0 / 25.4 * 72  # 12 mm in points
    assert right <= width - margin + 1.0, (right, width)

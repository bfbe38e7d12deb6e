"""Simplified Chinese translation: every user-visible string translated, the compiled .qm in step with the .ts."""

import importlib.util
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_i18n():
    spec = importlib.util.spec_from_file_location("ecocomp_i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_translatable_string_has_a_translation():
    i18n = load_i18n()
    sources = i18n.source_strings()
    translations = i18n.read_ts()
    missing = [s for s in sources if not translations.get(s)]
    coverage = 1 - len(missing) / len(sources)
    print("zh_CN: {} of {} strings translated ({:.0%})".format(len(sources) - len(missing), len(sources), coverage))
    assert len(sources) > 250
    assert missing == [], "untranslated: {}".format(missing[:5])


def placeholders(template):
    """The replacement fields of a str.format template as (argument index, conversion, spec), sorted.

    Automatic fields are numbered in order, so a translation that reorders values with explicit indexes
    ({1} … {0}) compares equal to its source. (Two plain {} written in swapped order cannot be told apart
    by syntax: test_error_messages_reach_the_analyst_in_chinese checks where the values land.)
    """
    import string

    fields, automatic = [], 0
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if name == "":
            name, automatic = str(automatic), automatic + 1
        fields.append((name, conversion or "", spec or ""))
    return sorted(fields)


def test_translations_keep_placeholders_and_markup():
    i18n = load_i18n()
    for source, translation in i18n.read_ts().items():
        assert placeholders(source) == placeholders(translation), source
        assert sorted(re.findall(r"</?\w+>", source)) == sorted(re.findall(r"</?\w+>", translation)), source


def test_placeholder_normalisation():
    assert placeholders("Field '{}' was not found in layer '{}'.") == placeholders("在图层“{1}”中找不到字段“{0}”。")
    assert placeholders("Ea = {:,.2f} CNY/ha") != placeholders("Ea = {:.2f} 元/公顷")
    assert placeholders("{} of {}") == placeholders("{}/{}")  # order-preserving translations stay valid


def test_compiled_qm_matches_the_ts(chinese):
    """Through QCoreApplication.translate, as the plugin's tr() reads it (UTF-8 source texts)."""
    from qgis.PyQt.QtCore import QCoreApplication

    i18n = load_i18n()
    translations = i18n.read_ts()
    stale = [(context, text) for text, (_, _, contexts) in i18n.source_strings().items() for context in contexts
             if QCoreApplication.translate(context, text) != translations[text]]
    assert stale == [], "run: python3 scripts/i18n.py compile ({} stale: {})".format(len(stale), stale[:3])


@pytest.fixture
def chinese(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from ecocomp.translation import install_translator

    translator = install_translator("zh_CN")
    assert translator is not None
    # QGIS's own Chinese translation too, so that screenshots show what a Chinese user sees (QGIS's buttons,
    # tabs and widgets in Chinese around EcoComp's texts).
    from qgis.PyQt.QtCore import QTranslator

    qgis_translator = QTranslator()
    qgis_loaded = qgis_translator.load("/usr/share/qgis/i18n/qgis_zh-Hans.qm")
    if qgis_loaded:
        QCoreApplication.installTranslator(qgis_translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    if qgis_loaded:
        QCoreApplication.removeTranslator(qgis_translator)


def test_algorithms_and_dialogs_in_chinese(chinese, ecocomp_provider, qgis_iface, monkeypatch, artifacts, legible):
    from qgis.PyQt.QtCore import QCoreApplication

    # Parameter descriptions are set when the provider loads its algorithms (in QGIS: after the translator).
    ecocomp_provider.refreshAlgorithms()
    try:
        assert ecocomp_provider.algorithm("esv").displayName() == "耕地生态系统服务价值（ESV）"
        assert ecocomp_provider.algorithm("dualzoning").parameterDefinition("ALPHA").description() == \
            "粮食自给率 α（比例 0–1）"
        screenshot_dialogs(qgis_iface, monkeypatch, artifacts, ecocomp_provider, legible)
    finally:
        QCoreApplication.removeTranslator(chinese)
        ecocomp_provider.refreshAlgorithms()


def screenshot_dialogs(qgis_iface, monkeypatch, artifacts, provider, clipped_labels):
    from qgis import processing
    from qgis.gui import QgsBrowserGuiModel

    from ecocomp.ui.ahp_dialog import AhpDialog
    from ecocomp.ui.table_editor import TableEditorDialog, specs

    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    for name in specs():
        dialog = TableEditorDialog(name)
        dialog.resize(820, 560)
        dialog.show()
        assert clipped_labels(dialog) == [], name
        assert dialog.grab().save(str(folder / "editor_{}_zh.png".format(name)))
        dialog.close()
    factors = TableEditorDialog("factors")
    assert factors.windowTitle() == "当量因子表" and factors.totalsLabel.text() == "F 合计 7.90 = 市场 1.39 + 非市场 6.51"
    ahp = AhpDialog()
    ahp.combos[(0, 1)].setCurrentText("3")
    assert "一致性比率 CR = 0.0000（一致）" in ahp.resultLabel.text()
    ahp.show()
    assert clipped_labels(ahp) == []
    assert ahp.grab().save(str(folder / "ahp_dialog_zh.png"))
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    for algorithm in (a.name() for a in provider.algorithms()):
        dialog = processing.createAlgorithmDialog("ecocomp:" + algorithm, {})
        dialog.resize(1100, 800)
        dialog.show()
        assert dialog.grab().save(str(folder / "dialog_{}_zh.png".format(algorithm)))
        dialog.close()


def test_translator_follows_the_qgis_locale_setting(qgis_app):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from ecocomp.translation import install_translator

    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    try:
        # "zh-Hans" is what QGIS's own language list writes when the user picks 简体中文 (was: English EcoComp)
        for spelling in ("zh-Hans", "zh_Hans", "zh-CN", "zh_CN", "zh", "zh_CN.UTF-8", "zh-Hans-CN"):
            settings.setValue("locale/userLocale", spelling)
            translator = install_translator()
            assert translator is not None, spelling
            assert QCoreApplication.translate("EcoComp", "Compensation amount") == "补偿额度", spelling
            QCoreApplication.removeTranslator(translator)
        for spelling in ("zh-Hant", "zh_TW", "zh_HK"):  # Traditional Chinese: no translation, English
            settings.setValue("locale/userLocale", spelling)
            assert install_translator() is None, spelling
        settings.setValue("locale/userLocale", "en_GB")
        assert install_translator() is None
        assert QCoreApplication.translate("EcoComp", "Compensation amount") == "Compensation amount"
    finally:
        settings.setValue("locale/userLocale", before)


def test_error_messages_reach_the_analyst_in_chinese(chinese, run_alg, polygons, tmp_path):
    """A science error (InputError) and a Processing one are both translated, with their values filled in."""
    from qgis.core import QgsProcessingException

    layer = polygons([("name", "string"), ("S", "double")], [("A", 1.0), ("B", None)])
    with pytest.raises(QgsProcessingException) as refused:
        run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 10.0,
                        "OUTPUT": str(tmp_path / "o.gpkg")})
    assert str(refused.value) == "耕地面积 S（字段“S”，公顷）在 1 个单元中为空值（NULL）：B（要素 2）。"
    with pytest.raises(QgsProcessingException) as missing:
        run_alg("esv", {"INPUT": layer, "AREA_FIELD": "area", "EA_MODE": 0, "EA_VALUE": 10.0,
                        "OUTPUT": str(tmp_path / "p.gpkg")})
    assert str(missing.value) == "在输入图层中找不到字段“area”。可用字段：name, S。"


def test_log_messages_and_map_texts_in_chinese(chinese, run_alg, polygons, tmp_path):
    """What the log says (conversions, totals) and the map's legend titles and note follow the language."""
    from qgis.core import QgsProcessingFeedback

    from ecocomp.algorithms.map_algorithm import legend_title

    lines = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            lines.append(text)

    layer = polygons([("name", "string"), ("耕地面积(千公顷)", "double")], [("A", 1.0), ("B", 2.0)])
    run_alg("esv", {"INPUT": layer, "AREA_FIELD": "耕地面积(千公顷)", "EA_MODE": 0, "EA_VALUE": 1000.0,
                    "OUTPUT": str(tmp_path / "o.gpkg")}, Log())
    assert "Ea = 1000.0000 元/公顷（直接输入）。" in lines
    assert "2 个单元的 ESV 合计：23,700,000.00 元。" in lines
    assert "单位：耕地面积（字段“耕地面积(千公顷)”）：千公顷（10³ hm²） → 公顷（hm²），× 1,000（表头中的单位）。" in lines
    assert legend_title(layer, "payment") == "补偿额度（元）：< 0 支付，> 0 受偿"
    assert legend_title(layer, "payment_10k_cny") == "补偿额度（万元）：< 0 支付，> 0 受偿"  # the unit in Chinese too


def test_editor_rows_show_chinese_names_and_keep_their_keys(chinese, qgis_app):
    """The factor, crop and role editors show 食物生产, 水稻, 支付 …; the values they give are the keys the algorithms
    read (food_production, rice, payer), also after a cell is left as shown."""
    from ecocomp.ui.table_editor import TableEditorDialog

    factors = TableEditorDialog("factors")
    assert factors.table.item(0, 0).text() == "食物生产"
    assert factors.value()[:3] == ["food_production", "market", 1.0]
    crops = TableEditorDialog("crops")
    assert crops.table.item(0, 0).text() == "水稻" and crops.value()[0] == "rice"
    roles = TableEditorDialog("roles")
    assert roles.table.item(0, 1).text() == "支付" and roles.value()[1] == "payer"
    crops.table.item(0, 0).setText("粳稻")  # typed by the analyst: taken as typed
    assert crops.value()[0] == "粳稻"


def test_help_cites_the_methods_document_by_sections_that_exist(ecocomp_provider):
    """Each method's help names a section of docs/methods.md (English) that exists, and in Chinese one of
    docs/methods.zh_CN.md."""
    import pathlib

    from qgis.PyQt.QtCore import QCoreApplication

    from ecocomp.translation import install_translator

    docs = pathlib.Path(__file__).resolve().parent.parent / "docs"
    english = {line[3:].strip() for line in (docs / "methods.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("## ")}
    chinese_headings = {line[3:].strip() for line in (docs / "methods.zh_CN.md").read_text(encoding="utf-8")
                        .splitlines() if line.startswith("## ")}
    cited = set()
    for algorithm in ecocomp_provider.algorithms():
        section = getattr(algorithm, "METHODS_SECTION", None)
        if section:
            assert section in english, section
            assert "docs/methods.md" in algorithm.shortHelpString() and section in algorithm.shortHelpString()
            cited.add(section)
    assert len(cited) == 9  # the six methods, the transfers, the uncertainty and the comparison
    translator = install_translator("zh_CN")
    try:
        from ecocomp.translation import tr

        for section in cited:
            assert tr(section) in chinese_headings, tr(section)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_help_report_and_log_language_follow_zh_hans(qgis_app, ecocomp_provider):
    """Under QGIS's own 简体中文 setting the help opens the Chinese guide and a report in QGIS's language is Chinese."""
    from qgis.core import QgsApplication, QgsSettings

    from ecocomp.translation import qgis_language, translation_code

    assert [translation_code(v) for v in ("zh-Hans", "zh_SG", "zh-Hant", "en_GB", "de", "")] == \
        ["zh_CN", "zh_CN", "", "en_GB", "de", ""]
    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    try:
        settings.setValue("locale/userLocale", "zh-Hans")
        assert qgis_language() == "zh_CN"
        url = QgsApplication.processingRegistry().algorithmById("ecocomp:esv").helpUrl()
        assert url.endswith("/README.zh_CN.html")  # the Chinese guide, rendered
        settings.setValue("locale/userLocale", "zh_TW")
        assert qgis_language() == "en"
    finally:
        settings.setValue("locale/userLocale", before)


# Latin words that may stand in a Chinese dialog: acronyms and names a Chinese analyst reads as they are (ESV, GDP,
# CSV, Spearman …), units shown as symbols (kg, hm², dpi), language and product names, file names (land, year).
LATIN_ALLOWED = set("""ESV GDP CNY PNG SVG PDF CSV XLSX HTML GBK GB UTF BOM AHP MRIO IPF pymrio Saaty Fisher Jenks QGIS
EcoComp Xie HB XZ FJ IO XIE Spearman Albers GCJ WGS CGCS DPI dpi qpt eoi ef ec eb ind GeoPackage Shapefile max min
ESA WorldCover CLCD English kg km hm ha gha ghm land year""".split())


def latin_words(text):
    """Latin words of 3+ letters in ``text`` that are not allowed in a Chinese sentence: algorithm ids
    (ecocomp:payment) and field names (snake_case, adcode) are the analyst's own words and are skipped."""
    import re

    text = re.sub(r"\becocomp:\w+", "", text)
    text = re.sub(r"[\w-]+\.(gpkg|csv|xlsx|png|pdf|svg|qpt|md|tif)\b", "", text)  # file names
    words = re.findall(r"[A-Za-z][A-Za-z]{2,}(?:_[A-Za-z0-9_]+)?", text)
    return [w for w in words if w not in LATIN_ALLOWED and "_" not in w and w != "adcode"]


def test_every_label_of_every_algorithm_and_the_model_is_chinese(chinese, ecocomp_provider):
    """Under QGIS's Chinese, the name, group, every parameter, choice, table header and output of every EcoComp
    algorithm and of the shipped model is Chinese: no English word is left but the allowed acronyms and names."""
    from ecocomp.algorithms.model_algorithm import CompensationChainModel

    algorithms = [algorithm.create() for algorithm in ecocomp_provider.algorithms()
                  if algorithm.name() != "compensationchain"] + [CompensationChainModel()]
    found = []
    for algorithm in algorithms:
        texts = [algorithm.displayName(), algorithm.group()]
        for definition in algorithm.parameterDefinitions():
            texts.append(definition.description())
            if definition.type() == "enum":
                texts += definition.options()
            if definition.type() == "matrix":
                texts += definition.headers()
        texts += [definition.description() for definition in algorithm.outputDefinitions()]
        found += ["{}: {} {}".format(algorithm.name(), text, latin_words(text)) for text in texts if latin_words(text)]
    assert found == []
    model = CompensationChainModel()
    assert model.parameterDefinition("population_field").description() == "人口 N（统计表字段，人）"
    assert latin_words(model.shortHelpString()) == []


def test_the_model_lists_every_text_it_shows_for_translation(qgis_app):
    """Every input, output and the help of the shipped model is one of model_algorithm.TEXTS (so it is
    translated): a text changed in scripts/make_model.py without TEXTS would stay English."""
    from ecocomp.algorithms.model_algorithm import TEXTS, CompensationChainModel

    model = CompensationChainModel()
    model.attach()
    shown = {d.description() for d in model.parameterDefinitions()} | {model.helpContent()["ALG_DESC"]}
    shown |= {h for d in model.parameterDefinitions() if d.type() == "matrix" for h in d.headers()}
    assert shown - set(TEXTS) == set()


# (English term, the Chinese the translation must use) — docs/glossary.md, which gives the source of each term
GLOSSARY_CHECKS = [
    ("ecosystem service value", "生态系统服务价值"), ("equivalent factor", "当量因子"), ("ecological footprint", "生态足迹"),
    ("carrying capacity", "承载力"), ("overload index", "超载指数"), ("equivalence factor", "均衡因子"),
    ("yield factor", "产量因子"), ("main functional area", "主体功能区"), ("Engel coefficient", "恩格尔系数"),
    ("urbanisation rate", "城镇化率"), ("self-sufficiency", "自给率"), ("sown area", "播种面积"),
    ("natural breaks", "自然断点"), ("input–output", "投入产出"), ("Monte Carlo", "蒙特卡罗"),
    ("Beyond the papers", "拓展分析"), ("central fund", "补偿资金池"),
]


def test_the_translation_uses_the_glossary():
    """Every translated string whose English holds a glossary term uses its Chinese term, and none uses a term the
    glossary rules out (转移支付 means fiscal transfers, 中央基金 a central-government fund)."""
    import pathlib

    glossary = (pathlib.Path(__file__).resolve().parent.parent / "docs" / "glossary.md").read_text(encoding="utf-8")
    translations = load_i18n().read_ts()
    wrong = []
    for english, chinese in GLOSSARY_CHECKS:
        assert "| {}".format(english.lower()) in glossary.lower() and chinese in glossary, english
        wrong += ["{!r} → {!r} (not {})".format(source[:60], text[:60], chinese) for source, text in translations.items()
                  if re.search(r"\b" + re.escape(english) + r"\b", source, re.I) and chinese not in text]
    wrong += [text[:60] for text in translations.values() if any(bad in text for bad in ("转移支付", "中央基金", "蒙特卡洛"))]
    assert wrong == []


def test_the_panel_is_chinese_under_zh_hans(chinese, ecocomp_provider, qgis_app):
    """Every text of the workflow panel — group titles, labels, buttons, choices, table headers, tooltips and
    placeholders — is Chinese (the allowed acronyms, names and units aside)."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableWidget, QWidget

    from ecocomp.ui.workflow_panel import WorkflowPanel

    panel = WorkflowPanel()
    panel.yearSpin.setValue(2022)
    texts = []
    for widget in panel.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox) and widget.objectName() not in ("", "qt_spinbox_lineedit"):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTableWidget):
            texts += [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())]
            texts += [widget.item(r, 0).text() for r in range(widget.rowCount()) if widget.item(r, 0)]
    found = ["{} {}".format(text, latin_words(text)) for text in texts if text and latin_words(text)]
    assert found == []
    assert panel.runButton.text() != "Run" and panel.mapButton.text() == "地图…"


def test_the_chain_and_a_map_export_log_in_chinese(chinese, ecocomp_provider, prepared, run_alg, tmp_path):
    """Under Chinese, every line the chain's steps and a map export write to the log is Chinese: only field names,
    paths and the allowed acronyms stay Latin (Processing's own "Results" dictionary is QGIS's, not EcoComp's)."""
    import re

    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    lines = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            lines.append(text)

        def pushWarning(self, text):  # noqa: N802
            lines.append(text)

    ecocomp_provider.refreshAlgorithms()
    try:
        for alg in ("esv", "footprint", "priority", "payment", "dualzoning", "mapimage"):
            target = tmp_path / (alg + (".png" if alg == "mapimage" else ".gpkg"))
            params = dict(prepared.params(alg), OUTPUT=str(target))
            if alg in ("esv", "payment"):
                params["STUDY_YEAR"] = 2017
            run_alg(alg, params, Log())
    finally:
        ecocomp_provider.refreshAlgorithms()
    fields = set(QgsVectorLayer(str(tmp_path / "dualzoning.gpkg"), "z", "ogr").fields().names())
    found = []
    for line in lines:
        if line.startswith("结果：{") or line.startswith("Results: {"):
            continue  # QGIS's own print of the outputs
        text = re.sub(r"(/[^\s：；，。]+)+", "", line)  # file paths
        words = [w for w in latin_words(text) if w not in fields]
        if words:
            found.append("{} {}".format(line[:120], words))
    assert found == []
    assert any("小麦" in line and "稻谷" in line for line in lines)  # the Hubei preset's commodities, named in Chinese


def test_a_styled_result_layer_has_a_chinese_legend(chinese, prepared, qgis_app):
    """A priority or zoning result loaded into the project (the styles EcoComp applies) shows its legend in Chinese
    only: the styles' bilingual entries ("Receiver 受偿, level 1 (first)", "Receiving zone 受偿区") are localised."""
    from qgis.core import QgsVectorLayer

    from ecocomp.algorithms.styling import apply_style

    labels = []
    for path, style in ((prepared.path / "priority.gpkg", "level"), (prepared.path / "zoning.gpkg", "zone")):
        layer = QgsVectorLayer(str(path), style, "ogr")
        assert apply_style(layer, style)
        renderer = layer.renderer()
        if hasattr(renderer, "rootRule"):
            labels += [rule.label() for rule in renderer.rootRule().children()]
        else:
            labels += [category.label() for category in renderer.categories()]
    assert labels and [label for label in labels if latin_words(label)] == []
    assert any("受偿" in label for label in labels)


def test_the_transfers_table_reads_in_chinese(chinese, run_alg, polygons, tmp_path):
    """Under Chinese the fund's rows carry 补偿资金池 as key and name, the level and the unit are Chinese: no
    English word in the values of the transfers table (they said 'central fund', 'all units', 'CNY')."""
    import csv

    layer = polygons([("adcode", "string"), ("name", "string"), ("payment", "double")],
                     [("1", "甲", -60.0), ("2", "乙", 50.0), ("3", "丙", -40.0), ("4", "丁", 30.0)], "units")
    out = run_alg("transfers", {"INPUT": layer, "METHOD": 0, "OUTPUT": str(tmp_path / "u.gpkg"),
                                "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT_LINES": str(tmp_path / "l.gpkg")})
    with open(out["OUTPUT_TABLE"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fund = {r["payer_name"]: float(r["amount"]) for r in rows if r["receiver"] == "补偿资金池"}
    assert fund == {"甲": pytest.approx(12.0), "丙": pytest.approx(8.0)}
    assert {r["receiver_name"] for r in rows if r["receiver"] == "补偿资金池"} == {"补偿资金池"}
    values = " ".join(r[k] for r in rows for k in ("payer", "payer_name", "receiver", "receiver_name", "unit",
                                                   "level"))
    assert latin_words(values) == [], values


def test_the_uncertainty_summary_reads_in_chinese(chinese, prepared, run_alg, tmp_path):
    """The one-page summary of ecocomp:uncertainty under Chinese: no English word outside units and names."""
    import html
    import re

    run_alg("uncertainty", dict(prepared.params("uncertainty"), DRAWS=50, OUTPUT=str(tmp_path / "u.gpkg"),
                                OUTPUT_SUMMARY=str(tmp_path / "s.html")))
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.S))
    assert "受偿总额" in text and "亿元" in text
    assert latin_words(text) == [], text

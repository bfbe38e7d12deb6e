"""The compensation workflow panel runs the chain on the sample data and loads styled layers into the project."""

import pathlib

import pytest

SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def sample_layers(qgis_app, ecocomp_provider, qgis_processing):
    from qgis.core import QgsProject, QgsVectorLayer

    units = QgsVectorLayer(str(SAMPLE / "hubei_counties.gpkg"), "Hubei units", "ogr")
    table = QgsVectorLayer(str(SAMPLE / "hubei_statistics_2017_synthetic.csv"), "Hubei statistics", "ogr")
    assert units.isValid() and table.isValid()
    QgsProject.instance().addMapLayers([units, table])
    yield units, table
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def make_panel(units, table, year=2017):
    """The panel on the sample's layers; the analyst states the year of the statistics (the sample's: 2017)."""
    from ecocomp.ui.workflow_panel import WorkflowPanel

    panel = WorkflowPanel()
    panel.layerCombo.setLayer(units)
    panel.tableCombo.setLayer(table)
    if year is not None:
        panel.yearSpin.setValue(year)
    return panel


def test_fields_are_suggested_from_column_names(sample_layers):
    from ecocomp.ui.workflow_panel import suggest

    panel = make_panel(*sample_layers)
    assert (panel.layerKeyCombo.currentField(), panel.tableKeyCombo.currentField()) == ("adcode", "adcode")
    assert {key: panel.field(key) for key in panel.field_combos} == {
        "area": "cultivated_ha", "population": "population", "gdp": "gdp_cny", "mfa_type": "mfa_type",
        "engel_urban": "engel_urban", "engel_rural": "engel_rural", "urbanisation": "urbanisation",
        "grain": "grain_output_kg"}
    # Chinese yearbook headings are recognised too.
    assert suggest(["地区", "年末常住人口（万人）", "耕地面积_公顷", "地区生产总值"], ("人口",)) == "年末常住人口（万人）"
    assert suggest(["地区", "耕地面积_公顷"], ("cultivated", "耕地")) == "耕地面积_公顷"


def test_panel_runs_the_chain_and_loads_styled_layers(sample_layers, artifacts, legible):
    from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsRuleBasedRenderer

    panel = make_panel(*sample_layers)
    assert panel.eaModeCombo.currentIndex() == 0  # crop fields found: Ea per unit [HB] by default
    panel.eaModeCombo.setCurrentIndex(1)
    panel.eaSpin.setValue(2300.0)
    loaded = panel.run()
    assert panel.progressBar.value() == 100, panel.statusLabel.text()
    assert [layer.name() for layer in loaded] == ["Compensation amount", "Compensation priority",
                                                  "Ecological footprint and capacity", "Ecosystem service value"]
    group = QgsProject.instance().layerTreeRoot().findGroup("EcoComp results")
    assert group is not None and len(group.findLayers()) == 4
    payment = loaded[0]
    assert payment.featureCount() == 103
    assert isinstance(payment.renderer(), QgsGraduatedSymbolRenderer)
    assert payment.renderer().classAttribute() == "payment"
    assert isinstance(loaded[1].renderer(), QgsRuleBasedRenderer)  # priority levels by role
    first = next(payment.getFeatures())
    assert first["ea"] == pytest.approx(2300.0) and first["esv_total"] == pytest.approx(7.9 * 2300 * first["cultivated_ha"])
    panel.resize(440, 820)
    panel.show()
    assert legible(panel) == []
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    assert panel.grab().save(str(folder / "workflow_panel_en.png"))


def test_panel_zoning_path_and_missing_fields(sample_layers):
    from qgis.core import QgsCategorizedSymbolRenderer

    panel = make_panel(*sample_layers)
    panel.pathCombo.setCurrentIndex(1)
    panel.field_combos["grain"].setCurrentText("")
    assert panel.run() == []
    assert panel.statusLabel.text() == "Stopped: Choose the fields for: Grain output Y (kg)."
    panel.field_combos["grain"].setCurrentText("grain_output_kg")
    loaded = panel.run()
    assert [layer.name() for layer in loaded][0] == "Compensation zones"
    assert isinstance(loaded[0].renderer(), QgsCategorizedSymbolRenderer)


def test_panel_in_chinese(sample_layers, artifacts, legible):
    from qgis.PyQt.QtCore import QCoreApplication

    from ecocomp.translation import install_translator

    translator = install_translator("zh_CN")
    try:
        panel = make_panel(*sample_layers)
        assert panel.fieldsTable.item(0, 0).text() == "耕地面积 S（公顷）"
        assert panel.runButton.text() == "运行"
        panel.resize(440, 820)
        panel.show()
        assert legible(panel) == []
        assert panel.grab().save(str(artifacts / "screenshots" / "workflow_panel_zh.png"))
    finally:
        QCoreApplication.removeTranslator(translator)


def test_plugin_menu_opens_the_dock(qgis_iface, sample_layers):
    import ecocomp

    plugin = ecocomp.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert "ecocomp_panel" in [a.objectName() for a in plugin.actions]
        dock = plugin.show_panel()
        assert dock.objectName() == "EcoCompWorkflowDock" and dock.panel.layerCombo.currentLayer() is not None
    finally:
        plugin.unload()


def test_cancel_stops_the_run(sample_layers, monkeypatch):
    from ecocomp.ui.workflow_panel import WorkflowPanel

    panel = make_panel(*sample_layers)
    original = WorkflowPanel.show_progress

    def click_cancel_on_first_progress(self, value):
        self.cancel()  # as if the analyst pressed Cancel while the first step runs
        original(self, value)

    monkeypatch.setattr(WorkflowPanel, "show_progress", click_cancel_on_first_progress)
    assert panel.run() == []
    assert panel.statusLabel.text().startswith("Stopped: Cancelled")
    assert panel.runButton.isEnabled() and not panel.cancelButton.isEnabled()


def test_ea_from_a_crop_table(sample_layers, monkeypatch):
    from qgis.PyQt.QtWidgets import QDialog

    panel = make_panel(*sample_layers)
    monkeypatch.setattr(QDialog, "exec", lambda self: 1)  # the analyst presses OK on the example crops
    panel.ea_from_crops()
    assert panel.eaSpin.value() == pytest.approx(1935.71, abs=0.005)  # (1/7)·542,000/40, shown to the cent


@pytest.fixture
def yearbook_layers(qgis_app, ecocomp_provider, qgis_processing):
    from qgis.core import QgsProject, QgsVectorLayer

    units = QgsVectorLayer(str(SAMPLE / "hubei_counties.gpkg"), "Hubei units", "ogr")
    path = SAMPLE / "yearbook" / "hubei_2017_yearbook_gbk.csv"
    table = QgsVectorLayer(str(path), "Yearbook", "ogr")
    assert units.isValid() and table.isValid()
    QgsProject.instance().addMapLayers([units, table])
    yield units, table
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def test_panel_on_a_gbk_yearbook_table_runs_with_its_defaults(yearbook_layers, hubei_payment_expected, artifacts,
                                                              legible):
    """Headers recognised, units read from them and shown, join report before running; results as by hand."""
    panel = make_panel(*yearbook_layers)
    assert panel.table_key() == "行政代码"
    assert {key: panel.field(key) for key in panel.field_combos} == {
        "area": "耕地面积/千公顷", "population": "常住人口(万人)", "gdp": "地区生产总值（亿元）", "mfa_type": "主体功能区",
        "engel_urban": "城镇居民恩格尔系数(%)", "engel_rural": "农村居民恩格尔系数(%)", "urbanisation": "城镇化率(%)",
        "grain": "粮食产量(吨)"}
    assert panel.unit_combos["population"].currentText() == "Header: 万人"
    assert panel.unit_combos["engel_urban"].currentText() == "Header: %"
    assert panel.joinLabel.text() == "103 of 103 units matched by 6-digit code."
    assert panel.eaModeCombo.currentIndex() == 0 and sorted(panel.crop_fields) == ["maize", "rice", "wheat"]
    loaded = panel.run()
    assert panel.progressBar.value() == 100, panel.statusLabel.text()
    payments = {f["adcode"]: f["payment"] for f in loaded[0].getFeatures()}
    for adcode, (_, payment) in hubei_payment_expected.items():
        assert payments[adcode] == pytest.approx(payment, rel=1e-9, abs=1e-3)
    panel.resize(520, 900)
    panel.show()
    assert legible(panel) == []
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    assert panel.grab().save(str(folder / "workflow_panel_yearbook_en.png"))


YEARBOOK = SAMPLE / "yearbook"
YEARBOOK_FIELDS = {
    "area": "耕地面积/千公顷", "population": "常住人口(万人)", "gdp": "地区生产总值（亿元）", "mfa_type": "主体功能区",
    "engel_urban": "城镇居民恩格尔系数(%)", "engel_rural": "农村居民恩格尔系数(%)", "urbanisation": "城镇化率(%)",
    "grain": "粮食产量(吨)"}


@pytest.mark.parametrize("source", ["hubei_2017_yearbook.xlsx|layername=县区主要指标", "hubei_2017_yearbook.xlsx"])
def test_panel_reads_an_xlsx_yearbook_layer_as_the_gbk_csv(qgis_app, ecocomp_provider, qgis_processing,
                                                           hubei_payment_expected, source):
    """An XLSX yearbook added to the project (as QGIS's browser adds it, with its sheet, or by path) gives the panel
    the same fields, the same join and the same payments as the GBK CSV — it used to show Field1 … Field18."""
    from qgis.core import QgsProject, QgsVectorLayer

    units = QgsVectorLayer(str(SAMPLE / "hubei_counties.gpkg"), "Hubei units", "ogr")
    table = QgsVectorLayer(str(YEARBOOK / source), "Yearbook", "ogr")
    assert units.isValid() and table.isValid()
    assert table.fields().names()[0] == "Field1"  # QGIS alone cannot skip the yearbook's title rows
    QgsProject.instance().addMapLayers([units, table])
    try:
        panel = make_panel(units, table)
        assert panel.table_key() == "行政代码"
        assert {key: panel.field(key) for key in panel.field_combos} == YEARBOOK_FIELDS
        assert panel.joinLabel.text() == "103 of 103 units matched by key."  # numeric codes in the workbook
        steps = {algorithm: parameters for algorithm, parameters, _, _ in panel.steps()}
        assert steps["ecocomp:jointable"]["STATS_TABLE"] == str(YEARBOOK / source)  # the sheet, when the layer has one
        panel.pricesEdit.setText("水稻 2.72；小麦 2.36；玉米 1.76")  # Chinese names and punctuation, as typed in a bureau
        loaded = panel.run()
        assert panel.progressBar.value() == 100, panel.statusLabel.text()
        payments = {f["adcode"]: f["payment"] for f in loaded[0].getFeatures()}
        for adcode, (_, payment) in hubei_payment_expected.items():
            assert payments[adcode] == pytest.approx(payment, rel=1e-9, abs=1e-3)
    finally:
        QgsProject.instance().removeAllMapLayers()
        QgsProject.instance().layerTreeRoot().removeAllChildren()


def test_a_gbk_csv_layer_gets_its_encoding_and_its_chinese_field_names(qgis_app):
    """QGIS reads a GBK CSV as UTF-8 (mojibake in the model's field pickers); EcoComp sets the layer's encoding, so
    QGIS shows the names EcoComp reads. UTF-8 tables and other layers are left alone."""
    from qgis.core import QgsVectorLayer

    from ecocomp.algorithms.statistics_files import set_gbk_encoding

    gbk = QgsVectorLayer(str(YEARBOOK / "hubei_2017_yearbook_gbk.csv"), "gbk", "ogr")
    utf8 = QgsVectorLayer(str(SAMPLE / "hubei_statistics_2017_synthetic.csv"), "utf8", "ogr")
    units = QgsVectorLayer(str(SAMPLE / "hubei_counties.gpkg"), "units", "ogr")
    assert "行政代码" not in gbk.fields().names()
    before = (utf8.dataProvider().encoding(), utf8.fields().names())
    assert set_gbk_encoding([gbk, utf8, units, None]) == [gbk]
    assert gbk.fields().names()[:3] == ["行政代码", "县区", "所属市"]
    assert (utf8.dataProvider().encoding(), utf8.fields().names()) == before


def test_panel_unit_left_wrong_is_stopped_before_any_output(yearbook_layers):
    panel = make_panel(*yearbook_layers)
    panel.unit_combos["population"].setCurrentIndex(1)  # persons, although the header says 万人
    assert panel.run() == []
    assert "contradicts the unit 10,000 persons (万人) in its header" in panel.statusLabel.text()


def test_panel_writes_the_statistics_template(sample_layers, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    panel = make_panel(*sample_layers)
    target = str(tmp_path / "my_template.xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (target, ""))
    panel.write_template()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my_template.csv", "my_template.xlsx"]
    with open(tmp_path / "my_template.csv", encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    assert lines[0].startswith("行政代码 code,名称 name,主体功能区 main functional area type,常住人口 population (万人)")
    assert lines[1].startswith("420102,江岸区,") and len(lines) == 104


def test_the_year_of_the_statistics_is_asked_and_its_reference_never_assumed(sample_layers):
    # The panel used to send G against 2017's national per-capita GDP whatever the year of the table.
    panel = make_panel(*sample_layers, year=None)
    panel.eaModeCombo.setCurrentIndex(1)
    panel.eaSpin.setValue(2300.0)
    assert panel.run() == []
    assert "Choose the year of the statistics" in panel.statusLabel.text()
    panel.yearSpin.setValue(2017)
    assert panel.referenceSpin.value() == 59660.0  # the sourced value of 2017 [HB eq. 9]
    panel.yearSpin.setValue(2022)
    assert panel.referenceSpin.value() == 0.0  # no sourced value: the analyst types it
    assert panel.run() == []
    assert "Type China's per-capita GDP of 2022" in panel.statusLabel.text()
    panel.referenceSpin.setValue(85698.0)
    steps = {algorithm: parameters for algorithm, parameters, _, _ in panel.steps()}
    assert (steps["ecocomp:payment"]["G_REFERENCE"], steps["ecocomp:payment"]["STUDY_YEAR"]) == (85698.0, 2022)
    assert steps["ecocomp:footprint"]["STUDY_YEAR"] == 2022 and steps["ecocomp:esv"]["STUDY_YEAR"] == 2022
    # Hubei 2017's consumption table and y [HB] are 2017's too: stopped with 2022 statistics, by name
    assert panel.run() == []
    assert "footprint settings hold the values of 2017" in panel.statusLabel.text()
    assert "of 2022" in panel.statusLabel.text()


def test_the_panel_scrolls_and_keeps_run_in_view(sample_layers):
    """The groups scroll; Run, Cancel, the progress and the status stay visible on a laptop-height dock."""
    panel = make_panel(*sample_layers)
    panel.resize(420, 600)
    panel.show()
    from qgis.PyQt.QtWidgets import QApplication

    QApplication.processEvents()
    inner = panel.scrollArea.widget()
    assert all(group.parent() is inner for group in (panel.dataGroup, panel.fieldsGroup, panel.settingsGroup))
    assert inner.sizeHint().height() > panel.scrollArea.viewport().height()  # more than fits: it scrolls
    for widget in (panel.runButton, panel.cancelButton, panel.progressBar, panel.statusLabel):
        assert widget.isVisible() and not panel.scrollArea.isAncestorOf(widget)
        bottom = widget.mapTo(panel, widget.rect().bottomLeft()).y()
        assert bottom <= panel.height(), widget.objectName()
    panel.close()


def test_only_what_the_path_uses_is_shown(sample_layers):
    from ecocomp.ui.workflow_panel import CHAIN, ROLES, ZONING

    panel = make_panel(*sample_layers)
    panel.show()
    for path in (CHAIN, ZONING):
        panel.pathCombo.setCurrentIndex(panel.pathCombo.findData(path))
        shown = [key for row, (key, *_rest) in enumerate(ROLES) if not panel.fieldsTable.isRowHidden(row)]
        assert shown == [key for key, _, _, paths, _ in ROLES if path in paths]
        assert panel.yearSpin.isVisible() == panel.paymentCombo.isVisible() == (path == CHAIN)
    assert "grain" in shown and "gdp" not in shown  # the zoning path
    panel.eaModeCombo.setCurrentIndex(0)  # Ea per unit from the crop fields: computed, so not typed
    assert not panel.eaSpin.isEnabled() and panel.pricesEdit.isVisible()
    panel.eaModeCombo.setCurrentIndex(1)  # typed: no prices needed
    assert panel.eaSpin.isEnabled() and not panel.pricesEdit.isVisible()
    panel.close()


def test_the_panel_writes_to_a_folder_and_offers_the_map_and_report(sample_layers, tmp_path, monkeypatch):
    from qgis import processing

    panel = make_panel(*sample_layers)
    panel.outputFolder.setFilePath(str(tmp_path))
    assert not panel.mapButton.isEnabled() and not panel.reportButton.isEnabled()
    loaded = panel.run()
    assert panel.progressBar.value() == 100, panel.statusLabel.text()
    assert sorted(p.name for p in tmp_path.glob("*.gpkg")) == [  # one file per step, the join first
        "ecocomp_esv.gpkg", "ecocomp_footprint.gpkg", "ecocomp_jointable.gpkg", "ecocomp_payment.gpkg",
        "ecocomp_priority.gpkg"]
    assert loaded[0].source().startswith(str(tmp_path / "ecocomp_payment.gpkg"))
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg, params: opened.append((alg, params["INPUT"])))
    assert panel.mapButton.isEnabled() and panel.reportButton.isEnabled()
    panel.mapButton.click()
    panel.reportButton.click()
    assert opened == [("ecocomp:mapimage", loaded[0]), ("ecocomp:report", loaded[0])]


def test_the_sample_prices_are_filled_in_for_2017_only(sample_layers):
    """The crop-price line holds the sample's prices (2017's) for statistics of 2017; for another year it is empty
    and the run asks for that year's prices."""
    panel = make_panel(*sample_layers, year=2017)
    assert panel.pricesEdit.text() == "rice 2.72; wheat 2.36; maize 1.76"
    panel.yearSpin.setValue(2022)
    assert panel.pricesEdit.text() == "" and "2022" in panel.pricesEdit.placeholderText()
    panel.referenceSpin.setValue(85698.0)
    assert panel.run() == []
    assert "Give the price (CNY/kg) of: rice, wheat, maize" in panel.statusLabel.text()

"""In the real algorithm dialogs, the fields of the statistics table are picked from a list: the table is
joined first (ecocomp:jointable, itself a dialog), and every method's field parameters list the joined layer's
fields, the table's included. Each test selects table fields in the dialog's own widgets, takes the parameters
the dialog builds, runs them and checks a number; screenshots in English and Chinese."""

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
YEARBOOK = ROOT / "sample_data" / "yearbook" / "hubei_2017_yearbook.xlsx"


@pytest.fixture
def toolbox_ready(qgis_iface, ecocomp_provider, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    return browser


def dialog_for(name):
    from qgis import processing

    dialog = processing.createAlgorithmDialog("ecocomp:" + name, {})
    dialog.resize(900, 760)
    dialog.show()
    return dialog


def choose_layer(dialog, name, layer):
    from qgis.core import QgsProcessingContext

    dialog.mainWidget().wrappers[name].setParameterValue(layer.id(), QgsProcessingContext())


def choose_field(dialog, name, field):
    """Pick ``field`` in the field parameter's own combo box, as the analyst does; it must be listed."""
    widget = dialog.mainWidget().wrappers[name].wrappedWidget()
    listed = [widget.itemText(i) for i in range(widget.count())]
    assert field in listed, (name, field, listed)
    widget.setField(field)


@pytest.fixture
def joined(toolbox_ready, tmp_path):
    """The Hubei units and the yearbook XLSX, joined through the join dialog, loaded in the project."""
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer

    units = QgsVectorLayer(str(SAMPLE / "hubei_counties.gpkg"), "Hubei units", "ogr")
    table = QgsVectorLayer(str(YEARBOOK), "Yearbook", "ogr")
    QgsProject.instance().addMapLayers([units, table])
    dialog = dialog_for("jointable")
    choose_layer(dialog, "INPUT", units)
    choose_layer(dialog, "STATS_TABLE", table)
    choose_field(dialog, "INPUT_KEY", "adcode")
    parameters = dialog.createProcessingParameters()
    dialog.close()
    assert parameters["INPUT_KEY"] == "adcode"
    parameters["OUTPUT"] = str(tmp_path / "joined.gpkg")
    out = processing.run("ecocomp:jointable", parameters)["OUTPUT"]
    layer = QgsVectorLayer(out, "Units with the statistics", "ogr")
    assert layer.featureCount() == 103 and layer.fields().lookupField("常住人口(万人)") >= 0
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def footprint_layer(joined, tmp_path):
    """The joined layer after ESV and footprint: the table's fields are still there for the later steps."""
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer

    esv = processing.run("ecocomp:esv", {"INPUT": joined, "AREA_FIELD": "耕地面积/千公顷", "EA_MODE": 0,
                                         "EA_VALUE": 2000.0, "OUTPUT": str(tmp_path / "esv.gpkg")})["OUTPUT"]
    out = processing.run("ecocomp:footprint", {"INPUT": esv, "POPULATION_FIELD": "常住人口(万人)",
                                               "AREA_FIELD": "耕地面积/千公顷", "OUTPUT": str(tmp_path / "fp.gpkg")})
    layer = QgsVectorLayer(out["OUTPUT"], "Footprint", "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


# algorithm → (fields picked from the table in the dialog, other parameters, a result, its value by hand)
CASES = {
    "esv": ({"AREA_FIELD": "耕地面积/千公顷"}, {"EA_MODE": 0, "EA_VALUE": 2000.0}, "esv_total",
            lambda f: 7.90 * 2000.0 * f["耕地面积/千公顷"] * 1000),
    "footprint": ({"POPULATION_FIELD": "常住人口(万人)", "AREA_FIELD": "耕地面积/千公顷"}, {}, "ec",
                  # ec = a · r · y · (1 − k)
                  lambda f: f["耕地面积/千公顷"] * 1000 / (f["常住人口(万人)"] * 1e4) * 2.52 * 1.28 * (1 - 0.035)),
    "dualzoning": ({"GRAIN_FIELD": "粮食产量(吨)", "AREA_FIELD": "耕地面积/千公顷", "POPULATION_FIELD": "常住人口(万人)"},
                   {"ECO_MODE": 0, "EF_FIELD": "ef", "EC_FIELD": "ec"}, "l1", None),
    "priority": ({"TYPE_FIELD": "主体功能区", "GDP_FIELD": "地区生产总值（亿元）"}, {"ESV_FIELD": "esv_nonmarket"}, "ind",
                 lambda f: f["esv_nonmarket"] / (f["地区生产总值（亿元）"] * 1e8)),
    "payment": ({"ENGEL_URBAN_FIELD": "城镇居民恩格尔系数(%)", "ENGEL_RURAL_FIELD": "农村居民恩格尔系数(%)",
                 "URBANISATION_FIELD": "城镇化率(%)", "GDP_FIELD": "地区生产总值（亿元）", "POPULATION_FIELD": "常住人口(万人)"},
                {"EOI_FIELD": "eoi", "ESV_NONMARKET_FIELD": "esv_nonmarket"}, "R",
                lambda f: 1 / (1 + __import__("math").exp(-(
                    f["城镇居民恩格尔系数(%)"] / 100 * f["城镇化率(%)"] / 100
                    + f["农村居民恩格尔系数(%)"] / 100 * (1 - f["城镇化率(%)"] / 100))))),
}


@pytest.mark.parametrize("name", list(CASES))
def test_table_fields_are_chosen_in_the_dialog_and_run(joined, footprint_layer, artifacts, tmp_path, name):
    from qgis import processing
    from qgis.core import QgsVectorLayer

    fields, extra, result, expected = CASES[name]
    dialog = dialog_for(name)
    choose_layer(dialog, "INPUT", joined if name in ("esv", "footprint") else footprint_layer)
    for parameter, field in fields.items():
        choose_field(dialog, parameter, field)
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    dialog.grab().save(str(folder / "dialog_{}_table_field_en.png".format(name)))
    parameters = dialog.createProcessingParameters()
    dialog.close()
    for parameter, field in fields.items():
        assert parameters[parameter] == field
    parameters.update(extra)
    parameters["OUTPUT"] = str(tmp_path / "out.gpkg")
    if name == "dualzoning":
        parameters["OUTPUT_SUMMARY"] = str(tmp_path / "summary.csv")
    out = processing.run("ecocomp:" + name, parameters)["OUTPUT"]
    for feature in QgsVectorLayer(out, "o", "ogr").getFeatures():
        assert feature[result] is not None
        if expected is not None:
            assert feature[result] == pytest.approx(expected(feature), rel=1e-12)


def test_table_fields_in_the_chinese_dialog(footprint_layer, artifacts, tmp_path):
    """The same choice in the Chinese interface (EcoComp's and QGIS's own translations loaded)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from ecocomp.translation import install_translator

    ecocomp_zh = install_translator("zh_CN")
    qgis_zh = QTranslator()
    loaded = qgis_zh.load("/usr/share/qgis/i18n/qgis_zh-Hans.qm")
    if loaded:
        QCoreApplication.installTranslator(qgis_zh)
    try:
        from qgis.core import QgsApplication

        QgsApplication.processingRegistry().providerById("ecocomp").refreshAlgorithms()
        dialog = dialog_for("payment")
        choose_layer(dialog, "INPUT", footprint_layer)
        choose_field(dialog, "ENGEL_URBAN_FIELD", "城镇居民恩格尔系数(%)")
        choose_field(dialog, "POPULATION_FIELD", "常住人口(万人)")
        scroll = dialog.mainWidget().wrappers["ENGEL_URBAN_FIELD"].wrappedWidget()
        scroll.setFocus()
        dialog.grab().save(str(artifacts / "screenshots" / "dialog_payment_table_field_zh.png"))
        parameters = dialog.createProcessingParameters()
        dialog.close()
        assert parameters["ENGEL_URBAN_FIELD"] == "城镇居民恩格尔系数(%)"
    finally:
        QCoreApplication.removeTranslator(ecocomp_zh)
        if loaded:
            QCoreApplication.removeTranslator(qgis_zh)
        QgsApplication.processingRegistry().providerById("ecocomp").refreshAlgorithms()


def test_crop_fields_are_chosen_from_the_units_fields_in_the_dialog(joined, artifacts, tmp_path):
    """ESV's crop-fields editor, opened from the real dialog on the joined yearbook layer, finds the crops' columns in
    the field names (水稻播种面积(公顷) …), offers the layer's fields in lists, marks a name that is no field, never
    starts from the sample's column names, and its table runs: Ea per unit = (1/7) · Σ m·q·v / Σ m by hand, with the
    headers' units (千公顷, 亩, 吨/公顷) converted."""
    from qgis import processing
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QComboBox, QDialogButtonBox, QStyleOptionViewItem

    dialog = dialog_for("esv")
    choose_layer(dialog, "INPUT", joined)
    choose_field(dialog, "AREA_FIELD", "耕地面积/千公顷")
    wrapper = dialog.mainWidget().wrappers["CROP_FIELDS"]
    editor = wrapper.open_editor()
    assert editor.rows() == [["rice", "水稻播种面积(公顷)", "水稻单产(公斤/公顷)", ""],
                             ["wheat", "小麦播种面积(千公顷)", "小麦单产(吨/公顷)", ""],
                             ["maize", "玉米播种面积(亩)", "玉米单产(公斤/公顷)", ""]]
    assert "rice_area_ha" not in str(editor.rows())
    combo = editor.table.itemDelegateForColumn(1).createEditor(editor.table, QStyleOptionViewItem(),
                                                               editor.table.model().index(0, 1))
    assert isinstance(combo, QComboBox)
    listed = [combo.itemText(i) for i in range(combo.count())]
    assert "小麦单产(吨/公顷)" in listed and "常住人口(万人)" in listed
    assert editor.table.itemDelegateForColumn(3) is not editor.table.itemDelegateForColumn(1)  # prices are typed
    ok = editor.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # the prices are still empty: a year's prices are never guessed
    editor.table.item(0, 1).setText("rice_area_ha")
    assert editor.table.item(0, 1).toolTip() == "not a field of the units or of their statistics table"
    editor.table.item(0, 1).setText("水稻播种面积(公顷)")
    for row, price in enumerate(("3.0", "2.5", "2.0")):
        editor.table.item(row, 3).setText(price)
    assert ok.isEnabled(), editor.problems
    wrapper.setValue(editor.value())
    combo_index = dialog.mainWidget().wrappers["EA_MODE"].wrappedWidget()
    combo_index.setCurrentIndex(2)  # per unit, from crop fields
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    editor.show()
    editor.grab().save(str(folder / "editor_crop_fields_from_layer.png"))
    editor.close()
    parameters = dialog.createProcessingParameters()
    dialog.close()
    assert parameters["EA_MODE"] == 2 and parameters["CROP_FIELDS"][:2] == ["rice", "水稻播种面积(公顷)"]
    parameters["OUTPUT"] = str(tmp_path / "esv.gpkg")
    out = processing.run("ecocomp:esv", parameters)["OUTPUT"]
    checked = 0
    for f in QgsVectorLayer(out, "o", "ogr").getFeatures():
        m = [f["水稻播种面积(公顷)"], f["小麦播种面积(千公顷)"] * 1000, f["玉米播种面积(亩)"] / 15]
        q = [f["水稻单产(公斤/公顷)"], f["小麦单产(吨/公顷)"] * 1000, f["玉米单产(公斤/公顷)"]]
        if sum(m) == 0:
            continue
        ea = sum(a * y * v for a, y, v in zip(m, q, (3.0, 2.5, 2.0))) / sum(m) / 7
        assert f["esv_total"] == pytest.approx(7.90 * ea * f["耕地面积/千公顷"] * 1000, rel=1e-9)
        checked += 1
    assert checked > 90

"""The parameter-table editors, the AHP dialog and their wrappers, with the real QGIS widgets (offscreen)."""

import pytest

HAND_CROPS = ["rice", 10.0, 7000.0, 2.6, "wheat", 30.0, 5000.0, 2.4]


@pytest.fixture
def screenshots(artifacts):
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder


def set_cell(dialog, row, column, text):
    dialog.table.item(row, column).setText(text)


@pytest.mark.parametrize("table,row,column,text,problem", [
    ("crops", 0, 1, "ten", "not a number"),
    ("crops", 1, 3, "-2.4", "must not be negative"),
    ("crops", 0, 0, "", "empty"),
    ("commodities", 0, 2, "0", "must be greater than 0"),
    ("factors", 2, 1, "sometimes", "must be one of: market, non-market"),
    ("roles", 0, 1, "maybe", "must be one of: payer, receiver"),
    ("landcover", 0, 0, "1.5", "must be a whole number"),
])
def test_invalid_values_are_marked_as_typed(qgis_app, table, row, column, text, problem):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from ecocomp.ui.table_editor import INVALID, TableEditorDialog

    dialog = TableEditorDialog(table)
    assert dialog.problems == [] and dialog.buttonBox.button(QDialogButtonBox.Ok).isEnabled()
    set_cell(dialog, row, column, text)
    item = dialog.table.item(row, column)
    assert item.background().color() == INVALID and item.toolTip() == problem
    assert dialog.problems == ["row {}, {}: {}".format(row + 1, dialog.spec.columns[column].header, problem)]
    assert not dialog.buttonBox.button(QDialogButtonBox.Ok).isEnabled()
    assert problem in dialog.statusLabel.text()


def test_crop_table_round_trips_to_the_parameter_and_runs(qgis_app, run_alg, polygons, tmp_path):
    from qgis.core import QgsVectorLayer

    from ecocomp.ui.table_editor import TableEditorDialog

    dialog = TableEditorDialog("crops", ["rice", "10", "7000", "2.6", "wheat", "30", "5000", "2.4"])
    assert dialog.value() == HAND_CROPS
    assert "1,935.71 CNY/ha" in dialog.totalsLabel.text()  # Ea shown live
    again = TableEditorDialog("crops", dialog.value())
    assert again.value() == HAND_CROPS
    layer = polygons([("S", "double")], [(1000.0,)])
    out = run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 1, "CROP_TABLE": dialog.value(),
                          "OUTPUT": str(tmp_path / "esv.gpkg")})
    [feature] = QgsVectorLayer(out["OUTPUT"], "o", "ogr").getFeatures()
    assert round(feature["esv_total"], 2) == 15292142.86


def test_factor_presets_totals_and_csv(qgis_app, tmp_path):
    from ecocomp.ui.table_editor import TableEditorDialog

    dialog = TableEditorDialog("factors")
    assert dialog.totalsLabel.text() == "F total 7.90 = market 1.39 + non-market 6.51"
    dialog.presetCombo.setCurrentText("Xie 2003 [XZ]")
    dialog.loadPresetButton.click()
    assert dialog.totalsLabel.text() == "F total 6.91 = market 1.10 + non-market 5.81"
    set_cell(dialog, 0, 2, "2")  # food production 1.00 → 2.00: totals follow as typed
    assert dialog.totalsLabel.text() == "F total 7.91 = market 2.10 + non-market 5.81"
    path = tmp_path / "factors.csv"
    assert dialog.export_csv(str(path))
    assert path.read_text(encoding="utf-8").splitlines()[0] == "Service,Part,Factor"
    other = TableEditorDialog("factors")
    assert other.import_csv(str(path))
    assert other.value() == dialog.value()
    assert other.value()[:3] == ["food_production", "market", 2.0]


def test_the_editors_import_gbk_csv_and_xlsx_through_the_one_reader(qgis_app, tmp_path):
    """A crop table saved by Excel on Chinese Windows (GBK) or as a workbook imports as its UTF-8 twin (the import
    used to fail on anything but UTF-8)."""
    from ecocomp.ecocomp_science.tables import write_workbook
    from ecocomp.ui.table_editor import TableEditorDialog

    rows = [["作物", "播种面积(公顷)", "单产(千克/公顷)", "价格(元/千克)"], ["水稻", "200", "8000", "2.72"],
            ["小麦", "100", "6000", "2.36"]]
    text = "\n".join(",".join(row) for row in rows) + "\n"
    (tmp_path / "utf8.csv").write_bytes(text.encode("utf-8"))
    (tmp_path / "gbk.csv").write_bytes(text.encode("gbk"))
    write_workbook(str(tmp_path / "crops.xlsx"), [("crops", rows[0], rows[1:], None)])
    values = []
    for name in ("utf8.csv", "gbk.csv", "crops.xlsx"):
        dialog = TableEditorDialog("crops")
        assert dialog.import_csv(str(tmp_path / name)), name
        values.append(dialog.value())
    assert values[0] == values[1] == values[2]
    assert values[0][:4] == ["水稻", 200.0, 8000.0, 2.72]  # the header row left out, the numbers read


def test_chinese_parts_and_roles_are_accepted(qgis_app):
    from ecocomp.ui.table_editor import TableEditorDialog

    dialog = TableEditorDialog("roles", ["农产品主产区", "受偿", "重点开发区", "支付"])
    assert dialog.problems == [] and dialog.value() == ["农产品主产区", "receiver", "重点开发区", "payer"]


def test_ahp_single_judgement_of_three(qgis_app, run_alg, polygons, tmp_path):
    from ecocomp.ui.ahp_dialog import AhpDialog

    dialog = AhpDialog()
    dialog.combos[(0, 1)].setCurrentText("3")
    assert dialog.weights == pytest.approx([0.75, 0.25]) and dialog.cr == 0.0
    assert dialog.value() == pytest.approx([1, 3, 1 / 3, 1])
    assert dialog.matrixTable.item(1, 0).text() == "1/3"
    assert "CR = 0.0000 (consistent)" in dialog.resultLabel.text()
    dialog.countSpin.setValue(3)
    dialog.combos[(0, 1)].setCurrentText("9")
    dialog.combos[(0, 2)].setCurrentText("1/9")
    dialog.combos[(1, 2)].setCurrentText("9")
    assert dialog.cr > 0.1 and "inconsistent" in dialog.resultLabel.text()


def test_wrappers_in_the_algorithm_dialogs(qgis_iface, ecocomp_provider, monkeypatch, screenshots):
    from qgis import processing
    from qgis.gui import QgsBrowserGuiModel

    from ecocomp.ui.wrappers import AhpWrapper, TableWrapper

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    for algorithm, parameter, kind in (("esv", "CROP_TABLE", TableWrapper), ("esv", "FACTOR_TABLE", TableWrapper),
                                       ("footprint", "COMMODITIES", TableWrapper), ("priority", "ROLE_MAPPING",
                                                                                    TableWrapper),
                                       ("dualzoning", "AHP_MATRIX", AhpWrapper),
                                       ("landcoverarea", "CLASS_MAPPING", TableWrapper)):
        dialog = processing.createAlgorithmDialog("ecocomp:" + algorithm, {})
        wrapper = dialog.mainWidget().wrappers[parameter]
        assert isinstance(wrapper, kind), (algorithm, parameter)
        if parameter == "CROP_TABLE":
            assert wrapper.summary.text() == "Crop table: empty"
            wrapper.setValue(HAND_CROPS)
            assert wrapper.parameterValue() == HAND_CROPS  # what the dialog passes to the algorithm
            assert wrapper.summary.text() == "Crop table: 2 row(s)"
        if parameter == "AHP_MATRIX":
            wrapper.setValue([1, 3, 1 / 3, 1])
            assert wrapper.summary.text() == "weights 0.750 / 0.250; CR = 0.000"
        dialog.close()


def test_editor_screenshots(qgis_app, screenshots, legible):
    from ecocomp.ui.ahp_dialog import AhpDialog
    from ecocomp.ui.table_editor import TableEditorDialog, specs

    for name in specs():
        dialog = TableEditorDialog(name)
        dialog.resize(820, 560)
        dialog.show()
        assert legible(dialog) == [], name
        assert dialog.grab().save(str(screenshots / "editor_{}_en.png".format(name)))
        dialog.close()
    dialog = AhpDialog()
    dialog.combos[(0, 1)].setCurrentText("3")
    dialog.show()
    assert legible(dialog) == []
    assert dialog.grab().save(str(screenshots / "ahp_dialog_en.png"))
    dialog.close()


def test_the_legibility_check_finds_a_clipped_label(qgis_app, legible):
    from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

    widget = QWidget()
    layout = QVBoxLayout(widget)
    label = QLabel("Cultivated land area S (field, ha)")
    label.setFixedWidth(40)
    layout.addWidget(label)
    widget.show()
    assert legible(widget) == ["Cultivated land area S (field, ha)"]
    label.setFixedWidth(label.sizeHint().width())
    assert legible(widget) == []


def test_editors_in_the_graphical_modeller(qgis_iface, ecocomp_provider, qgis_processing):
    """The modeller's step dialog uses the same editors; the table becomes the step's static value."""
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    from ecocomp.ui.wrappers import AhpWrapper, TableWrapper

    model = QgsProcessingModelAlgorithm("compensation", "EcoComp")
    registry = QgsApplication.processingRegistry()
    dialog = ModelerParametersDialog(registry.createAlgorithmById("ecocomp:esv"), model)
    wrapper = dialog.widget.widget.wrappers["CROP_TABLE"]
    assert isinstance(wrapper, TableWrapper)
    wrapper.setValue(HAND_CROPS)
    step = dialog.createAlgorithm()
    assert step.parameterSources()["CROP_TABLE"][0].staticValue() == HAND_CROPS
    zoning = ModelerParametersDialog(registry.createAlgorithmById("ecocomp:dualzoning"), model)
    assert isinstance(zoning.widget.widget.wrappers["AHP_MATRIX"], AhpWrapper)

"""One role palette in every chart (issue 25): blue receives and red pays, as in the maps; colours that say something
else (a tornado's low and high ends) are neutral."""


def colours_in(path):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_levels_chart_paints_payers_red_and_receivers_blue(qgis_app, tmp_path):
    from ecocomp.algorithms import charts

    # the roles in the order the report lists them (payer first), under their Chinese names
    path = tmp_path / "levels.png"
    charts.level_bars(str(path), [1, 2, 3], ["支付主体", "受偿主体"], [[3, 1], [2, 2], [1, 4]], "单元数", "Sans Serif",
                      dpi=60, keys=["payer", "receiver"])
    found = colours_in(path)
    assert charts.PAY.name() in found and charts.RECEIVE.name() in found
    assert charts.role_colour("payer") == charts.PAY and charts.role_colour("受偿") == charts.RECEIVE
    assert charts.role_colour("key ecological function area", 1) in charts.NEUTRALS


def test_the_tornado_has_no_role_colour(qgis_app, tmp_path):
    from ecocomp.algorithms import charts

    path = tmp_path / "tornado.png"
    rows = [("price_rice", 0.1, (9.0e9, 1.1e10), (40, 45)), ("r", 0.05, (9.5e9, 1.04e10), (42, 43))]
    assert charts.tornado(str(path), rows, (1.0e10, 42), {"price_rice": "rice price", "r": "r"}, "Sans Serif",
                          ("total paid", "paying units"), dpi=60)
    found = colours_in(path)
    assert charts.PAY.name() not in found and charts.RECEIVE.name() not in found
    assert charts.LOW.name() in found and charts.HIGH.name() in found

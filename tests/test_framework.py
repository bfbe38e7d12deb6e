"""Behaviour every EcoComp algorithm shares: optional libraries, invalid geometry, cancel, modeller, XLSX tables."""

import pytest


def test_missing_optional_library_keeps_algorithm_visible_and_says_what_to_install(ecocomp_provider):
    from ecocomp.algorithms.esv_algorithm import EsvAlgorithm

    class NeedsLibrary(EsvAlgorithm):
        REQUIRES = (("ecocomp_no_such_module", "python3-nosuchmodule (Debian) or `pip install nosuchmodule`"),)

    ok, message = NeedsLibrary().canExecute()
    assert not ok
    assert "pip install nosuchmodule" in message and "python3-nosuchmodule" in message
    assert ecocomp_provider.algorithm("esv").canExecute() == (True, "")


def test_invalid_geometry_follows_ecocomps_own_rule(run_alg, polygons, tmp_path):
    """EcoComp stops at an invalid geometry naming the feature whatever Processing's global setting says (qgis_process
    has none: it checks nothing); INVALID_GEOMETRY=1 drops it with a warning, 2 copies it as is; a rule set on the
    input itself wins. Runs after a refusal must not crash (QGIS 3.22's own check did)."""
    from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessingContext, QgsProcessingException,
                           QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer)

    bowtie = "Polygon ((0 0, 1 1, 1 0, 0 1, 0 0))"
    layer = polygons([("name", "string"), ("S", "double")], [("A", 1.0), ("Bowtie", 2.0)])
    layer.dataProvider().changeGeometryValues({2: QgsGeometry.fromWkt(bowtie)})
    parameters = {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 1000.0}
    for setting in (QgsFeatureRequest.GeometryNoCheck, QgsFeatureRequest.GeometrySkipInvalid,
                    QgsFeatureRequest.GeometryAbortOnInvalid):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(setting)  # Processing's global setting: not EcoComp's rule
        with pytest.raises(QgsProcessingException, match="Feature \\(2\\) of the input layer has an invalid "
                                                         "geometry .*INVALID_GEOMETRY"):
            run_alg("esv", dict(parameters, OUTPUT=str(tmp_path / "a.gpkg")), context=context)
    assert not (tmp_path / "a.gpkg").exists()

    out = run_alg("esv", dict(parameters, INVALID_GEOMETRY=1, OUTPUT=str(tmp_path / "s.gpkg")))
    assert [f["name"] for f in QgsVectorLayer(out["OUTPUT"], "o", "ogr").getFeatures()] == ["A"]

    out = run_alg("esv", dict(parameters, INVALID_GEOMETRY=2, OUTPUT=str(tmp_path / "b.gpkg")))
    result = {f["name"]: f for f in QgsVectorLayer(out["OUTPUT"], "o", "ogr").getFeatures()}
    assert result["Bowtie"].geometry().asWkt() == bowtie
    assert result["Bowtie"]["esv_total"] == pytest.approx(7.9 * 1000.0 * 2.0)

    QgsProject.instance().addMapLayer(layer)
    try:
        chosen = QgsProcessingFeatureSourceDefinition(
            layer.id(), False, -1, QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck,
            QgsFeatureRequest.GeometrySkipInvalid)
        out = run_alg("esv", dict(parameters, INPUT=chosen, OUTPUT=str(tmp_path / "o.gpkg")))
        assert [f["name"] for f in QgsVectorLayer(out["OUTPUT"], "o", "ogr").getFeatures()] == ["A"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_file_found_valid_is_not_checked_again_until_it_changes(run_alg, polygons, tmp_path):
    """The units a step writes are the polygons it has just checked: the next step (a chain) does not check them
    again, nor a re-run on the unchanged file; an edited file, unsaved edits and 'use as they are' are checked."""
    from osgeo import ogr
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    from tests.layers import log_feedback

    def skipped_check(name, parameters):
        log = log_feedback()
        run_alg(name, parameters, log)
        return any("not checked again" in line for line in log.info)

    layer = polygons([("name", "string"), ("S", "double")], [("A", 1.0), ("B", 2.0)])
    src = tmp_path / "units.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(src), QgsCoordinateTransformContext(), options)
    esv = {"INPUT": str(src), "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 1000.0}
    assert not skipped_check("esv", dict(esv, OUTPUT=str(tmp_path / "e1.gpkg")))
    assert skipped_check("esv", dict(esv, OUTPUT=str(tmp_path / "e2.gpkg")))  # the same file again
    # The output of a checked run, read by the next step: not checked again, whether named with its layer or not.
    assert skipped_check("esv", dict(esv, INPUT=str(tmp_path / "e1.gpkg"), OUTPUT=str(tmp_path / "e3.gpkg")))
    assert skipped_check("esv", dict(esv, INPUT=str(tmp_path / "e3.gpkg") + "|layername=e3",
                                     OUTPUT=str(tmp_path / "e4.gpkg")))
    # Unsaved edits in a layer of the file: read from the edit buffer, so checked.
    edited = QgsVectorLayer(str(src), "units", "ogr")
    edited.startEditing()
    edited.changeAttributeValue(1, 1, 5.0)
    try:
        assert not skipped_check("esv", dict(esv, INPUT=edited, OUTPUT=str(tmp_path / "e5.gpkg")))
    finally:
        edited.rollBack()
        del edited  # not left for the interpreter's exit, after QGIS's
    # A polygon made invalid in the file itself (another program): the changed file is checked, and refused.
    dataset = ogr.Open(str(src), 1)
    table = dataset.GetLayer(0)
    feature = table.GetFeature(2)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"))
    table.SetFeature(feature)
    del feature, table  # before their dataset: OGR's layer and feature must not outlive it
    dataset = None
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Feature \\(2\\) of the input layer has an invalid geometry"):
        run_alg("esv", dict(esv, OUTPUT=str(tmp_path / "e6.gpkg")))
    # 'Use as they are' writes polygons nobody checked: the next step checks them.
    run_alg("esv", dict(esv, INVALID_GEOMETRY=2, OUTPUT=str(tmp_path / "raw.gpkg")))
    with pytest.raises(QgsProcessingException, match="invalid geometry"):
        run_alg("esv", dict(esv, INPUT=str(tmp_path / "raw.gpkg"), OUTPUT=str(tmp_path / "e7.gpkg")))


def test_only_single_file_formats_are_remembered_as_checked(tmp_path):
    """Two Shapefiles in one .zip decode to the same path, and a MapInfo .tab keeps its size and times when its .map
    changes: such layers are checked every time; an output is remembered only in a format that stores it exactly."""
    import zipfile

    from qgis.core import QgsVectorLayer

    from ecocomp.algorithms import checked_geometries

    def shapefile(name, wkt):
        from osgeo import ogr

        dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(tmp_path / (name + ".shp")))
        layer = dataset.CreateLayer(name, None, ogr.wkbPolygon)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
        del feature, layer
        dataset = None
        return [tmp_path / (name + ext) for ext in (".shp", ".shx", ".dbf")]

    files = shapefile("good", "POLYGON ((0 0, 1 0, 1 1, 0 0))") + shapefile("bad", "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))")
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as archive:
        for path in files:
            archive.write(path, path.name)
    zipped = QgsVectorLayer("/vsizip/{}/good.shp".format(tmp_path / "x.zip"), "good", "ogr")
    assert zipped.isValid() and checked_geometries.identity_of(zipped) is None
    plain = QgsVectorLayer(str(tmp_path / "good.shp"), "good", "ogr")
    identity = checked_geometries.identity_of(plain)
    assert identity is not None and len(identity[2]) == 2  # .shx and .dbf stat'ed with the .shp
    tab = tmp_path / "t.tab"
    tab.write_text("!table\n", encoding="ascii")
    assert checked_geometries._identity(str(tab)) is None
    checked_geometries.remember_output(str(tmp_path / "good.shp"))
    assert not checked_geometries.known_valid(identity)  # a Shapefile output is not taken as stored exactly


def test_cancel_stops_the_run(run_alg, polygons, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    layer = polygons([("S", "double")], [(1.0,), (2.0,)])
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("esv", {"INPUT": layer, "AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 1.0,
                        "OUTPUT": str(tmp_path / "o.gpkg")}, feedback)


def test_statistics_table_from_xlsx(run_alg, polygons, table, tmp_path):
    """A table saved as XLSX (as analysts keep yearbook figures) joins like a CSV."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    stats = table([("adcode", "string"), ("耕地面积_ha", "double")], [("420102", 100.0), ("420103", 300.0)])
    xlsx = tmp_path / "stats.xlsx"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "XLSX"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(stats, str(xlsx), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    sheet = QgsVectorLayer(str(xlsx), "stats", "ogr")
    assert sheet.isValid() and sheet.featureCount() == 2
    units = polygons([("adcode", "string"), ("name", "string")], [("420103", "江汉区"), ("420102", "江岸区")])
    out = run_alg("esv", {"INPUT": units, "STATS_TABLE": sheet, "INPUT_KEY": "adcode", "STATS_KEY": "adcode",
                          "AREA_FIELD": "耕地面积_ha", "EA_MODE": 0, "EA_VALUE": 1000.0,
                          "OUTPUT": str(tmp_path / "o.gpkg")})
    result = QgsVectorLayer(out["OUTPUT"], "o", "ogr")
    assert {f["name"]: f["esv_total"] for f in result.getFeatures()} == {
        "江汉区": pytest.approx(7.90 * 1000 * 300), "江岸区": pytest.approx(7.90 * 1000 * 100)}


def test_a_number_merged_over_two_units_is_never_read_as_each(run_alg, polygons, tmp_path):
    """An area merged over two counties in a yearbook sheet: a method reading it stops, naming range, column and
    number; the join writes the first county's value only and says so (it copied it into both)."""
    openpyxl = pytest.importorskip("openpyxl")
    from qgis.core import QgsProcessingException

    from tests.layers import by_key, log_feedback

    book = openpyxl.Workbook()
    book.active.append(["adcode", "耕地面积_ha"])
    for row in (["420102", 100.0], ["420103", None], ["420104", 50.0]):
        book.active.append(row)
    book.active.merge_cells("B2:B3")
    xlsx = tmp_path / "stats.xlsx"
    book.save(xlsx)
    units = polygons([("adcode", "string"), ("name", "string")],
                     [("420102", "江岸区"), ("420103", "江汉区"), ("420104", "硚口区")])
    joined = {"INPUT": units, "STATS_TABLE": str(xlsx), "INPUT_KEY": "adcode", "STATS_KEY": "adcode"}
    with pytest.raises(QgsProcessingException, match="the number 100 is merged over the cells B2:B3 of column "
                                                     "'耕地面积_ha'"):
        run_alg("esv", dict(joined, AREA_FIELD="耕地面积_ha", EA_MODE=0, EA_VALUE=1000.0,
                            OUTPUT=str(tmp_path / "o.gpkg")))
    log = log_feedback()
    out = run_alg("jointable", dict(joined, OUTPUT=str(tmp_path / "j.gpkg")), log)
    areas = {k: f["耕地面积_ha"] for k, f in by_key(out["OUTPUT"]).items()}
    assert areas["420102"] == 100.0 and areas["420104"] == 50.0 and str(areas["420103"]) in ("None", "NULL")
    assert any("'耕地面积_ha': the number 100 is merged over the cells B2:B3" in w for w in log.warnings), log.warnings


def test_esv_runs_inside_a_graphical_model(ecocomp_provider, polygons, tmp_path):
    """A model (as built in the graphical modeller) with ecocomp:esv feeding ecocomp:mapimage."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
        QgsProject,
        QgsVectorLayer,
    )

    model = QgsProcessingModelAlgorithm("esv_and_map", "EcoComp test")
    model.addModelParameter(QgsProcessingParameterVectorLayer("units", "Units"), QgsProcessingModelParameter("units"))
    esv = QgsProcessingModelChildAlgorithm("ecocomp:esv")
    esv.setChildId("esv")
    esv.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("units")])
    for name, value in {"AREA_FIELD": "S", "EA_MODE": 0, "EA_VALUE": 2000.0, "FACTOR_PRESET": 0}.items():
        esv.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    esv_out = QgsProcessingModelOutput("esv_layer")
    esv_out.setChildOutputName("OUTPUT")
    esv.setModelOutputs({"esv_layer": esv_out})
    model.addChildAlgorithm(esv)
    draw = QgsProcessingModelChildAlgorithm("ecocomp:mapimage")
    draw.setChildId("map")
    draw.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("esv", "OUTPUT")])
    draw.addParameterSources("FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("esv_total")])
    draw.addParameterSources("DPI", [QgsProcessingModelChildParameterSource.fromStaticValue(60)])
    map_out = QgsProcessingModelOutput("map_png")
    map_out.setChildOutputName("OUTPUT")
    draw.setModelOutputs({"map_png": map_out})
    model.addChildAlgorithm(draw)
    model.initAlgorithm()

    units = polygons([("S", "double")], [(10.0,), (20.0,), (40.0,)])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {"units": units, "esv:esv_layer": str(tmp_path / "esv.gpkg"), "map:map_png": str(tmp_path / "m.png")}
    results, ok = model.run(params, context, QgsProcessingFeedback())
    assert ok
    layer = QgsVectorLayer(str(tmp_path / "esv.gpkg"), "esv", "ogr")
    assert [f["esv_total"] for f in layer.getFeatures()] == pytest.approx([7.9 * 2000 * s for s in (10, 20, 40)])
    assert (tmp_path / "m.png").stat().st_size > 5000

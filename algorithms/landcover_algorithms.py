"""ecocomp:landcoverarea and ecocomp:esvsurface — land-cover rasters per polygon (docs/methods.md, “Land cover”)."""

import json
import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..ecocomp_science.presets import LAND_TYPES, LANDCOVER_MAPPINGS
from ..translation import N_, tr
from .algorithm import editor_metadata, with_metadata, EcoCompAlgorithm, matrix_rows
from . import qgis_enums as enums

PIXEL_RULE = N_(
    "<p>Pixels are counted by centre: a pixel belongs to a polygon when its centre lies inside it. Overlapping "
    "polygons each count every pixel whose centre they contain. Areas: |pixel width × height| in projected CRSs "
    "(non-square pixels included); in geographic CRSs each row's cells take the ellipsoidal area of their "
    "latitude band. Polygons are reprojected to the raster's CRS. The raster is read in strips, never whole.</p>"
)
TYPE_FIELDS = [t.replace("-", "_") for t in LAND_TYPES]


class LandCoverParameters:
    RASTER = "RASTER"
    BAND = "BAND"
    MAPPING_PRESET = "MAPPING_PRESET"
    CLASS_MAPPING = "CLASS_MAPPING"
    # No optional library: rasters are read and written with osgeo.gdal, which every QGIS ships (rasterio and
    # pyproj are not needed; the ellipsoid of a geographic raster is read from its CRS by osgeo.osr).
    REQUIRES = ()
    PRESETS = ("clcd", "worldcover", None)

    def groupId(self):  # noqa: N802 (QGIS API)
        return "landcover"

    def add_raster_parameters(self):
        self.add_polygon_input(self.tr("Units (county / prefecture / province polygons)"))
        self.addParameter(QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Land-cover raster (class codes)")))
        self.addParameter(QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.RASTER))
        self.addParameter(QgsProcessingParameterEnum(
            self.MAPPING_PRESET, self.tr("Class → land type mapping"),
            options=[self.tr("CLCD (1 cropland … 9 wetland)"),
                     self.tr("ESA WorldCover (10 tree cover … 100 moss)"), self.tr("Custom table (below)")],
            defaultValue=0))
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
            self.CLASS_MAPPING,
            self.tr("Custom class mapping (class → land type)"),
            headers=[self.tr("Class value"), self.tr("Land type")],
            defaultValue=[cell for row in LANDCOVER_MAPPINGS["clcd"] for cell in row], optional=True),
            editor_metadata("landcover")))

    def mapping(self, parameters, context):
        from ..ecocomp_science.methods import landcover as method

        key = method.MAPPINGS[self.parameterAsEnum(parameters, self.MAPPING_PRESET, context)]
        return method.class_mapping(key, None if key else matrix_rows(
            self.parameterAsMatrix(parameters, self.CLASS_MAPPING, context), 2))

    def raster_and_geometries(self, parameters, context, frame, feedback):
        """The raster file path, band, and the polygons as GeoJSON-like dicts in the raster's CRS."""
        path, raster_crs, band_count = self.raster_file(parameters, context)
        if not raster_crs.isValid():
            raise QgsProcessingException(tr("The land-cover raster has no coordinate reference system: assign one first."))
        band = self.parameterAsInt(parameters, self.BAND, context)
        if not 1 <= band <= band_count:
            raise QgsProcessingException(tr("Band {} does not exist: the land-cover raster {} has {} band(s) "
                                            "(parameter BAND, 1 to {}).").format(
                band, os.path.basename(path), band_count, band_count))
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(tr("The polygons have no coordinate reference system, so they cannot be "
                                            "placed on the land-cover raster: assign one first."))
        transform = QgsCoordinateTransform(source.sourceCrs(), raster_crs, context.transformContext())
        geometries = []
        for feature in frame.features:
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                raise QgsProcessingException(tr("Unit {} has no geometry.").format(frame.labels[len(geometries)]))
            try:
                geometry.transform(transform)
                box = geometry.boundingBox()
                if not all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())):
                    raise QgsCsException("not finite")
            except QgsCsException:
                raise QgsProcessingException(tr(
                    "Unit {} cannot be reprojected from {} to the raster's {}: check that the polygons' coordinate "
                    "reference system is the one their coordinates are in.").format(
                    frame.labels[len(geometries)], source.sourceCrs().authid(), raster_crs.authid())) from None
            geometries.append(json.loads(geometry.asJson()))
        if raster_crs != source.sourceCrs():
            feedback.pushInfo(tr("Polygons reprojected from {} to the raster's {}.").format(
                source.sourceCrs().authid(), raster_crs.authid()))
        return path, band, geometries

    def raster_file(self, parameters, context):
        """(path, CRS, band count) of the land-cover raster.

        A raster given as a file is read with osgeo.gdal only (opened read-only, nothing computed): a QGIS
        raster layer would compute statistics for its renderer and GDAL would then write a .aux.xml file beside
        the analyst's raster.
        """
        value = parameters.get(self.RASTER)
        if isinstance(value, str) and os.path.isfile(value.split("|")[0]):
            from osgeo import gdal

            path = value.split("|")[0]
            gdal.PushErrorHandler("CPLQuietErrorHandler")  # the message below says it, in the analyst's language
            try:
                dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
            except RuntimeError:  # osgeo set to raise exceptions (gdal.UseExceptions) elsewhere in QGIS
                dataset = None
            finally:
                gdal.PopErrorHandler()
            if dataset is None:
                raise QgsProcessingException(tr("The land-cover raster must be a file GDAL can read; {!r} is not.")
                                             .format(path))
            srs = dataset.GetSpatialRef()
            wkt, count = (srs.ExportToWkt() if srs is not None else ""), dataset.RasterCount
            dataset = None  # closed
            return path, QgsCoordinateReferenceSystem.fromWkt(wkt) if wkt else QgsCoordinateReferenceSystem(), count
        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        if raster is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.RASTER))
        path = raster.source().split("|")[0]
        if not os.path.exists(path):
            raise QgsProcessingException(tr("The land-cover raster must be a file GDAL can read; {!r} is not.").format(path))
        return path, raster.crs(), raster.bandCount()

    def class_areas(self, parameters, context, feedback):
        from ..ecocomp_science import landcover

        source, frame = self.read_frame(parameters, context, feedback)
        path, band, geometries = self.raster_and_geometries(parameters, context, frame, feedback)
        counts = landcover.zonal_class_areas(path, geometries, frame.labels, band,
                                             progress=lambda p: feedback.setProgress(30 + 0.25 * p),
                                             cancelled=feedback.isCanceled)
        mapping = self.mapping(parameters, context)
        feedback.pushInfo(tr("Classes found inside the polygons: {}; {:,.0f} pixels counted.").format(
            ", ".join(str(v) for v in counts.values), counts.count.sum()))
        return source, frame, counts, mapping


class LandCoverAreaAlgorithm(LandCoverParameters, EcoCompAlgorithm):
    PER_CLASS = "PER_CLASS"

    def name(self):
        return "landcoverarea"

    def displayName(self):
        return self.tr("Land-cover area per unit (cultivated land and other land types)")

    def shortHelpString(self):
        return self.tr(
            "<p>Area (ha) of each land type in every polygon from a land-cover raster (e.g. a 30 m national "
            "land-cover product), through a class → land type mapping: cultivated, forest, grassland, wetland, "
            "water, unused, built-up. The cultivated area (lc_cultivated_ha) feeds ecocomp:esv and "
            "ecocomp:footprint directly as the cultivated land area S [HB].</p>") + self.tr(PIXEL_RULE) + self.tr(
            "<p>Outputs: lc_&lt;land type&gt;_ha, lc_total_ha and, optionally, lc_class_&lt;value&gt;_ha per class.</p>")

    def initAlgorithm(self, config=None):
        self.add_raster_parameters()
        self.addParameter(QgsProcessingParameterBoolean(
            self.PER_CLASS, self.tr("Add one area field per class (ha)"), defaultValue=False))
        self.add_output(self.tr("Land-cover areas"))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science.methods import landcover as method

        source, frame, counts, mapping = self.class_areas(parameters, context, feedback)
        columns, _ = method.area_columns(counts, mapping, self.parameterAsBool(parameters, self.PER_CLASS, context))
        results = {name: (enums.FIELD_DOUBLE, values) for name, values in columns.items()}
        dest_id = self.write_results(parameters, context, feedback, source, frame, results, "lc_cultivated_ha",
                                     self.tr("Land-cover areas"))
        return {self.OUTPUT: dest_id}


class EsvSurfaceAlgorithm(LandCoverParameters, EcoCompAlgorithm):
    EA_VALUE = "EA_VALUE"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    def name(self):
        return "esvsurface"

    def displayName(self):
        return self.tr("ESV surface of all land types from a land-cover raster")

    def shortHelpString(self):
        return self.tr(
            "<p>Ecosystem service value of every land type [XIE, HB], as a raster and per polygon: each pixel "
            "is worth <b>F<sub>total</sub>(land type) · Ea · pixel area</b> (CNY), with the Xie 2008 "
            "equivalent-factor totals cultivated 7.90, forest 28.12, grassland 11.67, wetland 54.77, water 45.35, "
            "unused 1.39 and built-up 0, and Ea the value of one equivalent factor (CNY/ha; see ecocomp:esv). "
            "The [HB] authors name grid-scale, multi-land-type ESV as the next step.</p>") + self.tr(PIXEL_RULE) + self.tr(
            "<p>Outputs: the ESV raster (CNY per pixel, float32) and the polygons with esv_lc_&lt;land type&gt; "
            "and esv_lc_total (CNY).</p>")

    def initAlgorithm(self, config=None):
        self.add_raster_parameters()
        self.addParameter(with_metadata(QgsProcessingParameterNumber(
            self.EA_VALUE, self.tr("Ea, value of one equivalent factor (CNY/ha)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.0),
            {"widget_wrapper": {"decimals": 2}}))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("ESV surface (CNY per pixel)")))
        self.add_output(self.tr("ESV by land type"))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science import landcover
        from ..ecocomp_science.checks import check_positive_scalar
        from ..ecocomp_science.methods import landcover as method

        ea = check_positive_scalar(self.parameterAsDouble(parameters, self.EA_VALUE, context),
                                   "Ea, the value of one equivalent factor (CNY/ha),")
        source, frame, counts, mapping = self.class_areas(parameters, context, feedback)
        columns, total = method.esv_columns(method.area_columns(counts, mapping)[1], ea)
        results = {name: (enums.FIELD_DOUBLE, values) for name, values in columns.items()}
        raster_path = self.raster_file(parameters, context)[0]
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        landcover.write_esv_surface(raster_path, self.staging.file(out_path),
                                    method.values_per_hectare(mapping, ea),
                                    self.parameterAsInt(parameters, self.BAND, context),
                                    progress=lambda p: feedback.setProgress(55 + 0.15 * p),
                                    cancelled=feedback.isCanceled)
        feedback.pushInfo(tr("ESV of all land types in the polygons: {:,.0f} CNY (Ea = {:,.2f} CNY/ha).").format(
            total, ea))
        dest_id = self.write_results(parameters, context, feedback, source, frame, results, "esv_lc_total",
                                     self.tr("ESV by land type"))
        return {self.OUTPUT: dest_id, self.OUTPUT_RASTER: out_path}

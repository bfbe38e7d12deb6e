"""Flows between units as layers: the units' centres and the flow table or curved flow lines (ecocomp:transfers)."""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
)

from ..translation import N_, tr
from . import qgis_enums as enums

#: The fund's key and name in the flows, in the language of the run (补偿资金池 under Chinese): a key no unit has.
FUND_NAME = N_("central fund")


def unit_centres(frame, source, context, required):
    """Longitude/latitude of each unit's centroid (for distances) and its centroid in the layer's CRS (lines);
    NaN and None for a unit without geometry (refused when ``required``: the distance-decay allocation)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                       context.transformContext())
    if source.sourceCrs().isGeographic():
        box = source.sourceExtent()
        if max(abs(box.xMinimum()), abs(box.xMaximum())) > 180.0 or max(abs(box.yMinimum()), abs(box.yMaximum())) > 90:
            # e.g. a Shapefile without .prj taken as "Undefined geographic SRS": metres read as degrees
            raise QgsProcessingException(tr(
                "The units' coordinate reference system {} is in degrees, but their coordinates reach {:,.0f}, "
                "{:,.0f}: they are not degrees (metres?). Assign the right coordinate reference system first.")
                .format(source.sourceCrs().authid() or source.sourceCrs().description(),
                        max(abs(box.xMinimum()), abs(box.xMaximum())), max(abs(box.yMinimum()), abs(box.yMaximum()))))
    lon, lat, points = [], [], []
    for label, feature in zip(frame.labels, frame.features):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            if required:
                raise QgsProcessingException(tr("Unit {} has no geometry: its distance to the others is "
                                                "unknown.").format(label))
            lon.append(math.nan)
            lat.append(math.nan)
            points.append(None)
            continue
        centre = geometry.centroid().asPoint()
        points.append(centre)
        degrees = transform.transform(centre)
        if not (abs(degrees.x()) <= 180.0 and abs(degrees.y()) <= 90.0):
            # an undefined or wrong coordinate reference system: the "transformation" left metres as they were
            crs = source.sourceCrs()
            raise QgsProcessingException(tr(
                "Unit {} does not convert from the units' coordinate reference system ({}) to longitude and "
                "latitude: it comes out at {:,.1f}, {:,.1f}. Assign the right coordinate reference system first "
                "(a Shapefile without .prj, an undefined SRS …).").format(
                    label, crs.authid() or crs.description() or tr("unknown"), degrees.x(), degrees.y()))
        lon.append(degrees.x())
        lat.append(degrees.y())
    return lon, lat, points


def write_flows(staging, name, rows, keys, names, unit, points, source):
    """The flows ``rows`` (payer index, receiver index, amount, level, km; transfers.FUND for the fund) as a table
    (``points`` None) or as curved lines from payer to receiver, through the run's output staging; ``unit`` is the
    amount's unit as shown. Returns the output's id, or None when the output is not wanted."""
    from ..ecocomp_science import transfers
    from .io_algorithms import arc

    fields = QgsFields()
    for field, qtype in (("payer", enums.FIELD_STRING), ("payer_name", enums.FIELD_STRING),
                         ("receiver", enums.FIELD_STRING), ("receiver_name", enums.FIELD_STRING),
                         ("amount", enums.FIELD_DOUBLE), ("unit", enums.FIELD_STRING),
                         ("level", enums.FIELD_STRING), ("distance_km", enums.FIELD_DOUBLE)):
        fields.append(QgsField(field, qtype))
    if points is None:
        sink, dest_id = staging.sink(name, fields, enums.WKB_NO_GEOMETRY)
    else:
        sink, dest_id = staging.sink(name, fields, enums.WKB_LINESTRING, source.sourceCrs())
    if sink is None:
        return None
    fund = tr(FUND_NAME)
    for i, j, value, level, distance in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([
            fund if i == transfers.FUND else keys[i], fund if i == transfers.FUND else names[i],
            fund if j == transfers.FUND else keys[j], fund if j == transfers.FUND else names[j],
            value, unit, level, distance])
        if points is not None:
            feature.setGeometry(QgsGeometry.fromPolylineXY(arc(points[i], points[j])))
        sink.addFeature(feature, enums.SINK_FAST_INSERT)
    return dest_id

"""Layers whose polygons this QGIS session has already found valid, so a chain does not check them again.

Checking every polygon with GEOS is a third of a method's run on 2,875 counties. The units a step writes carry
the geometries it has just checked, unchanged, and the next step of a chain (the model, the panel, a script)
reads exactly them; re-running a step on an unchanged file is the same. A layer is known valid here when it is
the same file as when it was checked — same path, inode, size, modification and change times, and the same
write-ahead log beside a GeoPackage — read as the same layer with the same filter, with no unsaved edits and no
selection or limit on the input. Anything else (a memory layer, a database, an edited file) is checked again.
The memory lasts as long as the QGIS process; nothing is written to the analyst's files.
"""

import os
from collections import OrderedDict

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

_KNOWN = OrderedDict()  # identity → True, the most recent last
_LIMIT = 256


def _stat(path):
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


#: Formats whose geometries live in the one file named (a Shapefile: with its .shx and .dbf, stat'ed too). Others —
#: a MapInfo .tab (geometries in .map), a .vrt, a FileGDB folder, anything inside a .zip — are checked every time.
SINGLE_FILE = {".gpkg": ("-wal",), ".fgb": (), ".geojson": (), ".shp": (".shx", ".dbf")}
#: Outputs stored exactly as written (a Shapefile segmentises curves, MapInfo snaps to a grid, KML reprojects).
LOSSLESS = (".gpkg", ".fgb")


def _identity(path, layer_name="", layer_id="", subset=""):
    extension = os.path.splitext(path)[1].lower() if path else ""
    stat = _stat(path) if extension in SINGLE_FILE else None
    if stat is None:
        return None
    stem = os.path.splitext(path)[0]
    # a GeoPackage's committed edits may sit in its write-ahead log; a Shapefile's index and attributes beside it
    others = tuple(_stat((path if side.startswith("-") else stem) + side) for side in SINGLE_FILE[extension])
    return os.path.realpath(path), stat, others, str(layer_name or ""), str(layer_id or ""), subset or ""


def identity_of(layer, definition=None):
    """What makes ``layer`` (read as ``definition`` says) the same data as before; None when it cannot be told."""
    if layer is None or layer.providerType() != "ogr" or layer.isModified():
        return None
    if isinstance(definition, QgsProcessingFeatureSourceDefinition):
        if definition.selectedFeaturesOnly or definition.featureLimit not in (-1, None) or \
                getattr(definition, "filterExpression", ""):
            return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("vsiPrefix") or parts.get("vsiSuffix"):  # /vsizip/…: every layer of the archive is one "path"
        return None
    return _identity(parts.get("path") or "", parts.get("layerName"), parts.get("layerId"), layer.subsetString())


def known_valid(identity):
    return identity is not None and identity in _KNOWN


def remember(identity):
    if identity is None:
        return
    _KNOWN[identity] = True
    _KNOWN.move_to_end(identity)
    while len(_KNOWN) > _LIMIT:
        _KNOWN.popitem(last=False)


def remember_output(destination):
    """The units layer an algorithm has just written from checked polygons (``path`` or ``path|layername=…``)."""
    if not isinstance(destination, str) or not destination:
        return
    path = destination.split("|")[0]
    if not path.lower().endswith(LOSSLESS) or not os.path.isfile(path):
        return
    from osgeo import ogr

    try:
        dataset = ogr.Open(path)
    except RuntimeError:  # GDAL with exceptions on
        dataset = None
    if dataset is None:
        return
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    if "|" in destination:
        layer_name = QgsProviderRegistry.instance().decodeUri("ogr", destination).get("layerName")
    elif len(names) == 1:
        layer_name = names[0]
    else:
        return
    remember(_identity(path, layer_name))
    if names and names[0] == layer_name:  # given as the bare path, the file opens on its first layer
        remember(_identity(path))

"""EcoComp QGIS plugin: cultivated-land ecological compensation methods."""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point)
    from .plugin import EcoCompPlugin

    return EcoCompPlugin(iface)

"""Reading result layers in tests: one helper, used by every test module (they used to hold five copies)."""


def features(path):
    """The features of a vector file (or "file|layername=…") as a list; the file must open."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def by_key(path, key="adcode"):
    """The features of a vector file by the value of ``key``."""
    return {f[key]: f for f in features(path)}


def log_feedback():
    """A Processing feedback that keeps what a run logs: ``.info`` and ``.warnings``, lists of lines."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.info, self.warnings = [], []

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            self.info.append(text)

        def pushWarning(self, text):  # noqa: N802 (QGIS API)
            self.warnings.append(text)

    return Log()

"""The EcoComp Processing provider (id ``ecocomp``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithm import ICON, tr
from .esv_algorithm import EsvAlgorithm
from .map_algorithm import MapImageAlgorithm


class EcoCompProvider(QgsProcessingProvider):
    def id(self):
        return "ecocomp"

    def name(self):
        return "EcoComp"

    def longName(self):
        return tr("EcoComp — cultivated-land ecological compensation")

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):
        for algorithm in (EsvAlgorithm(), MapImageAlgorithm()):
            self.addAlgorithm(algorithm)

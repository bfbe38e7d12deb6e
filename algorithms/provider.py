"""The EcoComp Processing provider (id ``ecocomp``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithm import ICON, tr
from .compare_algorithm import CompareAlgorithm
from .esv_algorithm import EsvAlgorithm
from .footprint_algorithm import FootprintAlgorithm
from .join_algorithm import JoinTableAlgorithm
from .io_algorithms import IoBilateralAlgorithm, IoLandAlgorithm
from .landcover_algorithms import EsvSurfaceAlgorithm, LandCoverAreaAlgorithm
from .map_algorithm import MapImageAlgorithm
from .model_algorithm import CompensationChainModel
from .payment_algorithm import PaymentAlgorithm
from .priority_algorithm import PriorityAlgorithm
from .report_algorithm import ReportAlgorithm
from .template_algorithm import StatisticsTemplateAlgorithm
from .transfers_algorithm import TransfersAlgorithm
from .uncertainty_algorithm import UncertaintyAlgorithm
from .zoning_algorithm import DualZoningAlgorithm


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
        for algorithm in (JoinTableAlgorithm(), EsvAlgorithm(), FootprintAlgorithm(), DualZoningAlgorithm(), PriorityAlgorithm(),
                          PaymentAlgorithm(), IoLandAlgorithm(), IoBilateralAlgorithm(), LandCoverAreaAlgorithm(),
                          EsvSurfaceAlgorithm(), MapImageAlgorithm(), ReportAlgorithm(), StatisticsTemplateAlgorithm(),
                          TransfersAlgorithm(), UncertaintyAlgorithm(), CompareAlgorithm(),
                          CompensationChainModel()):
            self.addAlgorithm(algorithm)

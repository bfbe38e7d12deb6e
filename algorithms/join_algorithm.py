"""ecocomp:jointable — the statistics table joined to the polygons, as the first step of every chain.

In the algorithm dialogs and the graphical modeller, the fields of the next steps are then picked from one
layer that holds both the polygons' and the table's fields. The join is the one every EcoComp algorithm runs
(algorithms/bridge.py read_units): EcoComp's own reading of CSV/XLSX files (encodings, title rows, thousands
separators, missing markers) and matching of codes and names.
"""

from ..translation import tr
from .algorithm import EcoCompAlgorithm


class JoinTableAlgorithm(EcoCompAlgorithm):
    def name(self):
        return "jointable"

    def displayName(self):
        return self.tr("Join a statistics table to the units")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "data"

    def shortHelpString(self):
        return self.tr(
            "<p>The first step of a chain: joins a statistics table (CSV or XLSX, as a yearbook gives it, like the "
            "county tables of [HB] and [FJ]) to the county, prefecture or province polygons. The output holds the polygons "
            "with every column of the "
            "table, so the next steps pick their fields from one list.</p>"
            "<p>Reading: UTF-8, UTF-8 with BOM, GBK and GB18030 are detected; title rows above the header and notes "
            "rows below it are left out; thousands separators and full-width digits are read; —, -, …, / and "
            "empty cells are missing values (never 0). Columns keep their headers, with the units in brackets "
            "(常住人口(万人)): the next steps read the units from them.</p>"
            "<p>Matching: by key as text, else by 6-digit administrative code (9- and 12-digit statistical codes by "
            "their first 6 digits), else by name without the suffix 县/市/区/旗. Polygons without a row, "
            "duplicated keys and ambiguous names are refused, listed; the join report is in the log.</p>")

    def initAlgorithm(self, config=None):
        self.add_polygon_input(self.tr("Units (county / prefecture / province polygons)"))
        self.add_join_parameters(hidden=False, required=True)
        self.add_output(self.tr("Units with the statistics"))

    def compute(self, parameters, context, feedback):
        source, frame = self.read_frame(parameters, context, feedback)
        feedback.setProgress(60)
        dest_id = self.write_results(parameters, context, feedback, source, frame, {}, None,
                                     tr("Units with the statistics"))
        return {self.OUTPUT: dest_id}

"""ecocomp:ioland and ecocomp:iobilateral — input–output land occupation between regions [IO]
(docs/methods.md, “Input–output land occupation”)."""

import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..translation import N_, tr
from .algorithm import EcoCompAlgorithm
from .styling import StyleOnLoad
from . import qgis_enums as enums

FORMATS = ("csv", "xlsx", "pymrio")

IO_HELP = N_(
    "<p>Land embodied in final demand through a multi-regional input–output table [IO]: "
    "<b>A = Z · diag(x)⁻¹</b>, <b>f = land / x</b> (ha per unit of output; 0 where x = 0) and "
    "<b>C = diag(f) · (I − A)⁻¹ · Y</b>, solved with one LU factorisation of I − A for all final-demand "
    "columns (the inverse is never formed; sparse tables stay sparse).</p>"
    "<p>Tables: a folder with <i>Z.csv</i>, <i>Y.csv</i> (two header rows: region, then sector or final-demand "
    "category; two label columns: region, sector), <i>x.csv</i> and <i>land.csv</i> (region, sector, value); or "
    "an XLSX workbook with sheets Z, Y, x, land in the same layout; or a folder saved by pymrio "
    "(save_all), with the land account taken from an extension's F table. Optional: a category mapping "
    "(CSV: category, group — e.g. consumption, investment, export) and a sector concordance (CSV: sector, "
    "aggregated sector — the sample's 8 → 3 concordance is EcoComp's illustration, not [IO]'s); results are computed "
    "at full detail and then "
    "summed. Checks: labels, negative or zero output, rows that do not balance (x = Z·1 + Y·1; the "
    "largest imbalance is named) and a singular I − A.</p>"
    "<p>[IO]'s method needs a <b>non-competitive (domestic)</b> table: Z and Y hold domestic products only. A "
    "competitive table, with imports as a final-demand column of negative values, is refused.</p>"
)


class MrioParameters:
    """MRIO inputs shared by the two input–output algorithms."""

    METHODS_SECTION = N_("Input–output land occupation")

    MRIO_FORMAT = "MRIO_FORMAT"
    MRIO_FOLDER = "MRIO_FOLDER"
    MRIO_WORKBOOK = "MRIO_WORKBOOK"
    LAND_EXTENSION = "LAND_EXTENSION"
    LAND_STRESSOR = "LAND_STRESSOR"
    CATEGORY_MAPPING = "CATEGORY_MAPPING"
    CONCORDANCE = "CONCORDANCE"
    BALANCE_TOLERANCE = "BALANCE_TOLERANCE"
    REGION_KEY = "REGION_KEY"
    UNIT_VALUE = "UNIT_VALUE"

    def groupId(self):  # noqa: N802 (QGIS API)
        return "io"

    def add_mrio_parameters(self):
        self.add_polygon_input(self.tr("Region polygons (e.g. provinces)"))
        self.add_field(self.REGION_KEY, self.tr("Region key field (values = the MRIO's region labels)"), "name_en")
        self.addParameter(QgsProcessingParameterEnum(
            self.MRIO_FORMAT, self.tr("MRIO table format"),
            options=[self.tr("Folder of CSV files: Z, Y, x, land"), self.tr("XLSX workbook: sheets Z, Y, x, land"),
                     self.tr("Folder saved by pymrio (text files)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.MRIO_FOLDER, self.tr("MRIO folder (CSV or pymrio)"), behavior=enums.FILE_FOLDER,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MRIO_WORKBOOK, self.tr("MRIO workbook (XLSX)"), fileFilter="Excel workbook (*.xlsx)", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LAND_EXTENSION, self.tr("pymrio: extension holding the land account (ha)"), "land", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LAND_STRESSOR, self.tr("pymrio: land stressor row (empty: all rows)"),
            "", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CATEGORY_MAPPING, self.tr("Final-demand category mapping (CSV or XLSX; UTF-8 or GBK)"),
            fileFilter="CSV/XLSX (*.csv *.txt *.xlsx)", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.CONCORDANCE, self.tr("Sector concordance (CSV or XLSX; UTF-8 or GBK)"),
            fileFilter="CSV/XLSX (*.csv *.txt *.xlsx)", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BALANCE_TOLERANCE, self.tr("Balance tolerance |x − Z·1 − Y·1| / x (fraction)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            self.UNIT_VALUE, self.tr("Unit value of land (CNY/ha; 0 = no monetary value)"),
            type=enums.NUMBER_DOUBLE, minValue=0.0, defaultValue=0.0))

    def read_system(self, parameters, context, feedback):
        from ..ecocomp_science import mrio

        fmt = FORMATS[self.parameterAsEnum(parameters, self.MRIO_FORMAT, context)]
        param = self.MRIO_WORKBOOK if fmt == "xlsx" else self.MRIO_FOLDER
        path = self.parameterAsFile(parameters, param, context)
        if not path or not os.path.exists(path):
            raise QgsProcessingException(tr("Choose the MRIO {} (parameter {}); {!r} was not found.").format(
                "workbook" if fmt == "xlsx" else "folder", param, path))
        system = mrio.read_mrio(path, fmt, self.parameterAsString(parameters, self.LAND_EXTENSION, context) or "land",
                                self.parameterAsString(parameters, self.LAND_STRESSOR, context),
                                self.parameterAsDouble(parameters, self.BALANCE_TOLERANCE, context),
                                warn=feedback.pushWarning)
        mapping = self.parameterAsFile(parameters, self.CATEGORY_MAPPING, context)
        concordance = self.parameterAsFile(parameters, self.CONCORDANCE, context)
        categories = mrio.read_mapping(mapping, "category mapping") if mapping else None
        sectors = mrio.read_mapping(concordance, "sector concordance") if concordance else None
        feedback.pushInfo(tr("MRIO: {} regions × {} sectors, final-demand categories: {}.").format(
            len(system.regions), len(system.sectors), ", ".join(system.categories)))
        feedback.setProgress(40)
        self.system_inputs = (system, categories, sectors)
        return system, categories, sectors

    def region_index(self, frame, parameters, context, regions, feedback):
        """MRIO region index of each polygon (None where the key is not an MRIO region, with a warning), matched by
        EcoComp's one key matcher (ecocomp_science/joins.py: codes, names with or without 省/市/县)."""
        from ..ecocomp_science.joins import match_regions

        key = self.parameterAsString(parameters, self.REGION_KEY, context)
        index, _, missing = match_regions(frame.text(key), list(regions), key)
        unmatched = [frame.labels[i] for i, v in enumerate(index) if v is None]
        if unmatched:
            feedback.pushWarning(tr("{} polygon(s) have no region in the MRIO (field '{}'), their fields stay empty: {}.")
                                 .format(len(unmatched), key, ", ".join(unmatched[:10])))
        if missing:
            feedback.pushWarning(tr("MRIO regions without a polygon (not drawn, still in the totals): {}.").format(
                ", ".join(missing)))
        return index


def arc(start, end, bend=0.15):
    """Start, a bent middle point and end: drawn as a curve, opposite flows and overlaps stay apart."""
    from qgis.core import QgsPointXY

    dx, dy = end.x() - start.x(), end.y() - start.y()
    middle = QgsPointXY(start.x() + dx / 2 - dy * bend, start.y() + dy / 2 + dx * bend)
    return [start, middle, end]


def _column(values, index):
    return [None if i is None else float(values[i]) for i in index]


class IoLandAlgorithm(MrioParameters, EcoCompAlgorithm):
    TARGET_REGION = "TARGET_REGION"
    OUTPUT_PRODUCTS = "OUTPUT_PRODUCTS"
    OUTPUT_SECTORS = "OUTPUT_SECTORS"

    def name(self):
        return "ioland"

    def displayName(self):
        return self.tr("Land of a region occupied by other regions' final demand (input–output)")

    def shortHelpString(self):
        return self.tr(
            "<p>For a target region g (e.g. Gansu) and every region q: the land of g, by aggregated sector and in "
            "total, embodied in q's final demand per category [IO eq. 5]: occ[q, k] = Σ<sub>i</sub> "
            "C<sup>(q,k)</sup><sub>(g,i)</sub> (ha). The target's own final demand is included (domestic use). "
            "With a unit value (CNY/ha, e.g. the ESV per ha of the target region), value = occupation × unit "
            "value = the compensation owed to g.</p>") + self.tr(IO_HELP) + self.tr(
            "<p>Outputs per region polygon: occ_&lt;group&gt; (ha, per final-demand group), occ_total (ha), "
            "occ_s_&lt;sector&gt; (ha, all groups) and value_total (CNY).</p>"
            "<p>Optional tables, EcoComp's constructions: the land by product bought (EcoComp's reading of [IO]'s "
            "diagonal Ŷ: to the buying region's final demand of each product; read literally, [IO] attributes it to "
            "the producing region) and the target's sectors, comparing the land a sector uses for the other regions' "
            "final demand (exported) with the land embodied in the products of that sector the target buys from "
            "them (imported): net &gt; 0 'occupied', &lt; 0 'occupying'.</p>")

    def initAlgorithm(self, config=None):
        self.add_mrio_parameters()
        self.addParameter(QgsProcessingParameterString(self.TARGET_REGION, self.tr("Target region g"), "Gansu"))
        self.add_output(self.tr("Land of the target region occupied per region"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PRODUCTS, self.tr("Land by product bought (ha; EcoComp's reading of [IO])"),
            type=enums.SOURCE_VECTOR, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SECTORS, self.tr("Target's sectors: land exported / imported (ha; EcoComp's)"),
            type=enums.SOURCE_VECTOR, optional=True, createByDefault=False))
        for name, description in (("LAND_TOTAL", self.tr("Land of the target region in all final demand (ha)")),
                                  ("LAND_OWN", self.tr("… in its own final demand (ha)")),
                                  ("LAND_OTHERS", self.tr("… in the other regions' final demand (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science.methods import io
        from .method_adapter import method_log

        source, frame = self.read_frame(parameters, context, feedback)
        system, categories, sectors = self.read_system(parameters, context, feedback)
        columns, totals = io.land_occupation(system, self.parameterAsString(parameters, self.TARGET_REGION, context),
                                             categories, sectors,
                                             self.parameterAsDouble(parameters, self.UNIT_VALUE, context),
                                             method_log(feedback))
        index = self.region_index(frame, parameters, context, system.regions, feedback)
        target = self.parameterAsString(parameters, self.TARGET_REGION, context).strip()
        dest_id = self.write_results(parameters, context, feedback, source, frame,
                                     {name: (enums.FIELD_DOUBLE, _column(values, index))
                                      for name, values in columns.items()}, "occ_total",
                                     self.tr("Land of {} occupied per region").format(target))
        outputs = dict(totals, **{self.OUTPUT: dest_id})
        wanted = [name for name in (self.OUTPUT_PRODUCTS, self.OUTPUT_SECTORS)
                  if parameters.get(name) not in (None, "")]
        if wanted:
            outputs.update(self.product_outputs(parameters, context, feedback, system.regions.index(target), wanted))
        return outputs

    def product_outputs(self, parameters, context, feedback, g, wanted):
        """The product bought (EcoComp's reading of [IO]'s diagonal Ŷ) and the occupied / occupying sectors of the
        target (EcoComp's construction)."""
        from ..ecocomp_science import mrio

        system, mapping, concordance = self.system_inputs
        by_product, sectors, groups = mrio.land_by_product(system, mapping, concordance)
        results = {}
        if self.OUTPUT_PRODUCTS in wanted:
            results[self.OUTPUT_PRODUCTS] = self.write_table(self.OUTPUT_PRODUCTS, (
                ("destination", enums.FIELD_STRING), ("grp", enums.FIELD_STRING), ("sector", enums.FIELD_STRING),
                ("product", enums.FIELD_STRING), ("land_ha", enums.FIELD_DOUBLE)),
                ([destination, group, sector, product, float(by_product[g, i, q, k, j])]
                 for q, destination in enumerate(system.regions) for k, group in enumerate(groups)
                 for i, sector in enumerate(sectors) for j, product in enumerate(sectors)))
        if self.OUTPUT_SECTORS in wanted:
            exported, imported, net, classes = mrio.sector_land_balance(by_product, g)
            results[self.OUTPUT_SECTORS] = self.write_table(self.OUTPUT_SECTORS, (
                ("sector", enums.FIELD_STRING), ("land_exported_ha", enums.FIELD_DOUBLE),
                ("land_imported_ha", enums.FIELD_DOUBLE),
                ("land_net_ha", enums.FIELD_DOUBLE), ("class", enums.FIELD_STRING)),
                ([sector, float(exported[i]), float(imported[i]), float(net[i]), classes[i]]
                 for i, sector in enumerate(sectors)))
            feedback.pushInfo(tr("Sectors whose land is occupied by other regions (net exporters): {}; occupying "
                                 "(net importers): {}.").format(
                ", ".join(s for s, c in zip(sectors, classes) if c == "occupied") or "—",
                ", ".join(s for s, c in zip(sectors, classes) if c == "occupying") or "—"))
        return results


class IoBilateralAlgorithm(MrioParameters, EcoCompAlgorithm):
    OUTPUT_MATRIX = "OUTPUT_MATRIX"
    OUTPUT_FLOWS = "OUTPUT_FLOWS"
    FLOW_THRESHOLD = "FLOW_THRESHOLD"
    FLOW_TOP = "FLOW_TOP"

    def name(self):
        return "iobilateral"

    def displayName(self):
        return self.tr("Bilateral land occupation account and net flows (input–output)")

    def shortHelpString(self):
        return self.tr(
            "<p>Beyond [IO], whose authors list it as missing: the full bilateral account of every region's land "
            "embodied in every other region's final demand, per final-demand group, the net balance of each "
            "region and the net flows between regions.</p>"
            "<p>T[g, q, k] = Σ<sub>i</sub> C<sup>(q,k)</sup><sub>(g,i)</sub> (ha). Per region: land_production "
            "(row sum: land used in the region, production-based), land_consumption (column sum: land embodied "
            "in its final demand, consumption-based), land_supplied (to other regions), land_drawn (from other "
            "regions) and <b>land_net = supplied − drawn</b>: positive = net supplier of land services = receives "
            "compensation.</p>"
            "<p>Net flow between two regions: T[o, d] − T[d, o] over all groups, drawn as a line from the "
            "supplier o to the user d, width by amount; flows below the threshold are dropped and only the "
            "largest N kept.</p>") + self.tr(IO_HELP)

    UNIT_VALUE_FIELD = "UNIT_VALUE_FIELD"

    def initAlgorithm(self, config=None):
        self.add_mrio_parameters()
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_VALUE_FIELD, self.tr("Unit value of land per region: field (CNY/ha, e.g. ESV per ha)"),
            parentLayerParameterName=self.INPUT, type=enums.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.FLOW_THRESHOLD, self.tr("Smallest net flow drawn (ha)"), type=enums.NUMBER_DOUBLE,
            minValue=0.0, defaultValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.FLOW_TOP, self.tr("Largest N net flows drawn (0 = all above the threshold)"),
            type=enums.NUMBER_INTEGER, minValue=0, defaultValue=40))
        self.add_output(self.tr("Land balance per region"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MATRIX, self.tr("Bilateral land matrix (origin, destination, group, ha)"),
            type=enums.SOURCE_VECTOR, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_FLOWS, self.tr("Net land flows (lines)"), type=enums.SOURCE_LINE,
            optional=True, createByDefault=True))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_science import mrio
        from ..ecocomp_science.methods import io
        from .method_adapter import method_log

        source, frame = self.read_frame(parameters, context, feedback)
        system, categories, sectors = self.read_system(parameters, context, feedback)
        index = self.region_index(frame, parameters, context, system.regions, feedback)
        unit_value = self.region_values(parameters, context, frame, system.regions, feedback)
        columns, account, groups = io.bilateral(system, categories, sectors, unit_value, method_log(feedback))
        dest_id = self.write_results(parameters, context, feedback, source, frame,
                                     {name: (enums.FIELD_DOUBLE, _column(values, index))
                                      for name, values in columns.items()}, "land_net",
                                     self.tr("Land balance per region"))
        outputs = {self.OUTPUT: dest_id}
        matrix_id = self.write_matrix(io.matrix_rows(system.regions, groups, account["matrix"], unit_value))
        if matrix_id is not None:
            outputs[self.OUTPUT_MATRIX] = matrix_id
        flows = mrio.net_flows(account["matrix"].sum(axis=2),
                               self.parameterAsDouble(parameters, self.FLOW_THRESHOLD, context),
                               self.parameterAsInt(parameters, self.FLOW_TOP, context) or None)
        flows_id = self.write_flows(parameters, context, frame, index, system.regions, flows, unit_value, source,
                                    account["matrix"].sum(axis=2))
        if flows_id is not None:
            outputs[self.OUTPUT_FLOWS] = flows_id
            StyleOnLoad.attach(context, flows_id, "flows", self.tr("Net land flows"))
        feedback.pushInfo(tr("{} net flows drawn.").format(len(flows)))
        return outputs

    def region_values(self, parameters, context, frame, regions, feedback):
        """CNY/ha of each MRIO region's land: from the field (per region) or the single unit value; None if none."""
        import numpy as np

        from ..ecocomp_science.methods import io

        field = self.parameterAsString(parameters, self.UNIT_VALUE_FIELD, context)
        if not field:
            value = self.parameterAsDouble(parameters, self.UNIT_VALUE, context)
            return np.full(len(regions), value) if value > 0 else None
        if not frame.has_field(field):
            raise QgsProcessingException(tr("Field '{}' was not found in the region polygons.").format(field))
        key = self.parameterAsString(parameters, self.REGION_KEY, context)
        values = io.region_values(frame.text(key), key, frame.numeric(field, tr("unit value of land, CNY/ha")),
                                  regions, field)
        feedback.pushInfo(tr("Land valued per region of origin from field '{}': {:,.0f} – {:,.0f} CNY/ha.").format(
            field, values.min(), values.max()))
        return values

    def write_matrix(self, rows):
        """The bilateral matrix (origin, destination, group, ha, CNY) as a table."""
        fields = QgsFields()
        for name, qtype in (("origin", enums.FIELD_STRING), ("destination", enums.FIELD_STRING),
                            ("grp", enums.FIELD_STRING), ("land_ha", enums.FIELD_DOUBLE),
                            ("value_cny", enums.FIELD_DOUBLE)):
            fields.append(QgsField(name, qtype))
        sink, dest_id = self.staging.sink(self.OUTPUT_MATRIX, fields, enums.WKB_NO_GEOMETRY)
        if sink is None:
            return None
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(row))
            sink.addFeature(feature, enums.SINK_FAST_INSERT)
        return dest_id

    def write_flows(self, parameters, context, frame, index, regions, flows, unit_value, source, total):
        fields = QgsFields()
        for name, qtype in (("origin", enums.FIELD_STRING), ("destination", enums.FIELD_STRING),
                            ("net_ha", enums.FIELD_DOUBLE), ("value_cny", enums.FIELD_DOUBLE)):
            fields.append(QgsField(name, qtype))
        sink, dest_id = self.staging.sink(self.OUTPUT_FLOWS, fields,
                                             enums.WKB_LINESTRING, source.sourceCrs())
        if sink is None:
            return None
        anchor = {}
        for feature, region in zip(frame.features, index):
            if region is not None and region not in anchor and not feature.geometry().isNull():
                anchor[region] = feature.geometry().pointOnSurface().asPoint()
        for origin, destination, amount in flows:
            if origin not in anchor or destination not in anchor:
                continue
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY(arc(anchor[origin], anchor[destination])))
            # The net money owed: land of o used by d at o's value, less land of d used by o at d's value.
            value = None if unit_value is None else float(
                total[origin, destination] * unit_value[origin] - total[destination, origin] * unit_value[destination])
            feature.setAttributes([regions[origin], regions[destination], amount, value])
            sink.addFeature(feature, enums.SINK_FAST_INSERT)
        return dest_id

"""ecocomp:priority — compensation priority by main functional area [HB]
(docs/methods.md, “Compensation priority by main functional area”)."""

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterMatrix, QgsProcessingParameterNumber

from ..ecocomp_plugin.presets import DEFAULT_ROLES
from ..translation import N_, tr
from .algorithm import editor_metadata, with_metadata, MethodAlgorithm, matrix_rows
from . import qgis_enums as enums

METHOD_KEYS = ("natural_breaks", "quantile", "equal_interval")


class PriorityAlgorithm(MethodAlgorithm):
    METHODS_SECTION = N_("Compensation priority by main functional area")
    TYPE_FIELD = "TYPE_FIELD"
    ROLE_MAPPING = "ROLE_MAPPING"
    ESV_FIELD = "ESV_FIELD"
    GDP_FIELD = "GDP_FIELD"
    METHOD = "METHOD"
    GROUPING = "GROUPING"
    CLASSES = "CLASSES"

    def name(self):
        return "priority"

    def displayName(self):
        return self.tr("Compensation priority by main functional area")

    def shortHelpString(self):
        return self.tr(
            "<p>Who is compensated first and who pays first, by main functional area (主体功能区) [HB].</p>"
            "<p>Role from the type: key development zones (重点开发区) and optimised development zones "
            "(优化开发区) pay; main agricultural production areas (农产品主产区), key ecological function areas "
            "(重点生态功能区) and prohibited development areas (禁止开发区) receive. [HB] has the key development "
            "zones, main agricultural production areas and key ecological function areas; the optimised and "
            "prohibited development types are EcoComp's additions from the national main-functional-area plan "
            "(2010). The mapping is editable "
            "(role: payer / receiver, or 支付 / 受偿; empty = this default mapping); English and Chinese type "
            "names are both recognised, and unknown types are listed.</p>"
            "<p>Priority index <b>IND = ESV<sub>non-market</sub> / GDP</b> (CNY per CNY; the ratio of "
            "non-market ESV per unit area to GDP per unit area, the area cancels).</p>"
            "<p>Receivers: larger IND → compensated earlier (rank 1 = highest IND). Payers: lower ESV and "
            "higher GDP → pays earlier (rank 1 = lowest IND). Ranks and levels are within each main-functional-area "
            "type, as [HB] does (its Figs 5–7: each type in five levels); pooling all types of a role is an "
            "option, not [HB]; "
            "levels 1…k by natural breaks (exact Fisher–Jenks), quantiles or equal intervals, level 1 = first "
            "in order.</p>"
            "<p>Outputs: role (payer / receiver), ind, rank, level.</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_units()
        self.add_field(self.TYPE_FIELD, self.tr("Main functional area type (field, text)"), "mfa_type")
        self.addParameter(with_metadata(QgsProcessingParameterMatrix(
            self.ROLE_MAPPING,
            self.tr("Type → role mapping (empty: default)"),
            headers=[self.tr("Main functional area type"), self.tr("Role")],
            defaultValue=[cell for row in DEFAULT_ROLES for cell in row], optional=True),
            editor_metadata("roles")))
        self.add_field(self.ESV_FIELD, self.tr("Non-market ESV (field, CNY)"), "esv_nonmarket", role="esv")
        self.add_field(self.GDP_FIELD, self.tr("GDP (field, CNY)"), "gdp_cny", role="gdp")
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Levels by"),
            options=[self.tr("Natural breaks (Fisher–Jenks; EcoComp's choice)"), self.tr("Quantiles"),
                     self.tr("Equal intervals")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GROUPING, self.tr("Ranks and levels within"),
            options=[self.tr("Each main-functional-area type [HB]"),
                     self.tr("Each role, all its types pooled (not in [HB])")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of levels"), type=enums.NUMBER_INTEGER,
            minValue=1, maxValue=20, defaultValue=5))
        self.add_output(self.tr("Compensation priority"))

    def compute(self, parameters, context, feedback):
        from ..ecocomp_plugin import priority

        source, frame = self.read_frame(parameters, context, feedback)
        type_field = self.parameterAsString(parameters, self.TYPE_FIELD, context)
        esv_field = self.parameterAsString(parameters, self.ESV_FIELD, context)
        gdp_field = self.parameterAsString(parameters, self.GDP_FIELD, context)
        rows = matrix_rows(self.parameterAsMatrix(parameters, self.ROLE_MAPPING, context), 2)
        mapping = priority.role_mapping(rows or DEFAULT_ROLES)
        roles = priority.assign_roles(frame.text(type_field), mapping, type_field)
        ind = priority.priority_index(
            frame.numeric(esv_field, tr("non-market ESV, CNY")), frame.numeric(gdp_field, tr("GDP, CNY")), frame.labels,
            esv_name=tr("Non-market ESV (field '{}', CNY)").format(esv_field),
            gdp_name=tr("GDP (field '{}', CNY)").format(gdp_field))
        method = METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)]
        classes = self.parameterAsInt(parameters, self.CLASSES, context)
        by_type = self.parameterAsEnum(parameters, self.GROUPING, context) == 0
        groups = priority.type_groups(frame.text(type_field)) if by_type else None
        if not by_type:
            feedback.pushWarning(tr("Ranks and levels pool all types of a role: not the method of [HB], which ranks "
                                    "each main-functional-area type separately."))
        result = priority.priority(ind, roles, classes, method, groups)
        for role in (priority.RECEIVER, priority.PAYER):
            mask = roles == role
            if mask.any():
                first = frame.labels[int(((result["rank"] == 1) & mask).nonzero()[0][0])]
                feedback.pushInfo(tr("{}: {} units, rank 1 = {}.").format(priority.ROLE_LABELS[role], int(mask.sum()), first))
        feedback.setProgress(60)
        dest_id = self.write_results(parameters, context, feedback, source, frame, {
            "role": (enums.FIELD_STRING, list(roles)),
            "ind": (enums.FIELD_DOUBLE, ind),
            "rank": (enums.FIELD_INT, result["rank"]),
            "level": (enums.FIELD_INT, result["level"]),
        }, "level", self.tr("Compensation priority"))
        return {self.OUTPUT: dest_id}

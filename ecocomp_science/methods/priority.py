"""ecocomp:priority / api.priority — compensation priority by main functional area [HB]
(docs/methods.md, “Compensation priority by main functional area”): the one definition of its options and run."""

from .. import presets
from . import CHOICE, FIELD, INTEGER, ROWS, Method, N_, Option, Outcome, Text

ROLE_NAMES = {presets.PAYER: N_("payer (支付)"), presets.RECEIVER: N_("receiver (受偿)")}


class Priority(Method):
    name = "priority"
    section = N_("Compensation priority by main functional area")
    options = (
        Option("type_field", "TYPE_FIELD", N_("Main functional area type (field, text)"), FIELD, "mfa_type",
               required=True),
        Option("role_mapping", "ROLE_MAPPING", N_("Type → role mapping (empty: default)"), ROWS,
               tuple(tuple(row) for row in presets.DEFAULT_ROLES), width=2,
               headers=(N_("Main functional area type"), N_("Role")), editor="roles"),
        Option("esv_field", "ESV_FIELD", N_("Non-market ESV (field, CNY)"), FIELD, "esv_nonmarket", role="esv",
               required=True),
        Option("gdp_field", "GDP_FIELD", N_("GDP (field, CNY)"), FIELD, "gdp_cny", role="gdp", required=True),
        # the keys are ecocomp_science.classify.METHODS
        Option("method", "METHOD", N_("Levels by"), CHOICE, "natural_breaks", choices=(
            ("natural_breaks", N_("Natural breaks (Fisher–Jenks; EcoComp's choice)")),
            ("quantile", N_("Quantiles")), ("equal_interval", N_("Equal intervals")))),
        Option("grouping", "GROUPING", N_("Ranks and levels within"), CHOICE, "type", choices=(
            ("type", N_("Each main-functional-area type [HB]")),
            ("role", N_("Each role, all its types pooled (not in [HB])")))),
        Option("classes", "CLASSES", N_("Number of levels"), INTEGER, 5, minimum=1, maximum=20),
    )

    def run(self, columns, values, log):
        import numpy as np

        from .. import priority as science

        type_field, esv_field, gdp_field = (self.field(values, key) for key in ("type_field", "esv_field",
                                                                                  "gdp_field"))
        types = columns.text(type_field)
        roles = science.assign_roles(types, science.role_mapping(values["role_mapping"] or presets.DEFAULT_ROLES),
                                     type_field)
        ind = science.priority_index(
            columns.numeric(esv_field, Text(N_("non-market ESV, CNY")), role="esv"),
            columns.numeric(gdp_field, Text(N_("GDP, CNY")), role="gdp"), columns.labels,
            esv_name=Text(N_("Non-market ESV (field '{}', CNY)"), esv_field),
            gdp_name=Text(N_("GDP (field '{}', CNY)"), gdp_field))
        by_type = values["grouping"] == "type"
        if not by_type:
            log.warning(N_("Ranks and levels pool all types of a role: not the method of [HB], which ranks each "
                           "main-functional-area type separately."))
        result = science.priority(ind, roles, values["classes"], values["method"],
                                  science.type_groups(types) if by_type else None)
        for role in (presets.RECEIVER, presets.PAYER):
            mask = roles == role
            if mask.any():
                first = columns.labels[int(((result["rank"] == 1) & mask).nonzero()[0][0])]
                log.info(N_("{}: {} units, rank 1 = {}."), Text(ROLE_NAMES[role]), int(mask.sum()), first)
        return Outcome({"role": [None if r is None else str(r) for r in roles], "ind": ind,
                        "rank": np.asarray(result["rank"]), "level": np.asarray(result["level"])}, style="level")


METHOD = Priority()

"""The pages of ecocomp:report that follow its tables and charts (algorithms/report_content.py decides the order): the
explanation page "What a reader will ask", the method notes (formulas and sources) and the atlas, one page per
prefecture. Each is written into the book (algorithms/report_book.py) by ReportWriter (``writer``: the layer, the
options, the prepared values, the language and the work folder)."""

import os

from qgis.core import QgsFeatureRequest

from ..translation import tr


def reader_questions(book, data, amount, unit):
    """The page "What a reader will ask": payers that receive, priority against amount, amounts large against
    the units' own ESV, where the total paid comes from (numbers: ecocomp_science/report.py)."""
    from ..ecocomp_science import report
    from .report_content import field_divisor

    esv_key = "esv_nonmarket" if "esv_nonmarket" in data["extra_fields"] else "esv"
    esv = None
    if esv_key in data["extra_fields"]:
        esv = [v * field_divisor(data["extra_fields"][esv_key]) / data["divisor"] for v in data[esv_key]]
    priority = data.get("rank") if data.get("rank") is not None else data["level"]
    answers = report.reader_questions(data["names"], amount, role=data["role"], zone=data.get("zone_sign"),
                                      priority=priority, esv=esv, cultivated=data.get("cultivated"))
    blocks = []
    roles, zone = answers["roles"], answers["zone"]
    if roles is not None or zone is not None:
        lines = []
        if roles is not None:
            lines.append(("text", tr("{} of the {} units whose role is payer receive money (amount > 0), and {} of "
                                     "the {} units whose role is receiver pay (amount < 0).").format(
                roles["payers_receiving"], roles["payers"], roles["receivers_paying"], roles["receivers"])))
        if zone is not None:
            lines.append(("text", tr("{} of the {} units in the paying zone receive money.").format(
                zone["receiving"], zone["units"])))
        lines.append(("text", tr("Why: the sign of the amount comes from the overload index eoi (a unit whose "
                                 "ecological carrying capacity exceeds its ecological footprint receives, one in "
                                 "deficit pays); the role comes from the type of main functional area (key "
                                 "development zones pay; main agricultural production areas and key ecological "
                                 "function areas receive). [HB] computes the two independently, so they can "
                                 "differ; the zone is a third reading, of food and ecological security [FJ].")))
        blocks.append((tr("Why do units of the paying role receive money?"), lines))
    if answers["correlation"]:
        lines = []
        for row in answers["correlation"]:
            name = tr("Receivers") if row["role"] == "receiver" else tr("Payers")
            lines.append(("item", tr("{}: Spearman's rank correlation of the priority rank and the amount rank "
                                     "ρ = {:.2f} (two-sided p {}, n = {}).").format(
                name, row["rho"], p_text(row["p"]), row["n"])))
        lines.append(("text", tr("The priority orders the units of a type by their non-market ESV per unit of GDP; "
                                 "the amount is ESV · R · G · eoi. A ρ near 0, or p ≥ 0.05, means that the two "
                                 "orders differ: the priority says who comes first, the amount how much.")))
        blocks.append((tr("Does a higher priority mean a larger amount?"), lines))
    if answers["large"]:
        nonmarket = esv_key == "esv_nonmarket"
        lines = [("text", tr("The five units with the largest ratio of the amount to their own non-market ESV:")
                  if nonmarket else tr("The five units with the largest ratio of the amount to their own ESV:"))]
        for row in answers["large"]:
            ratio = "{:.0f}".format(row["ratio"]) if row["ratio"] >= 10 else "{:.2f}".format(row["ratio"])
            if nonmarket:
                text = tr("{} pays ≈ {} × its non-market ESV ({:,.2f} {}).") if row["amount"] < 0 else \
                    tr("{} receives ≈ {} × its non-market ESV ({:,.2f} {}).")
            else:
                text = tr("{} pays ≈ {} × its ESV ({:,.2f} {}).") if row["amount"] < 0 else \
                    tr("{} receives ≈ {} × its ESV ({:,.2f} {}).")
            lines.append(("item", text.format(row["name"], ratio, abs(row["amount"]), unit)))
        lines.append(("text", tr("As P = ESV · R · G · eoi, the ratio is R · G · |eoi| when the amount is computed "
                                 "from the same ESV: it is large where the per-capita GDP (G) and the overload "
                                 "(|eoi|) are large, in urban districts with little cultivated land.")))
        blocks.append((tr("Which amounts are large against the unit's own ESV?"), lines))
    concentration = answers["concentration"]
    if concentration is not None:
        if concentration["kind"] == "small_area":
            text = tr("{:.1f} % of the total paid ({:,.2f} {}) comes from the {} of {} paying units with less "
                      "than {:,.0f} ha of cultivated land.").format(
                100.0 * concentration["share"], concentration["paid"], unit, concentration["units"],
                concentration["payers"], concentration["threshold"])
        else:
            text = tr("{:.1f} % of the total paid ({:,.2f} {}) comes from the {} largest payers (the largest "
                      "{:.0f} % of the {} paying units).").format(
                100.0 * concentration["share"], concentration["paid"], unit, concentration["units"],
                100.0 * concentration["threshold"], concentration["payers"])
        blocks.append((tr("Where does the total paid come from?"), [("text", text)]))
    if not blocks:
        return
    book.new_page(tr("What a reader will ask"))
    for heading, lines in blocks:
        book.text_block(heading, lines)


def p_text(p):
    """A p-value as a report prints it: "= 0.45", "= 0.003", "< 0.001"."""
    if p != p:  # NaN: a constant series
        return "= —"
    if p >= 0.01:
        return "= {:.2f}".format(p)
    return "= {:.3f}".format(p) if p >= 0.001 else "< 0.001"


def method_notes(writer, book, data, zones):
    """The formulas and sources of docs/methods.md (or methods.zh_CN.md) for the parts of the method used."""
    from ..ecocomp_science import report
    from .report_content import PLUGIN_DIR

    fields = writer.layer.fields()
    keys = ["sign", "amount"]
    if fields.lookupField("esv_total") >= 0 or writer.options.esv_field:
        keys.insert(1, "esv")
    if fields.lookupField("eoi") >= 0:
        keys.insert(-1, "footprint")
    if zones is not None:
        keys.insert(-1, "zoning")
    if data["level"] is not None or data["role"] is not None:
        keys.insert(-1, "priority")
    document = os.path.join(PLUGIN_DIR, "docs", "methods.zh_CN.md" if writer.lang == "zh" else "methods.md")
    with open(document, encoding="utf-8") as handle:
        book.new_page(tr("Method notes: formulas and sources"))
        # The document's short source list is replaced by the full references, at the end as a journal prints them.
        for heading, lines in report.methods_text(handle.read(), keys, writer.lang)[1:]:
            book.text_block(heading, lines)
        book.text_block(*report.references(writer.lang))


def atlas_page(writer, book, progress, number, prefecture, members, note, legend_unit):
    """The page of one prefecture: its map, labelled with the units' names, and its units by amount."""
    from ..ecocomp_science import report
    from .report_content import map_image

    data, _, _, units, _, amount, _, _ = writer.prepared
    lang = writer.lang
    subset = writer.layer.materialize(QgsFeatureRequest().setFilterFids([data["fids"][i] for i in members]))
    subset.setName(prefecture)
    title = tr("{}: compensation amount").format(prefecture)
    picture = map_image(writer.options, writer.context, progress, subset, data["amount_field"], title, legend_unit,
                        os.path.join(writer.workdir, "atlas{}.png".format(number)), note, label=True,
                        classes_from=writer.layer)  # one set of classes for the whole province
    rows = sorted(members, key=lambda i: -amount[i])
    level_values, roles = data["level"], data["role"]
    headers = [report.Column("unit", "Unit", "单元").header(lang),
               report.Column("role", "Role", "补偿角色").header(lang),
               report.Column("level", "Level", "优先等级").header(lang),
               report.Column("amount", "Amount", "补偿额度", units).header(lang)]
    cells = [[data["names"][i], report.value_text(str(roles[i]), lang) if roles is not None and roles[i] else "",
              report.group_label(level_values[i]) if level_values else "", amount[i]] for i in rows]
    cells.append([report.value_text("Σ", lang), "", "", float(amount[members].sum())])
    book.atlas_page(tr("Atlas: {}").format(prefecture), picture, headers, cells)

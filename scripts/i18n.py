"""Extract EcoComp's user-visible strings and keep i18n/ecocomp_zh_CN.ts in step; compile the .qm.

    python3 scripts/i18n.py update    # add new strings to the .ts (translations kept), drop vanished ones
    python3 scripts/i18n.py compile   # i18n/ecocomp_zh_CN.ts → .qm (needs lrelease: apt install qttools5-dev-tools)
    python3 scripts/i18n.py report    # how many strings are translated

Strings are those passed to tr(...), self.tr(...), N_(...) or QCoreApplication.translate("EcoComp", ...)
in the plugin's Python files, and the <string> texts of the .ui files; all share the context
"EcoComp", which is the context the plugin's tr() uses at run time.
"""

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["plugin.py", "processing", "ui"]
TS = os.path.join(ROOT, "i18n", "ecocomp_zh_CN.ts")
CONTEXT = "EcoComp"


def _literal(node):
    """The text of a string literal (implicit concatenations included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def python_strings(path):
    found = []
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in ("tr", "N_") and node.args:
            text = _literal(node.args[0])
        elif name == "translate" and len(node.args) >= 2 and _literal(node.args[0]) == CONTEXT:
            text = _literal(node.args[1])
        else:
            continue
        if text:
            found.append((text, os.path.relpath(path, ROOT), node.lineno))
    return found


def ui_strings(path):
    tree = ET.parse(path)
    return [(element.text, os.path.relpath(path, ROOT), 0) for element in tree.iter("string") if element.text]


def source_strings():
    """Every translatable string once, in first-seen order, with where it was found."""
    seen = {}
    for source in SOURCES:
        full = os.path.join(ROOT, source)
        paths = [full] if os.path.isfile(full) else sorted(
            os.path.join(folder, name) for folder, _, names in os.walk(full) for name in names)
        for path in paths:
            items = python_strings(path) if path.endswith(".py") else ui_strings(path) if path.endswith(".ui") else []
            for text, where, line in items:
                seen.setdefault(text, (where, line))
    return seen


def read_ts(path=TS):
    """{source: translation} of the .ts (empty translations included)."""
    if not os.path.exists(path):
        return {}
    out = {}
    for message in ET.parse(path).iter("message"):
        out[message.findtext("source")] = message.findtext("translation") or ""
    return out


def write_ts(strings, translations, path=TS):
    root = ET.Element("TS", version="2.1", language="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, (where, line) in strings.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=where, line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if translations.get(text):
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")


def main(command):
    strings = source_strings()
    translations = read_ts()
    if command == "update":
        write_ts(strings, translations)
    elif command == "compile":
        subprocess.run(["lrelease", TS, "-qm", TS[:-3] + ".qm"], check=True)
    missing = [s for s in strings if not translations.get(s)]
    print("{} strings, {} translated, {} missing".format(len(strings), len(strings) - len(missing), len(missing)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "report"))

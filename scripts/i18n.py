"""Extract EcoComp's user-visible strings and keep i18n/ecocomp_zh_CN.ts in step; compile the .qm.

    python3 scripts/i18n.py update    # add new strings to the .ts (translations kept), drop vanished ones
    python3 scripts/i18n.py compile   # i18n/ecocomp_zh_CN.ts → .qm (needs lrelease: apt install qttools5-dev-tools)
    python3 scripts/i18n.py report    # how many strings are translated

Strings are those passed to tr(...), self.tr(...), N_(...), QCoreApplication.translate("EcoComp", ...)
or, as the message template, to InputError(...) (translated by the Processing layer before formatting)
in the plugin's Python files (context "EcoComp", the one the plugin's tr() uses), and the <string>
texts of the .ui files (context: the form's class name, the one uic translates them with).
"""

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["plugin.py", "algorithms", "ui", "ecocomp_science"]
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
        if name in ("tr", "N_", "InputError", "Text", "info", "warning") and node.args:
            text = _literal(node.args[0])
        elif name == "translate" and len(node.args) >= 2 and _literal(node.args[0]) == CONTEXT:
            text = _literal(node.args[1])
        else:
            continue
        if text:
            found.append((text, os.path.relpath(path, ROOT), node.lineno, CONTEXT))
    return found


def ui_strings(path):
    """Texts of a .ui form, in the context uic translates them with: the form's class name."""
    tree = ET.parse(path)
    context = tree.getroot().findtext("class")
    return [(element.text, os.path.relpath(path, ROOT), 0, context) for element in tree.iter("string")
            if element.text]


def source_strings():
    """Every translatable string once, in first-seen order: {text: (file, line, contexts)}."""
    seen = {}
    for source in SOURCES:
        full = os.path.join(ROOT, source)
        paths = [full] if os.path.isfile(full) else sorted(
            os.path.join(folder, name) for folder, _, names in os.walk(full) for name in names)
        for path in paths:
            items = python_strings(path) if path.endswith(".py") else ui_strings(path) if path.endswith(".ui") else []
            for text, where, line, context in items:
                first = seen.setdefault(text, (where, line, []))
                if context not in first[2]:
                    first[2].append(context)
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
    contexts = {}
    for text, (where, line, names) in strings.items():
        for name in names:
            contexts.setdefault(name, []).append((text, where, line))
    for name, messages in contexts.items():
        _write_context(root, name, messages, translations)
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")


def _write_context(root, name, messages, translations):
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    for text, where, line in messages:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=where, line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if translations.get(text):
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")


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

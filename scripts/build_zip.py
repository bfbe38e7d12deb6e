"""Build the installable plugin ZIP (QGIS: Plugins › Manage and Install › Install from ZIP).

    python3 scripts/build_zip.py [dist/ecocomp-<version>.zip]

Packs the plugin files under the folder name ``ecocomp/``: the code, styles,
icons, translations, docs and sample data; never tests, benchmarks, CI or
development scripts. Works from a plain checkout (no git needed).
"""

import configparser
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Every Python module at the top level is part of the plugin (a new one cannot be forgotten).
INCLUDE = sorted(name for name in os.listdir(ROOT) if name.endswith(".py")) + [
    "metadata.txt", "LICENSE", "README.md", "ecocomp_plugin", "processing", "ui", "i18n", "docs", "sample_data"]
SKIP_SUFFIXES = (".pyc", ".ts", ".pro")
SKIP_DIRS = {"__pycache__"}


def plugin_files():
    for item in INCLUDE:
        path = os.path.join(ROOT, item)
        if os.path.isfile(path):
            yield item
        elif os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
                for name in sorted(files):
                    if not name.endswith(SKIP_SUFFIXES):
                        yield os.path.relpath(os.path.join(folder, name), ROOT)


def version():
    meta = configparser.ConfigParser()
    meta.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return meta["general"]["version"]


def build(target=None):
    target = target or os.path.join(ROOT, "dist", "ecocomp-{}.zip".format(version()))
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in plugin_files():
            archive.write(os.path.join(ROOT, relative), "ecocomp/" + relative.replace(os.sep, "/"))
    return target


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else None))
